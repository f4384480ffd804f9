/**
 * The one JSON report inside a downloaded artifact zip. The zip is untrusted (a fork or anyone
 * with write access to the base branch's runs made it): its listing is read first (fflate reads
 * the central directory without inflating anything), then the one report is inflated in small
 * chunks and counted, so a zip that lies about its sizes is stopped at the cap, never held whole.
 * Every refusal is an Error with one short line.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFile } from 'fflate'
import { echoValue } from '../../escape.js'

/** Compressed bytes pushed at a time: deflate expands at most ~1,032x, so one push stays small. */
const CHUNK_BYTES = 16 * 1024
/** More entries than any artifact of ours has; a listing of 65,535 names is refused unread. */
const MAX_ENTRIES = 100

export interface UnzippedReport {
  name: string
  text: string
}

/** The one `.json` file of the zip, at most maxBytes once inflated, as UTF-8 text. */
export function unzipReport(zip: Uint8Array, maxBytes: number): UnzippedReport {
  const entries: { name: string; originalSize: number }[] = []
  try {
    // The filter sees every entry of the central directory and inflates none of them.
    unzipSync(zip, {
      filter: file => {
        entries.push({ name: file.name, originalSize: file.originalSize })
        return false
      }
    })
  } catch (error) {
    throw new Error(
      `not a zip file (${echoValue(error instanceof Error ? error.message : String(error), 80)})`
    )
  }
  if (entries.length > MAX_ENTRIES)
    throw new Error(`${entries.length} files in the zip; expected one report`)
  const files = entries.filter(e => !e.name.endsWith('/'))
  const reports = files.filter(e => /\.json$/i.test(e.name))
  if (reports.length !== 1)
    throw new Error(
      `${reports.length === 0 ? 'no' : reports.length} JSON file${reports.length === 1 ? '' : 's'} in the zip; expected exactly one report`
    )
  const wanted = reports[0] as { name: string; originalSize: number }
  if (wanted.originalSize > maxBytes) throw new Error(tooLarge(wanted.originalSize, maxBytes))

  // The listing's sizes may lie: the inflated bytes are counted as they come.
  const parts: Uint8Array[] = []
  let total = 0
  let found = false
  let over = false
  let ended = false
  const unzip = new Unzip((file: UnzipFile) => {
    if (file.name !== wanted.name || found) return // not started: its data is skipped
    found = true
    file.ondata = (error, chunk, final) => {
      if (error !== null) throw error
      total += chunk.length
      if (total > maxBytes) {
        over = true
        file.terminate()
        return
      }
      parts.push(chunk)
      if (final) ended = true
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  unzip.register(UnzipPassThrough)
  try {
    for (let at = 0; at < zip.length && !over && !ended; at += CHUNK_BYTES)
      unzip.push(zip.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= zip.length)
  } catch (error) {
    throw new Error(
      `the zip's report could not be unpacked (${echoValue(error instanceof Error ? error.message : String(error), 80)})`
    )
  }
  if (over) throw new Error(tooLarge(total, maxBytes, true))
  if (!ended) throw new Error('the zip ends before its report does')
  const bytes = new Uint8Array(total)
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return { name: wanted.name, text: new TextDecoder('utf-8').decode(bytes) }
}

function tooLarge(bytes: number, maxBytes: number, atLeast = false): string {
  const mib = (n: number) =>
    `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : n % (1024 * 1024) === 0 ? 0 : 1)} MiB`
  return `its report unzips to ${atLeast ? 'more than ' : ''}${mib(atLeast ? maxBytes : bytes)}${atLeast ? '' : `, over the ${mib(maxBytes)} cap`} (a zip bomb?)`
}

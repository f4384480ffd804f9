/**
 * What a report was compared against, in words: one Markdown line for the comment and the job
 * summary, one plain line for the terminal and the log. Every string came from the API or a report
 * file: text goes through md()/code() or plain(), a sha is shown only when it is hex, and a URL is
 * linked only when it is a plain http(s) address (a file may carry `javascript:`).
 */
import { code, md, plain } from '../../escape.js'
import type { BaselineSource } from '../../report/model.js'

const SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~%/-]*)?$/
const SHA = /^[0-9a-f]{7,64}$/

/** "main at 1a2b3c4, the merge base" or "…, 3 commits behind the merge base". */
function where(
  source: BaselineSource,
  link: (text: string, url?: string) => string,
  esc: (t: string) => string
): string {
  const sha = source.sha !== undefined && SHA.test(source.sha) ? source.sha.slice(0, 7) : undefined
  const at = sha === undefined ? '' : ` at ${link(sha, source.commitUrl)}`
  const branch = source.branch === undefined ? 'the base branch' : esc(source.branch)
  const behind = source.commitsBehind ?? 0
  const base =
    source.mergeBase === true
      ? ', the merge base'
      : source.mergeBase === false
        ? `, ${behind === 0 ? 'not the merge base' : `${behind} commit${behind === 1 ? '' : 's'} behind the merge base`}`
        : ''
  return `${branch}${at}${base}`
}

function runWords(source: BaselineSource, link: (text: string, url?: string) => string): string {
  if (source.runId === undefined) return ''
  const date = dateWords(source.createdAt)
  return `; ${link(`run ${source.runId}`, source.runUrl)}${date === '' ? '' : ` of ${date}`}`
}

function dateWords(iso: string | undefined): string {
  if (iso === undefined) return ''
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return ''
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** The Markdown line: "Baseline: <code>main</code> at [1a2b3c4](…), the merge base; [run 12](…) of …". */
export function baselineSourceMarkdown(source: BaselineSource): string {
  if (source.kind === 'missing') return `No baseline: ${md(source.reason ?? 'none found', 300)}.`
  if (source.kind === 'file') return `Baseline: the report file ${code(source.path ?? '', 160)}.`
  const link = (text: string, url?: string) =>
    url !== undefined && SAFE_URL.test(url) ? `[${md(text, 40)}](${url})` : md(text, 40)
  return `Baseline: ${where(source, link, b => code(b, 60))}${runWords(source, link)}.`
}

/** The plain line for the terminal and the log, URLs written out. */
export function baselineWords(source: BaselineSource): string {
  if (source.kind === 'missing') return `no baseline: ${plain(source.reason ?? 'none found', 300)}`
  if (source.kind === 'file') return `baseline: the report file ${plain(source.path ?? '', 160)}`
  const link = (text: string, url?: string) =>
    url !== undefined && SAFE_URL.test(url) ? `${plain(text, 40)} (${url})` : plain(text, 40)
  return `baseline: ${where(source, link, b => plain(b, 60))}${runWords(source, link)}`
}

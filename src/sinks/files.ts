/**
 * The report files (JSON, Markdown, JUnit), written as one sink. Their paths are checked before
 * anything runs. Every file is rendered in full first, then all are written to temporary files
 * beside their destinations, and only then renamed over them: a reader never sees a truncated
 * report, and a failed write leaves no half a set.
 * A symbolic link is followed (its target is written, the link stays); a FIFO or a character
 * device (`/dev/null`, `/dev/stdout`) is written through, never replaced; a socket or a block
 * device is refused before anything runs. Missing folders on the way are created.
 */
import {
  accessSync,
  closeSync,
  constants,
  lstatSync,
  openSync,
  mkdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats
} from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { Socket } from 'node:net'
import { dirname, resolve } from 'node:path'
import { commitFiles, stopRequested, StoppedError } from '../engine/signals.js'
import { InputError, quote } from '../errors.js'
import { REPORT_FORMATS, type FileTargets, type ReportFormat } from '../config/options.js'
import { kindOf } from '../read-file.js'
import { renderJson } from '../render/json.js'
import { renderMarkdown } from '../render/markdown/report.js'
import type { Report } from '../report/model.js'
import type { GradedRun, ReportSink } from './sink.js'

export type { FileTargets } from '../config/options.js'

type Renderer = (report: Report) => string | Promise<string>

/** Each format's renderer; the compiler holds this to REPORT_FORMATS (src/config/options.ts). */
const RENDERERS: Record<ReportFormat, Renderer> = {
  json: renderJson,
  markdown: renderMarkdown,
  // The XML library is the largest part of the bundle: loaded only when JUnit is asked for.
  junit: async report => (await import('../render/junit.js')).renderJunit(report)
}

/**
 * The report files as one sink: JSON, Markdown and JUnit are written together, all or nothing.
 * `markdown` renders the Markdown file (the Action's has its title and the baseline comparison).
 */
export function reportFilesSink(
  targets: FileTargets,
  markdown?: (run: GradedRun) => string
): ReportSink {
  return {
    name: 'report files',
    write: async run => {
      await writeReportFiles(
        run.report,
        targets,
        markdown === undefined ? undefined : () => markdown(run)
      )
    }
  }
}

/** Renders every file asked for, then writes them; `markdown` replaces the plain table. */
export async function writeReportFiles(
  report: Report,
  targets: FileTargets,
  markdown: (report: Report) => string = renderMarkdown
): Promise<string[]> {
  const renderers: Record<ReportFormat, Renderer> = { ...RENDERERS, markdown }
  const files: [string, string][] = []
  for (const { name } of REPORT_FORMATS) {
    const path = targets[name]
    if (path !== undefined) files.push([path, await renderers[name](report)])
  }
  // Streams last: a FIFO's reader may wait for the end, and the files are then already in place.
  const streams = files.filter(([path]) => isStream(statOrUndefined(followLinks(path))))
  writeAllOrNothing(files.filter(file => !streams.includes(file)))
  for (const [path, text] of streams) await writeStream(followLinks(path), text)
  return files.map(([path]) => path)
}

/**
 * Bad input that would otherwise surface only after the whole matrix has run: two reports on one
 * path, a path that is a folder, a socket or a block device, a folder that cannot be created or
 * written.
 */
export function checkReportPaths(
  targets: FileTargets,
  fieldOf: (kind: ReportFormat) => string
): void {
  const seen = new Map<string, string>()
  for (const { name: kind } of REPORT_FORMATS) {
    const path = targets[kind]
    if (path === undefined) continue
    const field = fieldOf(kind)
    const refuse = (why: string) => new InputError(field, `${quote(path)} ${why}`)
    let full: string
    try {
      full = followLinks(resolve(path))
    } catch {
      throw refuse('is a loop of symbolic links')
    }
    const other = seen.get(full)
    if (other !== undefined) throw refuse(`is also the ${other} report`)
    seen.set(full, kind)
    const stats = statOrUndefined(full)
    if (stats?.isDirectory() === true) throw refuse('is a folder, not a file')
    if (stats !== undefined && !stats.isFile() && !isStream(stats))
      throw refuse(`is ${kindOf(stats)}; a report goes to a file, a FIFO or a character device`)
    if (stats !== undefined) continue
    // The first folder that exists on the way up; the ones below it are created.
    let folder = dirname(full)
    while (lstatOrUndefined(folder) === undefined) folder = dirname(folder)
    const found = statOrUndefined(folder)
    if (found === undefined)
      throw new InputError(field, `cannot create ${quote(path)}: ${quote(folder)} is a broken link`)
    if (!found.isDirectory())
      throw new InputError(field, `cannot create ${quote(path)}: ${folder} is a file`)
    try {
      accessSync(folder, constants.W_OK)
    } catch {
      throw new InputError(field, `cannot write ${quote(path)}: ${folder} is not writable`)
    }
  }
}

/** Where a path leads once its symbolic links are followed (the path itself when none). */
export function followLinks(path: string): string {
  let current = resolve(path)
  for (let hops = 0; hops < 40; hops++) {
    if (lstatOrUndefined(current)?.isSymbolicLink() !== true) return current
    current = resolve(dirname(current), readlinkSync(current))
  }
  throw new Error(`${path}: too many levels of symbolic links`)
}

/**
 * Writes a FIFO or a character device. A FIFO is opened without blocking, again and again until it
 * has a reader, and written through the event loop, never by a thread of libuv's pool: a thread
 * blocked in open() or write() on a FIFO nobody reads would keep the process from exiting, even
 * on a signal.
 */
async function writeStream(path: string, text: string): Promise<void> {
  if (!statSync(path).isFIFO()) return writeFile(path, text)
  let fd: number | undefined
  while (fd === undefined) {
    try {
      fd = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error // ENXIO: no reader yet
      await new Promise(resolve => setTimeout(resolve, FIFO_POLL_MS))
    }
  }
  const pipe = new Socket({ fd, readable: false, writable: true })
  await new Promise<void>((resolve, reject) => {
    pipe.once('error', reject)
    pipe.end(text, () => resolve())
  })
}

/** How often a FIFO without a reader is tried again. */
const FIFO_POLL_MS = 50

function isStream(stats: Stats | undefined): boolean {
  return stats !== undefined && (stats.isFIFO() || stats.isCharacterDevice())
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

/** Characters of a report file encoded and written before a pending stop is looked at again. */
const WRITE_CHUNK_CHARS = 1024 * 1024

/**
 * Writes every file to a temporary file first; renames them into place only once all are written.
 * The set is one commit (commitFiles): a signal's handler on the main thread waits for it, and
 * when it asks to stop between two chunks the temporary files are removed and nothing is renamed.
 */
export function writeAllOrNothing(files: readonly (readonly [string, string])[]): void {
  commitFiles(() => {
    const written: [string, string][] = []
    try {
      for (const [path, text] of files) {
        // A link is followed: its target is replaced, the link stays.
        const destination = followLinks(path)
        mkdirSync(dirname(destination), { recursive: true })
        const temporary = `${destination}.${process.pid}.tmp`
        // Exclusive: a file or link that happens to have the temporary name is never written through.
        const fd = openSync(temporary, 'wx')
        written.push([temporary, destination])
        try {
          writeInChunks(fd, text)
        } finally {
          closeSync(fd)
        }
      }
      if (stopRequested()) throw new StoppedError()
      for (const [temporary, path] of written) renameSync(temporary, path)
    } catch (error) {
      for (const [temporary] of written) rmSync(temporary, { force: true })
      throw error
    }
  })
}

/**
 * The whole text, encoded and written a chunk at a time (a chunk never ends between the two
 * halves of a surrogate pair), stopping between two chunks when a signal asks: encoding a
 * report of 80 MB at once would keep the signal waiting.
 */
function writeInChunks(fd: number, text: string): void {
  let at = 0
  while (at < text.length) {
    if (stopRequested()) throw new StoppedError()
    let end = Math.min(text.length, at + WRITE_CHUNK_CHARS)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += 1
    const bytes = Buffer.from(text.slice(at, end), 'utf8')
    for (let written = 0; written < bytes.length;)
      written += writeSync(fd, bytes, written, bytes.length - written)
    at = end
  }
}

/**
 * Report files. Their paths are checked before anything runs. Every file is rendered in full
 * first, then all are written to temporary files beside their destinations, and only then renamed
 * over them: a reader never sees a truncated report, and a failed write leaves no half a set.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { dirname, resolve } from 'node:path'
import { InputError } from '../errors.js'
import { renderMarkdown } from '../report/markdown.js'
import type { Report } from '../report/model.js'

export interface FileTargets {
  json?: string
  markdown?: string
  junit?: string
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

/** Renders every file asked for, then writes them; `markdown` replaces the plain table. */
export async function writeReportFiles(
  report: Report,
  targets: FileTargets,
  markdown: (report: Report) => string = renderMarkdown
): Promise<string[]> {
  const files: [string, string][] = []
  if (targets.json !== undefined) files.push([targets.json, renderJson(report)])
  if (targets.markdown !== undefined) files.push([targets.markdown, markdown(report)])
  if (targets.junit !== undefined) {
    // The XML library is the largest part of the bundle: loaded only when JUnit is asked for.
    const { renderJunit } = await import('../report/junit.js')
    files.push([targets.junit, renderJunit(report)])
  }
  writeAllOrNothing(files)
  return files.map(([path]) => path)
}

/**
 * Bad input that would otherwise surface only after the whole matrix has run: two reports on one
 * path, a path that is a folder, a folder that cannot be created or written.
 */
export function checkReportPaths(
  targets: FileTargets,
  fieldOf: (kind: keyof FileTargets) => string
): void {
  const seen = new Map<string, string>()
  for (const [kind, path] of Object.entries(targets) as [keyof FileTargets, string | undefined][]) {
    if (path === undefined) continue
    const field = fieldOf(kind)
    const full = resolve(path)
    const other = seen.get(full)
    if (other !== undefined)
      throw new InputError(field, `${JSON.stringify(path)} is also the ${other} report`)
    seen.set(full, kind)
    if (existsSync(full) && statSync(full).isDirectory())
      throw new InputError(field, `${JSON.stringify(path)} is a folder, not a file`)
    let folder = dirname(full)
    while (!existsSync(folder)) folder = dirname(folder)
    if (!statSync(folder).isDirectory())
      throw new InputError(field, `cannot create ${JSON.stringify(path)}: ${folder} is a file`)
    try {
      accessSync(folder, constants.W_OK)
    } catch {
      throw new InputError(field, `cannot write ${JSON.stringify(path)}: ${folder} is not writable`)
    }
  }
}

/** Writes every file to a temporary file first; renames them into place only once all are written. */
export function writeAllOrNothing(files: readonly (readonly [string, string])[]): void {
  const written: [string, string][] = []
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(path), { recursive: true })
      const temporary = `${path}.${process.pid}.tmp`
      written.push([temporary, path])
      writeFileSync(temporary, text)
    }
    for (const [temporary, path] of written) renameSync(temporary, path)
  } catch (error) {
    for (const [temporary] of written) rmSync(temporary, { force: true })
    throw error
  }
}

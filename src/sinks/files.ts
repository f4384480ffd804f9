/**
 * Report files. Every file is rendered in full first, then written to a temporary file beside
 * its destination and renamed over it, so a reader never sees a truncated report.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
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
  for (const [path, text] of files) writeAtomically(path, text)
  return files.map(([path]) => path)
}

export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

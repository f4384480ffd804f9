/**
 * Where a reproducer may go, decided before anything runs: a folder given must be a folder (or
 * not exist yet), and the default is the JSON report's folder only when that report is a file.
 */
import { statSync } from 'node:fs'
import { dirname } from 'node:path'
import { InputError, quote } from '../../errors.js'

/** Bad input before anything runs: the folder for the reproducer is something other than a folder. */
export function checkReproducerFolder(dir: string, label: string): void {
  let isFolder = true
  try {
    isFolder = statSync(dir).isDirectory()
  } catch {
    return // missing: created when a reproducer is written
  }
  if (!isFolder)
    throw new InputError(
      label,
      `${quote(dir)} is not a folder, so no reproducer can be written there`
    )
}

/**
 * The folder of a JSON report, when it is a file (or will be): not a stream such as /dev/stdout
 * or a FIFO, whose folder is no place for a file of ours.
 */
export function besideReport(json: string | undefined): string | undefined {
  if (json === undefined) return undefined
  try {
    if (!statSync(json).isFile()) return undefined
  } catch {
    // Not there yet: the report will be a file.
  }
  return dirname(json)
}

/**
 * Reading a file the user named (config, contract, baseline, reports): regular files only, and
 * never more than a cap. The cap is enforced by the read itself, which stops one byte past it,
 * not by stat: a FIFO or a device reports size 0 and would otherwise be read forever.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { InputError, oneLine, quote } from './errors.js'

/** What a path is, in words, when it is not a regular file. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  return 'not a regular file'
}

/** "1 MiB", "64 MiB", "512 KiB". */
export function describeBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`
}

/**
 * The text of a regular file of at most `maxBytes` bytes; anything else is an InputError naming
 * `field` and the path. Opened without blocking, so a FIFO with no writer is refused at once.
 */
export function readInputText(path: string, field: string, maxBytes: number): string {
  const problem = (why: string) => new InputError(field, `cannot read ${quote(path)}: ${why}`)
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw problem(
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'ENXIO'
            ? 'a socket'
            : oneLine(error)
    )
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile())
      throw problem(stats.isDirectory() ? 'is a folder' : `is ${kindOf(stats)}, not a regular file`)
    // One buffer, sized by stat and grown if the file says less than it holds (files under /proc
    // say 0), never past one byte beyond the cap, which tells "exactly at the cap" from "larger".
    const limit = maxBytes + 1
    let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(stats.size + 1, 64 * 1024)))
    let total = 0
    while (total < limit) {
      if (total === buffer.length) {
        const larger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2))
        buffer.copy(larger, 0, 0, total)
        buffer = larger
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null)
      if (n === 0) break
      total += n
    }
    if (total > maxBytes) throw problem(`larger than ${describeBytes(maxBytes)}`)
    return buffer.toString('utf8', 0, total)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw problem(code === 'EISDIR' ? 'is a folder' : oneLine(error))
  } finally {
    closeSync(fd)
  }
}

/**
 * Refuses a path that exists and is not a regular file (a FIFO would hang the read that follows,
 * a device would never end it). A missing file is left to the read, which says so its own way.
 */
export function refuseIfNotRegular(path: string, field: string): void {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENXIO') throw new InputError(field, `cannot read ${quote(path)}: is a socket`)
    return
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile() && !stats.isDirectory())
      throw new InputError(
        field,
        `cannot read ${quote(path)}: is ${kindOf(stats)}, not a regular file`
      )
  } finally {
    closeSync(fd)
  }
}

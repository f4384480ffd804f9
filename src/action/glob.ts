/**
 * File globs for the `reports` input: `*` and `?` within one path segment, `**` for any number
 * of folders. Like shells, wildcards do not match names that start with a dot. Node 20 has no
 * fs.glob, and the patterns needed here are simple. A match is a regular file whose real path
 * stays inside the folder the pattern starts from (the workspace for a pattern that starts with a wildcard): a symbolic
 * link planted in an artifact never leads the action to read, or quote, a file outside it.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'

export function expandGlobs(patterns: string[]): string[] {
  const found = new Set<string>()
  for (const pattern of patterns) for (const path of expandGlob(pattern)) found.add(path)
  return [...found].sort()
}

export function expandGlob(pattern: string): string[] {
  const slashed = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern
  const segments = slashed.split('/')
  const firstWild = segments.findIndex(hasWildcard)
  if (firstWild === -1)
    return isFile(slashed) && staysInside(slashed, dirname(slashed)) ? [slashed] : []
  // The folders before the first wildcard are taken as they are ("" for an absolute path).
  const base = segments.slice(0, firstWild).join('/')
  const root = base !== '' ? base : slashed.startsWith('/') ? '/' : '.'
  const out: string[] = []
  // Below ".", paths stay relative and without a "./" in front.
  walk(root, segments.slice(firstWild), out, root !== '.')
  return out.filter(path => staysInside(path, root))
}

/** Whether the real path of `path` (its links followed) lies inside the real path of `folder`. */
function staysInside(path: string, folder: string): boolean {
  try {
    const inside = realpathSync(folder)
    const real = realpathSync(path)
    return real.startsWith(inside.endsWith(sep) ? inside : `${inside}${sep}`)
  } catch {
    return false
  }
}

function walk(dir: string, rest: string[], out: string[], keepDir: boolean): void {
  const [segment, ...tail] = rest
  if (segment === undefined) return
  const at = (name: string) => (keepDir ? join(dir, name) : name)
  if (segment === '**') {
    const next = tail.length === 0 ? ['*'] : tail
    walk(dir, next, out, keepDir) // no folder at all
    for (const name of entries(dir, true)) walk(at(name), rest, out, true)
    return
  }
  if (segment === '' || segment === '.') {
    walk(dir, tail, out, keepDir)
    return
  }
  const names = hasWildcard(segment)
    ? entries(dir, false).filter(name => segmentPattern(segment).test(name))
    : [segment]
  for (const name of names) {
    const path = at(name)
    if (tail.length === 0) {
      if (isFile(path)) out.push(path)
    } else if (isDirectory(path)) {
      walk(path, tail, out, true)
    }
  }
}

function entries(dir: string, foldersOnly: boolean): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter(e => !e.name.startsWith('.'))
      .filter(e => !foldersOnly || e.isDirectory()) // symbolic links are not followed by **
      .map(e => e.name)
  } catch {
    return []
  }
}

function hasWildcard(segment: string): boolean {
  return /[*?]/.test(segment)
}

function segmentPattern(segment: string): RegExp {
  const body = [...segment]
    .map(ch =>
      ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
    )
    .join('')
  return new RegExp(`^${body}$`)
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

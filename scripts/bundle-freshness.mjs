// Whether dist/ is older than what it is built from: the newest input (src/**, the bundler's
// config, the lockfile) against the oldest output file. Used by the Jest global setup, so no test
// ever runs a bundle older than src/, and by the release script.
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** What `npm run bundle` reads, relative to the repository root. */
export const BUNDLE_INPUTS = [
  'src',
  'rollup.config.js',
  'scripts/copy-assets.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'tsconfig.types.json',
  'package-lock.json'
]
/** Files the bundle must contain; a missing one makes it stale too. */
export const BUNDLE_ENTRIES = ['dist/index.js', 'dist/cli.js', 'dist/kit.js', 'dist/types/kit.d.ts']

function listFiles(path) {
  let stat
  try {
    stat = statSync(path)
  } catch {
    return []
  }
  if (!stat.isDirectory()) return [{ path, mtimeMs: stat.mtimeMs }]
  return readdirSync(path).flatMap(name => listFiles(join(path, name)))
}

/**
 * @param {string} root the repository (or a copy of its layout)
 * @returns {{ stale: boolean, reason: string }}
 */
export function checkBundleFreshness(root) {
  const missing = BUNDLE_ENTRIES.filter(entry => listFiles(join(root, entry)).length === 0)
  if (missing.length > 0) return { stale: true, reason: `dist/ lacks ${missing.join(', ')}` }
  const inputs = BUNDLE_INPUTS.flatMap(input => listFiles(join(root, input)))
  const outputs = listFiles(join(root, 'dist'))
  const newest = inputs.reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a))
  const oldest = outputs.reduce((a, b) => (b.mtimeMs < a.mtimeMs ? b : a))
  if (newest.mtimeMs > oldest.mtimeMs)
    return {
      stale: true,
      reason: `${relative(root, newest.path)} is newer than ${relative(root, oldest.path)}`
    }
  return {
    stale: false,
    reason: `dist/ is newer than every input (newest: ${relative(root, newest.path)})`
  }
}

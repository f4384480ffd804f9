// Whether dist/ is older than what it is built from: the newest input (src/**, the bundler's
// config, the lockfile) against the oldest output file; when the dates say older, whether the
// inputs still have the content dist/ was built from (a fresh clone dates every file by its
// checkout, in no useful order). Used by the Jest global setup, so no test ever runs a bundle
// older than src/. `node scripts/bundle-freshness.mjs --record` (the last step of `npm run
// bundle`) records that content's hash in dist/.inputs-sha256.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the bundle records the hash of the inputs it was built from. */
export const INPUTS_HASH_FILE = 'dist/.inputs-sha256'

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
  // Python's caches are not inputs (git ignores them; running the probe writes them).
  return readdirSync(path)
    .filter(name => name !== '__pycache__' && !name.endsWith('.pyc'))
    .sort()
    .flatMap(name => listFiles(join(path, name)))
}

/** The hash of every input's path and content, in a fixed order: the same on every checkout. */
export function hashInputs(root) {
  const hash = createHash('sha256')
  for (const input of BUNDLE_INPUTS)
    for (const file of listFiles(join(root, input))) {
      const content = readFileSync(file.path)
      hash.update(`${relative(root, file.path)}\0${content.length}\0`).update(content)
    }
  return hash.digest('hex')
}

function recordedHash(root) {
  try {
    return readFileSync(join(root, INPUTS_HASH_FILE), 'utf8').trim()
  } catch {
    return undefined
  }
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
  if (newest.mtimeMs > oldest.mtimeMs) {
    if (recordedHash(root) === hashInputs(root))
      return { stale: false, reason: 'dist/ was built from inputs with this content' }
    return {
      stale: true,
      reason: `${relative(root, newest.path)} is newer than ${relative(root, oldest.path)}`
    }
  }
  return {
    stale: false,
    reason: `dist/ is newer than every input (newest: ${relative(root, newest.path)})`
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--record') {
  const root = fileURLToPath(new URL('..', import.meta.url))
  writeFileSync(join(root, INPUTS_HASH_FILE), `${hashInputs(root)}\n`)
}

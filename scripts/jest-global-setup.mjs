// Jest's global setup: rebuilds dist/ once, before any test file, when it is older than src/ (or
// the bundler's config or lockfile), so a test that spawns the CLI, the Action or the kit never
// runs an old bundle. When dist/ is fresh it costs a directory walk. It also puts the interpreter
// behind a python3 shim first on PATH (see skipPythonShim); test workers inherit that PATH.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkBundleFreshness } from './bundle-freshness.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

export default function setUpTests() {
  rebuildStaleBundle()
  skipPythonShim()
}

function rebuildStaleBundle() {
  const { stale, reason } = checkBundleFreshness(ROOT)
  if (!stale) return
  process.stderr.write(`\nbundling: ${reason}\n`)
  const bundle = spawnSync('npm', ['run', '-s', 'bundle'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (bundle.status !== 0)
    throw new Error(
      `npm run bundle failed (exit ${bundle.status}): the tests would run an old dist/`
    )
  const after = checkBundleFreshness(ROOT)
  if (after.stale) throw new Error(`dist/ is still stale after npm run bundle: ${after.reason}`)
}

/**
 * When python3 on PATH is a version manager's shim rather than an interpreter (pyenv's is a shell
 * script that adds a few tenths of a second to every start, and the tests start Python hundreds
 * of times), a link named python3 to the interpreter the shim runs goes first on PATH, in a folder
 * of its own: the tests run the same interpreter, without the shim. Nothing changes where python3
 * is the interpreter itself (a link to it included).
 */
function skipPythonShim() {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
  const onPath = dirs.map(dir => join(dir, 'python3')).find(file => existsSync(file))
  if (onPath === undefined) return
  const asked = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], {
    encoding: 'utf8'
  })
  const executable = asked.status === 0 ? asked.stdout.trim() : ''
  if (executable === '' || !existsSync(executable)) return
  if (realpathSync(onPath) === realpathSync(executable)) return
  const hash = createHash('sha256').update(executable).digest('hex').slice(0, 12)
  const folder = join(tmpdir(), `ctg-python3-${hash}`)
  mkdirSync(folder, { recursive: true })
  try {
    symlinkSync(executable, join(folder, 'python3'))
  } catch (error) {
    if (error.code !== 'EEXIST') throw error
  }
  process.env.PATH = [folder, ...dirs].join(delimiter)
}

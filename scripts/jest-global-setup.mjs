// Jest's global setup: rebuilds dist/ once, before any test file, when it is older than src/ (or
// the bundler's config or lockfile), so a test that spawns the CLI, the Action or the kit never
// runs an old bundle. When dist/ is fresh it costs a directory walk.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { checkBundleFreshness } from './bundle-freshness.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

export default function rebuildStaleBundle() {
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

// `npm test`: Jest over every test file in parallel workers, then the files jest.config.js lists in
// RUN_ALONE, one at a time. `--dist` limits both runs to the test files that execute dist/ (the
// CLI, the Action, the Node probe, the kit by package name): .ci/run runs those on Node 24.
// Other arguments (`npm test -- FILE`) make one plain Jest run with them.
// Exits non-zero when either run fails; the second runs even when the first failed.
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { RUN_ALONE } from '../jest.config.js'

// jest's package exports do not include its bin: find it beside its package.json.
const jest = join(
  dirname(createRequire(import.meta.url).resolve('jest/package.json')),
  'bin/jest.js'
)
const env = { ...process.env, NODE_OPTIONS: '--experimental-vm-modules --no-warnings' }
/** What a test file that runs dist/ names: dist/ itself, or the helpers that spawn it. */
const RUNS_DIST = /run-action|dist\/|probe-build|from 'callback-thread-guard'/

function runJest(args, group) {
  const run = spawnSync(process.execPath, [jest, ...args], {
    stdio: 'inherit',
    env: group ? { ...env, CTG_TEST_GROUP: group } : env
  })
  return run.status ?? 1
}

function listDistTests() {
  return readdirSync('__tests__', { recursive: true })
    .map(file => join('__tests__', file))
    .filter(file => file.endsWith('.test.ts') && RUNS_DIST.test(readFileSync(file, 'utf8')))
    .sort()
}

const args = process.argv.slice(2)
if (args.length > 0 && args[0] !== '--dist') process.exit(runJest(args))
const only = args[0] === '--dist' ? listDistTests() : []
const parallel = runJest(only, 'parallel')
const aloneFiles = RUN_ALONE.filter(file => only.length === 0 || only.includes(file))
// With no file named, Jest would run every test file: skip the second run instead.
const alone = aloneFiles.length > 0 ? runJest(['--runInBand', ...aloneFiles]) : 0
process.exit(parallel !== 0 ? parallel : alone)

// `npm test`: Jest over every test file in parallel workers. `--dist` limits the run to the test
// files that execute dist/ (the CLI, the Action, the Node probe, the kit by package name):
// .ci/run runs those on Node 24. Other arguments (`npm test -- FILE`) go to Jest as they are.
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

// jest's package exports do not include its bin: find it beside its package.json.
const jest = join(
  dirname(createRequire(import.meta.url).resolve('jest/package.json')),
  'bin/jest.js'
)
/** What a test file that runs dist/ names: dist/ itself, or the helpers that spawn it. */
const RUNS_DIST = /run-action|dist\/|probe-build|from 'callback-thread-guard'/

function listDistTests() {
  return readdirSync('__tests__', { recursive: true })
    .map(file => join('__tests__', file))
    .filter(file => file.endsWith('.test.ts') && RUNS_DIST.test(readFileSync(file, 'utf8')))
    .sort()
}

const args = process.argv.slice(2)
const run = spawnSync(
  process.execPath,
  [jest, ...(args[0] === '--dist' ? listDistTests() : args)],
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules --no-warnings' }
  }
)
process.exit(run.status ?? 1)

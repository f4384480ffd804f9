// `npm run generate`: writes the Python probe's generated module
// (src/probes/python/probe_generated.py) from src/scenarios.ts and the protocol version, by running
// its test with CTG_WRITE_GENERATED=1 (the table is TypeScript, which Jest compiles). Commit it.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const jest = join(
  dirname(createRequire(import.meta.url).resolve('jest/package.json')),
  'bin/jest.js'
)
const run = spawnSync(process.execPath, [jest, '__tests__/engine/scenario-table.test.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CTG_WRITE_GENERATED: '1',
    NODE_OPTIONS: '--experimental-vm-modules --no-warnings'
  }
})
process.exit(run.status ?? 1)

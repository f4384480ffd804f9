// `npm run generate`: writes the files generated from the project's one definitions, by running
// the tests that check them with CTG_WRITE_GENERATED=1 (their sources are TypeScript, which Jest
// compiles): the Python probe's module (src/probes/python/probe_generated.py) from src/scenarios.ts
// and the protocol version, and the report file validator (src/report/report-file.generated.ts)
// from src/report/model.ts. Commit them.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const jest = join(
  dirname(createRequire(import.meta.url).resolve('jest/package.json')),
  'bin/jest.js'
)
const tests = [
  '__tests__/engine/scenario-table.test.ts',
  '__tests__/report/validate-report.test.ts'
]
const run = spawnSync(process.execPath, [jest, ...tests], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CTG_WRITE_GENERATED: '1',
    NODE_OPTIONS: '--experimental-vm-modules --no-warnings'
  }
})
process.exit(run.status ?? 1)

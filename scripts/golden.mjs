// `npm run golden`: writes the golden reports (__tests__/__outputs__/) from the fixed fixtures, by
// running their test with CTG_WRITE_GOLDEN=1 (the renderer is TypeScript, which Jest compiles).
// Commit what it writes: the diff is the change to the rendering.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const jest = join(
  dirname(createRequire(import.meta.url).resolve('jest/package.json')),
  'bin/jest.js'
)
const run = spawnSync(process.execPath, [jest, '__tests__/report/golden.test.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CTG_WRITE_GOLDEN: '1',
    NODE_OPTIONS: '--experimental-vm-modules --no-warnings'
  }
})
process.exit(run.status ?? 1)

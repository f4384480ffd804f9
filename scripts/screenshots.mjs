// `npm run screenshots`: photographs the pull-request comment of each browser-test run, in
// GitHub's light and dark styles, into docs/images/ (comment-NAME-light.png, -dark.png), by
// running the browser test with CTG_WRITE_SCREENSHOTS=1 (it renders with cmark-gfm and
// github-markdown-css in headless Chromium, as the test measures). Commit what it writes.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const jest = join(
  dirname(createRequire(import.meta.url).resolve('jest/package.json')),
  'bin/jest.js'
)
const run = spawnSync(process.execPath, [jest, '__tests__/browser/render.test.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CTG_WRITE_SCREENSHOTS: '1',
    NODE_OPTIONS: '--experimental-vm-modules --no-warnings'
  }
})
process.exit(run.status ?? 1)

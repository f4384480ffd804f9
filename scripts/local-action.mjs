// `npm run local-action`: @github/local-action on src/action/main.ts (it calls the exported run(),
// as the official template's src/main.ts) with .env. Its stub of
// core.setOutput echoes each output as a deprecated `::set-output` command for debugging; this
// drops those echo lines (its "Action Outputs" table lists the same outputs), passing the rest.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

// eslint-disable-next-line no-control-regex -- the echo starts with terminal colour codes
const SET_OUTPUT_ECHO = /^(?:\x1b\[[0-9;]*m)*::set-output name=/

const child = spawn(
  process.execPath,
  ['node_modules/@github/local-action/bin/local-action.js', '.', 'src/action/main.ts', '.env'],
  { stdio: ['inherit', 'pipe', 'inherit'] }
)
const lines = createInterface({ input: child.stdout })
lines.on('line', line => {
  if (!SET_OUTPUT_ECHO.test(line)) process.stdout.write(`${line}\n`)
})
child.on('close', code => {
  process.exitCode = code ?? 1
})

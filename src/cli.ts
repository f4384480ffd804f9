#!/usr/bin/env node
import { ExitCode, oneLine } from './errors.js'
import { main } from './cli/main.js'

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`callback-thread-guard: could not run: ${oneLine(error)}\n`)
    process.exitCode = ExitCode.couldNotRun
  }
)

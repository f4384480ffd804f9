#!/usr/bin/env node
/**
 * The CLI's entry point. A signal stops every probe and exits 128 + its number; a closed stdout
 * or stderr (`| head -1`) is not an error: the run ends with its verdict's exit code, silently.
 */
import { ExitCode, oneLine } from './errors.js'
import { main } from './cli/main.js'
import { stopOnSignals } from './engine/signals.js'

stopOnSignals(line => process.stderr.write(`callback-thread-guard: ${line}\n`))
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (EPIPE; later writes then find the stream destroyed): nobody is left
    // to read the rest. Anything else is a fault.
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED')
      process.exitCode = ExitCode.couldNotRun
  })
}

// The outputs are rendered and written by a worker thread beside this file (see main).
main(process.argv.slice(2), new URL('./cli-outputs.js', import.meta.url)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`callback-thread-guard: could not run: ${oneLine(error)}\n`)
    process.exitCode = ExitCode.couldNotRun
  }
)

/**
 * The GitHub Action's entry point (dist/index.js): it only starts the action, as the official
 * template's does. The action's logic is `run` in src/action/main.ts, which
 * `npm run local-action` imports and calls itself.
 */
import * as core from '@actions/core'
import { run } from './action/main.js'
import { stopOnSignals } from './engine/signals.js'

// A cancelled job (SIGINT, then SIGTERM) or a lost runner (SIGHUP): probes stopped, one line.
stopOnSignals(line => core.setFailed(line))
// The outputs are rendered and written by a worker thread beside this file (see run).
void run(new URL('./action-outputs.js', import.meta.url))

/**
 * The GitHub Action's entry point (dist/index.js).
 *
 * The runner starts the bundle with node, and it runs the action. @github/local-action
 * (`npm run local-action`) imports this TypeScript source instead and calls run() itself, so the
 * source must not start on its own: only the bundled JavaScript does. (The file name is the
 * test, not process.argv: the bundler may move this code into a shared chunk.)
 * On a runner system it does not support, the step fails here with one line, before any probe.
 */
import * as core from '@actions/core'
import { runAction } from './action/main.js'
import { stopOnSignals } from './signals.js'

/** The runner systems the action supports: only Linux is tested (README, "Supported runners"). */
const SUPPORTED_PLATFORMS: readonly NodeJS.Platform[] = ['linux']

export async function run(): Promise<void> {
  if (!SUPPORTED_PLATFORMS.includes(process.platform)) {
    core.setFailed(
      `callback-thread-guard runs on Linux runners only, not on ${process.platform}: use runs-on: ubuntu-latest.`
    )
    return
  }
  await runAction()
}

// A loader may add a query to the URL (local-action's does): only the path counts.
if (!new URL(import.meta.url).pathname.endsWith('.ts')) {
  // A cancelled job (SIGINT, then SIGTERM) or a lost runner (SIGHUP): probes stopped, one line.
  stopOnSignals(line => core.setFailed(line))
  void run()
}

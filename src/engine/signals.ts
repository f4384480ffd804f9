/**
 * SIGINT, SIGTERM and SIGHUP to the CLI or the Action: every probe's process tree is killed (they
 * run in process groups of their own, so Ctrl-C does not reach them), one line says why, and the
 * process exits 128 + the signal's number. Report files are written synchronously and put in place
 * by rename, so a signal never leaves one half-written.
 */
import { killAllProbes } from '../probes/session.js'

export const STOP_SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const
export type StopSignal = keyof typeof STOP_SIGNALS

/** Installs the handlers; `say` prints the one line (the Action fails its step with it). */
export function stopOnSignals(say: (line: string) => void): void {
  for (const signal of Object.keys(STOP_SIGNALS) as StopSignal[]) {
    process.once(signal, () => {
      killAllProbes()
      try {
        say(`interrupted by ${signal}: every probe was stopped`)
      } catch {
        // A closed stderr (SIGHUP when the terminal went away) must not keep the process alive.
      }
      process.exit(128 + STOP_SIGNALS[signal])
    })
  }
}

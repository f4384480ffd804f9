/**
 * SIGINT, SIGTERM and SIGHUP to the CLI or the Action: every probe's process tree is killed (they
 * run in process groups of their own, so Ctrl-C does not reach them), one line says why, and the
 * process exits 128 + the signal's number. A signal is heard only when the main thread's event
 * loop turns, so long work either yields or runs in a worker thread (src/sinks/offload.ts), which
 * exiting ends. Report files are put in place by rename under a commit flag shared with such
 * workers: the handler waits for a set of renames in progress to finish and stops any set not
 * yet begun, so a signal never leaves a report half-written or half a set renamed.
 */
import { killAllProbes } from '../probes/session.js'

export const STOP_SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const
export type StopSignal = keyof typeof STOP_SIGNALS

/** [0]: a stop was asked for; [1]: a report file set is being written (see commitFiles). */
const STOPPING = 0
const COMMITTING = 1
let stopState = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT))

/** The longest a signal waits for a set of report files being written (a chunk at a time). */
const COMMIT_WAIT_MS = 2_000

/** The memory a worker thread shares with the main thread's handler (pass it as workerData). */
export function stopStateBuffer(): SharedArrayBuffer {
  return stopState.buffer as SharedArrayBuffer
}

/** In a worker thread: the main thread's stop state, so its handler sees this thread's writes. */
export function adoptStopState(buffer: SharedArrayBuffer): void {
  stopState = new Int32Array(buffer)
}

/** Whether a signal asked the process to stop (read by long writes between chunks). */
export function stopRequested(): boolean {
  return Atomics.load(stopState, STOPPING) === 1
}

/** Thrown by a write that a signal stopped before it committed anything. */
export class StoppedError extends Error {
  constructor() {
    super('stopped by a signal')
  }
}

/**
 * Runs `write` as the one set of report files in progress. It is not started once a stop was
 * asked for; while it runs, a signal's handler waits for it (write checks stopRequested between
 * chunks and removes what it wrote when asked). Stores to both flags are sequentially consistent,
 * so the handler and this never both go ahead.
 */
export function commitFiles<T>(write: () => T): T {
  Atomics.store(stopState, COMMITTING, 1)
  try {
    if (stopRequested()) throw new StoppedError()
    return write()
  } finally {
    Atomics.store(stopState, COMMITTING, 0)
    Atomics.notify(stopState, COMMITTING)
  }
}

/** Asks every thread to stop and waits (bounded) for a set of report files being written. */
function holdCommits(): void {
  Atomics.store(stopState, STOPPING, 1)
  const deadline = Date.now() + COMMIT_WAIT_MS
  while (Atomics.load(stopState, COMMITTING) === 1 && Date.now() < deadline)
    Atomics.wait(stopState, COMMITTING, 1, 50)
}

/** Installs the handlers; `say` prints the one line (the Action fails its step with it). */
export function stopOnSignals(say: (line: string) => void): void {
  for (const signal of Object.keys(STOP_SIGNALS) as StopSignal[]) {
    process.once(signal, () => {
      killAllProbes()
      holdCommits()
      try {
        say(`interrupted by ${signal}: every probe was stopped`)
      } catch {
        // A closed stderr (SIGHUP when the terminal went away) must not keep the process alive.
      }
      process.exit(128 + STOP_SIGNALS[signal])
    })
  }
}

/**
 * Long synchronous work (rendering and writing the outputs of a report of tens of thousands of
 * cells takes seconds) run in a worker thread, so the main thread's event loop stays free and a
 * signal is heard at once: its handler exits the process, which ends the worker. The job goes to
 * the worker in slices (its large arrays a thousand items at a time, the event loop turning
 * between two), since cloning a large report in one message would itself take a second or more.
 * The worker shares the stop state of src/engine/signals.ts, so a set of report files is never
 * cut in half by the exit.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parentPort, Worker, workerData } from 'node:worker_threads'
import { adoptStopState, stopStateBuffer } from '../engine/signals.js'

/** Items of an array per message. */
const SLICE_ITEMS = 1_000

/** One piece of a job: a value at a path of keys, or items to append to the array there. */
type Piece =
  | { kind: 'set'; path: string[]; value: unknown }
  | { kind: 'append'; path: string[]; items: unknown[] }
  | { kind: 'end' }

type Reply = { kind: 'result'; value: unknown } | { kind: 'error'; message: string }

const turn = () => new Promise(resolve => setImmediate(resolve))

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The job as pieces: records are walked two levels deep (a job's report, the report's cells), and
 * an array there of more than a slice is sent a slice at a time.
 */
function* piecesOf(value: unknown, path: string[], depth: number): Generator<Piece> {
  if (Array.isArray(value) && value.length > SLICE_ITEMS) {
    yield { kind: 'set', path, value: [] }
    for (let i = 0; i < value.length; i += SLICE_ITEMS)
      yield { kind: 'append', path, items: value.slice(i, i + SLICE_ITEMS) }
    return
  }
  if (!isRecord(value) || depth === 0) {
    yield { kind: 'set', path, value }
    return
  }
  yield { kind: 'set', path, value: {} }
  for (const [key, inner] of Object.entries(value))
    yield* piecesOf(inner, [...path, key], depth - 1)
}

/**
 * Runs the worker at `script` on `job` and returns what it replies. The worker's stdout and stderr
 * are the process's (Node forwards them, and drains them before 'exit', which this waits for).
 */
export async function runOffloaded<R>(script: URL, job: Record<string, unknown>): Promise<R> {
  const worker = new Worker(fileURLToPath(script), { workerData: { stop: stopStateBuffer() } })
  let reply: Reply | undefined
  worker.on('message', (message: Reply) => (reply = message))
  const exited = new Promise<number>((resolve, reject) => {
    worker.once('error', reject)
    worker.once('exit', resolve)
  })
  // A worker that fails while its job is still being sent rejects `exited` before anything awaits
  // it: unhandled, that rejection would end the process with code 1 (a "violation"). It is thrown
  // below, by `await exited`.
  exited.catch(() => undefined)
  try {
    for (const piece of piecesOf(job, [], 2)) {
      worker.postMessage(piece)
      // A slice's clone is milliseconds: the event loop turns, and hears a signal, between two.
      if (piece.kind === 'append') await turn()
    }
    worker.postMessage({ kind: 'end' } satisfies Piece)
  } catch (error) {
    // A piece that cannot be cloned: the worker, still waiting for its job, would keep the
    // process alive.
    await worker.terminate()
    throw error
  }
  const code = await exited
  if (reply?.kind === 'result') return reply.value as R
  throw new Error(
    reply?.kind === 'error' ? reply.message : `the output worker exited with code ${code}`
  )
}

/** Whether the bundled worker script is there (not when the TypeScript source runs). */
function offloadable(script: URL | undefined): script is URL {
  return script !== undefined && existsSync(fileURLToPath(script))
}

/**
 * `work(job)` in the worker at `script` when the bundle has it, else on this thread (the
 * TypeScript source, `npm run local-action`): the same outputs either way.
 */
export async function offloadOr<J extends object, R>(
  script: URL | undefined,
  job: J,
  work: (job: J) => Promise<R>
): Promise<R> {
  return offloadable(script)
    ? runOffloaded<R>(script, { ...(job as Record<string, unknown>) })
    : work(job)
}

/** In the worker: the job, put together again from its pieces. */
function receiveJob(): Promise<Record<string, unknown>> {
  const port = parentPort
  if (port === null) throw new Error('not in a worker thread')
  const root: Record<string, unknown> = {}
  const at = (path: string[]) =>
    path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], root)
  return new Promise(resolve => {
    port.on('message', (piece: Piece) => {
      if (piece.kind === 'end') {
        port.removeAllListeners('message')
        resolve(root)
      } else if (piece.kind === 'append') (at(piece.path) as unknown[]).push(...piece.items)
      else if (piece.path.length > 0)
        (at(piece.path.slice(0, -1)) as Record<string, unknown>)[piece.path.at(-1) as string] =
          piece.value
    })
  })
}

/**
 * The worker's side: receives the job, runs `work` on it and replies with its result (or the
 * error's message). Call it at the top of the worker's script.
 */
export function serveOffloaded<R>(work: (job: Record<string, unknown>) => Promise<R>): void {
  const port = parentPort
  if (port === null) throw new Error('not in a worker thread')
  adoptStopState((workerData as { stop: SharedArrayBuffer }).stop)
  receiveJob()
    .then(work)
    .then(
      value => port.postMessage({ kind: 'result', value } satisfies Reply),
      (error: unknown) =>
        port.postMessage({
          kind: 'error',
          message: error instanceof Error ? error.message : String(error)
        } satisfies Reply)
    )
    // The reply is queued (the main thread drains it when this thread exits): the port no longer
    // keeps this thread alive.
    .finally(() => port.unref())
}

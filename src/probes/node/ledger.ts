/**
 * The record of handler runs, in shared memory. A handler records itself when it runs: how many
 * times, in which order, on which (pid, threadId), and whether it ran inline. Shared memory lets
 * a handler that a pool moved onto a worker thread record itself too, and lets the probe wait
 * for the last handler with Atomics instead of trusting the pool to say it is done.
 */
import { threadId } from 'node:worker_threads'
import type { CompletionHandler, PortableHandler } from './adapter.js'
import type { Settlement } from '../fact-values.js'

// Header cells.
const ATTACHING = 0 // slot + 1 of the handler whose attaching call is in progress, or 0
const NEXT_SEQ = 1
const REMAINING = 2 // counted handlers that have not run yet: the latch
const DRIVER_PID = 3
const DRIVER_THREAD = 4
const HEADER = 5

// Cells of each slot.
const CALLS = 0
const SEQ = 1
const PID = 2
const THREAD = 3
const INLINE = 4
const SETTLED = 5 // how the first run was called: 0 unknown, 1 fulfilled, 2 rejected
const SLOT_CELLS = 6

const SETTLED_CODES: Record<Settlement, number> = { unknown: 0, fulfilled: 1, rejected: 2 }
const SETTLED_NAMES: readonly Settlement[] = ['unknown', 'fulfilled', 'rejected']

/** What the first run of one handler looked like. */
export interface HandlerRun {
  calls: number
  seq: number
  pid: number
  threadId: number
  inline: boolean
  /** How the first run was called, as the adapter told (handler.fulfilled / handler.rejected). */
  settled: Settlement
}

/** Records one run of a handler; works on any thread of the probe's process. */
export function recordRun(handler: PortableHandler, settled: Settlement = 'unknown'): void {
  const cells = new Int32Array(handler.ledger)
  const base = HEADER + handler.slot * SLOT_CELLS
  const pid = process.pid
  // Inline: on the thread that attaches, while its attaching call for this very handler runs.
  const inline =
    pid === cells[DRIVER_PID] &&
    threadId === cells[DRIVER_THREAD] &&
    Atomics.load(cells, ATTACHING) === handler.slot + 1
  const calls = Atomics.add(cells, base + CALLS, 1)
  if (calls === 0) {
    Atomics.store(cells, base + SEQ, Atomics.add(cells, NEXT_SEQ, 1) + 1)
    Atomics.store(cells, base + PID, pid)
    Atomics.store(cells, base + THREAD, threadId)
    Atomics.store(cells, base + INLINE, inline ? 1 : 0)
    Atomics.store(cells, base + SETTLED, SETTLED_CODES[settled])
    // The latch counts handlers, not calls: a handler run twice must not hide one never run.
    if (handler.slot < countedOf(cells) && Atomics.sub(cells, REMAINING, 1) === 1)
      Atomics.notify(cells, REMAINING)
  }
  if (handler.raises) throw new DeliberateError()
}

/** What the first handler of a `raising` future throws. */
export class DeliberateError extends Error {
  constructor() {
    super('deliberate: the first handler of a raising task throws')
    this.name = 'DeliberateError'
  }
}

// The number of counted slots is kept after the slots, so a portable handler needs nothing else.
function countedOf(cells: Int32Array): number {
  return cells[cells.length - 1] as number
}

export class Ledger {
  readonly buffer: SharedArrayBuffer
  private readonly cells: Int32Array

  /** `counted` slots (0..counted-1) make up the latch; the others (trackers) are only recorded. */
  constructor(
    readonly slots: number,
    readonly counted: number
  ) {
    this.buffer = new SharedArrayBuffer((HEADER + slots * SLOT_CELLS + 1) * 4)
    this.cells = new Int32Array(this.buffer)
    this.cells[DRIVER_PID] = process.pid
    this.cells[DRIVER_THREAD] = threadId
    this.cells[REMAINING] = counted
    this.cells[this.cells.length - 1] = counted
  }

  handler(slot: number, raises = false): CompletionHandler {
    const portable: PortableHandler = { ledger: this.buffer, slot, raises }
    return Object.assign(() => recordRun(portable), {
      portable,
      fulfilled: () => recordRun(portable, 'fulfilled'),
      rejected: () => recordRun(portable, 'rejected')
    })
  }

  /** Marks the attaching call of a handler as in progress (slot) or over (undefined). */
  attaching(slot: number | undefined): void {
    Atomics.store(this.cells, ATTACHING, slot === undefined ? 0 : slot + 1)
  }

  calls(slot: number): number {
    return Atomics.load(this.cells, HEADER + slot * SLOT_CELLS + CALLS)
  }

  run(slot: number): HandlerRun {
    const base = HEADER + slot * SLOT_CELLS
    const read = (cell: number) => Atomics.load(this.cells, base + cell)
    return {
      calls: read(CALLS),
      seq: read(SEQ),
      pid: read(PID),
      threadId: read(THREAD),
      inline: read(INLINE) === 1,
      settled: SETTLED_NAMES[read(SETTLED)] ?? 'unknown'
    }
  }

  /** Every slot's calls so far: what the tally compares with after close() (driver.ts). */
  callsNow(): number[] {
    return Array.from({ length: this.slots }, (_, slot) => this.calls(slot))
  }

  get remaining(): number {
    return Atomics.load(this.cells, REMAINING)
  }

  /**
   * Waits until every counted handler has run or the deadline passes, waking every `tickMs` to
   * call `onTick`. Never uses the pool's own notion of done: only the handlers' records count.
   */
  async wait(deadline: number, tickMs: number, onTick: () => void): Promise<boolean> {
    for (;;) {
      const left = this.remaining
      if (left <= 0) return true
      const ms = deadline - Date.now()
      if (ms <= 0) return false
      const waited = waitAsync(this.cells, REMAINING, left, Math.min(ms, tickMs))
      if (waited.async) await waited.value
      onTick()
    }
  }
}

type WaitResult = 'ok' | 'not-equal' | 'timed-out'
// Atomics.waitAsync (Node 16+) is newer than the ES2022 library this project compiles against.
const waitAsync = (
  Atomics as unknown as {
    waitAsync(
      cells: Int32Array,
      index: number,
      value: number,
      timeoutMs: number
    ): { async: false; value: WaitResult } | { async: true; value: Promise<WaitResult> }
  }
).waitAsync

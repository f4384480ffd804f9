/**
 * Scheduling: which cells may run side by side, how many extra probes at once, and how long a
 * cell may take before its probe counts as hung. Pure arithmetic on a cell; nothing runs here.
 */
import type { Cell } from '../model/cell.js'
import { SCENARIO_TRAITS } from '../model/scenarios.js'

/** At most this many extra probe processes at once for cells that run side by side. */
export const SIDE_BY_SIDE_PROBES = 8
/** A cell whose tasks sleep this long spends its time asleep, not on the CPU. */
const SLEEPY_TASK_MS = 50
/** Timing margin a cell of a timing scenario needs between its registration and any task's completion. */
const TIMING_MARGIN_MS = 50

/**
 * Whether a cell can share the machine without changing what it observes. Thread identity does
 * not depend on load; only the state at registration in a timing scenario (`timed`) does, and
 * only near a task's completion. So: tasks that sleep at least 50 ms, and for a timing scenario,
 * a callback delay at least 50 ms away from every moment a wave of tasks completes.
 */
export function runsSideBySide(cell: Cell): boolean {
  if (cell.taskMs < SLEEPY_TASK_MS) return false
  if (!SCENARIO_TRAITS[cell.scenario].timing) return true
  const waves = Math.ceil(cell.tasks / cell.workers)
  for (let k = 1; k <= waves; k++) {
    if (Math.abs(cell.callbackDelayMs - k * cell.taskMs) < TIMING_MARGIN_MS) return false
  }
  return true
}

/**
 * How long a cell may take before its probe is killed: the work it was asked to do, generously,
 * plus the callback timeout. Past that the probe is hung, not slow.
 */
export function budgetMs(cell: Cell): number {
  const waves = Math.ceil(cell.tasks / cell.workers)
  const perRepeat =
    cell.callbackDelayMs + waves * cell.taskMs * 2 + cell.tasks * cell.callbacks * 0.2
  return Math.ceil(5_000 + cell.timeoutMs + cell.repeat * perRepeat)
}

/** `work` on every item, at most `limit` at a time, each taken in order as one finishes. */
export async function forEachAtMost<T>(
  limit: number,
  items: T[],
  work: (item: T) => Promise<void>
): Promise<void> {
  const queue = [...items]
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
  }
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker))
}

/**
 * Shrinking a failing cell: within a time limit, run it again with fewer repetitions, tasks and
 * workers (each run a fresh probe, graded by the one grading place) and keep the smallest that
 * still breaks one of the rules the cell broke. What "still fails" means is the engine's verdict:
 * nothing here grades.
 */
import type { Cell } from '../matrix.js'
import type { Report } from '../../report/model.js'
import type { Target } from '../../model/target.js'

/** Runs one cell of one target on a fresh probe; the report of that one run. */
export type RunOneCell = (target: Target, cell: Cell) => Promise<Report>

export interface Shrunk {
  cell: Cell
  /** Runs spent shrinking, and how many of them still failed. */
  runs: number
  failed: number
}

/** The dimensions shrunk, in order: repetitions first (cheapest to lose), then tasks, then workers. */
const DIMENSIONS = ['repeat', 'tasks', 'workers'] as const

/** Smaller values to try for `value`, smallest first: 1, a quarter, a half. */
export function smallerValues(value: number): number[] {
  const out = [1, Math.floor(value / 4), Math.floor(value / 2)].filter(v => v >= 1 && v < value)
  return [...new Set(out)].sort((a, b) => a - b)
}

/**
 * Greedy: for each dimension in turn, the smallest smaller value that still fails replaces the
 * current one, and that dimension is tried again from there; stops at the deadline (a run is
 * started only before it).
 */
export async function shrinkCell(
  target: Target,
  cell: Cell,
  rules: readonly string[],
  limitMs: number,
  runOne: RunOneCell,
  now: () => number = Date.now
): Promise<Shrunk> {
  const deadline = now() + limitMs
  let current = cell
  let runs = 0
  let failed = 0
  for (const dimension of DIMENSIONS) {
    let improved = true
    while (improved && now() < deadline) {
      improved = false
      for (const value of smallerValues(current[dimension])) {
        if (now() >= deadline) break
        const candidate = { ...current, [dimension]: value }
        runs += 1
        const report = await runOne(target, candidate)
        const broken = report.cells.flatMap(c => c.violations.map(v => v.rule))
        if (broken.some(rule => rules.includes(rule))) {
          failed += 1
          current = candidate
          improved = true
          break
        }
      }
    }
  }
  return { cell: current, runs, failed }
}

/**
 * Runs by time budget (`--budget`) against a real Python and real executors: the run keeps
 * re-running its cells until the budget is spent and ends within it plus one repetition (by its
 * own recorded timings, not a wall clock here); a fault planted at one callback in 1,000 is found
 * by a short budget and ends the run early; --keep-going keeps counting past it; repetitions run on
 * several probes side by side (lanes) and, where the scenario allows, with zero-length tasks.
 */
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { budgetLanes } from '../../src/engine/budget.js'
import { InputError } from '../../src/errors.js'
import { upperBound } from '../../src/grading/bound.js'
import type { Report } from '../../src/report/model.js'
import { runBroken, runWith } from '../helpers/engine.js'

const SMALL = { workers: [4], tasks: [200], taskMs: [0] }

function callbacksOf(report: Report): number {
  return report.cells.flatMap(c => c.outcomes).reduce((n, o) => n + o.count, 0)
}

describe('a run by time budget', () => {
  it('keeps re-running every cell and stops within its budget plus one repetition', async () => {
    const report = await runWith({ ...SMALL, scenarios: ['running', 'done'], budget: '4s' })
    const b = report.budget!
    expect(report.verdict).toBe('pass')
    expect(b).toMatchObject({ budgetMs: 4_000, stoppedBy: 'budget', keepGoing: false })
    expect(b.repetitions).toBeGreaterThan(2)
    // It spent the budget, and it did not start a repetition after it.
    expect(b.endedMs).toBeGreaterThanOrEqual(b.budgetMs)
    expect(b.endedMs).toBeLessThanOrEqual(b.budgetMs + b.longestRepetitionMs)
    expect(b.longestRepetitionMs).toBeLessThan(b.budgetMs)
    // Every cell ran again, with fresh executors: more repetitions, more callbacks.
    for (const cell of report.cells) {
      expect(cell.repeat).toBeGreaterThan(1)
      expect(cell.outcomes.reduce((n, o) => n + o.count, 0)).toBe(200 * cell.repeat)
    }
    // `running` weighs more than `done` (budgetWeight in scenarios.ts): it got more of the time.
    const [running, done] = report.cells
    expect(running!.durationMs).toBeGreaterThan(done!.durationMs)
    // The evidence is the grown histograms.
    const once = report.evidence!.find(e => e.rule === 'exactly-once')!
    expect(once.checked).toBe(callbacksOf(report))
    expect(once.upperBound).toBe(upperBound(0, once.checked))
  })

  it('spends no time after the matrix when it already found a violation', async () => {
    const report = await runBroken('MovedCallbacks', {
      ...SMALL,
      scenarios: ['running'],
      budget: '30s'
    })
    expect(report.verdict).toBe('fail')
    expect(report.budget).toMatchObject({ stoppedBy: 'violation', repetitions: 0 })
    expect(report.budget!.endedMs).toBeLessThan(30_000)
  })
})

describe('a fault planted at one callback in 1,000', () => {
  const saved = process.env.CTG_FAULT_ONE_IN
  beforeEach(() => {
    process.env.CTG_FAULT_ONE_IN = '1000'
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.CTG_FAULT_ONE_IN
    else process.env.CTG_FAULT_ONE_IN = saved
  })

  it('is found by a short budget, which then stops early', async () => {
    // 16 callbacks in the matrix: it finds the fault about one time in sixty; the budget must.
    const report = await runBroken('MisroutesOneIn', {
      workers: [4],
      tasks: [16],
      taskMs: [0],
      scenarios: ['running'],
      budget: '60s'
    })
    expect(report.verdict).toBe('fail')
    expect(report.budget!.stoppedBy).toBe('violation')
    expect(report.budget!.endedMs).toBeLessThan(60_000)
    const worker = report.evidence!.find(e => e.rule === 'worker-runs-callback')!
    expect(worker.broken).toBeGreaterThanOrEqual(1)
    expect(report.cells[0]!.violations[0]!.samples[0]!.callback).toBe('StrayThread')
  })

  it('with keep-going, is counted until the budget is spent, and its rate is bounded', async () => {
    const report = await runBroken('MisroutesOneIn', {
      ...SMALL,
      scenarios: ['running'],
      budget: '4s',
      keepGoing: true
    })
    expect(report.verdict).toBe('fail')
    expect(report.budget!.stoppedBy).toBe('budget')
    const worker = report.evidence!.find(e => e.rule === 'worker-runs-callback')!
    expect(worker.checked).toBe(callbacksOf(report))
    expect(worker.broken).toBeGreaterThanOrEqual(2)
    expect(worker.upperBound).toBe(upperBound(worker.broken, worker.checked))
    expect(worker.upperBound).toBeGreaterThan(worker.broken / worker.checked)
  })
})

describe('lanes and zero-length tasks', () => {
  const saved = process.env.CTG_BUDGET_LANES
  afterEach(() => {
    if (saved === undefined) delete process.env.CTG_BUDGET_LANES
    else process.env.CTG_BUDGET_LANES = saved
  })

  it('runs repetitions on two probes side by side, and the histograms stay whole', async () => {
    process.env.CTG_BUDGET_LANES = '2'
    const report = await runWith({ ...SMALL, scenarios: ['timed'], budget: '3s' })
    const b = report.budget!
    expect(b.lanes).toBe(2)
    expect(b.endedMs).toBeLessThanOrEqual(b.budgetMs + b.longestRepetitionMs)
    const [cell] = report.cells
    expect(cell!.repeat).toBeGreaterThan(2)
    // Every callback of every repetition, from both probes, is in the histogram once.
    expect(callbacksOf(report)).toBe(200 * cell!.repeat)
    expect(cell!.stats.futures).toBe(200 * cell!.repeat)
    const once = report.evidence!.find(e => e.rule === 'exactly-once')!
    expect(once.checked).toBe(callbacksOf(report))
  })

  it('runs on the matrix probe alone with one lane', async () => {
    process.env.CTG_BUDGET_LANES = '1'
    const report = await runWith({ ...SMALL, scenarios: ['done'], budget: '2s' })
    expect(report.budget!.lanes).toBe(1)
    expect(report.cells[0]!.repeat).toBeGreaterThan(1)
  })

  it("runs a user's command target on its own probe only", async () => {
    process.env.CTG_BUDGET_LANES = '2'
    // The Python probe run as a `command` target: a program we may not start twice.
    const probe = fileURLToPath(new URL('../../src/probes/python/probe.py', import.meta.url))
    const report = await runWith({
      ...SMALL,
      scenarios: ['done'],
      probe: `python3 ${probe} --executor concurrent.futures:ThreadPoolExecutor`,
      budget: '2s'
    })
    expect(report.targets[0]!.kind).toBe('command')
    expect(report.budget).toMatchObject({ lanes: 1, stoppedBy: 'budget' })
    expect(report.cells[0]!.repeat).toBeGreaterThan(1)
    expect(callbacksOf(report)).toBe(200 * report.cells[0]!.repeat)
  })

  it('refuses a lane count that is not a whole number from 1 to 16', () => {
    for (const bad of ['0', '17', '1.5', 'many']) {
      expect(() => budgetLanes({ CTG_BUDGET_LANES: bad })).toThrow(InputError)
      expect(() => budgetLanes({ CTG_BUDGET_LANES: bad })).toThrow(/^CTG_BUDGET_LANES: must be/)
    }
    expect(budgetLanes({ CTG_BUDGET_LANES: '3' })).toBe(3)
    expect(budgetLanes({})).toBeGreaterThanOrEqual(1)
  })

  it('repeats a held cell with zero-length tasks, and a timed cell with its own', async () => {
    process.env.CTG_BUDGET_LANES = '1'
    // 20 tasks of 100 ms on 2 workers: a repetition with the cell's own tasks sleeps 1 s at least.
    // The budget counts from the run's start, and the matrix alone sleeps 2 s: on a loaded
    // machine (CI: three Jest workers on two cores) a 4 s budget once left no time to repeat.
    const report = await runWith({
      workers: [2],
      tasks: [20],
      taskMs: [100],
      scenarios: ['running', 'timed'],
      callbackDelayMs: [0],
      budget: '10s'
    })
    const [running, timed] = report.cells
    expect(report.budget!.zeroLengthTasks).toEqual([running!.id])
    expect(running!.taskMs).toBe(100)
    expect(running!.repeat).toBeGreaterThan(2)
    // The probe's own clock: far less than the 1 s a repetition of 100 ms tasks would sleep.
    expect(running!.stats.elapsedMs).toBeLessThan(1000 * (running!.repeat - 1))
    expect(callbacksOf({ ...report, cells: [running!] })).toBe(20 * running!.repeat)
    // `timed` keeps its tasks: its timing is the experiment.
    expect(timed!.stats.elapsedMs).toBeGreaterThanOrEqual(1000 * timed!.repeat * 0.9)
  })
})

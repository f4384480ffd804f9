/**
 * Which repetitions of a budget are perturbed, on a clock of the test's own and repetitions that
 * answer at once (deterministic): with several lanes, the odd ones; with one, every second
 * repetition; only for the targets that know how; and the record counts the callbacks of each
 * side apart, exactly.
 */
import { describe, expect, it } from '@jest/globals'
import {
  PERTURBATION,
  spendBudget,
  type Budget,
  type RunRepetition
} from '../../src/engine/budget.js'
import type { Cell } from '../../src/engine/matrix.js'
import { loadContract } from '../../src/grading/contracts/index.js'
import type { CellReply } from '../../src/probes/protocol.js'
import { makeReport } from '../action/reports.js'

const THREAD_POOL = loadContract('thread-pool')
const TARGET = 'python3 ThreadPoolExecutor'

/** Runs a one-cell budget of 1,000 ms on `lanes` lanes; each repetition takes 10 ms per repeat. */
async function spend(lanes: number, perturb: Budget['perturb']) {
  const report = makeReport([{ verdict: 'pass' }])
  const r = report.cells[0]!
  r.durationMs = 10
  const cell: Cell = {
    id: r.id,
    target: r.target,
    scenario: r.scenario,
    workers: r.workers,
    tasks: r.tasks,
    callbackDelayMs: r.callbackDelayMs,
    taskMs: r.taskMs,
    callbacks: r.callbacks,
    repeat: r.repeat,
    timeoutMs: 1000
  }
  let clock = 0
  const asked: { lane: number; perturbed: boolean; callbacks: number }[] = []
  const run: RunRepetition = async (c, lane) => {
    // The lanes take turns on the one clock: each repetition starts where the last one ended.
    await Promise.resolve()
    clock += 10 * c.repeat
    asked.push({ lane, perturbed: c.perturb !== undefined, callbacks: c.tasks * c.repeat })
    if (c.perturb !== undefined) expect(c.perturb).toEqual(PERTURBATION)
    const reply: CellReply = {
      kind: 'result',
      outcomes: [
        {
          facts: { registered: 'running', ranOn: 'task-thread', inline: false, calls: 1 },
          count: c.tasks * c.repeat,
          samples: []
        }
      ],
      stats: {}
    }
    return reply
  }
  const { record } = await spendBudget({
    cells: [cell],
    reports: report.cells,
    budget: { ms: 1000, keepGoing: false, ...(perturb === undefined ? {} : { perturb }) },
    startedAt: 0,
    run,
    contractOf: () => THREAD_POOL,
    now: () => clock,
    lanes
  })
  const sum = (perturbed: boolean) =>
    asked.filter(a => a.perturbed === perturbed).reduce((n, a) => n + a.callbacks, 0)
  return { record, asked, sum }
}

describe('perturbed repetitions of a budget', () => {
  it('with one lane: every second repetition, counted apart', async () => {
    const { record, asked, sum } = await spend(1, { how: PERTURBATION, targets: [TARGET] })
    expect(asked.length).toBeGreaterThanOrEqual(4)
    expect(asked.map(a => a.perturbed)).toEqual(asked.map((_, i) => i % 2 === 1))
    expect(record.perturbation).toEqual({
      how: PERTURBATION,
      lanes: [0],
      everySecondRepetition: true,
      callbacks: [{ target: TARGET, perturbed: sum(true), plain: sum(false) }]
    })
    expect(sum(true)).toBeGreaterThan(0)
  })

  it('with two lanes: the repetitions of lane 1, and only those', async () => {
    const { record, asked, sum } = await spend(2, { how: PERTURBATION, targets: [TARGET] })
    expect(new Set(asked.map(a => a.lane))).toEqual(new Set([0, 1]))
    for (const a of asked) expect(a.perturbed).toBe(a.lane === 1)
    expect(record.perturbation).toMatchObject({
      how: PERTURBATION,
      lanes: [1],
      everySecondRepetition: false,
      callbacks: [{ target: TARGET, perturbed: sum(true), plain: sum(false) }]
    })
  })

  it('none for a target that does not know how, and the record says why', async () => {
    const { record, asked } = await spend(2, { how: PERTURBATION, targets: [] })
    expect(asked.every(a => !a.perturbed)).toBe(true)
    expect(record.perturbation).toEqual({
      off: 'no target of this run is a Python executor or a Node pool, which is what knows how',
      lanes: [],
      everySecondRepetition: false,
      callbacks: []
    })
  })

  it('none when turned off, and the record says so', async () => {
    const { record, asked } = await spend(1, undefined)
    expect(asked.length).toBeGreaterThan(1)
    expect(asked.every(a => !a.perturbed)).toBe(true)
    expect(record.perturbation.off).toBe('turned off (--no-perturb, or perturb: false)')
  })
})

/**
 * Issue 21, item 3: handlers that run only because close() ran are their own fact (`ranAt:
 * close`), counted before the pool closes and graded apart. The truth about a cancelled threads.js
 * task comes first, from an independent script (bench/truth/threads-cancel-truth.mjs); then the
 * guard's facts and verdict on the real npm `threads` package through the example adapter, and a
 * deliberately broken close (pending handlers run at terminate as if their tasks had completed),
 * which must be flagged.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { runMatrix, type Report } from '../../src/kit.js'
import { eventLoop } from '../../src/grading/contracts/event-loop.js'
import { contractSchema } from '../../src/grading/contract.js'
import { gradeOutcome } from '../../src/grading/grade.js'
import type { CellReport } from '../../src/report/model.js'
import { FIXTURES, ROOT, useBuiltProbe } from './helpers/probe-build.js'

interface TruthHandler {
  when: 'before-cancel' | 'after-cancel'
  calls: number
  phase: 'open' | 'terminate' | null
  settled: 'fulfilled' | 'rejected' | null
  message: string | null
  onCaller: boolean | null
  inline: boolean
}

interface Truth {
  tasks: number
  announced: boolean[]
  ranBeforeTerminate: number
  handlers: TruthHandler[]
}

function establishTruth(): Truth {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'bench', 'truth', 'threads-cancel-truth.mjs')],
    { encoding: 'utf8', timeout: 60_000 }
  )
  if (result.status !== 0) throw new Error(`the truth script failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as Truth
}

const CELL = { workers: 2, tasks: 3, taskMs: 0 }

async function runCancel(adapter: string): Promise<CellReport> {
  const report: Report = await runMatrix({
    targets: [{ adapter }],
    experiments: [{ scenario: 'cancel', ...CELL }],
    repeat: 2,
    timeoutMs: 5_000
  })
  expect(report.cells).toHaveLength(1)
  return report.cells[0]!
}

const contract = contractSchema.parse(eventLoop)

describe('a cancelled threads.js task, settled only when the pool terminates', () => {
  let truth: Truth
  let cell: CellReport

  beforeAll(async () => {
    useBuiltProbe()
    truth = establishTruth()
    cell = await runCancel(join(ROOT, 'examples', 'adapters', 'threads', 'adapter.mjs'))
  }, 120_000)

  it('the truth: no handler runs while the pool lives; each runs once at terminate, rejected, on the caller', () => {
    expect(truth.announced).toEqual(Array(truth.tasks).fill(true))
    expect(truth.ranBeforeTerminate).toBe(0)
    expect(truth.handlers).toHaveLength(2 * truth.tasks)
    for (const h of truth.handlers)
      expect(h).toMatchObject({
        calls: 1,
        phase: 'terminate',
        settled: 'rejected',
        message: 'Pool has been terminated before task was run.',
        onCaller: true,
        inline: false
      })
  })

  it('the guard records each handler as run at close, rejected, once, on the caller', () => {
    expect(cell.verdict).not.toBe('error')
    const counted = cell.outcomes.reduce((n, o) => n + o.count, 0)
    expect(counted).toBe(2 * cell.tasks * cell.repeat)
    const phases = new Set(truth.handlers.map(h => h.phase))
    for (const outcome of cell.outcomes)
      expect(outcome.facts).toMatchObject({
        // ranAt is written only for a first run at close: the truth's phase says it must be there.
        ranAt: phases.has('terminate') && phases.size === 1 ? 'close' : 'open',
        settled: truth.handlers[0]!.settled,
        calls: 1,
        ranOn: 'caller-thread',
        inline: false,
        // The adapter reported each cancel, as the pool's taskCanceled event did in the truth.
        cancelled: truth.announced.every(Boolean)
      })
    // Attached before cancel() (pending) and after it: cancelled, though the promise is pending.
    expect(new Set(cell.outcomes.map(o => o.facts.registered))).toEqual(
      new Set(['pending', 'cancelled'])
    )
    expect(cell.stats.tasksNotRun).toBe(cell.tasks * cell.repeat)
  })

  it('grades them neither as never run nor as normal runs: interesting, and the cell passes', () => {
    for (const outcome of cell.outcomes) {
      expect(outcome.grade).toBe('interesting')
      expect(outcome.rules).toEqual(['cancelled-settled-at-close'])
    }
    expect(cell.verdict).toBe('pass')
  })
})

describe('a close() that completes the tasks it never ran', () => {
  it('is flagged: close-never-completes, on every handler of the cancelled tasks', async () => {
    useBuiltProbe()
    const cell = await runCancel(join(FIXTURES, 'threads-close-completes.mjs'))
    expect(cell.verdict).toBe('fail')
    // Completed at close: told fulfilled, and late, so the cancelled task's waiver cannot apply.
    const counts = Object.fromEntries(cell.violations.map(v => [v.rule, v.count]))
    expect(counts).toEqual({
      'close-never-completes': 2 * cell.tasks * cell.repeat,
      'handler-runs-while-open': 2 * cell.tasks * cell.repeat
    })
    for (const outcome of cell.outcomes)
      expect(outcome.facts).toMatchObject({ ranAt: 'close', settled: 'fulfilled', calls: 1 })
  }, 120_000)
})

describe('the event-loop rules for a handler run at close', () => {
  const base = { registered: 'running', ranOn: 'caller-thread', inline: false, calls: 1 } as const
  const grade = (
    scenario: 'running' | 'cancel',
    facts: Record<string, string | number | boolean>
  ) =>
    gradeOutcome(
      scenario,
      { facts: { ...base, ...facts }, count: 1, samples: [] } as never,
      contract
    )

  it('a handler run while the pool is open is graded as before', () => {
    expect(grade('running', {}).grade).toBe('acceptable')
  })

  it('a late handler of a task that was not cancelled breaks handler-runs-while-open', () => {
    const graded = grade('running', { ranAt: 'close', settled: 'rejected' })
    expect(graded.grade).toBe('forbidden')
    expect(graded.broken.map(b => b.rule)).toEqual(['handler-runs-while-open'])
  })

  it('a handler close() calls as fulfilled, or that cannot say how, breaks close-never-completes', () => {
    for (const settled of ['fulfilled', 'unknown']) {
      const graded = grade('cancel', { registered: 'cancelled', ranAt: 'close', settled })
      expect(graded.grade).toBe('forbidden')
      expect(graded.broken.map(b => b.rule)).toContain('close-never-completes')
    }
  })

  it('a cancelled task rejected at close, run twice, is forbidden (exactly-once)', () => {
    const graded = grade('cancel', { ranAt: 'close', settled: 'rejected', calls: 2 })
    expect(graded.grade).toBe('forbidden')
    expect(graded.broken.map(b => b.rule)).toContain('exactly-once')
  })
})

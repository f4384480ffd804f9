/**
 * Registration aimed at the task's end (issue 19, perturbation `aimAtCompletion`), without timing
 * luck. On the real probe and python3: UnlandedMisroutes (window_race.py) moves every callback
 * whose registration did not land (made with tasks queued, or not followed by its own future's
 * completion first), by the order of events, no clock; the aimed held experiment lands every one
 * and passes, the plain one cannot and fails. The stdlib pools raise no false alarm under it.
 * In the budget, on a clock of the test's own: aimed turns run the cells the aim reaches; a budget
 * without a matrix pass (the control's runs) starts from empty histograms. The standalone reproducer
 * aims the same way when the run did.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { loadConfig } from '../../src/config/load.js'
import { PERTURBATION, spendBudget, type RunRepetition } from '../../src/engine/budget.js'
import { expandMatrix, type Cell } from '../../src/engine/matrix.js'
import { renderPythonReproducer } from '../../src/engine/repro/python.js'
import { loadContract } from '../../src/grading/contracts/index.js'
import type { Perturbation } from '../../src/model/cell.js'
import { launchSpec } from '../../src/probes/launch.js'
import { closeProbes, runCellOn, startProbe } from '../../src/probes/lifecycle.js'
import type { CellReply } from '../../src/probes/protocol.js'
import { gradeCell } from '../../src/report/grade-cell.js'
import { perturbationWords } from '../../src/render/words/perturbation.js'
import { makeReport } from '../action/reports.js'
import { PYTHON_FIXTURES } from '../helpers/engine.js'

const THREAD_POOL = loadContract('thread-pool')
const AIMED: Perturbation = {
  switchIntervalUs: 0,
  spinBeforeUs: 0,
  spinAfterUs: 0,
  spinTaskEndUs: 0,
  extraThreads: 0,
  gatePollUs: 0,
  oneCore: 0,
  aimAtCompletion: 1
}

/** The cells of one target and its probe, run one by one with or without a perturbation. */
async function onProbe(
  executor: string,
  scenarios: string[],
  each: (
    run: (cell: Cell, perturb?: Perturbation) => Promise<CellReply>,
    cells: Cell[]
  ) => Promise<void>
): Promise<void> {
  const plan = expandMatrix(
    loadConfig(undefined, {
      executor,
      pythonPath: [PYTHON_FIXTURES],
      scenarios,
      workers: [2],
      tasks: [16],
      taskMs: [0],
      repeat: 3
    })
  )
  const started = await startProbe({ ...launchSpec(plan.targets[0]!), startTimeoutMs: 30_000 })
  try {
    await each(async (cell, perturb) => {
      const { target: _t, name: _n, ...message } = cell
      return runCellOn(started, { ...message, ...(perturb ? { perturb } : {}) }, 120_000)
    }, plan.cells)
  } finally {
    await closeProbes([started])
  }
}

const grade = (cell: Cell, reply: CellReply) =>
  gradeCell({ cell, reply, contract: THREAD_POOL, durationMs: 0 })
const threadsOf = (reply: CellReply) =>
  reply.kind === 'result' ? reply.outcomes.flatMap(o => o.samples.map(s => s.callback)) : []
const countOf = (reply: CellReply) =>
  reply.kind === 'result' ? reply.outcomes.reduce((n, o) => n + o.count, 0) : 0

describe('registration aimed at the task end', () => {
  it('lands every registration on the window-race fixture; the plain held experiment does not', async () => {
    await onProbe('window_race:UnlandedMisroutes', ['running'], async (run, [cell]) => {
      const aimed = await run(cell!, AIMED)
      expect(aimed.kind).toBe('result')
      expect(countOf(aimed)).toBe(16 * 3)
      expect(threadsOf(aimed)).not.toContain('Unlanded')
      expect(grade(cell!, aimed).verdict).toBe('pass')
      // The same cell, not aimed: 16 tasks on 2 workers, so registrations are made with tasks
      // queued, and the fixture moves them: it is not a fixture that passes anyway.
      const plain = await run(cell!)
      expect(countOf(plain)).toBe(16 * 3)
      expect(threadsOf(plain)).toContain('Unlanded')
      expect(grade(cell!, plain).verdict).toBe('fail')
    })
  })

  it('raises no false alarm on the stdlib ThreadPoolExecutor and ProcessPoolExecutor', async () => {
    for (const executor of [
      'concurrent.futures:ThreadPoolExecutor',
      'concurrent.futures:ProcessPoolExecutor'
    ]) {
      await onProbe(executor, ['running', 'order', 'raising'], async (run, cells) => {
        for (const cell of cells) {
          const reply = await run(cell, { ...AIMED, oneCore: 1 })
          const contract = executor.endsWith('ProcessPoolExecutor')
            ? loadContract('process-pool')
            : THREAD_POOL
          const report = gradeCell({ cell, reply, contract, durationMs: 0 })
          expect([cell.scenario, report.verdict, report.reason]).toEqual([
            cell.scenario,
            'pass',
            undefined
          ])
          expect(countOf(reply)).toBe(16 * 3 * cell.callbacks)
        }
      })
    }
  })

  it('the reproducer aims as the run did: run alone, it lands every registration (exit 0); not aimed, it does not (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-aimed-'))
    const reproduce = (perturb?: Perturbation) => {
      writeFileSync(
        join(dir, 'repro.py'),
        renderPythonReproducer({
          executor: 'window_race:UnlandedMisroutes',
          pythonPath: [],
          scenario: 'running',
          workers: 2,
          tasks: 16,
          callbackDelayMs: 0,
          taskMs: 0,
          callbacks: 1,
          timeoutMs: 5000,
          tries: 3,
          rules: ['worker-runs-callback'],
          contract: THREAD_POOL,
          found: 'test',
          ...(perturb ? { perturb } : {})
        })
      )
      return spawnSync('python3', ['repro.py'], {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? '',
          PYTHONPATH: PYTHON_FIXTURES,
          PYTHONDONTWRITEBYTECODE: '1'
        },
        encoding: 'utf8',
        timeout: 60_000
      })
    }
    const aimed = reproduce(AIMED)
    expect(aimed.stderr).toBe('')
    expect(aimed.stdout).toContain('aimAtCompletion=1')
    expect(aimed.status).toBe(0)
    const plain = reproduce()
    expect(plain.stdout).toContain('REPRODUCED on try 1: rule worker-runs-callback is broken')
    expect(plain.status).toBe(1)
  })

  it('is said in words', () => {
    expect(
      perturbationWords({
        how: PERTURBATION,
        lanes: [1],
        everySecondRepetition: false,
        callbacks: [{ target: 'python3 ThreadPoolExecutor', perturbed: 5, plain: 7 }]
      })
    ).toBe(
      "perturbed lanes (one core, registration aimed at each task's end) on lane 1: python3 ThreadPoolExecutor 5 callbacks perturbed, 7 plain"
    )
  })
})

/** A budget of 1,000 ms over a `running` and a `timed` cell, on a clock of the test's own. */
async function spend(how: Perturbation, noMatrixPass = false, aimed?: string[]) {
  const report = makeReport([{ verdict: 'pass' }, { verdict: 'pass' }])
  const cells: Cell[] = report.cells.map((r, i) => ({
    id: r.id,
    target: r.target,
    scenario: i === 0 ? 'running' : 'timed',
    workers: r.workers,
    tasks: r.tasks,
    callbackDelayMs: r.callbackDelayMs,
    taskMs: r.taskMs,
    callbacks: 1,
    repeat: r.repeat,
    timeoutMs: 1000
  }))
  for (const r of report.cells) r.durationMs = 10
  let clock = 0
  const asked: { lane: number; scenario: string; perturbed: boolean; repeat: number }[] = []
  const run: RunRepetition = async (c, lane) => {
    await Promise.resolve()
    clock += 10 * c.repeat
    asked.push({ lane, scenario: c.scenario, perturbed: c.perturb !== undefined, repeat: c.repeat })
    return {
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
  }
  const spent = await spendBudget({
    cells,
    reports: noMatrixPass ? [] : report.cells,
    budget: {
      ms: 1000,
      keepGoing: false,
      perturb: { how, targets: [cells[0]!.target], ...(aimed === undefined ? {} : { aimed }) },
      ...(noMatrixPass ? { noMatrixPass } : {})
    },
    startedAt: 0,
    run,
    contractOf: () => THREAD_POOL,
    now: () => clock,
    lanes: 2
  })
  return { asked, ...spent }
}

describe('aimed turns of a budget', () => {
  it('run the held cells with one callback, while the plain lane runs every cell', async () => {
    const { asked } = await spend(PERTURBATION)
    const lane1 = asked.filter(a => a.lane === 1)
    expect(lane1.length).toBeGreaterThan(0)
    expect(lane1.every(a => a.scenario === 'running' && a.perturbed)).toBe(true)
    expect(asked.some(a => a.lane === 0 && a.scenario === 'timed')).toBe(true)
    // Without the aim, the perturbed lane takes its turns among every cell.
    const { asked: unaimed } = await spend({ ...PERTURBATION, aimAtCompletion: 0 })
    expect(unaimed.some(a => a.lane === 1 && a.scenario === 'timed')).toBe(true)
  })

  it('aim only at the targets the plan names as aimed (a Node pool is perturbed, not aimed)', async () => {
    const { asked } = await spend(PERTURBATION, false, [])
    expect(asked.some(a => a.lane === 1 && a.perturbed && a.scenario === 'timed')).toBe(true)
  })

  it('are planned for Python executors only: a run of Node pools alone says no aim', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-aim-plan-'))
    const planOf = (targets: Record<string, unknown>[]) => {
      const file = join(dir, 'config.json')
      writeFileSync(file, JSON.stringify({ targets, matrix: { scenarios: ['running'] } }))
      return expandMatrix(loadConfig(file, { budget: '10s' })).budget?.perturb
    }
    const nodeOnly = planOf([{ pool: 'piscina' }])
    expect(nodeOnly?.how.aimAtCompletion).toBe(0)
    expect(nodeOnly?.aimed).toEqual([])
    const mixed = planOf([
      { pool: 'piscina' },
      { executor: 'concurrent.futures:ThreadPoolExecutor' }
    ])
    expect(mixed?.how.aimAtCompletion).toBe(1)
    expect(mixed?.targets).toHaveLength(2)
    expect(mixed?.aimed).toHaveLength(1)
    expect(mixed?.aimed?.[0]).toBe(mixed?.targets[1])
  })

  it('without a matrix pass, start from empty histograms with one repeat each', async () => {
    const { asked, cells } = await spend(PERTURBATION, true)
    const firsts = ['running', 'timed'].map(s => asked.find(a => a.scenario === s))
    expect(firsts.map(a => a?.repeat)).toEqual([1, 1])
    // Every callback counted is one a repetition of the budget reported.
    const counted = cells.flatMap(c => c.outcomes).reduce((n, o) => n + o.count, 0)
    const runs = asked.reduce((n, a) => n + a.repeat, 0)
    expect(counted).toBe(runs * cells[0]!.tasks)
    expect(cells.map(c => c.verdict)).toEqual(['pass', 'pass'])
  })
})

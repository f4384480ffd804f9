/**
 * Perturbed lanes (issue 19) through the real engine and real python3: a fault that only a
 * perturbed schedule reaches (ShakenMisroutes: every callback moved while the switch interval is
 * below 1 ms, deterministic, no timing luck) passes the matrix and is caught on a perturbed lane;
 * --no-perturb (perturb: false) turns the lanes off, the fault is not seen, and the report says
 * they were off; the budget record counts perturbed and plain callbacks apart; the positive
 * control runs with the same perturbation. Which repetitions are perturbed, deterministically:
 * perturb-lanes.test.ts.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readInputs } from '../../src/action/inputs.js'
import { PERTURBATION } from '../../src/engine/budget.js'
import { loadConfig, type Overrides } from '../../src/config/load.js'
import { runWithControl } from '../../src/engine/control.js'
import { expandMatrix } from '../../src/engine/matrix.js'
import { addReproducer } from '../../src/engine/repro/write.js'
import type { Report } from '../../src/report/model.js'
import { renderReport } from '../../src/render/markdown/report.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { runConfig, runPlan } from '../../src/engine/run.js'
import { PYTHON_FIXTURES } from '../helpers/engine.js'

const SMALL: Overrides = { scenarios: ['running'], workers: [2], tasks: [50], taskMs: [0] }

/** A config file with a perturbation that sets the switch interval to 100 us (ShakenMisroutes' trigger). */
function shakenConfig(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ctg-perturb-')), 'config.json')
  writeFileSync(
    file,
    JSON.stringify({
      targets: [{ executor: 'window_race:ShakenMisroutes', pythonPath: [PYTHON_FIXTURES] }],
      perturb: { switchIntervalUs: 100 }
    })
  )
  return file
}

const callbacksOf = (report: Report) =>
  report.cells.flatMap(c => c.outcomes).reduce((n, o) => n + o.count, 0)

describe('perturbed lanes', () => {
  const saved = process.env.CTG_BUDGET_LANES
  beforeEach(() => {
    process.env.CTG_BUDGET_LANES = '2'
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.CTG_BUDGET_LANES
    else process.env.CTG_BUDGET_LANES = saved
  })

  it('catch a fault that only a perturbed schedule reaches, on the perturbed lane, and say how', async () => {
    const report = await runConfig(loadConfig(shakenConfig(), { ...SMALL, budget: '60s' }))
    expect(report.verdict).toBe('fail')
    const b = report.budget!
    // The matrix run (never perturbed) passed: the budget's repetitions found it.
    expect(b.repetitions).toBeGreaterThan(0)
    expect(b.stoppedBy).toBe('violation')
    const forbidden = report.cells[0]!.outcomes.filter(o => o.grade === 'forbidden')
    expect(forbidden.length).toBeGreaterThan(0)
    expect(forbidden.flatMap(o => o.samples).every(s => s.callback === 'ShakenMover')).toBe(true)
    expect(b.perturbation).toEqual({
      how: { ...ZERO, switchIntervalUs: 100 },
      lanes: [1],
      everySecondRepetition: false,
      callbacks: [
        {
          target: 'python3 ShakenMisroutes',
          perturbed: expect.any(Number),
          plain: expect.any(Number)
        }
      ]
    })
    expect(b.perturbation.callbacks[0]!.perturbed).toBeGreaterThan(0)
    // The terminal and the Markdown say how, where, and how many callbacks were perturbed.
    const line = new RegExp(
      `perturbed lanes \\(switch interval 100 us\\) on lane 1: python3 ShakenMisroutes ${b.perturbation.callbacks[0]!.perturbed.toLocaleString('en-US')} callbacks perturbed, [\\d,]+ plain`
    )
    expect(renderTerminal(report, false)).toMatch(line)
    expect(renderReport(report, {})).toMatch(line)
  })

  it('are turned off by --no-perturb: the same fault is not seen, and the report says they were off', async () => {
    const report = await runConfig(
      loadConfig(shakenConfig(), { ...SMALL, budget: '3s', perturb: false })
    )
    expect(report.verdict).toBe('pass')
    const b = report.budget!
    expect(b.repetitions).toBeGreaterThan(0)
    expect(b.perturbation).toEqual({
      off: 'turned off (--no-perturb, or perturb: false)',
      lanes: [],
      everySecondRepetition: false,
      callbacks: []
    })
    expect(renderTerminal(report, false)).toContain(
      'perturbed lanes: none, turned off (--no-perturb, or perturb: false)'
    )
  })

  it('with one lane, perturb every second repetition and count perturbed and plain callbacks apart; no false alarm on the stdlib pool', async () => {
    process.env.CTG_BUDGET_LANES = '1'
    const report = await runConfig(loadConfig(undefined, { ...SMALL, budget: '3s' }))
    expect(report.verdict).toBe('pass')
    const b = report.budget!
    expect(b.repetitions).toBeGreaterThanOrEqual(2)
    expect(b.perturbation.how).toEqual(PERTURBATION)
    expect(b.perturbation.lanes).toEqual([0])
    expect(b.perturbation.everySecondRepetition).toBe(true)
    const [counts] = b.perturbation.callbacks
    expect(counts!.perturbed).toBeGreaterThan(0)
    expect(counts!.plain).toBeGreaterThan(0)
    // Every callback of the budget's repetitions is counted once, on one side; the matrix's 50
    // are neither.
    expect(counts!.perturbed + counts!.plain).toBe(callbacksOf(report) - 50)
  })

  it('with every setting at once, raise no false alarm on the stdlib ThreadPoolExecutor', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ctg-perturb-')), 'config.json')
    const every = {
      switchIntervalUs: 50,
      spinBeforeUs: 20,
      spinAfterUs: 20,
      spinTaskEndUs: 20,
      extraThreads: 2,
      gatePollUs: 1000,
      oneCore: 1,
      aimAtCompletion: 1
    }
    writeFileSync(file, JSON.stringify({ perturb: every }))
    const report = await runConfig(
      loadConfig(file, { workers: [4], tasks: [50], taskMs: [0], budget: '4s', keepGoing: true })
    )
    expect(report.cells.filter(c => c.verdict !== 'pass' && c.verdict !== 'skip')).toEqual([])
    expect(report.verdict).toBe('pass')
    expect(report.budget!.perturbation.how).toEqual(every)
    expect(report.budget!.perturbation.callbacks[0]!.perturbed).toBeGreaterThan(0)
  })

  it('shrink and reproduce a fault found on a perturbed lane with the same perturbation; the reproducer, run alone, exits 1', async () => {
    const plan = expandMatrix(loadConfig(shakenConfig(), { ...SMALL, budget: '60s' }))
    const report = await runPlan(plan)
    expect(report.verdict).toBe('fail')
    const record = await addReproducer(
      report,
      plan,
      mkdtempSync(join(tmpdir(), 'ctg-perturb-')),
      10_000
    )
    expect(record?.perturb).toEqual({ ...ZERO, switchIntervalUs: 100 })
    // Shrinking ran perturbed too, so it could still see the fault.
    expect(record!.shrinkFailed).toBeGreaterThan(0)
    // As a user runs it: the file alone in an empty folder, only the fixture's folder on the path.
    const dir = mkdtempSync(join(tmpdir(), 'ctg-perturb-'))
    copyFileSync(record!.path, join(dir, 'repro.py'))
    const run = spawnSync('python3', ['repro.py'], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        PYTHONPATH: PYTHON_FIXTURES,
        PYTHONDONTWRITEBYTECODE: '1'
      },
      encoding: 'utf8',
      timeout: 120_000
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      "Schedule: perturbed as the guard's run was: switchIntervalUs=100."
    )
    expect(run.stdout).toContain('REPRODUCED on try 1: rule worker-runs-callback is broken')
  })

  it('the positive control runs with the same perturbation, and counts its perturbed callbacks', async () => {
    process.env.CTG_BUDGET_LANES = '1'
    const report = await runWithControl(
      expandMatrix(loadConfig(undefined, { ...SMALL, budget: '5s', control: 10 }))
    )
    const [control] = report.control!
    expect(control).toMatchObject({ status: 'caught', caught: 8 })
    expect(control!.perturbedCallbacks).toEqual(expect.any(Number))
    const off = await runWithControl(
      expandMatrix(loadConfig(undefined, { ...SMALL, budget: '5s', control: 10, perturb: false }))
    )
    expect(off.control![0]!.perturbedCallbacks).toBeUndefined()
  })

  it('config key, flag and input: on by default, off by false, settings by an object; bad input names the field', () => {
    expect(expandMatrix(loadConfig(undefined, { budget: '1s' })).budget!.perturb!.how).toEqual(
      PERTURBATION
    )
    expect(
      expandMatrix(loadConfig(undefined, { budget: '1s', perturb: false })).budget!.perturb
    ).toBeUndefined()
    expect(expandMatrix(loadConfig(shakenConfig(), { budget: '1s' })).budget!.perturb!.how).toEqual(
      { ...ZERO, switchIntervalUs: 100 }
    )
    const input = (values: Record<string, string>) => (name: string) => values[name] ?? ''
    expect(readInputs(input({ perturb: 'false' })).overrides.perturb).toBe(false)
    expect(readInputs(input({})).overrides.perturb).toBeUndefined()
    expect(() => readInputs(input({ perturb: 'sometimes' }))).toThrow('input perturb')
    const bad = join(mkdtempSync(join(tmpdir(), 'ctg-perturb-')), 'config.json')
    writeFileSync(bad, JSON.stringify({ perturb: { spinAfterUs: -1 } }))
    expect(() => loadConfig(bad, {})).toThrow('perturb.spinAfterUs')
  })
})

const ZERO = {
  switchIntervalUs: 0,
  spinBeforeUs: 0,
  spinAfterUs: 0,
  spinTaskEndUs: 0,
  extraThreads: 0,
  gatePollUs: 0,
  oneCore: 0,
  aimAtCompletion: 0
}

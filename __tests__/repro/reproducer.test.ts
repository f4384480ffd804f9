/**
 * The standalone reproducer, run as a user would: the file alone, copied to a folder outside the
 * project, run with python3 and PYTHONPATH naming only the fixture's folder. Each mutant executor
 * that breaks a rule is found by the real engine, shrunk, written, and its reproducer exits 1
 * naming the rule; on the stdlib ThreadPoolExecutor a reproducer of every scenario exits 0.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { loadConfig, type Overrides } from '../../src/config/load.js'
import { loadContract } from '../../src/grading/contracts/index.js'
import { expandMatrix } from '../../src/engine/matrix.js'
import { renderPythonReproducer } from '../../src/engine/repro/python.js'
import { addReproducer } from '../../src/engine/repro/write.js'
import { runPlan } from '../../src/engine/run.js'
import { SCENARIO_TRAITS, SCENARIOS } from '../../src/model/scenarios.js'
import { PYTHON_FIXTURES } from '../helpers/engine.js'

const folders: string[] = []
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctg-repro-'))
  folders.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

/** Runs a reproducer alone: copied into an empty folder, PYTHONPATH the fixtures' folder only. */
function runAlone(file: string, pythonPath = PYTHON_FIXTURES) {
  const dir = folder()
  const copy = join(dir, 'repro.py')
  copyFileSync(file, copy)
  const run = spawnSync('python3', ['repro.py'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', PYTHONPATH: pythonPath, PYTHONDONTWRITEBYTECODE: '1' },
    encoding: 'utf8',
    timeout: 120_000
  })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

/** The guard's run of a broken executor, then its reproducer written into a fresh folder. */
async function reproducerOf(name: string, overrides: Overrides) {
  const plan = expandMatrix(
    loadConfig(undefined, {
      executor: `broken_executors:${name}`,
      pythonPath: [PYTHON_FIXTURES],
      timeoutMs: 1500,
      workers: [2],
      tasks: [10],
      taskMs: [0],
      ...overrides
    })
  )
  const report = await runPlan(plan)
  expect(report.verdict).toBe('fail')
  const record = await addReproducer(report, plan, folder(), 10_000)
  expect(record).toBeDefined()
  expect(report.reproducer).toBe(record)
  return record!
}

describe('a reproducer of a broken executor, run alone, exits 1 and names the rule', () => {
  const cases: [string, string, string][] = [
    ['MovedCallbacks', 'running', 'worker-runs-callback'],
    ['LostCallbacks', 'running', 'exactly-once'],
    ['TwiceCallbacks', 'done', 'exactly-once'],
    ['ReversedCallbacks', 'order', 'callbacks-in-order'],
    ['DeferredLateCallbacks', 'done', 'done-runs-inline'],
    ['CancelOnOtherThread', 'cancel', 'cancel-runs-in-canceller'],
    ['RaiseStopsOthers', 'raising', 'raising-callback-isolated']
  ]
  it.each(cases)('%s in %s: %s', async (name, scenario, rule) => {
    const record = await reproducerOf(name, { scenarios: [scenario] })
    expect(record.rules).toContain(rule)
    expect(basename(record.path)).toBe('repro_c1.py')
    const text = readFileSync(record.path, 'utf8')
    expect(text).not.toMatch(/^\s*(import|from)\s+(probe|callback)/m)
    const run = runAlone(record.path)
    expect(run.err).toBe('')
    expect(run.code).toBe(1)
    expect(run.out).toContain(`REPRODUCED on try 1: rule ${rule} is broken`)
    expect(run.out).toContain(`broken_executors:${name}`)
  })

  it('shrinks a deterministic fault to one worker and one task, and still reproduces it', async () => {
    const record = await reproducerOf('MovedCallbacks', {
      scenarios: ['running'],
      workers: [4],
      tasks: [40],
      repeat: 3
    })
    expect([record.workers, record.tasks]).toEqual([1, 1])
    expect(record.shrinkFailed).toBeGreaterThanOrEqual(2)
    const run = runAlone(record.path)
    expect(run.code).toBe(1)
    expect(run.out).toContain('1 worker(s), 1 task(s)')
    expect(run.out).toMatch(/callback thread 'CallbackDispatcher'/)
  })

  it('a rare fault (one callback in a thousand) keeps enough tasks and tries to show', async () => {
    const record = await reproducerOf('RareMovedCallbacks', {
      scenarios: ['running'],
      workers: [4],
      tasks: [2000],
      repeat: 1
    })
    // The fixture counts across its process: fewer than 1,000 callbacks a process never move one.
    expect(record.tasks * record.tries).toBeGreaterThanOrEqual(1000)
    const run = runAlone(record.path)
    expect(run.code).toBe(1)
    expect(run.out).toMatch(/rule worker-runs-callback is broken by 1 of \d+ callbacks/)
    expect(run.out).toMatch(/callback thread 'RareMover'/)
  })
})

describe('no reproducer where it could not hold the tasks', () => {
  it('a failing cell whose tasks ran in other processes gets none, and the folder stays empty', async () => {
    const plan = expandMatrix(
      loadConfig(undefined, {
        executor: 'broken_executors:MovedCallbacks',
        pythonPath: [PYTHON_FIXTURES],
        scenarios: ['running'],
        workers: [1],
        tasks: [2]
      })
    )
    const report = await runPlan(plan)
    expect(report.verdict).toBe('fail')
    // As a process pool's cell says it (the probe's stats): its tasks ran elsewhere.
    report.cells[0]!.stats.tasksInOtherProcesses = 2
    const dir = folder()
    expect(await addReproducer(report, plan, dir, 1000)).toBeUndefined()
    expect(report.reproducer).toBeUndefined()
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('a reproducer of a correct executor exits 0', () => {
  const contract = loadContract('thread-pool')
  // The scenarios a Python executor runs (the callback-API ones are for pools with apply_async,
  // which get no reproducer, and Node pools; the asyncio ones for asyncio targets, which get none).
  const pythonScenarios = SCENARIOS.filter(
    s =>
      SCENARIO_TRAITS[s].python === undefined &&
      SCENARIO_TRAITS[s].adapter.callbackApi !== true &&
      SCENARIO_TRAITS[s].adapter.asyncio !== true
  )
  it.each(pythonScenarios)('ThreadPoolExecutor, %s: every try clean', scenario => {
    const file = join(folder(), 'repro.py')
    writeFileSync(
      file,
      renderPythonReproducer({
        executor: 'concurrent.futures:ThreadPoolExecutor',
        pythonPath: [],
        scenario,
        workers: 2,
        tasks: 20,
        callbackDelayMs: 0,
        taskMs: 0,
        callbacks: scenario === 'order' || scenario === 'raising' ? 3 : 1,
        timeoutMs: 5000,
        tries: 5,
        rules: contract.rules.map(r => r.id).concat('unlisted'),
        contract,
        found: 'a test'
      })
    )
    const run = runAlone(file, '')
    expect(run.err).toBe('')
    expect(run.out).toContain('Not reproduced: 5 tries came out clean.')
    expect(run.code).toBe(0)
  })
})

describe('what the reproducer carries is data, never code', () => {
  it('a hostile executor name and note are printed, not run; loading fails with exit 2', () => {
    const file = join(folder(), 'repro.py')
    const hostile = 'x"""; import os; os._exit(7) #\u2028\n\'\\'
    writeFileSync(
      file,
      renderPythonReproducer({
        executor: `${hostile}:y`,
        pythonPath: [hostile],
        scenario: 'running',
        workers: 1,
        tasks: 1,
        callbackDelayMs: 0,
        taskMs: 0,
        callbacks: 1,
        timeoutMs: 1000,
        tries: 1,
        rules: ['worker-runs-callback'],
        contract: loadContract('thread-pool'),
        found: hostile
      })
    )
    const run = runAlone(file, '')
    expect(run.code).toBe(2)
    expect(run.out).toContain('cannot load the executor x"""; import os; os._exit(7) #')
  })
})

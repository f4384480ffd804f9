/**
 * The guard against real third-party executors, installed from Debian's packages into Debian's
 * own python3 (scripts/ensure-system-deps.mjs): gevent, loky (joblib's copy) and pebble. Each test
 * first establishes the truth with truth_callbacks.py, a short script independent of the probe,
 * then checks the guard's verdict against it. A wrong verdict is the worst defect: where the
 * probe cannot judge, the cell is an error that names why.
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import type { Scenario } from '../../src/model/scenarios.js'
import { brokenRules, countWhere, PYTHON_FIXTURES, runWith } from '../helpers/engine.js'

const PYTHON = '/usr/bin/python3'

interface Truth {
  running: string
  done: string
  inline: boolean
  hasRunning: boolean
  submitBlocks: boolean
}

function truthOf(executor: string, kind: 'thread' | 'process' = 'thread'): Truth {
  const out = execFileSync(
    PYTHON,
    [`${PYTHON_FIXTURES}/truth_callbacks.py`, executor, ...(kind === 'process' ? ['process'] : [])],
    { env: { ...process.env, CTG_PYTHON_PATH: PYTHON_FIXTURES }, timeout: 60_000 }
  )
  return JSON.parse(out.toString()) as Truth
}

function runOn(executor: string, scenarios: Scenario[], extra: Record<string, unknown> = {}) {
  return runWith({
    python: PYTHON,
    executor,
    pythonPath: [PYTHON_FIXTURES],
    scenarios,
    workers: [4],
    tasks: [4],
    taskMs: [0],
    timeoutMs: 3000,
    ...extra
  })
}

describe('gevent after monkey.patch_all()', () => {
  it('is identified by the OS thread: callbacks on the caller, as the truth says, not on "another thread"', async () => {
    const truth = truthOf('gevent_patched:gevent_pool')
    expect(truth).toMatchObject({ running: 'caller-thread', done: 'caller-thread', inline: true })
    const report = await runOn('gevent_patched:gevent_pool', ['running', 'timed', 'done'])
    const [running, timed, done] = report.cells
    expect(running?.verdict).toBe('fail')
    expect(
      countWhere(running!, { registered: 'running', ranOn: 'caller-thread', inline: false })
    ).toBe(4)
    expect(timed?.verdict).toBe('fail')
    expect(countWhere(timed!, { ranOn: 'other-thread' })).toBe(0)
    // The bug this guards against: a greenlet id taken for a thread made this "other-thread".
    expect(done?.verdict).toBe('pass')
    expect(countWhere(done!, { registered: 'done', ranOn: 'caller-thread', inline: true })).toBe(4)
    expect(brokenRules(report)).toEqual(['worker-runs-callback'])
    expect(running?.notes?.join(' ')).toMatch(/ran later on the caller's own thread, not inline/)
  })
})

describe('gevent as shipped (not patched)', () => {
  it('has no running() and a submit() that waits for a free worker: a verdict where it can judge, an error naming submit() where it cannot', async () => {
    const truth = truthOf('thirdparty_pools:gevent_pool')
    expect(truth).toMatchObject({ hasRunning: false, submitBlocks: true, done: 'caller-thread' })
    const report = await runOn('thirdparty_pools:gevent_pool', ['timed', 'done', 'running'], {
      workers: [1],
      tasks: [3]
    })
    const [timed, done, running] = report.cells
    // No AttributeError: a future without running() is "not-done", graded by the contract.
    expect(timed?.verdict).toBe('fail')
    expect(countWhere(timed!, { registered: 'not-done' })).toBeGreaterThan(0)
    expect(countWhere(timed!, { ranOn: 'task-thread' })).toBe(0)
    // Its hub ran them later on the caller, or never while the probe blocked: the note says which.
    expect(timed?.notes?.join(' ')).toMatch(/only once it yielded|never ran while the caller/)
    expect(done?.verdict).toBe('pass')
    expect(running?.verdict).toBe('error')
    expect(running?.reason).toMatch(/submit\(\) of the held tasks did not return/)
    expect(running?.violations).toEqual([])
  })
})

describe.each([
  ['loky', 'thirdparty_pools:loky_pool'],
  ['loky, reusable executor', 'thirdparty_pools:loky_reusable'],
  ['pebble ProcessPool', 'thirdparty_pools:pebble_process_pool']
])('%s', (_name, executor) => {
  it('passes the process-pool contract, as the truth says: callbacks on a parent thread, not the caller', async () => {
    const truth = truthOf(executor, 'process')
    expect(truth).toMatchObject({ running: 'other-thread', done: 'caller-thread', inline: true })
    const scenarios: Scenario[] = ['running', 'timed', 'done', 'cancel', 'order', 'raising']
    const report = await runOn(executor, scenarios, {
      contract: 'process-pool',
      workers: [2],
      tasks: [6],
      timeoutMs: 20_000
    })
    expect(report.cells.map(c => [c.scenario, c.verdict, c.reason ?? ''])).toEqual(
      scenarios.map(s => [s, 'pass', ''])
    )
    // The cancel cell tested something: its futures were provably queued and cancelled.
    expect(
      countWhere(report.cells[3]!, { registered: 'cancelled', ranOn: 'caller-thread' })
    ).toBeGreaterThan(0)
    expect(countWhere(report.cells[0]!, { ranOn: 'other-thread', inline: false })).toBe(6)
  })
})

describe('a pool that pickles what its tasks take, in the same process', () => {
  it('makes the cell an error naming the pickling, at once, and grades no rule on it', async () => {
    const report = await runWith({
      executor: 'pickling_pools:pickling_pool',
      pythonPath: [PYTHON_FIXTURES],
      scenarios: ['running', 'cancel', 'done'],
      workers: [2],
      tasks: [4],
      taskMs: [0],
      timeoutMs: 60_000
    })
    const [running, cancel, done] = report.cells
    for (const cell of [running, cancel]) {
      expect(cell?.verdict).toBe('error')
      expect(cell?.reason).toMatch(
        /could not pickle the probe's (held|blocker) task or its thread gate: TypeError/
      )
      expect(cell?.violations).toEqual([])
      // Not after the callback timeout: the failure is seen as it happens.
      expect(cell?.durationMs).toBeLessThan(60_000)
    }
    expect(done?.verdict).toBe('pass') // nothing is held in `done`: the pool is judged there
  })
})

describe('the contract follows the behaviour', () => {
  it('grades pebble ProcessPool as a process pool when no contract is given, whatever its class is called', async () => {
    const report = await runOn('thirdparty_pools:pebble_process_pool', ['running', 'done'], {
      workers: [2],
      tasks: [4]
    })
    expect(report.targets[0]?.contract).toBe('process-pool')
    expect(report.targets[0]?.contractReason).toMatch(/tasks ran in another process/)
    expect(report.verdict).toBe('pass')
  })

  it('grades pebble ThreadPool as a thread pool', async () => {
    const report = await runOn('thirdparty_pools:pebble_thread_pool', ['done'])
    expect(report.targets[0]?.contract).toBe('thread-pool')
    expect(report.targets[0]?.contractReason).toMatch(/tasks ran in the probe's process/)
  })
})

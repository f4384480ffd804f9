/**
 * The Node window-race fixture (issue 19; __tests__/node/fixtures/window-race.mjs): a pool that
 * moves a handler to a worker only when its task's completion hands it on within a short window
 * of its attaching call. The truth comes first, from an independent script
 * (bench/truth/window-race-node-truth.mjs, the pool used directly); then the guard, with a hit
 * planted for certain (a 10 s window, every handler in it moved): a handler attached while its
 * task runs is caught on a worker thread, one attached to a settled task is never moved.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { runMatrix, type Report } from '../../src/kit.js'
import { FIXTURES, ROOT, useBuiltProbe } from './helpers/probe-build.js'

interface Placement {
  onMain: number
  onWorker: number
  twice: number
  never: number
}

interface Truth {
  tasks: number
  whilePending: Placement
  afterSettled: Placement
  stats: { completed: number; inWindow: number; moved: number; shortestUs: number | null }
}

function truthOf(windowUs: number, oneIn: number, tasks: number, taskMs: number): Truth {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bench', 'truth', 'window-race-node-truth.mjs'),
      ...[windowUs, oneIn, tasks, taskMs].map(String)
    ],
    { encoding: 'utf8', timeout: 60_000 }
  )
  if (result.status !== 0) throw new Error(`the truth script failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as Truth
}

const WIDE_US = 10_000_000

describe('the Node window-race pool, with a hit planted for certain', () => {
  const saved = { window: process.env.CTG_WINDOW_US, oneIn: process.env.CTG_WINDOW_ONE_IN }
  let truth: Truth
  let report: Report

  beforeAll(async () => {
    useBuiltProbe()
    truth = truthOf(WIDE_US, 1, 50, 20)
    // The probe inherits them, and the fixture reads them when it loads.
    process.env.CTG_WINDOW_US = String(WIDE_US)
    process.env.CTG_WINDOW_ONE_IN = '1'
    report = await runMatrix({
      targets: [{ adapter: join(FIXTURES, 'window-race.mjs') }],
      experiments: [
        { scenario: 'running', workers: 2, tasks: 8, taskMs: 0 },
        { scenario: 'done', workers: 2, tasks: 8, taskMs: 0 }
      ],
      repeat: 2,
      timeoutMs: 10_000
    })
  }, 120_000)

  afterAll(() => {
    if (saved.window === undefined) delete process.env.CTG_WINDOW_US
    else process.env.CTG_WINDOW_US = saved.window
    if (saved.oneIn === undefined) delete process.env.CTG_WINDOW_ONE_IN
    else process.env.CTG_WINDOW_ONE_IN = saved.oneIn
  })

  it('the truth: every handler in the window moved to a worker, none attached after settling', () => {
    expect(truth.whilePending).toEqual({ onMain: 0, onWorker: truth.tasks, twice: 0, never: 0 })
    expect(truth.afterSettled).toEqual({ onMain: truth.tasks, onWorker: 0, twice: 0, never: 0 })
    expect(truth.stats).toMatchObject({
      completed: truth.tasks,
      inWindow: truth.tasks,
      moved: truth.tasks
    })
  })

  it('the guard catches the moved handlers where the truth says they run', () => {
    const running = report.cells.find(c => c.scenario === 'running')!
    expect(running.verdict).toBe('fail')
    expect(running.violations.map(v => v.rule)).toEqual(['caller-runs-handler'])
    const moved = truth.whilePending.onWorker === truth.tasks
    for (const o of running.outcomes)
      expect(o.facts).toMatchObject({ ranOn: moved ? 'task-thread' : 'caller-thread', calls: 1 })
  })

  it('and passes the handlers the truth says are never moved', () => {
    const done = report.cells.find(c => c.scenario === 'done')!
    expect(truth.afterSettled.onMain).toBe(truth.tasks)
    expect(done.verdict).toBe('pass')
    for (const o of done.outcomes) expect(o.facts).toMatchObject({ ranOn: 'caller-thread' })
  })
})

describe('the Node window-race pool, at its default window', () => {
  it('the truth: only handlers in the window are counted as such, and only those can move', () => {
    const truth = truthOf(100, 1, 200, 0)
    // Whatever the machine's speed: a handler moved is one in the window, every one of them.
    expect(truth.stats.moved).toBe(truth.stats.inWindow)
    expect(truth.stats.completed).toBe(truth.tasks)
    expect(truth.whilePending.onWorker).toBe(truth.stats.moved)
    expect(truth.whilePending.onMain).toBe(truth.tasks - truth.stats.moved)
    expect(truth.afterSettled).toEqual({ onMain: truth.tasks, onWorker: 0, twice: 0, never: 0 })
  })
})

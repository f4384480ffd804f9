/**
 * Executors that run tasks on the caller's own OS thread (issue 21, items 1 and 2), the real
 * packages from Debian's python3 (scripts/ensure-system-deps.mjs): futurist's SynchronousExecutor
 * and tornado's DummyExecutor run each task inside submit(); futurist's GreenThreadPoolExecutor
 * (eventlet, not monkey-patched) runs it in another greenlet of the caller's thread. Each test
 * first establishes the truth with bench/truth/green_sync_truth.py, a script independent of the
 * probe. Then the guard must give the right verdict where it can judge (timed, done) and, where it
 * cannot hold a task (running, order, raising, cancel, shutdown), say so at once: the first such
 * cell "could not run" with the reason, later ones skipped with it. A stdlib synchronous executor
 * runs on every interpreter this machine has, and a broken one is still caught.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import type { Scenario } from '../../src/model/scenarios.js'
import type { CellReport } from '../../src/report/model.js'
import { whereText } from '../../src/report/summarize.js'
import { brokenRules, countWhere, PYTHON_FIXTURES, runWith } from '../helpers/engine.js'

const DEBIAN_PYTHON = process.env.CTG_DEBIAN_PYTHON ?? '/usr/bin/python3'
const TRUTH = fileURLToPath(new URL('../../bench/truth/green_sync_truth.py', import.meta.url))
const SYNCHRONOUS = 'the executor runs tasks inside submit() (synchronous)'
const GREEN = "the executor runs tasks on the caller's thread (green threads)"
/** The scenarios whose tasks the probe holds on a gate (experiments held, cancel, shutdown). */
const HELD: Scenario[] = ['running', 'cancel', 'shutdown', 'order', 'raising']

interface Truth {
  executor: string
  task: string
  taskInCallerGreenlet: boolean
  doneWhenSubmitReturned: boolean
  callbackAddedAfterSubmit: string
  callbackAddedAfterSubmitInline: boolean
  callbackAddedWhenDone: string
  callbackAddedWhenDoneInline: boolean
}

function truthOf(kind: 'sync' | 'green' | 'tornado'): Truth {
  const out = execFileSync(DEBIAN_PYTHON, [TRUTH, kind], { timeout: 60_000 })
  return JSON.parse(out.toString()) as Truth
}

function runOn(executor: string, extra: Record<string, unknown> = {}) {
  return runWith({
    python: DEBIAN_PYTHON,
    executor: `green_sync_executors:${executor}`,
    pythonPath: [PYTHON_FIXTURES],
    ...extra
  })
}

/** Held cells: none graded; each could not run or was skipped, with the reason; one could not run. */
function expectHeldRefused(cells: CellReport[], reason: string): void {
  const held = cells.filter(c => HELD.includes(c.scenario))
  expect(held.length).toBeGreaterThan(0)
  for (const c of held) {
    expect(c.violations).toEqual([])
    expect(c.outcomes).toEqual([])
    if (c.scenario === 'shutdown') {
      // These executors' shutdown() takes no cancel_futures: that reason is as right.
      expect(c.verdict).toBe('skip')
      expect([reason, "the executor's shutdown() does not accept cancel_futures"]).toContain(
        c.reason
      )
    } else {
      expect(['error', 'skip']).toContain(c.verdict)
      expect(c.reason).toBe(reason)
    }
  }
  expect(held.some(c => c.verdict === 'error')).toBe(true)
}

describe.each([
  ['futurist SynchronousExecutor', 'sync', 'futurist_sync'],
  ["tornado's DummyExecutor", 'tornado', 'tornado_dummy']
] as const)('%s', (_name, kind, factory) => {
  it('runs tasks inside submit(): the default matrix passes where it can judge and says why not elsewhere', async () => {
    const truth = truthOf(kind)
    expect(truth).toMatchObject({
      task: expect.stringMatching(/^caller-os-thread/),
      taskInCallerGreenlet: kind === 'sync' ? true : expect.any(Boolean),
      doneWhenSubmitReturned: true,
      callbackAddedAfterSubmitInline: true,
      callbackAddedWhenDoneInline: true
    })
    const report = await runOn(factory)
    expectHeldRefused(report.cells, SYNCHRONOUS)
    for (const c of report.cells.filter(c => c.scenario === 'timed' || c.scenario === 'done')) {
      // Done when submit() returned, so every callback is registered done and runs inline.
      expect([c.scenario, c.verdict]).toEqual([c.scenario, 'pass'])
      const all = c.outcomes.reduce((n, o) => n + o.count, 0)
      expect(
        countWhere(c, {
          registered: 'done',
          ranOn: 'caller-thread',
          inline: true,
          taskOn: 'caller-thread'
        })
      ).toBe(all)
      expect(c.notes?.join(' ')).toMatch(/inside submit\(\) \(a synchronous executor\)/)
      // The grid's "where callbacks ran" says so too.
      expect(whereText(c)).toBe(`caller, in submit() (inline) ${all}`)
      expect(c.notes?.join(' ') ?? '').not.toMatch(/event hub/)
    }
    expect(brokenRules(report)).toEqual([])
    expect(report.verdict).toBe('error')
  })
})

describe("futurist's GreenThreadPoolExecutor (eventlet, not monkey-patched)", () => {
  it('runs each task and its callback in a green thread of the caller: the task-thread rule holds, no hub note', async () => {
    const truth = truthOf('green')
    expect(truth).toMatchObject({
      task: 'caller-os-thread, another greenlet',
      doneWhenSubmitReturned: false,
      callbackAddedAfterSubmit: "caller-os-thread, task's greenlet",
      callbackAddedAfterSubmitInline: false,
      callbackAddedWhenDone: "caller-os-thread, caller's greenlet",
      callbackAddedWhenDoneInline: true
    })
    const report = await runOn('futurist_green')
    expectHeldRefused(report.cells, GREEN)
    const timed = report.cells.filter(c => c.scenario === 'timed')
    expect(timed.length).toBeGreaterThan(0)
    for (const c of timed) {
      // Before: FAIL worker-runs-callback, "ranOn: caller-thread (expected task-thread)".
      expect(c.verdict).toBe('pass')
      const all = c.outcomes.reduce((n, o) => n + o.count, 0)
      expect(
        countWhere(c, {
          registered: 'pending',
          ranOn: 'caller-thread',
          inline: false,
          taskOn: 'green-thread'
        })
      ).toBe(all)
      expect(c.notes?.join(' ')).toMatch(/in green threads/)
      expect(whereText(c)).toBe(`caller, green thread ${all}`)
      expect(c.notes?.join(' ')).not.toMatch(/event hub/)
    }
    const [done] = report.cells.filter(c => c.scenario === 'done')
    expect(done?.verdict).toBe('pass')
    expect(countWhere(done!, { registered: 'done', ranOn: 'caller-thread', inline: true })).toBe(
      done!.outcomes.reduce((n, o) => n + o.count, 0)
    )
    expect(brokenRules(report)).toEqual([])
  })
})

describe('a broken green executor (callbacks moved to another OS thread)', () => {
  it('is still caught: worker-runs-callback fails although every task ran on the caller thread', async () => {
    const report = await runOn('futurist_green_moved', {
      scenarios: ['timed', 'done'],
      workers: [2],
      tasks: [4],
      taskMs: [0]
    })
    const [timed, done] = report.cells
    expect(timed?.verdict).toBe('fail')
    expect(brokenRules(report)).toEqual(['worker-runs-callback'])
    expect(countWhere(timed!, { ranOn: 'other-thread', taskOn: 'green-thread' })).toBe(4)
    expect(done?.verdict).toBe('pass')
  })
})

describe('the first held cell shows it, later held cells of the target are skipped', () => {
  it.each([
    ['futurist_sync', SYNCHRONOUS],
    ['futurist_green', GREEN]
  ])(
    '%s: cancel first could not run (not a probe killed at the cell timeout), the rest skipped',
    async (factory, reason) => {
      const scenarios: Scenario[] = ['cancel', 'running', 'order', 'raising']
      const report = await runOn(factory, { scenarios, workers: [2], tasks: [4], taskMs: [0] })
      expect(report.cells.map(c => [c.scenario, c.verdict, c.reason])).toEqual([
        ['cancel', 'error', reason],
        ['running', 'skip', reason],
        ['order', 'skip', reason],
        ['raising', 'skip', reason]
      ])
    }
  )
})

/** CPython 3.8+ from pyenv, when this machine has them (CI guarantees only python3). */
function interpreters(): string[] {
  const root = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions')
  const found = existsSync(root)
    ? readdirSync(root)
        .filter(v => /^3\.(\d+)\./.test(v) && Number(/^3\.(\d+)/.exec(v)?.[1]) >= 8)
        .map(v => join(root, v, 'bin', 'python'))
        .filter(existsSync)
    : []
  return found.length > 0 ? found : ['python3']
}

describe.each(interpreters())('a stdlib synchronous executor on %s', python => {
  it('passes timed and done with taskOn caller-thread, and refuses running at once', async () => {
    const report = await runWith({
      python,
      executor: 'green_sync_executors:stdlib_inline',
      pythonPath: [PYTHON_FIXTURES],
      scenarios: ['running', 'timed', 'done', 'order'],
      workers: [2],
      tasks: [4],
      taskMs: [0]
    })
    expect(report.cells.map(c => [c.scenario, c.verdict, c.reason ?? ''])).toEqual([
      ['running', 'error', SYNCHRONOUS],
      ['timed', 'pass', ''],
      ['done', 'pass', ''],
      ['order', 'skip', SYNCHRONOUS]
    ])
    expect(countWhere(report.cells[2]!, { taskOn: 'caller-thread', inline: true })).toBe(4)
  })

  it('still catches a synchronous executor that runs done callbacks on another thread', async () => {
    const report = await runWith({
      python,
      executor: 'green_sync_executors:stdlib_inline_moved',
      pythonPath: [PYTHON_FIXTURES],
      scenarios: ['done'],
      workers: [2],
      tasks: [4],
      taskMs: [0]
    })
    expect(report.cells[0]?.verdict).toBe('fail')
    expect(brokenRules(report)).toEqual(['done-runs-inline'])
    expect(countWhere(report.cells[0]!, { ranOn: 'other-thread', taskOn: 'caller-thread' })).toBe(4)
  })
})

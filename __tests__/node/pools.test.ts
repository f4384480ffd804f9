/**
 * The default Node matrix (the default experiments on worker-farm, piscina and workerpool),
 * through the real engine and the real probe, graded by the event-loop contract. The assertions
 * are the measured behaviour of each pool, written down in docs/node-pools.md.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { renderMarkdown, runMatrix, type Report } from '../../src/kit.js'
import type { CellReport } from '../../src/report/model.js'
import { cellsOf, countWhere } from '../helpers/engine.js'
import { useBuiltProbe } from './helpers/probe-build.js'

let report: Report

beforeAll(async () => {
  useBuiltProbe()
  report = await runMatrix({
    targets: [{ pool: 'worker-farm' }, { pool: 'piscina' }, { pool: 'workerpool' }]
  })
}, 300_000)

function cellsFor(target: string): CellReport[] {
  return report.cells.filter(c => c.target === target)
}

/** The cells that ran (not skipped). */
function ranOf(cells: CellReport[]): CellReport[] {
  return cells.filter(c => c.verdict !== 'skip')
}

// The default experiments' callback-API scenarios (worker-farm's rules), in their order.
const CALLBACK_API = ['killed', 'failing', 'timeout', 'overload', 'ending', 'failing']

/** A promise pool skips the callback-API scenarios, saying why. */
function expectCallbackApiSkipped(cells: CellReport[]): void {
  const skipped = cells.filter(c => c.verdict === 'skip')
  expect(skipped.map(c => c.scenario)).toEqual(CALLBACK_API)
  for (const cell of skipped)
    expect(cell.reason).toMatch(
      /hands back a task to attach handlers to; \w+ is a scenario for pools that take their callback with the call/
    )
}

function total(cell: CellReport): number {
  return cell.outcomes.reduce((n, o) => n + o.count, 0)
}

describe('the default Node matrix', () => {
  it('runs every default experiment on each pool, graded by event-loop', () => {
    expect(report.targets.map(t => [t.name, t.contract, t.runtime?.executor])).toEqual([
      ['worker-farm', 'event-loop', 'worker-farm 1.7.0'],
      ['piscina', 'event-loop', expect.stringMatching(/^piscina 5\./)],
      ['workerpool', 'event-loop', expect.stringMatching(/^workerpool 10\./)]
    ])
    for (const t of report.targets) {
      expect(t.runtime?.implementation).toBe('Node.js')
      expect(t.runtime?.version).toBe(process.version)
      expect(cellsFor(t.name)).toHaveLength(17)
    }
    expect(report.cells.filter(c => c.verdict === 'error')).toEqual([])
  })

  it('piscina: every handler on the caller, never inline, in order, once; tasks on worker threads', () => {
    expectCallbackApiSkipped(cellsFor('piscina'))
    const cells = ranOf(cellsFor('piscina'))
    expect(cells.map(c => c.verdict)).toEqual(Array(11).fill('pass'))
    for (const cell of cells) {
      expect(countWhere(cell, { ranOn: 'caller-thread', inline: false, calls: 1 })).toBe(
        total(cell)
      )
      expect(cell.stats.tasksInOtherProcesses).toBe(0)
      expect(cell.stats.tasksOnCallerThread).toBe(0)
    }
    const [running] = cells.filter(c => c.scenario === 'running')
    expect(countWhere(running!, { registered: 'running' })).toBe(16)
    expect(running!.stats.tasksOnWorkerThreads).toBe(16)
    const [done] = cells.filter(c => c.scenario === 'done')
    expect(countWhere(done!, { registered: 'done', inline: false })).toBe(16)
    // A queued task aborted through its AbortSignal: the handler attached before and the one
    // attached after both run later, on the caller.
    const [cancel] = cells.filter(c => c.scenario === 'cancel')
    expect(countWhere(cancel!, { registered: 'pending', inline: false })).toBe(8)
    expect(countWhere(cancel!, { registered: 'cancelled', inline: false })).toBe(8)
    expect(cancel!.stats.tasksNotRun).toBe(8)
    // destroy() rejects the queued tasks: their handlers run on the caller.
    const [shutdown] = cells.filter(c => c.scenario === 'shutdown')
    expect(countWhere(shutdown!, { registered: 'pending', ranOn: 'caller-thread' })).toBe(8)
    expect(shutdown!.stats.tasksNotRun).toBe(8)
    // A throwing handler rejects the promise its then() returned: an unhandled rejection.
    const [raising] = cells.filter(c => c.scenario === 'raising')
    expect(countWhere(raising!, { role: 'after-raiser', calls: 1 })).toBe(32)
    expect(raising!.stats.loggedExceptions).toBe(16)
  })

  it('workerpool: handlers on the caller, but inline once the task has settled', () => {
    expectCallbackApiSkipped(cellsFor('workerpool'))
    const cells = ranOf(cellsFor('workerpool'))
    expect(cells).toHaveLength(11)
    for (const cell of cells) {
      expect(countWhere(cell, { ranOn: 'caller-thread', calls: 1 })).toBe(total(cell))
      // Inline exactly when the promise had settled before then() was called.
      const settled =
        countWhere(cell, { registered: 'done' }) + countWhere(cell, { registered: 'cancelled' })
      expect(countWhere(cell, { inline: true })).toBe(settled)
      // The contract names that, and only that.
      expect(cell.verdict).toBe(settled > 0 ? 'fail' : 'pass')
      expect(cell.violations.map(v => v.rule)).toEqual(settled > 0 ? ['never-inline'] : [])
    }
    const [done] = cells.filter(c => c.scenario === 'done')
    expect(countWhere(done!, { registered: 'done', inline: true })).toBe(16)
    const [cancel] = cells.filter(c => c.scenario === 'cancel')
    expect(countWhere(cancel!, { registered: 'pending', inline: false })).toBe(8)
    expect(countWhere(cancel!, { registered: 'cancelled', inline: true })).toBe(8)
    // terminate() rejects the queued tasks; their handlers run on the caller.
    const [shutdown] = cells.filter(c => c.scenario === 'shutdown')
    expect(shutdown!.verdict).toBe('pass')
    expect(shutdown!.stats.tasksNotRun).toBe(8)
    expect(
      cellsOf(report, 'running').find(c => c.target === 'workerpool')?.stats.tasksOnWorkerThreads
    ).toBe(16)
  })

  it('worker-farm: callbacks given at the call run later on the caller; tasks in child processes', () => {
    const cells = cellsFor('worker-farm')
    const ran = ranOf(cells)
    expect(ran.map(c => c.scenario)).toEqual([
      'timed',
      'timed',
      'shutdown',
      'killed',
      'failing',
      'ending',
      'timed',
      'failing'
    ])
    expect(ran.map(c => c.verdict)).toEqual(Array(8).fill('pass'))
    // Its callback goes with the task, so a timed cell with a delay is skipped, not run as if
    // the callback had been attached later.
    expect(ran.filter(c => c.callbackDelayMs > 0)).toEqual([])
    for (const cell of ran) {
      expect(
        countWhere(cell, { registered: 'pending', ranOn: 'caller-thread', inline: false, calls: 1 })
      ).toBe(total(cell))
      expect(cell.stats.tasksInOtherProcesses).toBe(cell.tasks)
    }
    // Its failed calls, by worker-farm's own rules: a killed call (maxRetries 0, the adapter's)
    // gets a ProcessTerminatedError, a failing one its own error, each once, later, on the caller.
    expect(countWhere(cellsOf(report, 'killed')[0]!, { error: 'ProcessTerminatedError' })).toBe(4)
    for (const failing of ran.filter(c => c.scenario === 'failing'))
      expect(countWhere(failing, { error: 'other' })).toBe(failing.tasks)
    // No handler to attach later, no cancel, no limit set: those scenarios are skipped, saying
    // the real reason (the probe's hello carries it), not that the Node version cannot run them.
    for (const cell of cells.filter(c => c.verdict === 'skip'))
      expect(cell.reason).toMatch(
        cell.scenario === 'timed'
          ? /a callback delay cannot apply/
          : cell.scenario === 'timeout' || cell.scenario === 'overload'
            ? /^worker-farm [\d.]+ is not given a max\w+ \(a pool option of the target/
            : /^worker-farm [\d.]+ takes one callback per task, given with it, so /
      )
    expect(
      cells
        .filter(c => c.verdict === 'skip')
        .map(c => c.scenario)
        .sort()
    ).toEqual([
      'cancel',
      'done',
      'order',
      'overload',
      'raising',
      'running',
      'running',
      'timed',
      'timeout'
    ])
  })

  it('the report says where each pool ran its tasks, with the counts the cells measured', () => {
    const sum = (target: string, key: string) =>
      report.cells.filter(c => c.target === target).reduce((n, c) => n + (c.stats[key] ?? 0), 0)
    const farm = sum('worker-farm', 'tasksInOtherProcesses')
    const piscina = sum('piscina', 'tasksOnWorkerThreads')
    expect(farm).toBeGreaterThan(0)
    expect(sum('worker-farm', 'tasksOnWorkerThreads')).toBe(0)
    expect(piscina).toBeGreaterThan(0)
    expect(sum('piscina', 'tasksInOtherProcesses')).toBe(0)
    const markdown = renderMarkdown(report)
    // The runtimes list says where each pool ran its tasks.
    expect(markdown).toMatch(
      new RegExp(
        `^- \\*\\*worker-farm\\*\\*: .*; tasks ran ${farm.toLocaleString('en-US')} in other processes$`,
        'm'
      )
    )
    expect(markdown).toMatch(
      new RegExp(
        `^- \\*\\*piscina\\*\\*: .*; tasks ran ${piscina.toLocaleString('en-US')} on worker threads(, \\d+ (never ran|cancelled before they ran, as the experiment intends))*$`,
        'm'
      )
    )
  })

  it('the report says plainly that workerpool departs from the contract, and where', () => {
    expect(report.verdict).toBe('fail')
    const markdown = renderMarkdown(report)
    expect(markdown).toContain('never-inline')
    expect(markdown).toMatch(/already settled .*does not run inside the attaching call/)
    const failing = report.cells.filter(c => c.verdict === 'fail')
    expect(new Set(failing.map(c => c.target))).toEqual(new Set(['workerpool']))
  })
})

/**
 * The example adapters for pools that load their own worker script (examples/adapters/: poolifier
 * and threads.js), run through the real probe and engine with the default experiments and graded
 * by event-loop. The expected verdict is not written down here: a short script of its own
 * (fixtures/own-worker-truth.mjs) uses each pool directly, records where tasks and handlers ran,
 * and the guard's facts and verdict must agree with it.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { runMatrix, type Report } from '../../src/kit.js'
import { nodePoolLaunch } from '../../src/probes/node/launch.js'
import type { CellMessage } from '../../src/model/cell.js'
import { ProbeSession } from '../../src/probes/session.js'
import { SCENARIO_TRAITS, type Scenario } from '../../src/model/scenarios.js'
import type { CellReport } from '../../src/report/model.js'
import { FIXTURES, ROOT, useBuiltProbe } from './helpers/probe-build.js'
import { childrenOf, eventually, threadCount } from './helpers/processes.js'

interface Place {
  pid: number
  threadId: number
}

interface HandlerRecord extends Place {
  calls: number
  inline: boolean
}

interface Truth {
  caller: Place
  tasks: Place[]
  whileRunning: HandlerRecord[]
  afterSettled: HandlerRecord[]
  /** A queued task cancelled: handlers attached before and after cancel(), before the pool closed. */
  cancelled: { handlers: HandlerRecord[]; ran: boolean }
}

/** Runs the truth script against one library, in a process of its own. */
function establishTruth(library: string): Truth {
  const result = spawnSync(process.execPath, [join(FIXTURES, 'own-worker-truth.mjs'), library], {
    encoding: 'utf8',
    timeout: 60_000
  })
  if (result.status !== 0) throw new Error(`the truth script failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as Truth
}

interface Facts {
  ranOn: string
  inline: boolean
  calls: number
}

/** What the truth says the facts of these handlers must be. */
function expectedFacts(truth: Truth, handlers: HandlerRecord[]): Facts {
  const onCaller = handlers.every(
    h => h.pid === truth.caller.pid && h.threadId === truth.caller.threadId
  )
  const callCounts = new Set(handlers.map(h => h.calls))
  return {
    ranOn: onCaller ? 'caller-thread' : 'elsewhere',
    inline: handlers.some(h => h.inline),
    calls: callCounts.size === 1 ? [...callCounts][0]! : -1
  }
}

function honoursEventLoop(facts: Facts): boolean {
  return facts.ranOn === 'caller-thread' && !facts.inline && facts.calls === 1
}

/** Each library, the name its adapter reports, and the scenarios its adapter leaves out. */
const LIBRARIES: [string, RegExp, string[]][] = [
  ['poolifier', /^poolifier 5\.\d+\.\d+$/, ['shutdown']],
  // A cancelled threads.js task settles only when the pool terminates: its handlers run at close
  // (ranAt: close, close-tally.test.ts has the details).
  ['threads', /^threads\.js 1\.\d+\.\d+$/, ['shutdown']]
]

describe.each(LIBRARIES)('%s, with its own worker script', (library, executor, leftOut) => {
  let truth: Truth
  let report: Report

  beforeAll(async () => {
    useBuiltProbe()
    truth = establishTruth(library)
    report = await runMatrix({
      targets: [{ adapter: join(ROOT, 'examples', 'adapters', library, 'adapter.mjs') }]
    })
  }, 300_000)

  it('the truth: tasks on worker threads, each handler once, on the caller, never inline', () => {
    for (const task of truth.tasks) {
      expect(task.pid).toBe(truth.caller.pid)
      expect(task.threadId).not.toBe(truth.caller.threadId)
    }
    const handlers = [...truth.whileRunning, ...truth.afterSettled]
    expect(expectedFacts(truth, handlers)).toEqual({
      ranOn: 'caller-thread',
      inline: false,
      calls: 1
    })
  })

  it('runs every experiment the adapter allows, none an error, graded by event-loop', () => {
    expect(report.targets.map(t => [t.contract, t.runtime?.executor])).toEqual([
      ['event-loop', expect.stringMatching(executor)]
    ])
    expect(report.cells.filter(c => c.verdict === 'error')).toEqual([])
    // The callback-API scenarios are not for a promise API; what the adapter does not export is
    // skipped, saying why.
    const isCallbackApi = (c: CellReport) => SCENARIO_TRAITS[c.scenario].adapter.callbackApi
    const callbackApi = report.cells.filter(isCallbackApi)
    expect(callbackApi.map(c => c.verdict)).toEqual(Array(6).fill('skip'))
    for (const cell of callbackApi)
      expect(cell.reason).toMatch(/hands back a task to attach handlers to/)
    const skipped = report.cells.filter(c => c.verdict === 'skip' && !isCallbackApi(c))
    expect(skipped.map(c => c.scenario).sort()).toEqual(leftOut)
    for (const cell of skipped)
      expect(cell.reason).toMatch(new RegExp(`^the adapter of .+ has no ${cell.scenario}\\(\\)$`))
    expect(report.cells.length - skipped.length - callbackApi.length).toBe(11 - leftOut.length)
  })

  it("the guard's facts agree with the truth in every cell, and so does its verdict", () => {
    const facts = expectedFacts(truth, [...truth.whileRunning, ...truth.afterSettled])
    const honours = honoursEventLoop(facts)
    const cells = report.cells.filter(c => c.verdict !== 'skip' && c.scenario !== 'cancel')
    expect(cells.length).toBeGreaterThan(0)
    for (const cell of cells) {
      for (const outcome of cell.outcomes) {
        expect({ cell: cell.id, ...outcome.facts }).toMatchObject({ cell: cell.id, ...facts })
        expect(outcome.grade).not.toBe('forbidden')
      }
      expect(cell.verdict).toBe(honours ? 'pass' : 'fail')
      // A raising handler rejects the promise its then() returned (native promises), one per
      // task; nothing else, so no late answer reached a destroyed pool ("unknown worker").
      expect(cell.stats.loggedExceptions).toBe(
        cell.scenario === 'raising' ? cell.tasks * cell.repeat : 0
      )
      // Where the tasks ran, as the truth script saw: worker threads of the same process.
      expect(cell.stats.tasksOnWorkerThreads).toBe(cell.tasks * cell.repeat)
      expect(cell.stats.tasksInOtherProcesses).toBe(0)
    }
    expect(report.verdict).toBe(honours ? 'pass' : 'fail')
  })

  it('cancel: graded as the truth says, a task settled only at close apart from the others', () => {
    const cell = report.cells.find(c => c.scenario === 'cancel')!
    expect(leftOut.includes('cancel')).toBe(false)
    // Settled before the pool closed (poolifier), or left pending until it closed (threads.js).
    const settles = truth.cancelled.handlers.every(h => h.calls > 0)
    for (const outcome of cell.outcomes) {
      if (settles) {
        const facts = expectedFacts(truth, truth.cancelled.handlers)
        expect({ ...outcome.facts, grade: outcome.grade }).toMatchObject({
          ...facts,
          grade: honoursEventLoop(facts) ? 'acceptable' : 'forbidden'
        })
        expect(outcome.facts.ranAt).toBeUndefined()
      } else {
        expect(outcome.facts).toMatchObject({ ranAt: 'close', settled: 'rejected', calls: 1 })
        expect(outcome.grade).toBe('interesting')
      }
    }
    // Handlers attached before and after cancel(), each counted.
    expect(new Set(cell.outcomes.map(o => o.facts.registered))).toEqual(
      new Set(['pending', 'cancelled'])
    )
    // The truth script saw the cancelled task never run; the guard saw the same.
    expect(truth.cancelled.ran).toBe(false)
    expect(cell.stats.tasksNotRun).toBe(cell.tasks * cell.repeat)
    expect(cell.stats.loggedExceptions).toBe(0)
    const facts = expectedFacts(truth, truth.cancelled.handlers)
    expect(cell.verdict).toBe(!settles || honoursEventLoop(facts) ? 'pass' : 'fail')
  })

  it('the experiments saw each registration state the truth script covered', () => {
    const registered = new Set(
      report.cells.flatMap(c => c.outcomes.map(o => String(o.facts.registered)))
    )
    // Attached while tasks run (running, order, raising) and once they settled (done, timed).
    expect(registered.has('running')).toBe(true)
    expect(registered.has('done')).toBe(true)
  })

  const linux = threadCount(process.pid) !== undefined ? it : it.skip

  linux('close() leaves no worker thread behind, cell after cell', async () => {
    const { session, start } = await ProbeSession.start(
      nodePoolLaunch({
        kind: 'pool',
        name: library,
        contract: 'event-loop',
        adapter: join(ROOT, 'examples', 'adapters', library, 'adapter.mjs')
      })
    )
    expect(start.kind).toBe('hello')
    const probe = childrenOf(process.pid).find(p => p.args.includes('--adapter'))
    if (probe === undefined) throw new Error('the probe process is not among our children')
    const baseline = threadCount(probe.pid) as number
    const scenarios: Scenario[] = leftOut.includes('cancel')
      ? ['running', 'done']
      : ['running', 'cancel', 'done']
    for (const scenario of scenarios) {
      let most = baseline
      const timer = setInterval(() => (most = Math.max(most, threadCount(probe.pid) ?? 0)), 20)
      const request: CellMessage = {
        id: scenario,
        scenario,
        workers: 2,
        tasks: 6,
        callbackDelayMs: 0,
        taskMs: 20,
        callbacks: scenario === 'cancel' ? 2 : 1,
        repeat: 2,
        timeoutMs: 5_000
      }
      const reply = await session.runCell(request, 60_000).finally(() => clearInterval(timer))
      expect(reply).toMatchObject({ kind: 'result' })
      // Its two worker threads were up, and are gone once the cell has answered.
      expect(most).toBeGreaterThanOrEqual(baseline + 2)
      expect(
        await eventually(
          () => threadCount(probe.pid),
          n => n === baseline
        )
      ).toBe(baseline)
    }
    await session.close()
  })
})

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
import { FIXTURES, ROOT, useBuiltProbe } from './helpers/probe-build.js'

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

/** What the truth says the facts of every observed handler must be. */
function expectedFacts(truth: Truth): { ranOn: string; inline: boolean; calls: number } {
  const handlers = [...truth.whileRunning, ...truth.afterSettled]
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

const LIBRARIES: [string, RegExp][] = [
  ['poolifier', /^poolifier 5\.\d+\.\d+$/],
  ['threads', /^threads\.js 1\.\d+\.\d+$/]
]

describe.each(LIBRARIES)('%s, with its own worker script', (library, executor) => {
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
    expect(expectedFacts(truth)).toEqual({ ranOn: 'caller-thread', inline: false, calls: 1 })
  })

  it('runs every experiment the adapter allows, none an error, graded by event-loop', () => {
    expect(report.targets.map(t => [t.contract, t.runtime?.executor])).toEqual([
      ['event-loop', expect.stringMatching(executor)]
    ])
    expect(report.cells.filter(c => c.verdict === 'error')).toEqual([])
    // The adapter exports neither cancel nor shutdown: those are skipped, saying why.
    const skipped = report.cells.filter(c => c.verdict === 'skip')
    expect(skipped.map(c => c.scenario).sort()).toEqual(['cancel', 'shutdown'])
    for (const cell of skipped) expect(cell.reason).toMatch(/cannot run/)
    expect(report.cells.length - skipped.length).toBe(9)
  })

  it("the guard's facts agree with the truth in every cell, and so does its verdict", () => {
    const facts = expectedFacts(truth)
    const honours = facts.ranOn === 'caller-thread' && !facts.inline && facts.calls === 1
    for (const cell of report.cells.filter(c => c.verdict !== 'skip')) {
      for (const outcome of cell.outcomes) {
        expect({ cell: cell.id, ...outcome.facts }).toMatchObject({ cell: cell.id, ...facts })
        expect(outcome.grade).not.toBe('forbidden')
      }
      expect(cell.verdict).toBe(honours ? 'pass' : 'fail')
      // Where the tasks ran, as the truth script saw: worker threads of the same process.
      expect(cell.stats.tasksOnWorkerThreads).toBe(cell.tasks * cell.repeat)
      expect(cell.stats.tasksInOtherProcesses).toBe(0)
    }
    expect(report.verdict).toBe(honours ? 'pass' : 'fail')
  })

  it('the experiments saw each registration state the truth script covered', () => {
    const registered = new Set(
      report.cells.flatMap(c => c.outcomes.map(o => String(o.facts.registered)))
    )
    // Attached while tasks run (running, order, raising) and once they settled (done, timed).
    expect(registered.has('running')).toBe(true)
    expect(registered.has('done')).toBe(true)
  })
})

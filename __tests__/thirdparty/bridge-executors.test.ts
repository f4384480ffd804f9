/**
 * Executors that complete their futures from another runtime (issue 21, item 4; docs/executors.md):
 * anyio's BlockingPortal behind submit() (an event-loop bridge, python3-anyio in Debian's
 * python3) and multiprocessing.pool.ThreadPool behind submit() (a result-handler thread). The
 * truth comes first, from bench/truth/bridge_truth.py, a script independent of the probe; then
 * the guard's verdict must match it, or say why a cell could not run.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { brokenRules, countWhere, PYTHON_FIXTURES, runWith } from '../helpers/engine.js'

const DEBIAN_PYTHON = process.env.CTG_DEBIAN_PYTHON ?? '/usr/bin/python3'
const TRUTH = fileURLToPath(new URL('../../bench/truth/bridge_truth.py', import.meta.url))

function truthOf(executor: string): Record<string, unknown> {
  const out = execFileSync(DEBIAN_PYTHON, [TRUTH, executor], { timeout: 60_000 })
  return JSON.parse(out.toString()) as Record<string, unknown>
}

function runOn(executor: string, extra: Record<string, unknown>) {
  return runWith({
    python: DEBIAN_PYTHON,
    executor: `bridge_executors:${executor}`,
    pythonPath: [PYTHON_FIXTURES],
    taskMs: [0],
    ...extra
  })
}

describe("anyio's BlockingPortal (an event-loop bridge)", () => {
  it('runs the task and its callbacks on the loop thread, but its future never says running: held-task-is-running fails', async () => {
    const truth = truthOf('anyio_portal')
    expect(truth).toMatchObject({
      runningWhileTaskRuns: false,
      callbackAddedWhileRunning: 'task-thread',
      callbackAddedWhileRunningInline: false,
      callbackAddedWhenDone: 'caller-thread',
      callbackAddedWhenDoneInline: true
    })
    // One task at a time: a held task occupies the loop, and start_task_soon() waits for it.
    const report = await runOn('anyio_portal', {
      scenarios: ['running', 'timed', 'done'],
      workers: [1],
      tasks: [1]
    })
    const [running, timed, done] = report.cells
    expect(running?.verdict).toBe('fail')
    expect(brokenRules(report)).toEqual(['held-task-is-running'])
    expect(
      countWhere(running!, { registered: 'pending', ranOn: 'task-thread', inline: false })
    ).toBe(1)
    expect(timed?.verdict).toBe('pass')
    expect(done?.verdict).toBe('pass')
  })

  it('makes cancel an error naming submit(), not a probe killed at the cell timeout, when the loop is held', async () => {
    const report = await runOn('anyio_portal', {
      scenarios: ['cancel'],
      workers: [2],
      tasks: [4],
      timeoutMs: 1000
    })
    expect(report.cells[0]?.verdict).toBe('error')
    expect(report.cells[0]?.reason).toMatch(/^submit\(\) of the blocker tasks did not return/)
    expect(report.cells[0]?.violations).toEqual([])
  })
})

describe('multiprocessing.pool.ThreadPool behind submit() (a result-handler thread)', () => {
  it("runs callbacks on the pool's result-handler thread: thread-pool fails worker-runs-callback, process-pool passes", async () => {
    const truth = truthOf('result_handler_pool')
    expect(truth).toMatchObject({
      runningWhileTaskRuns: true,
      callbackAddedWhileRunning: expect.stringMatching(/^other-thread \(.*_handle_results/),
      callbackAddedWhileRunningInline: false,
      callbackAddedWhenDone: 'caller-thread',
      callbackAddedWhenDoneInline: true
    })
    const scenarios = ['running', 'done', 'cancel', 'order', 'raising'] as const
    const options = { scenarios: [...scenarios], workers: [2], tasks: [8] }
    const thread = await runOn('result_handler_pool', options)
    expect(thread.cells.map(c => [c.scenario, c.verdict])).toEqual([
      ['running', 'fail'],
      ['done', 'pass'],
      ['cancel', 'pass'],
      ['order', 'fail'],
      ['raising', 'fail']
    ])
    expect(brokenRules(thread)).toEqual(['worker-runs-callback'])
    expect(
      countWhere(thread.cells[0]!, { registered: 'running', ranOn: 'other-thread', inline: false })
    ).toBe(8)
    const processPool = await runOn('result_handler_pool', {
      ...options,
      contract: 'process-pool'
    })
    expect(processPool.cells.map(c => c.verdict)).toEqual(scenarios.map(() => 'pass'))
  })
})

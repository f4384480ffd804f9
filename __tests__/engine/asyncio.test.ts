/**
 * asyncio targets (issue 22) against the asyncio contract: real Pythons, the stdlib's asyncio,
 * the bridges a user writes (run_coroutine_threadsafe over a loop thread, anyio's blocking portal
 * with Debian's python3) and the broken loops of fixtures/python/asyncio_mutants.py, each failing
 * with the rule it breaks. The truth is bench/truth/asyncio_truth.py's. Every scenario holds what
 * it needs on a gate or a state the probe sets, so no verdict depends on timing.
 */
import { describe, expect, it } from '@jest/globals'
import { loadConfig } from '../../src/config/load.js'
import { configSchema } from '../../src/config/schema.js'
import { expandMatrix } from '../../src/engine/matrix.js'
import { InputError } from '../../src/errors.js'
import { scenarioSupportOf } from '../../src/probes/node/adapter.js'
import { gradeReport, matchers, runMatrix } from '../../src/kit.js'
import type { Report } from '../../src/report/model.js'
import { brokenRules, cellsOf, countWhere, PYTHON_FIXTURES, runWith } from '../helpers/engine.js'

const AIO = [
  'aio-pending',
  'aio-done',
  'aio-bridge',
  'aio-underlying',
  'aio-cancel',
  'aio-closing',
  'aio-portal'
]
const DEBIAN_PYTHON = '/usr/bin/python3'

expect.extend(matchers)

async function runAsyncio(loop: string | true, scenarios = AIO, python?: string): Promise<Report> {
  return runWith({
    asyncio: loop,
    pythonPath: [PYTHON_FIXTURES],
    scenarios,
    workers: [2],
    tasks: [8],
    timeoutMs: 5000,
    ...(python === undefined ? {} : { python })
  })
}

/** One cell's outcomes in short: ranOn/inline/calls and the count. */
function shape(report: Report, scenario: string): string[] {
  const [cell] = cellsOf(report, scenario)
  return (cell?.outcomes ?? [])
    .map(o => `${o.facts.ranOn} inline=${o.facts.inline} calls=${o.facts.calls} x${o.count}`)
    .sort()
}

describe('the stdlib asyncio against the asyncio contract', () => {
  it('passes every asyncio scenario: callbacks on the loop, never inline; the worker keeps the concurrent future', async () => {
    const report = await runAsyncio(true)
    expect(report.targets[0]?.contract).toBe('asyncio')
    expect(report.cells.map(c => [c.scenario, c.verdict])).toEqual(AIO.map(s => [s, 'pass']))
    for (const scenario of ['aio-pending', 'aio-done', 'aio-bridge', 'aio-closing'])
      expect([scenario, shape(report, scenario)]).toEqual([
        scenario,
        ['caller-thread inline=false calls=1 x8']
      ])
    expect(countWhere(cellsOf(report, 'aio-done')[0]!, { registered: 'done' })).toBe(8)
    expect(shape(report, 'aio-underlying').map(s => s.replace(/ x\d+$/, ''))).toEqual(
      expect.arrayContaining(['task-thread inline=false calls=1'])
    )
    expect(
      countWhere(cellsOf(report, 'aio-underlying')[0]!, { ranOn: 'task-thread', calls: 1 })
    ).toBe(8)
    expect(
      countWhere(cellsOf(report, 'aio-cancel')[0]!, { ranOn: 'caller-thread', cancelled: true })
    ).toBe(8)
    // run_coroutine_threadsafe over a loop thread: the loop's thread completes the future.
    expect(shape(report, 'aio-portal')).toEqual(['task-thread inline=false calls=1 x8'])
  })

  it('graded by the thread-pool contract instead, the same outcomes fail: the rules differ, not the runtime', async () => {
    const report = await runAsyncio(true, ['aio-done', 'aio-portal'])
    expect(report.verdict).toBe('pass')
    // concurrent.futures runs a callback added once done inline, asyncio schedules it; and the
    // thread-pool contract has no rule for a portal's outcome (unlisted: forbidden).
    const regraded = gradeReport(report, 'thread-pool')
    expect(regraded.cells.map(c => c.verdict)).toEqual(['fail', 'fail'])
    expect(brokenRules(regraded)).toEqual(['done-runs-inline', 'unlisted'])
  })
})

describe('broken asyncio loops fail with the rule they break', () => {
  it('the classic bug: a bridge that calls the asyncio callback from the worker', async () => {
    const report = await runAsyncio('asyncio_mutants:WorkerCallbackLoop', ['aio-bridge'])
    expect(report.verdict).toBe('fail')
    expect(brokenRules(report)).toEqual(['bridge-result-on-loop'])
    // No thread-pool note: on the loop, later, is asyncio's rule, not a finding.
    expect(report.cells[0]?.notes).toBeUndefined()
    // run_in_executor's (even) callbacks ran on the worker; wrap_future's (odd) on the loop.
    expect(shape(report, 'aio-bridge')).toEqual([
      'caller-thread inline=false calls=1 x4',
      'task-thread inline=false calls=1 x4'
    ])
  })

  it('a future that runs a callback inline once done', async () => {
    const report = await runAsyncio('asyncio_mutants:InlineWhenDoneLoop', [
      'aio-pending',
      'aio-done'
    ])
    expect(brokenRules(report)).toEqual(['never-inline'])
    expect(report.cells.map(c => c.verdict)).toEqual(['pass', 'fail'])
  })

  it('a loop that drops the callbacks scheduled while it is closing', async () => {
    const report = await runAsyncio('asyncio_mutants:DropWhileClosingLoop', [
      'aio-done',
      'aio-closing'
    ])
    expect(brokenRules(report)).toEqual(['closing-runs-callbacks', 'exactly-once'])
    expect(report.cells.map(c => c.verdict)).toEqual(['pass', 'fail'])
    expect(shape(report, 'aio-closing')).toEqual(['never inline=false calls=0 x8'])
  })

  it.each([
    [
      'a cancel that does not reach the queued concurrent future',
      { asyncio: 'asyncio_mutants:CancelStaysLoop' },
      'aio-cancel',
      'cancel-reaches-concurrent'
    ],
    [
      'an executor whose futures a relay thread completes',
      { asyncio: true, executor: 'asyncio_mutants:RelayExecutor' },
      'aio-underlying',
      'underlying-worker-runs-callback'
    ],
    [
      'a portal whose futures a relay thread completes',
      { asyncio: true, portal: 'asyncio_mutants:RelayPortal' },
      'aio-portal',
      'portal-loop-completes'
    ]
  ] as const)('%s', async (_name, target, scenario, rule) => {
    const report = await runWith({
      ...target,
      pythonPath: [PYTHON_FIXTURES],
      scenarios: [scenario],
      workers: [2],
      tasks: [8],
      timeoutMs: 5000
    })
    expect(report.verdict).toBe('fail')
    expect(brokenRules(report)).toEqual([rule])
  })

  it('the classic-bug loop passes the scenarios it does not break', async () => {
    const report = await runAsyncio('asyncio_mutants:WorkerCallbackLoop', [
      'aio-pending',
      'aio-done',
      'aio-underlying',
      'aio-closing'
    ])
    expect(report.verdict).toBe('pass')
  })
})

// scripts/ensure-system-deps.mjs installs python3-anyio before the tests (npm's pretest).
describe("anyio's blocking portal (Debian's python3-anyio)", () => {
  it('is graded by the asyncio contract: the portal completes its futures on its loop thread', async () => {
    const report = await runWith({
      python: DEBIAN_PYTHON,
      asyncio: true,
      portal: 'anyio.from_thread:start_blocking_portal',
      scenarios: ['aio-portal'],
      workers: [1],
      tasks: [16],
      timeoutMs: 5000
    })
    expect(report.targets[0]?.contract).toBe('asyncio')
    expect(report.verdict).toBe('pass')
    expect(shape(report, 'aio-portal')).toEqual(['task-thread inline=false calls=1 x16'])
  })
})

describe('an asyncio target among the others', () => {
  it('in the kit, as README shows it: the stdlib honours the asyncio contract', async () => {
    const report = await runMatrix({
      targets: [{ asyncio: true }],
      matrix: { workers: [2], tasks: [8] }
    })
    expect(report).toHonourContract('asyncio')
    expect(report.cells).toHaveLength(7)
  })

  it('runs only the asyncio scenarios; an executor target skips them, saying why', async () => {
    const report = await runMatrix({
      targets: [{ asyncio: true }, { executor: 'concurrent.futures:ThreadPoolExecutor' }],
      matrix: { scenarios: ['aio-done', 'done'], workers: [2], tasks: [4] },
      timeoutMs: 5000
    })
    const verdicts = report.cells.map(c => [c.target, c.scenario, c.verdict])
    expect(verdicts).toEqual([
      ['python3 asyncio', 'aio-done', 'pass'],
      ['python3 asyncio', 'done', 'skip'],
      ['python3 ThreadPoolExecutor', 'aio-done', 'skip'],
      ['python3 ThreadPoolExecutor', 'done', 'pass']
    ])
    expect(report.cells[1]?.reason).toMatch(/asyncio target runs the asyncio scenarios only/)
    expect(report.cells[2]?.reason).toMatch(/a scenario for asyncio targets \(--asyncio\)/)
    expect(report.targets.map(t => t.contract)).toEqual(['asyncio', 'thread-pool'])
  })

  it("is an error, never a verdict, when the probe's own tasks cannot run (a process pool)", async () => {
    const report = await runWith({
      asyncio: true,
      executor: 'concurrent.futures:ProcessPoolExecutor',
      scenarios: ['aio-bridge', 'aio-underlying', 'aio-cancel'],
      workers: [2],
      tasks: [4],
      timeoutMs: 5000
    })
    expect(report.verdict).toBe('error')
    for (const cell of report.cells) {
      expect(cell.verdict).toBe('error')
      expect(cell.reason).toMatch(/the probe's task failed: TypeError: cannot pickle/)
    }
  })

  it('is not run by a Node pool: its adapter support says why', () => {
    const support = scenarioSupportOf({
      name: 'any-pool',
      create: () => ({}),
      run: () => ({}),
      attach: () => undefined,
      close: () => undefined
    })
    for (const scenario of AIO) {
      expect(support.scenarios).not.toContain(scenario)
      expect(support.unsupported[scenario as keyof typeof support.unsupported]).toMatch(
        /a scenario for Python's asyncio/
      )
    }
    expect(support.scenarios).toContain('done')
  })

  it('gets the asyncio default run alone, both default runs beside an executor', () => {
    const alone = expandMatrix(loadConfig(undefined, { asyncio: true }))
    expect(new Set(alone.cells.map(c => c.scenario))).toEqual(new Set(AIO))
    const executorOnly = expandMatrix(loadConfig(undefined)).cells.length
    const both = expandMatrix(
      configSchema.parse({ targets: [{ asyncio: 'asyncio:new_event_loop' }, { executor: 'a:B' }] })
    )
    expect(both.cells.length).toBe(2 * (executorOnly + alone.cells.length))
    expect(both.targets[0]).toMatchObject({
      kind: 'python',
      contract: 'asyncio',
      asyncio: { loop: 'asyncio:new_event_loop' }
    })
    expect(both.targets[1]?.contract).toBe('thread-pool')
    // A matrix that names no scenario: those of the targets' kinds.
    const matrixOf = (overrides: Parameters<typeof loadConfig>[1]) =>
      new Set(
        expandMatrix(loadConfig(undefined, { workers: [2], ...overrides })).cells.map(
          c => c.scenario
        )
      )
    expect(matrixOf({ asyncio: true })).toEqual(new Set(AIO))
    expect([...matrixOf({})].filter(s => s.startsWith('aio-'))).toEqual([])
  })

  it('refuses a portal without an asyncio target, and a loop that is not module:attr', () => {
    expect(() =>
      loadConfig(undefined, { portal: 'anyio.from_thread:start_blocking_portal' })
    ).toThrow(new InputError('--portal', 'only an asyncio target (asyncio: true) takes a portal'))
    expect(() => loadConfig(undefined, { asyncio: 'not a factory' })).toThrow(/--asyncio/)
  })
})

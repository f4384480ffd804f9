/**
 * The test kit: runMatrix, gradeReport and the Jest matcher, used the way docs/adapter.md shows a
 * pool author using them (with the import from the package replaced by the source path).
 */
import { expect, test } from '@jest/globals'
import { matchers, runMatrix } from '../../src/kit.js'
import { gradeReport, toHonourContract, type Report } from '../../src/kit.js'
import type { ContractInput } from '../../src/grading/contract.js'
import { useBuiltProbe } from './helpers/probe-build.js'

useBuiltProbe()

// --- as in docs/adapter.md ----------------------------------------------------------------------

expect.extend(matchers)

test('my pool runs handlers on the caller, later, in order, once', async () => {
  const report = await runMatrix({
    targets: [{ adapter: './__tests__/node/fixtures/piscina-adapter.mjs' }]
  })
  expect(report).toHonourContract('event-loop')
})

// ------------------------------------------------------------------------------------------------

const SMALL = { workers: [2], tasks: [6], taskMs: [0] }

async function workerpoolReport(): Promise<Report> {
  return runMatrix({
    targets: [{ pool: 'workerpool' }],
    matrix: { ...SMALL, scenarios: ['running', 'done'] }
  })
}

test('a pool that departs from the contract does not honour it, and the message says how', async () => {
  const report = await workerpoolReport()
  expect(report).not.toHonourContract('event-loop')

  const result = toHonourContract(report, 'event-loop')
  expect(result.pass).toBe(false)
  const message = result.message()
  expect(message).toContain(
    'expected the report to honour contract "event-loop", but 1 of 2 cells did not:'
  )
  // The outcome table of the failing cell ...
  expect(message).toMatch(/c2 done \(done, 2w 6t 0 ms\):/)
  expect(message).toMatch(/registered\s+ranOn\s+inline\s+calls\s+count\s+grade/)
  expect(message).toMatch(/done\s+caller-thread\s+true\s+1\s+6\s+forbidden: never-inline/)
  // ... and the broken rule, with its source, its text and an example.
  expect(message).toContain(
    'broke never-inline (promises-aplus), 6 handlers: inline: true (expected false)'
  )
  expect(message).toContain('does not run inside the attaching call')
  expect(message).toMatch(/e\.g\. task worker thread \d+, callback main thread, caller main thread/)
  expect(message).not.toContain('c1 running')
})

test('a contract of your own: workerpool honours "handlers on the caller, inline once settled"', async () => {
  const inlineOnceSettled: ContractInput = {
    name: 'workerpool-promise',
    title: 'workerpool Promise: handlers on the caller, inline once settled',
    sources: { measured: 'callback-thread-guard, docs/node-pools.md' },
    rules: [
      {
        id: 'once',
        says: 'Each handler runs once.',
        source: 'measured',
        given: { calls: [0, 1, 2] },
        expect: { calls: 1 }
      },
      {
        id: 'on-caller',
        says: 'Handlers run on the caller.',
        source: 'measured',
        given: { registered: ['pending', 'running', 'done', 'cancelled'] },
        expect: { ranOn: 'caller-thread' }
      },
      {
        id: 'inline-once-settled',
        says: 'A handler attached to a settled promise runs inline.',
        source: 'measured',
        given: { registered: 'done' },
        expect: { inline: true }
      }
    ]
  }
  const report = await workerpoolReport()
  expect(report).toHonourContract(inlineOnceSettled)
  expect(gradeReport(report, inlineOnceSettled).verdict).toBe('pass')
})

test('gradeReport grades a report against another contract', async () => {
  const report = await runMatrix({
    targets: [{ pool: 'piscina' }],
    matrix: { ...SMALL, scenarios: ['running', 'done'] }
  })
  expect(report.verdict).toBe('pass')
  // A Node pool is not a ThreadPoolExecutor: its handlers run neither on the worker nor inline.
  const asThreadPool = gradeReport(report, 'thread-pool')
  expect(asThreadPool.verdict).toBe('fail')
  expect(asThreadPool.targets[0]?.contract).toBe('thread-pool')
  expect(asThreadPool.cells.map(c => c.violations.map(v => v.rule))).toEqual([
    ['worker-runs-callback'],
    ['done-runs-inline']
  ])
  expect(report).not.toHonourContract('thread-pool')
})

test('cells that could not run, or no cell at all, do not honour a contract', async () => {
  const report = await workerpoolReport()
  const [first] = report.cells
  const broken: Report = {
    ...report,
    cells: [{ ...first!, verdict: 'error', reason: 'probe crashed', outcomes: [], violations: [] }]
  }
  expect(toHonourContract(broken, 'event-loop').message()).toContain(
    'c1 running (running, 2w 6t 0 ms): could not run: probe crashed'
  )
  const skipped: Report = { ...report, cells: [{ ...first!, verdict: 'skip', outcomes: [] }] }
  expect(toHonourContract(skipped, 'event-loop').message()).toContain('no cell ran')
  expect(toHonourContract('not a report', 'event-loop').message()).toContain('expects a report')
})

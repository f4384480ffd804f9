/**
 * Synthetic JSON reports for the action's tests: valid reports (they pass the merge validation)
 * built without running the engine, so a test can have any number of cells, failing wherever
 * it likes, in milliseconds.
 */
import { writeFileSync } from 'node:fs'
import { loadContract } from '../../src/grading/contracts/index.js'
import { gradeOutcomes, verdictOf, violationsOf } from '../../src/grading/grade.js'
import type { Outcome } from '../../src/probes/protocol.js'
import type { CellReport, Report } from '../../src/report/model.js'
import { overallVerdict, summarize } from '../../src/report/summarize.js'
import type { Scenario } from '../../src/model/scenarios.js'

export interface CellSpec {
  verdict: 'pass' | 'fail' | 'error'
  name?: string
  scenario?: Scenario
  workers?: number
  tasks?: number
  /** Where the callbacks of a passing cell ran; a failing one runs them on another thread. */
  ranOn?: 'task-thread' | 'other-thread'
}

const THREAD_POOL = loadContract('thread-pool')

const CALLBACK_API: Outcome['facts'] = {
  registered: 'pending',
  ranOn: 'caller-thread',
  inline: false,
  calls: 1,
  error: 'none'
}

const FACTS: Record<Scenario, Outcome['facts']> = {
  running: { registered: 'running', ranOn: 'task-thread', inline: false, calls: 1 },
  timed: { registered: 'running', ranOn: 'task-thread', inline: false, calls: 1 },
  order: {
    registered: 'running',
    ranOn: 'task-thread',
    inline: false,
    calls: 1,
    order: 'in-order'
  },
  raising: {
    registered: 'running',
    ranOn: 'task-thread',
    inline: false,
    calls: 1,
    order: 'in-order'
  },
  done: { registered: 'done', ranOn: 'caller-thread', inline: true, calls: 1 },
  cancel: { registered: 'pending', ranOn: 'caller-thread', inline: false, calls: 1 },
  shutdown: { registered: 'pending', ranOn: 'caller-thread', inline: false, calls: 1 },
  // Callback-API scenarios (the event-loop contract's; the thread-pool contract has no rule on them).
  killed: CALLBACK_API,
  failing: { ...CALLBACK_API, error: 'other' },
  timeout: { ...CALLBACK_API, error: 'TimeoutError' },
  overload: { ...CALLBACK_API, call: 'within-limit' },
  ending: { ...CALLBACK_API, call: 'in-progress' },
  // asyncio scenarios (the asyncio contract's; the thread-pool contract has no rule on them).
  'aio-pending': { registered: 'pending', ranOn: 'caller-thread', inline: false, calls: 1 },
  'aio-done': { registered: 'done', ranOn: 'caller-thread', inline: false, calls: 1 },
  'aio-bridge': { registered: 'pending', ranOn: 'caller-thread', inline: false, calls: 1 },
  'aio-underlying': { registered: 'running', ranOn: 'task-thread', inline: false, calls: 1 },
  'aio-cancel': {
    registered: 'pending',
    ranOn: 'caller-thread',
    inline: false,
    calls: 1,
    cancelled: true
  },
  'aio-closing': { registered: 'pending', ranOn: 'caller-thread', inline: false, calls: 1 },
  'aio-portal': { registered: 'pending', ranOn: 'task-thread', inline: false, calls: 1 }
}

export function makeCell(
  i: number,
  spec: CellSpec,
  target = 'python3 ThreadPoolExecutor'
): CellReport {
  const base = {
    id: `c${i + 1}`,
    target,
    ...(spec.name === undefined ? {} : { name: spec.name }),
    scenario: spec.scenario ?? 'running',
    workers: spec.workers ?? 4,
    tasks: spec.tasks ?? 4,
    callbackDelayMs: 0,
    taskMs: 10,
    callbacks: 1,
    repeat: 1,
    durationMs: 12
  }
  if (spec.verdict === 'error')
    return {
      ...base,
      verdict: 'error',
      reason: 'probe exited with code 1',
      stats: {},
      outcomes: [],
      violations: []
    }
  const bad = spec.verdict === 'fail' || spec.ranOn === 'other-thread'
  const sample = {
    task: 'ThreadPoolExecutor-0_0',
    callback: bad ? 'Dispatcher' : 'ThreadPoolExecutor-0_0',
    caller: 'MainThread'
  }
  // The facts a ThreadPoolExecutor shows in each scenario, graded by the real contract: a report
  // file is graded again when it is read, so a fixture that claims more than its facts would lie.
  const facts = { ...FACTS[base.scenario], ...(bad ? { ranOn: 'other-thread' as const } : {}) }
  const outcomes = gradeOutcomes(
    base.scenario,
    [{ facts, count: base.tasks, samples: [sample] }],
    THREAD_POOL
  )
  const violations = violationsOf(outcomes)
  return {
    ...base,
    verdict: verdictOf(violations),
    stats: { futures: base.tasks, callbacks: base.tasks },
    outcomes,
    violations
  }
}

export function makeReport(specs: CellSpec[], target = 'python3 ThreadPoolExecutor'): Report {
  const cells = specs.map((s, i) => makeCell(i, s, target))
  const summary = summarize(cells)
  return {
    schemaVersion: 1,
    tool: { name: 'callback-thread-guard', version: '0.1.0' },
    verdict: overallVerdict(summary),
    startedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 100,
    summary,
    targets: [
      {
        name: target,
        kind: 'python',
        contract: 'thread-pool',
        runtime: {
          implementation: 'CPython',
          version: '3.12.1',
          executor: 'concurrent.futures:ThreadPoolExecutor',
          platform: 'linux'
        }
      }
    ],
    contracts: { 'thread-pool': loadContract('thread-pool') },
    cells
  }
}

export function writeReport(path: string, report: Report): string {
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}

/**
 * The pipeline: config -> matrix -> probes -> outcomes -> grading -> one report object (with a
 * budget, the cells then run again until it is spent: src/budget.ts).
 * Bad input is found before any cell runs (contracts, probe commands, interpreters, executors),
 * so a run either refuses with exit code 2 or runs to a complete report.
 */
import { budgetLanes, spendBudget, type BudgetProgress } from './budget.js'
import type { Config, TargetField } from './config/schema.js'
import { InputError, quote } from './errors.js'
import type { Contract } from './grading/contract.js'
import { loadContract } from './grading/contracts/index.js'
import { collectEvidence } from './grading/evidence.js'
import { gradeOutcomes, verdictOf, violationsOf } from './grading/grade.js'
import { noteOutcomes } from './grading/notes.js'
import { expandMatrix, type Cell, type Plan, type Target } from './matrix/expand.js'
import { launchSpec } from './probes/launch.js'
import type { CellReply } from './probes/protocol.js'
import { ProbeSession, type LaunchSpec, type StartResult } from './probes/session.js'
import type { CellReport, Report, TargetReport } from './report/model.js'
import { overallVerdict, summarize } from './report/summarize.js'
import { VERSION } from './version.js'

export interface RunEvents {
  onStart?(plan: Plan): void
  onProgress?(cell: Cell, done: number, total: number): void
  onCellDone?(cell: CellReport): void
  /** With a budget, after each repetition: time left and callbacks graded per target. */
  onBudget?(progress: BudgetProgress): void
}

export async function runConfig(config: Config, events: RunEvents = {}): Promise<Report> {
  return runPlan(expandMatrix(config), events)
}

export async function runPlan(plan: Plan, events: RunEvents = {}): Promise<Report> {
  const startedAt = new Date()
  const contracts = loadContracts(plan)
  const lanes = plan.budget === undefined ? 1 : budgetLanes()
  // A probe gets 10 s to start, plus the callback timeout (a user's module may import slowly).
  const startTimeoutMs = 10_000 + Math.max(0, ...plan.cells.map(c => c.timeoutMs))
  const specs = new Map(
    plan.targets.map(t => [
      t.name,
      { ...launchSpec(t, fieldName(plan, t, 'command')), startTimeoutMs }
    ])
  )
  const started = await startAll(plan, specs)
  events.onStart?.(plan)

  let cells: CellReport[] = []
  const targets: TargetReport[] = []
  const open = new Set<Started>(started.values())
  let budget: Report['budget']
  try {
    for (const target of plan.targets) {
      const first = started.get(target.name) as Started
      const report = await runTarget(
        target,
        specs.get(target.name) as LaunchSpec,
        first,
        contracts,
        plan,
        events
      )
      targets.push(report.target)
      for (const c of report.cells) cells.push(c)
    }
    if (plan.budget !== undefined) {
      const spent = await spendBudget(
        plan.cells,
        cells,
        plan.budget,
        startedAt.getTime(),
        (cell, lane) => runAgain(cell, lane, plan, specs, started, open),
        (cell, reply, durationMs) =>
          gradeCell(cell, reply, contracts.get(contractOf(plan, cell)) as Contract, durationMs),
        progress => events.onBudget?.(progress),
        Date.now,
        lanes
      )
      cells = spent.cells
      budget = spent.record
    }
  } finally {
    await Promise.all([...open].map(s => s.session.close()))
  }

  const summary = summarize(cells)
  const contractsByName = Object.fromEntries(contracts)
  return {
    schemaVersion: 1,
    tool: { name: 'callback-thread-guard', version: VERSION },
    verdict: overallVerdict(summary),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    summary,
    targets,
    contracts: contractsByName,
    cells,
    evidence: collectEvidence(targets, contractsByName, cells),
    ...(budget === undefined ? {} : { budget })
  }
}

function contractOf(plan: Plan, cell: Cell): string {
  return (plan.targets.find(t => t.name === cell.target) as Target).contract
}

/**
 * One more repetition of a cell on lane `lane` of its target's probes (lane 0 ran the matrix; the
 * others start on first use), restarting a probe when a timeout or a crash killed it (like the
 * matrix run does), so one bad repetition costs only its cell.
 */
async function runAgain(
  cell: Cell,
  lane: number,
  plan: Plan,
  specs: Map<string, LaunchSpec>,
  started: Map<string, Started>,
  open: Set<Started>
): Promise<CellReply | 'no-lane'> {
  const key = lane === 0 ? cell.target : `${cell.target}\u0000lane ${lane}`
  let current = started.get(key)
  if (current === undefined) {
    // A second instance of a user's command may not be welcome (a port, a lock): ours only.
    if ((plan.targets.find(t => t.name === cell.target) as Target).kind === 'command')
      return 'no-lane'
    current = await ProbeSession.start(specs.get(cell.target) as LaunchSpec)
    started.set(key, current)
    open.add(current)
  }
  if (lane > 0 && current.start.kind !== 'hello') return 'no-lane'
  if (!current.session.alive && current.start.kind === 'hello') {
    current.session.killTree()
    current = await ProbeSession.start(specs.get(cell.target) as LaunchSpec)
    started.set(key, current)
    open.add(current)
  }
  return runOn(current, cell, {})
}

/** How a message names a target's field: the flag or input that set it, or the field and target. */
function fieldName(plan: Plan, target: Target, field: string): string {
  return plan.labels[field as TargetField] ?? `${field} (target "${target.name}")`
}

function loadContracts(plan: Plan): Map<string, Contract> {
  const contracts = new Map<string, Contract>()
  for (const t of plan.targets) {
    if (!contracts.has(t.contract))
      contracts.set(t.contract, loadContract(t.contract, fieldName(plan, t, 'contract')))
  }
  return contracts
}

/** Starts every probe at once and checks each hello, so bad input is refused before any cell runs. */
async function startAll(plan: Plan, specs: Map<string, LaunchSpec>) {
  const targets = plan.targets
  const entries = await Promise.all(
    targets.map(
      async t => [t.name, await ProbeSession.start(specs.get(t.name) as LaunchSpec)] as const
    )
  )
  const started = new Map(entries)
  for (const t of targets) {
    const problem = inputProblem(plan, t, (started.get(t.name) as { start: StartResult }).start)
    if (problem !== undefined) {
      await Promise.all([...started.values()].map(s => s.session.close()))
      throw problem
    }
  }
  return started
}

/** A probe that cannot start because of what the user gave it is bad input (exit 2). */
function inputProblem(plan: Plan, target: Target, start: StartResult): InputError | undefined {
  if (start.kind === 'fatal')
    return new InputError(fieldName(plan, target, start.field), start.message)
  if (start.kind === 'not-found') {
    const field =
      target.kind === 'python' ? 'python' : target.kind === 'command' ? 'command' : 'pool'
    const program =
      target.kind === 'python' ? target.python : target.kind === 'command' ? target.command : 'node'
    return new InputError(
      fieldName(plan, target, field),
      `cannot run ${quote(program)}: no such program`
    )
  }
  if (start.kind === 'failed' && target.kind === 'command' && start.notStarted !== undefined)
    return new InputError(
      fieldName(plan, target, 'command'),
      `cannot run ${quote(target.command)}: ${start.notStarted}`
    )
  if (start.kind === 'failed' && target.kind === 'python') {
    const last = start.stderrTail.filter(l => l.trim() !== '').at(-1)
    return new InputError(
      fieldName(plan, target, 'python'),
      `${quote(target.python)} did not start the probe (${start.message}${last === undefined ? '' : `: ${last.trim()}`}); is it a Python 3.8+ interpreter?`
    )
  }
  return undefined
}

/** A probe process, and what it said when it started. */
interface Started {
  session: ProbeSession
  start: StartResult
}

async function runTarget(
  target: Target,
  spec: LaunchSpec,
  first: Started,
  contracts: Map<string, Contract>,
  plan: Plan,
  events: RunEvents
): Promise<{ target: TargetReport; cells: CellReport[] }> {
  const choice = await chooseContract(target, first, plan)
  if (!contracts.has(choice.name)) contracts.set(choice.name, loadContract(choice.name))
  const contract = contracts.get(choice.name) as Contract
  const report: TargetReport = {
    name: target.name,
    kind: target.kind,
    contract: choice.name,
    ...(choice.reason === undefined ? {} : { contractReason: choice.reason })
  }
  if (first.start.kind === 'hello') report.runtime = first.start.hello.runtime
  else report.error = startFailure(first.start)

  const mine = plan.cells.filter(c => c.target === target.name)
  const results = new Map<string, CellReport>()
  const finish = (cell: Cell, reply: CellReply, begun: number) => {
    const graded = gradeCell(cell, reply, contract, Date.now() - begun)
    results.set(cell.id, graded)
    events.onCellDone?.(graded)
  }

  // Cells that mostly sleep run side by side, each in its own probe process; the rest run one
  // after another on the first probe, alongside them (see README, "Which cells run concurrently").
  const sideBySide = first.start.kind === 'hello' ? mine.filter(runsSideBySide) : []
  const inTurn = mine.filter(c => !sideBySide.includes(c))

  const serial = (async () => {
    let current = first
    for (const cell of inTurn) {
      // A probe killed by a timeout or a crash is restarted, so one bad cell costs only itself.
      if (!current.session.alive && current.start.kind === 'hello') {
        current.session.killTree() // whatever the dead probe left behind in its process group
        current = await ProbeSession.start(spec)
        if (current.start.kind !== 'hello') report.error = startFailure(current.start)
      }
      const begun = Date.now()
      finish(cell, await runOn(current, cell, events), begun)
    }
    if (current !== first) await current.session.close()
  })()
  const parallel = forEachAtMost(SIDE_BY_SIDE_PROBES, sideBySide, async cell => {
    const begun = Date.now()
    const own = await ProbeSession.start(spec)
    try {
      finish(cell, await runOn(own, cell, events), begun)
    } finally {
      await own.session.close()
    }
  })
  await Promise.all([serial, parallel])
  return { target: report, cells: mine.map(c => results.get(c.id) as CellReport) }
}

/**
 * The contract follows the behaviour when none was given: one task on one worker shows where the
 * executor runs tasks (in another process: `process-pool`). A contract given is used as given.
 */
async function chooseContract(
  target: Target,
  first: Started,
  plan: Plan
): Promise<{ name: string; reason?: string }> {
  if (target.kind !== 'python' || target.contractGiven === true || first.start.kind !== 'hello')
    return { name: target.contract }
  const timeoutMs = Math.max(...plan.cells.map(c => c.timeoutMs))
  const look = { scenario: 'done', workers: 1, tasks: 1, callbackDelayMs: 0, taskMs: 0 } as const
  const cell = { id: 'contract-choice', ...look, callbacks: 1, repeat: 1, timeoutMs }
  const reply = await first.session.runCell(cell, budgetMs({ ...cell, target: target.name }))
  if (reply.kind !== 'result' || !('tasksInOtherProcesses' in reply.stats)) {
    const why = reply.kind === 'result' ? 'the probe did not say' : reply.reason
    return {
      name: target.contract,
      reason: `by the executor's name: where tasks run could not be observed (${why})`
    }
  }
  return (reply.stats.tasksInOtherProcesses ?? 0) > 0
    ? { name: 'process-pool', reason: 'no contract given, and its tasks ran in another process' }
    : { name: 'thread-pool', reason: "no contract given, and its tasks ran in the probe's process" }
}

/** At most this many extra probe processes at once for cells that run side by side. */
const SIDE_BY_SIDE_PROBES = 8
/** A cell whose tasks sleep this long spends its time asleep, not on the CPU. */
const SLEEPY_TASK_MS = 50
/** Timing margin a `timed` cell needs between its registration and any task's completion. */
const TIMING_MARGIN_MS = 50

/**
 * Whether a cell can share the machine without changing what it observes. Thread identity does
 * not depend on load; only the state at registration in `timed` does, and only near a task's
 * completion. So: tasks that sleep at least 50 ms, and for `timed`, a callback delay at least
 * 50 ms away from every moment a wave of tasks completes.
 */
export function runsSideBySide(cell: Cell): boolean {
  if (cell.taskMs < SLEEPY_TASK_MS) return false
  if (cell.scenario !== 'timed') return true
  const waves = Math.ceil(cell.tasks / cell.workers)
  for (let k = 1; k <= waves; k++) {
    if (Math.abs(cell.callbackDelayMs - k * cell.taskMs) < TIMING_MARGIN_MS) return false
  }
  return true
}

async function runOn(started: Started, cell: Cell, events: RunEvents): Promise<CellReply> {
  if (started.start.kind !== 'hello') {
    return { kind: 'error', reason: `probe did not start: ${startFailure(started.start)}` }
  }
  const hello = started.start.hello
  if (!hello.scenarios.includes(cell.scenario)) {
    // The probe's own reason when it gave one (own keys only: a hostile name is not a reason).
    const given = hello.unsupported
    const reason =
      given !== undefined && Object.hasOwn(given, cell.scenario) ? given[cell.scenario] : undefined
    return {
      kind: 'skipped',
      reason: reason ?? `the probe cannot run "${cell.scenario}" on ${runtimeName(started.start)}`
    }
  }
  const { id, target: _t, name: _n, ...params } = cell
  return started.session.runCell({ id, ...params }, budgetMs(cell), (done, total) =>
    events.onProgress?.(cell, done, total)
  )
}

async function forEachAtMost<T>(
  limit: number,
  items: T[],
  work: (item: T) => Promise<void>
): Promise<void> {
  const queue = [...items]
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
  }
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker))
}

export function gradeCell(
  cell: Cell,
  reply: CellReply,
  contract: Contract,
  durationMs: number
): CellReport {
  const { id: _id, timeoutMs: _timeout, ...base } = cell
  const common = { id: cell.id, ...base, durationMs, stats: {}, outcomes: [], violations: [] }
  if (reply.kind === 'skipped') return { ...common, verdict: 'skip', reason: reply.reason }
  if (reply.kind === 'error') {
    return {
      ...common,
      verdict: 'error',
      reason: reply.reason,
      ...(reply.stderrTail === undefined ? {} : { stderrTail: reply.stderrTail })
    }
  }
  if (reply.outcomes.length === 0)
    return { ...common, verdict: 'error', reason: 'the probe reported no outcomes' }
  const outcomes = gradeOutcomes(cell.scenario, reply.outcomes, contract)
  const violations = violationsOf(outcomes)
  const notes = noteOutcomes(reply.outcomes)
  return {
    ...common,
    ...(notes.length === 0 ? {} : { notes }),
    stats: reply.stats,
    outcomes,
    violations,
    verdict: verdictOf(violations)
  }
}

/**
 * How long a cell may take before its probe is killed: the work it was asked to do, generously,
 * plus the callback timeout. Past that the probe is hung, not slow.
 */
export function budgetMs(cell: Cell): number {
  const waves = Math.ceil(cell.tasks / cell.workers)
  const perRepeat =
    cell.callbackDelayMs + waves * cell.taskMs * 2 + cell.tasks * cell.callbacks * 0.2
  return Math.ceil(5_000 + cell.timeoutMs + cell.repeat * perRepeat)
}

function startFailure(start: StartResult): string {
  switch (start.kind) {
    case 'hello':
      return ''
    case 'fatal':
      return `${start.field}: ${start.message}`
    case 'not-found':
      return start.message
    case 'failed':
      return start.message
  }
}

function runtimeName(start: Extract<StartResult, { kind: 'hello' }>): string {
  const r = start.hello.runtime
  return `${r.implementation} ${r.version}`
}

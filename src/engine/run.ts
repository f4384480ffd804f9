/**
 * The pipeline: config -> matrix -> probes -> outcomes -> grading -> one report object (with a
 * budget, the cells then run again until it is spent: src/engine/budget.ts).
 * Bad input is found before any cell runs (contracts, probe commands, interpreters, executors),
 * so a run either refuses with exit code 2 or runs to a complete report.
 * This file ties the jobs together; each lives in its own module: scheduling (schedule.ts), the
 * probes' lifecycle (probes/lifecycle.ts), probe failures that are bad input
 * (probes/start-problems.ts) and grading a cell (report/grade-cell.ts).
 */
import { budgetLanes, spendBudget } from './budget.js'
import type { BudgetProgress } from '../model/budget.js'
import type { CellMessage } from '../model/cell.js'
import type { Config, TargetField } from '../config/schema.js'
import type { Contract } from '../grading/contract.js'
import { loadContract } from '../grading/contracts/index.js'
import { collectEvidence } from '../grading/evidence.js'
import { failsFreeThreading, gilWarnings } from '../report/gil.js'
import { gradeCell } from '../report/grade-cell.js'
import { expandMatrix, type Cell, type Plan } from './matrix.js'
import { launchSpec } from '../probes/launch.js'
import {
  closeProbes,
  restartIfDead,
  runCellOn,
  startFailure,
  startProbe,
  startProbes,
  type Started
} from '../probes/lifecycle.js'
import type { CellReply } from '../probes/protocol.js'
import type { LaunchSpec } from '../probes/session.js'
import { inputProblem } from '../probes/start-problems.js'
import type { CellReport, Report, TargetReport } from '../report/model.js'
import { overallVerdict, summarize } from '../report/summarize.js'
import { takesCallbacksWithCall } from '../model/scenarios.js'
import { budgetMs, forEachAtMost, runsSideBySide, SIDE_BY_SIDE_PROBES } from './schedule.js'
import type { Target } from '../model/target.js'
import { VERSION } from '../version.js'

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
  const startTimeoutMs = 10_000 + longestTimeoutMs(plan)
  const specs = new Map(
    plan.targets.map(t => [
      t.name,
      { ...launchSpec(t, fieldName(plan, t, 'command')), startTimeoutMs }
    ])
  )
  const started = await startAll(plan, specs)
  // The probes the targets started with: at the end, their `end` message says the GIL's state.
  const firsts = new Map(started)
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
      const spent = await spendBudget({
        cells: plan.cells,
        reports: cells,
        budget: plan.budget,
        // Without a matrix pass, the budget is the repetitions' alone, from now (probes are up).
        startedAt: plan.budget.noMatrixPass === true ? Date.now() : startedAt.getTime(),
        run: (cell, lane) => runAgain(cell, lane, plan, specs, started, open),
        contractOf: cell => contracts.get(contractOf(plan, cell)) as Contract,
        onProgress: progress => events.onBudget?.(progress),
        lanes
      })
      cells = spent.cells
      budget = spent.record
    }
  } finally {
    await closeProbes(open)
  }
  for (const t of targets) recordGilAtEnd(t, firsts.get(t.name))

  const summary = summarize(cells)
  const contractsByName = Object.fromEntries(contracts)
  const warnings = gilWarnings(targets, plan.requireFreeThreading === true)
  const verdict = overallVerdict(summary)
  return {
    schemaVersion: 1,
    tool: { name: 'callback-thread-guard', version: VERSION },
    verdict: verdict === 'pass' && failsFreeThreading(warnings) ? 'error' : verdict,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    summary,
    targets,
    contracts: contractsByName,
    cells,
    evidence: collectEvidence(targets, contractsByName, cells),
    ...(warnings.length === 0 ? {} : { warnings }),
    ...(budget === undefined ? {} : { budget })
  }
}

/** The GIL's state at the end of the run, from the target's first probe's `end` message. */
function recordGilAtEnd(target: TargetReport, first: Started | undefined): void {
  const gil = target.runtime?.gil
  const atEnd = first?.session.ending?.gil?.atEnd
  if (target.runtime === undefined || gil === undefined || atEnd === undefined) return
  target.runtime = { ...target.runtime, gil: { ...gil, atEnd } }
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
  const spec = specs.get(cell.target) as LaunchSpec
  const remember = (probe: Started): Started => {
    started.set(key, probe)
    open.add(probe)
    return probe
  }
  let current = started.get(key)
  if (current === undefined) {
    // A second instance of a user's command may not be welcome (a port, a lock): ours only.
    if ((plan.targets.find(t => t.name === cell.target) as Target).kind === 'command')
      return 'no-lane'
    current = remember(await startProbe(spec))
  }
  if (lane > 0 && current.start.kind !== 'hello') return 'no-lane'
  const live = await restartIfDead(current, spec)
  return runOn(live === current ? live : remember(live), cell, {})
}

/** One cell on a probe: the protocol's message, the cell's time limit, progress as events. */
function runOn(started: Started, cell: Cell, events: RunEvents): Promise<CellReply> {
  return runCellOn(started, messageOf(cell), budgetMs(cell), (done, total) =>
    events.onProgress?.(cell, done, total)
  )
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
async function startAll(plan: Plan, specs: Map<string, LaunchSpec>): Promise<Map<string, Started>> {
  const started = await startProbes(specs)
  for (const t of plan.targets) {
    const start = (started.get(t.name) as Started).start
    const problem = inputProblem(t, start, field => fieldName(plan, t, field))
    if (problem !== undefined) {
      await closeProbes(started.values())
      throw problem
    }
  }
  return started
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

  // A budget without a matrix pass (the control's runs) starts its repetitions from nothing.
  const mine =
    plan.budget?.noMatrixPass === true ? [] : plan.cells.filter(c => c.target === target.name)
  const results = new Map<string, CellReport>()
  const finish = async (probe: Started, cell: Cell, begun: number) => {
    const reply = await runOn(probe, cell, events)
    const graded = gradeCell({ cell, reply, contract, durationMs: Date.now() - begun })
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
      const next = await restartIfDead(current, spec)
      if (next !== current) {
        current = next
        if (current.start.kind !== 'hello') report.error = startFailure(current.start)
      }
      await finish(current, cell, Date.now())
    }
    if (current !== first) await current.session.close()
  })()
  const parallel = forEachAtMost(SIDE_BY_SIDE_PROBES, sideBySide, async cell => {
    const begun = Date.now()
    const own = await startProbe(spec)
    try {
      await finish(own, cell, begun)
    } finally {
      await own.session.close()
    }
  })
  await Promise.all([serial, parallel])
  return { target: report, cells: mine.map(c => results.get(c.id) as CellReport) }
}

/**
 * The contract follows the behaviour when none was given: a pool that takes its callbacks with the
 * call (its hello lists the callback-API scenarios) gets `multiprocessing-pool`; otherwise one
 * task on one worker shows where the executor runs tasks (in another process: `process-pool`). A contract given is used as given.
 */
async function chooseContract(
  target: Target,
  first: Started,
  plan: Plan
): Promise<{ name: string; reason?: string }> {
  if (
    target.kind !== 'python' ||
    target.contractGiven === true ||
    target.asyncio !== undefined ||
    first.start.kind !== 'hello'
  )
    return { name: target.contract }
  // A pool that takes its callbacks with the call (apply_async) runs only those scenarios.
  if (takesCallbacksWithCall(first.start.hello.scenarios))
    return {
      name: 'multiprocessing-pool',
      reason: 'no contract given, and it takes its callbacks with the call (apply_async)'
    }
  const timeoutMs = longestTimeoutMs(plan)
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

/** The cell as the protocol sends it: without the target and the name, which stay on this side. */
function messageOf(cell: Cell): CellMessage {
  const { target: _t, name: _n, ...message } = cell
  return message
}

/** The longest callback timeout of the plan's cells (a fold: nothing spreads an array into a call). */
function longestTimeoutMs(plan: Plan): number {
  return plan.cells.reduce((longest, c) => Math.max(longest, c.timeoutMs), 0)
}

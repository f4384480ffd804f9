/**
 * The pipeline: config -> matrix -> probes -> outcomes -> grading -> one report object.
 * Bad input is found before any cell runs (contracts, probe commands, interpreters, executors),
 * so a run either refuses with exit code 2 or runs to a complete report.
 */
import type { Config } from './config/schema.js'
import { InputError } from './errors.js'
import type { Contract } from './grading/contract.js'
import { loadContract } from './grading/contracts/index.js'
import { gradeOutcomes, violationsOf } from './grading/grade.js'
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
}

export async function runConfig(config: Config, events: RunEvents = {}): Promise<Report> {
  return runPlan(expandMatrix(config), events)
}

export async function runPlan(plan: Plan, events: RunEvents = {}): Promise<Report> {
  const startedAt = new Date()
  const contracts = loadContracts(plan.targets)
  const specs = new Map(plan.targets.map(t => [t.name, launchSpec(t)]))
  const started = await startAll(plan.targets, specs)
  events.onStart?.(plan)

  const cells: CellReport[] = []
  const targets: TargetReport[] = []
  try {
    for (const target of plan.targets) {
      const first = started.get(target.name) as { session: ProbeSession; start: StartResult }
      const report = await runTarget(
        target,
        specs.get(target.name) as LaunchSpec,
        first,
        contracts,
        plan,
        events
      )
      targets.push(report.target)
      cells.push(...report.cells)
    }
  } finally {
    await Promise.all([...started.values()].map(s => s.session.close()))
  }

  const summary = summarize(cells)
  return {
    schemaVersion: 1,
    tool: { name: 'callback-thread-guard', version: VERSION },
    verdict: overallVerdict(summary),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    summary,
    targets,
    contracts: Object.fromEntries(contracts),
    cells
  }
}

function loadContracts(targets: Target[]): Map<string, Contract> {
  const contracts = new Map<string, Contract>()
  for (const t of targets) {
    if (!contracts.has(t.contract))
      contracts.set(t.contract, loadContract(t.contract, `contract (target "${t.name}")`))
  }
  return contracts
}

/** Starts every probe at once and checks each hello, so bad input is refused before any cell runs. */
async function startAll(targets: Target[], specs: Map<string, LaunchSpec>) {
  const entries = await Promise.all(
    targets.map(
      async t => [t.name, await ProbeSession.start(specs.get(t.name) as LaunchSpec)] as const
    )
  )
  const started = new Map(entries)
  for (const t of targets) {
    const problem = inputProblem(t, (started.get(t.name) as { start: StartResult }).start)
    if (problem !== undefined) {
      await Promise.all([...started.values()].map(s => s.session.close()))
      throw problem
    }
  }
  return started
}

/** A probe that cannot start because of what the user gave it is bad input (exit 2). */
function inputProblem(target: Target, start: StartResult): InputError | undefined {
  const where = `(target "${target.name}")`
  if (start.kind === 'fatal') return new InputError(`${start.field} ${where}`, start.message)
  if (start.kind === 'not-found') {
    const field =
      target.kind === 'python' ? 'python' : target.kind === 'command' ? 'command' : 'pool'
    const program =
      target.kind === 'python' ? target.python : target.kind === 'command' ? target.command : 'node'
    return new InputError(
      `${field} ${where}`,
      `cannot run ${JSON.stringify(program)}: no such program`
    )
  }
  if (start.kind === 'failed' && target.kind === 'python') {
    const last = start.stderrTail.filter(l => l.trim() !== '').at(-1)
    return new InputError(
      `python ${where}`,
      `${JSON.stringify(target.python)} did not start the probe (${start.message}${last === undefined ? '' : `: ${last.trim()}`}); is it a Python 3.8+ interpreter?`
    )
  }
  return undefined
}

async function runTarget(
  target: Target,
  spec: LaunchSpec,
  first: { session: ProbeSession; start: StartResult },
  contracts: Map<string, Contract>,
  plan: Plan,
  events: RunEvents
): Promise<{ target: TargetReport; cells: CellReport[] }> {
  const contract = contracts.get(target.contract) as Contract
  const report: TargetReport = { name: target.name, kind: target.kind, contract: target.contract }
  const cells: CellReport[] = []
  let current = first
  if (current.start.kind === 'hello') report.runtime = current.start.hello.runtime
  else report.error = startFailure(current.start)

  for (const cell of plan.cells.filter(c => c.target === target.name)) {
    // A probe killed by a timeout or a crash is restarted, so one bad cell costs only itself.
    if (!current.session.alive && current.start.kind === 'hello') {
      current = await ProbeSession.start(spec)
      if (current.start.kind !== 'hello') report.error = startFailure(current.start)
    }
    const begun = Date.now()
    let reply: CellReply
    if (current.start.kind !== 'hello') {
      reply = { kind: 'error', reason: `probe did not start: ${startFailure(current.start)}` }
    } else if (!current.start.hello.scenarios.includes(cell.scenario)) {
      reply = {
        kind: 'skipped',
        reason: `the probe cannot run "${cell.scenario}" on ${runtimeName(current.start)}`
      }
    } else {
      const { id, target: _t, name: _n, ...params } = cell
      reply = await current.session.runCell({ id, ...params }, budgetMs(cell), (done, total) =>
        events.onProgress?.(cell, done, total)
      )
    }
    const graded = gradeCell(cell, reply, contract, Date.now() - begun)
    cells.push(graded)
    events.onCellDone?.(graded)
  }
  if (current !== first) await current.session.close()
  return { target: report, cells }
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
  return {
    ...common,
    stats: reply.stats,
    outcomes,
    violations,
    verdict: violations.length > 0 ? 'fail' : 'pass'
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
  return Math.ceil(15_000 + cell.timeoutMs + cell.repeat * perRepeat)
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

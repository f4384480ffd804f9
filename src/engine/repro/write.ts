/**
 * On a violation, the reproducer: the first failing cell of a Python target whose tasks ran in
 * its process (a thread pool, not a process pool), or of a Node pool given by an adapter file (a
 * promise API's held, timed or done cell), is shrunk (bounded time, the engine's own runs) and
 * written as one standalone Python file (engine/repro/python.ts) or Node file (engine/repro/node.ts)
 * in the folder asked for; the report then says where it is and how to run it. Written whole to a
 * temporary name and renamed, so a reader never sees half a file.
 */
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { quote as shellQuote } from 'shell-quote'
import type { Contract } from '../../grading/contract.js'
import type { Cell, Plan } from '../matrix.js'
import type { CellReport, Report } from '../../report/model.js'
import { traitsOf } from '../../model/scenarios.js'
import { runPlan } from '../run.js'
import type { Target } from '../../model/target.js'
import { VERSION } from '../../version.js'
import { renderPythonReproducer } from './python.js'
import { nodeReproducerRuns, renderNodeReproducer } from './node.js'
import type { ReproducerRecord } from '../../model/reproducer.js'
import { shrinkCell, type RunOneCell } from './shrink.js'

/** Shrinking gets this long without a budget; with one, a tenth of it, within these limits. */
export const SHRINK_MS = 15_000
const SHRINK_MIN_MS = 5_000
const SHRINK_MAX_MS = 60_000
/** Tries a reproducer makes at least, and at most. */
const MIN_TRIES = 20
const MAX_TRIES = 10_000
const TRIES_PER_REPETITION = 4

export function shrinkLimitMs(plan: Plan): number {
  if (plan.budget === undefined) return SHRINK_MS
  return Math.min(SHRINK_MAX_MS, Math.max(SHRINK_MIN_MS, Math.round(plan.budget.ms / 10)))
}

/** One cell of one target, on a fresh probe, graded by the contract the run used for it. */
const runOnFreshProbe: RunOneCell = (target, cell) =>
  runPlan({ targets: [target], cells: [{ ...cell, target: target.name }], labels: {} })

/**
 * Writes the reproducer of the first failing cell of a Python target into `dir`, and records it
 * on the report. Nothing happens when no such cell failed (a pool's reproducer is not written yet).
 */
export async function addReproducer(
  report: Report,
  plan: Plan,
  dir: string,
  limitMs: number = shrinkLimitMs(plan),
  runOne: RunOneCell = runOnFreshProbe
): Promise<ReproducerRecord | undefined> {
  const found = firstFailure(report, plan)
  if (found === undefined) return undefined
  const { cell, target, contract, rules, planCell } = found
  // A budget may have run thousands of repetitions: shrinking starts from at most that many.
  // When the run perturbed this target's schedule, the fault may need it: shrinking runs and the
  // reproducer are perturbed the same way (never a wrong verdict: it changes only timing).
  const perturb = plan.budget?.perturb?.targets.includes(target.name)
    ? plan.budget.perturb.how
    : undefined
  const start: Cell = {
    ...planCell,
    id: 'shrink',
    repeat: Math.min(cell.repeat, MAX_TRIES),
    ...(perturb === undefined ? {} : { perturb })
  }
  const shrunk = await shrinkCell(target, start, rules, limitMs, runOne)
  // The guard stopped at its first violation, after about as many repetitions as a rare fault
  // needs on average: four times that many tries reproduce a random fault of that rate with
  // chance 1 - e^-4, about 98%.
  const tries = Math.min(MAX_TRIES, Math.max(MIN_TRIES, TRIES_PER_REPETITION * shrunk.cell.repeat))
  const broken = cell.violations.reduce((n, v) => n + v.count, 0)
  const common = {
    scenario: cell.scenario,
    workers: shrunk.cell.workers,
    tasks: shrunk.cell.tasks,
    callbackDelayMs: shrunk.cell.callbackDelayMs,
    taskMs: shrunk.cell.taskMs,
    callbacks: shrunk.cell.callbacks,
    timeoutMs: shrunk.cell.timeoutMs,
    tries,
    rules,
    contract,
    ...(perturb === undefined ? {} : { perturb }),
    found:
      `callback-thread-guard ${VERSION} saw ${rules.join(', ')} broken by ${broken} callback(s) in cell ${cell.id}` +
      ` (${cell.workers} worker(s), ${cell.tasks} task(s), ${cell.repeat} repetition(s));` +
      ` shrunk in ${shrunk.runs} run(s) to ${shrunk.cell.workers} worker(s), ${shrunk.cell.tasks} task(s).`
  }
  // A Node pool's reproducer is a single Node file that needs only the adapter and its pool.
  const text =
    target.kind === 'pool'
      ? renderNodeReproducer({ ...common, adapter: target.adapter as string })
      : renderPythonReproducer({
          ...common,
          executor: target.executor,
          pythonPath: target.pythonPath
        })
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `repro_${cell.id}.${target.kind === 'pool' ? 'mjs' : 'py'}`)
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  chmodSync(temporary, 0o755)
  renameSync(temporary, path)
  const record: ReproducerRecord = {
    path,
    command: shellQuote([target.kind === 'pool' ? 'node' : target.python, path]),
    target: target.name,
    cell: cell.id,
    rules,
    workers: shrunk.cell.workers,
    tasks: shrunk.cell.tasks,
    tries,
    shrinkRuns: shrunk.runs,
    shrinkFailed: shrunk.failed,
    ...(perturb === undefined ? {} : { perturb })
  }
  report.reproducer = record
  return record
}

interface Failure {
  cell: CellReport
  planCell: Cell
  target: Extract<Target, { kind: 'python' | 'pool' }>
  contract: Contract
  rules: string[]
}

/** The first failing cell of a Python target, with what it takes to run it again. */
function firstFailure(report: Report, plan: Plan): Failure | undefined {
  for (const cell of report.cells) {
    if (cell.verdict !== 'fail') continue
    const target = plan.targets.find(t => t.name === cell.target)
    const planCell = plan.cells.find(c => c.id === cell.id)
    const contractName = report.targets.find(t => t.name === cell.target)?.contract
    const contract = contractName === undefined ? undefined : report.contracts[contractName]
    if (planCell === undefined || contract === undefined) continue
    // A Node pool's reproducer runs the adapter's file: a built-in pool has none to give it, and it
    // runs a promise API's held, timed and done experiments only.
    if (target === undefined || target.kind === 'command') continue
    if (
      target.kind === 'pool' &&
      (target.adapter === undefined || !nodeReproducerRuns(cell.scenario))
    )
      continue
    // The reproducer holds tasks with threading primitives, which cannot reach another process.
    if ((cell.stats.tasksInOtherProcesses ?? 0) > 0) continue
    // It runs the futures' experiments: a callback-API pool's cells (apply_async) are not its.
    if (traitsOf(cell.scenario)?.adapter.callbackApi === true) continue
    // Nor an asyncio target's (its own runner, ctg_probe/asyncio_runner.py).
    if (traitsOf(cell.scenario)?.adapter.asyncio === true) continue
    return {
      cell,
      // The contract the run chose for it, given, so shrinking runs do not choose again.
      target:
        target.kind === 'pool'
          ? { ...target, contract: contractName as string }
          : { ...target, contract: contractName as string, contractGiven: true },
      planCell: { ...planCell, callbacks: cell.callbacks },
      contract,
      rules: [...new Set(cell.violations.map(v => v.rule))]
    }
  }
  return undefined
}

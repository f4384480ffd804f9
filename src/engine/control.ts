/**
 * The positive control (`--control`): after the run, each Python target's own executor runs again,
 * wrapped by the probe's ctg_probe/control.py so that one callback in N runs on another thread (a
 * Node pool's probe moves every N-th handler to its control thread itself: src/probes/node/control.ts),
 * under the same cells (with a budget, a fifth of it, split over the control runs, each all
 * repetitions: no matrix pass). A control run is
 * caught when its grading (the one grading place) finds a violation by a moved callback. The
 * control's cells never enter the report's cells: only the record of how often it was caught.
 * A control caught in no run means the run cannot see a fault at that rate: a report that would
 * pass becomes an error (exit 3), and every sink says why; caught in some runs only, every sink
 * warns that a fault at that rate is seen only sometimes.
 */
import type { Plan } from './matrix.js'
import type { Report } from '../report/model.js'
import { runPlan, type RunEvents } from './run.js'
import type { Target } from '../model/target.js'
import type { ControlRecord } from '../model/control.js'

/** Control runs per target: "caught in 8 of 8". */
export const CONTROL_RUNS = 8
/** With a budget, the share of it the control runs get. */
export const CONTROL_SHARE = 0.2
/**
 * With a budget, the least a control run's repetitions get. Each run's budget is what is left of
 * the control's share over the runs left, less what the last run cost beyond its budget (probes
 * starting and closing), so that the control stays within its share.
 */
const MIN_RUN_MS = 300
/** The thread ctg_probe/control.py moves a callback to (its samples name it). */
export const CONTROL_THREAD = 'CTG-Control'
/** The probe's own wrapper around the user's executor. */
const CONTROL_EXECUTOR = 'ctg_probe.control:ControlledExecutor'

/** Runs the plan, then its control when the plan asks for one. */
export async function runWithControl(plan: Plan, events: RunEvents = {}): Promise<Report> {
  const control = plan.control
  if (control === undefined) return runPlan(plan, events)
  const controlMs =
    plan.budget === undefined
      ? undefined
      : Math.max(1000, Math.round(plan.budget.ms * CONTROL_SHARE))
  const main =
    plan.budget === undefined || controlMs === undefined
      ? plan
      : { ...plan, budget: { ...plan.budget, ms: Math.max(1000, plan.budget.ms - controlMs) } }
  const report = await runPlan(main, events)
  const controllable = plan.targets.filter(
    t => t.kind === 'pool' || (t.kind === 'python' && t.asyncio === undefined)
  ).length
  const records: ControlRecord[] = []
  for (const target of plan.targets) {
    const targetMs = controlMs === undefined ? undefined : controlMs / Math.max(1, controllable)
    records.push(await controlTarget(plan, report, target, control.oneIn, targetMs))
  }
  report.control = records
  if (report.verdict === 'pass' && records.some(r => r.status === 'missed'))
    report.verdict = 'error'
  return report
}

async function controlTarget(
  plan: Plan,
  report: Report,
  target: Target,
  oneIn: number,
  targetMs: number | undefined
): Promise<ControlRecord> {
  const none = (reason: string): ControlRecord => ({
    target: target.name,
    oneIn,
    runs: 0,
    caught: 0,
    errors: 0,
    callbacks: 0,
    status: 'not-run',
    reason
  })
  if (target.kind === 'command')
    return none('a control is made for Python executors and Node pools only so far')
  if (target.kind === 'python' && target.asyncio !== undefined)
    return none('a control is made for executors and pools only so far, not for asyncio targets')
  const ran = report.targets.find(t => t.name === target.name)
  if (ran?.runtime === undefined) return none('the target did not start')
  if (report.cells.some(c => c.target === target.name && c.verdict === 'fail'))
    return none('the target broke a rule, so there is no pass for a control to vouch for')
  // Graded by the contract the run graded the target by. A Node pool's probe moves the handlers
  // itself (src/probes/node/control.ts); a Python executor is wrapped by the probe's own executor.
  const controlled: Target =
    target.kind === 'pool'
      ? { ...target, name: `${target.name} (control)`, contract: ran.contract, control: { oneIn } }
      : {
          ...target,
          name: `${target.name} (control)`,
          executor: CONTROL_EXECUTOR,
          contract: ran.contract,
          contractGiven: true,
          control: { executor: target.executor, oneIn }
        }
  const cells = plan.cells
    .filter(c => c.target === target.name)
    .map(c => ({ ...c, target: controlled.name }))
  let caught = 0
  let errors = 0
  let callbacks = 0
  let perturbed = 0
  // The same settings as the user's run: its perturbed lanes too, when it had them.
  const how = plan.budget?.perturb?.targets.includes(target.name)
    ? plan.budget.perturb.how
    : undefined
  const end = targetMs === undefined ? 0 : Date.now() + targetMs
  // What a run costs beyond its budget (probes starting and closing), measured on the last one.
  let overheadMs = 0
  for (let i = 0; i < CONTROL_RUNS; i++) {
    const runMs =
      targetMs === undefined
        ? undefined
        : Math.max(MIN_RUN_MS, (end - Date.now()) / (CONTROL_RUNS - i) - overheadMs)
    const begun = Date.now()
    const run = await runPlan({
      targets: [controlled],
      cells,
      labels: {},
      ...(runMs === undefined
        ? {}
        : {
            budget: {
              ms: runMs,
              keepGoing: false,
              // A control run's slice is short: all of it goes to repetitions, none to a
              // matrix pass (at --budget 60s a run got 1.5 s, and the pass took most of it).
              noMatrixPass: true,
              ...(how === undefined
                ? {}
                : {
                    perturb: {
                      how,
                      targets: [controlled.name],
                      aimed: target.kind === 'python' ? [controlled.name] : []
                    }
                  })
            }
          })
    })
    if (runMs !== undefined) overheadMs = Math.max(0, Date.now() - begun - runMs)
    callbacks += run.cells.reduce((n, c) => n + c.outcomes.reduce((m, o) => m + o.count, 0), 0)
    for (const t of run.budget?.perturbation?.callbacks ?? []) perturbed += t.perturbed
    if (movedCallbackCaught(run)) caught += 1
    else if (run.verdict === 'error') errors += 1
  }
  return {
    target: target.name,
    oneIn,
    runs: CONTROL_RUNS,
    caught,
    errors,
    callbacks,
    ...(how === undefined ? {} : { perturbedCallbacks: perturbed }),
    status: caught === CONTROL_RUNS ? 'caught' : caught === 0 ? 'missed' : 'partly'
  }
}

/** A forbidden outcome that a callback moved by the control shows in (its samples name the thread). */
function movedCallbackCaught(run: Report): boolean {
  return run.cells.some(c =>
    c.outcomes.some(
      o => o.grade === 'forbidden' && o.samples.some(s => s.callback === CONTROL_THREAD)
    )
  )
}

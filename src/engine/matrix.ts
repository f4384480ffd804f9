/**
 * Expands a configuration into cells: target x scenario x workers x tasks x callback delay x
 * task duration. Repetitions of a cell are merged into one histogram (as jcstress merges its
 * iterations), so `repeat` is a property of the cell, not a dimension of the table.
 */
import type { Cell, Perturbation } from '../model/cell.js'
import { PERTURBATION } from './budget.js'
import type { Budget } from '../model/budget.js'
import {
  CONTROL_ONE_IN,
  DEFAULT_ASYNCIO_EXPERIMENTS,
  DEFAULT_EXECUTOR,
  DEFAULT_EXPERIMENTS,
  DEFAULT_PYTHON
} from '../config/defaults.js'
import {
  LIMITS,
  type Config,
  type Experiment,
  type FieldLabels,
  type TargetInput
} from '../config/schema.js'
import { InputError } from '../errors.js'
import {
  callbacksPerFuture,
  SCENARIO_TRAITS,
  SCENARIOS,
  type Scenario
} from '../model/scenarios.js'
import type { Target } from '../model/target.js'

// A cell is defined below the matrix (src/model/cell.ts), so that grading a reply needs no matrix.
export type { Cell }

export interface Plan {
  targets: Target[]
  cells: Cell[]
  /** The flags or inputs that set target fields, for messages (see fieldName in run.ts). */
  labels: FieldLabels
  /** Run the cells again until this is spent (`--budget`). */
  budget?: Budget
  /** A positive control: the planted misroute's rate, one callback in `oneIn` (src/engine/control.ts). */
  control?: { oneIn: number }
  /** A free-threaded target whose GIL came back on makes a pass an error (report/gil.ts). */
  requireFreeThreading?: boolean
}

export function expandMatrix(config: Config): Plan {
  const targets = nameTargets(config.targets.map(resolveTarget))
  // Counted from the lists before anything is built: a cross product of 1e13 is refused at once.
  const total = targets.length * countExperiments(config, targets)
  if (total > LIMITS.cells) {
    throw new InputError(
      'matrix',
      `expands to ${total.toLocaleString('en-US')} cells; at most ${LIMITS.cells.toLocaleString('en-US')}`
    )
  }
  const experiments = experimentsOf(config, targets)
  const cells: Cell[] = []
  for (const target of targets) {
    for (const e of experiments) {
      cells.push({
        id: `c${cells.length + 1}`,
        target: target.name,
        ...(e.name === undefined ? {} : { name: e.name }),
        scenario: e.scenario,
        workers: e.workers,
        tasks: e.tasks,
        callbackDelayMs: e.callbackDelayMs,
        taskMs: e.taskMs,
        callbacks: callbacksPerFuture(e.scenario, config.callbacks),
        repeat: config.repeat,
        timeoutMs: config.timeoutMs
      })
    }
  }
  return {
    targets,
    cells,
    labels: config.labels ?? {},
    ...(config.requireFreeThreading === true ? { requireFreeThreading: true } : {}),
    ...(config.control === undefined || config.control === false
      ? {}
      : { control: { oneIn: config.control === true ? CONTROL_ONE_IN : config.control } }),
    ...(config.budget === undefined
      ? {}
      : {
          budget: {
            ms: config.budget,
            keepGoing: config.keepGoing,
            // The built-in probes (Python, and Node for pools) know `perturb`; a command's probe
            // might not, so it gets none.
            ...(config.perturb !== false
              ? {
                  perturb: perturbFor(
                    targets,
                    config.perturb === true ? PERTURBATION : config.perturb
                  )
                }
              : {})
          }
        })
  }
}

/** How many experiments experimentsOf returns, from the lengths of the lists, without building them. */
function countExperiments(config: Config, targets: Target[]): number {
  if (config.experiments !== undefined && config.matrix === undefined)
    return config.experiments.length
  if (config.matrix === undefined) return defaultExperiments(targets).length
  const m = config.matrix
  const distinct = (values: readonly unknown[]) => new Set(values).size
  const common = distinct(m.workers) * distinct(m.tasks) * distinct(m.taskMs)
  let crossed = 0
  for (const scenario of new Set(m.scenarios ?? defaultScenarios(targets)))
    crossed += common * (SCENARIO_TRAITS[scenario].timing ? distinct(m.callbackDelayMs) : 1)
  return (config.experiments?.length ?? 0) + crossed
}

/** Explicit experiments, else the cross product of the matrix, else the default run. */
function experimentsOf(config: Config, targets: Target[]): Experiment[] {
  if (config.experiments !== undefined && config.matrix === undefined) return config.experiments
  if (config.matrix === undefined) return defaultExperiments(targets)
  const m = config.matrix
  const seen = new Set<string>()
  const out: Experiment[] = [...(config.experiments ?? [])]
  for (const scenario of m.scenarios ?? defaultScenarios(targets))
    for (const workers of m.workers)
      for (const tasks of m.tasks)
        for (const delay of m.callbackDelayMs)
          for (const taskMs of m.taskMs) {
            // The callback delay only means something where timing does; elsewhere it would only
            // repeat cells.
            const callbackDelayMs = SCENARIO_TRAITS[scenario].timing ? delay : 0
            const key = [scenario, workers, tasks, callbackDelayMs, taskMs].join('/')
            if (seen.has(key)) continue
            seen.add(key)
            out.push({ scenario, workers, tasks, callbackDelayMs, taskMs })
          }
  return out
}

/**
 * The default run of these targets: the executors' (DEFAULT_EXPERIMENTS) and, when one is an
 * asyncio target, the asyncio scenarios' (DEFAULT_ASYNCIO_EXPERIMENTS); each target skips the
 * other kind's cells, so a run of asyncio targets alone has only theirs.
 */
function defaultExperiments(targets: Target[]): Experiment[] {
  if (!targets.some(isAsyncio)) return DEFAULT_EXPERIMENTS
  if (targets.every(isAsyncio)) return DEFAULT_ASYNCIO_EXPERIMENTS
  return [...DEFAULT_EXPERIMENTS, ...DEFAULT_ASYNCIO_EXPERIMENTS]
}

/**
 * The scenarios of a matrix that names none: every scenario the targets' kinds run (an asyncio
 * target runs the asyncio ones, any other target the others), in table order.
 */
function defaultScenarios(targets: Target[]): Scenario[] {
  const asyncio = targets.filter(isAsyncio).length
  return SCENARIOS.filter(s =>
    SCENARIO_TRAITS[s].adapter.asyncio === true ? asyncio > 0 : asyncio < targets.length
  )
}

function isAsyncio(t: Target): boolean {
  return t.kind === 'python' && t.asyncio !== undefined
}

function resolveTarget(input: TargetInput): Target {
  if (input.command !== undefined) {
    return {
      kind: 'command',
      name: input.name ?? '',
      contract: input.contract ?? 'thread-pool',
      command: input.command
    }
  }
  if (input.pool !== undefined || input.adapter !== undefined) {
    return {
      kind: 'pool',
      name: input.name ?? '',
      contract: input.contract ?? 'event-loop',
      ...(input.pool === undefined ? {} : { pool: input.pool }),
      ...(input.adapter === undefined ? {} : { adapter: input.adapter }),
      ...(input.poolOptions === undefined ? {} : { poolOptions: input.poolOptions })
    }
  }
  const executor = input.executor ?? DEFAULT_EXECUTOR
  const asyncio = asyncioOf(input)
  return {
    kind: 'python',
    name: input.name ?? '',
    // A process pool runs callbacks on its manager thread: a different contract, not a bug.
    contract:
      input.contract ??
      (asyncio !== undefined
        ? 'asyncio'
        : /ProcessPoolExecutor$/.test(executor)
          ? 'process-pool'
          : 'thread-pool'),
    python: input.python ?? DEFAULT_PYTHON,
    executor,
    pythonPath: input.pythonPath ?? [],
    ...(asyncio === undefined ? {} : { asyncio }),
    ...(input.contract === undefined ? {} : { contractGiven: true as const })
  }
}

/** An asyncio target's loop and portal factories, or undefined for an executor target. */
function asyncioOf(input: TargetInput): { loop?: string; portal?: string } | undefined {
  if (input.asyncio === undefined || input.asyncio === false) return undefined
  return {
    ...(input.asyncio === true ? {} : { loop: input.asyncio }),
    ...(input.portal === undefined ? {} : { portal: input.portal })
  }
}

/** Gives every target a unique, readable name. */
function nameTargets(targets: Target[]): Target[] {
  const used = new Map<string, number>()
  return targets.map(t => {
    const base = t.name !== '' ? t.name : defaultName(t)
    const n = (used.get(base) ?? 0) + 1
    used.set(base, n)
    return { ...t, name: n === 1 ? base : `${base} #${n}` }
  })
}

function defaultName(t: Target): string {
  switch (t.kind) {
    case 'python':
      return t.asyncio === undefined
        ? `${t.python} ${t.executor.split(':')[1] ?? t.executor}`
        : `${t.python} asyncio${t.asyncio.loop === undefined ? '' : ` ${t.asyncio.loop.split(':')[1] ?? t.asyncio.loop}`}`
    case 'pool':
      return t.pool ?? t.adapter ?? 'pool'
    case 'command':
      return t.command.split(/\s+/)[0] ?? t.command
  }
}

/**
 * The perturbed lanes' settings and targets. Aiming registrations at the task's end is the
 * Python probe's (a Node handler attaches on the loop that settles its task, so it cannot be
 * aimed; asyncio scenarios have no held task): a run with no executor target aims nowhere, and
 * says no aim.
 */
function perturbFor(
  targets: Target[],
  how: Perturbation
): { how: Perturbation; targets: string[]; aimed: string[] } {
  const aimed = targets.filter(t => t.kind === 'python' && t.asyncio === undefined).map(t => t.name)
  return {
    how: aimed.length === 0 ? { ...how, aimAtCompletion: 0 } : how,
    targets: targets.filter(t => t.kind === 'python' || t.kind === 'pool').map(t => t.name),
    aimed
  }
}

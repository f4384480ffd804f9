/**
 * The shape of a configuration, from a YAML/JSON file, CLI flags or action inputs.
 * Every bound is here, so that an absurd value is refused with the bound in the message.
 */
import { z } from 'zod'
import { quote } from '../errors.js'
import { PERTURBATION_LIMITS } from '../model/cell.js'
import { FARM_OPTION_NAMES, POOL_NAMES } from '../model/pools.js'
import { SCENARIOS } from '../model/scenarios.js'

export const LIMITS = {
  workers: 256,
  tasks: 1_000_000,
  delayMs: 600_000,
  taskMs: 600_000,
  repeat: 100_000,
  callbacks: 16,
  targets: 32,
  cells: 10_000,
  timeoutMs: 3_600_000,
  /** A day: a budget is CI time, and a longer run belongs to a scheduled soak, not a guard. */
  budgetSeconds: 86_400,
  /** The rarest planted misroute a control may ask for: one callback in a billion. */
  controlOneIn: 1_000_000_000,
  /** worker-farm's counts and milliseconds (maxCallTime: an hour is past any cell's timeout). */
  farmOption: 3_600_000
} as const

// The bounds come before int(): a number past the safe range (9007199254740993) is not a safe
// integer, and the user should read the bound it breaks, not "expected a whole number".
const count = (max: number, min = 1) =>
  z
    .number({ error: 'expected a number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max.toLocaleString('en-US')}` })
    .int({ error: 'expected a whole number' })

const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: 'expected a list' }).min(1, { error: 'must not be empty' })

const scenario = z.enum(SCENARIOS, {
  error: issue =>
    issue.input === undefined
      ? 'is required'
      : `unknown scenario ${quote(issue.input)}; expected one of ${SCENARIOS.join(', ')}`
})

// worker-farm's own options that a worker-farm target takes (its README's names), so that the
// guard runs the farm the user runs; the scenarios that need one run only where it is set. Named
// once, with the pools (registry.ts).
export { FARM_OPTION_NAMES }

const farmOptionsSchema = z.strictObject(
  {
    maxRetries: count(LIMITS.farmOption, 0).optional(),
    maxCallTime: count(LIMITS.farmOption).optional(),
    maxConcurrentCalls: count(LIMITS.farmOption).optional(),
    maxConcurrentCallsPerWorker: count(LIMITS.farmOption).optional()
  },
  { error: 'expected a mapping of worker-farm options' }
)

const nonEmpty = z
  .string({ error: 'expected a string' })
  .trim()
  .min(1, { error: 'must not be empty' })

const moduleAttr = (example: string) =>
  nonEmpty.regex(/^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*$/, {
    error: `expected "module:attr", for example ${example}`
  })

export const targetSchema = z
  .strictObject({
    name: nonEmpty.max(80, { error: 'must be at most 80 characters' }).optional(),
    python: nonEmpty.optional(),
    executor: nonEmpty
      .regex(/^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*$/, {
        error: 'expected "module:attr", for example concurrent.futures:ThreadPoolExecutor'
      })
      .optional(),
    pythonPath: z.array(nonEmpty, { error: 'expected a list of folders' }).optional(),
    /** An asyncio target: true, or its loop factory (module:attr, called with no arguments). */
    asyncio: z
      .union([z.boolean(), moduleAttr('asyncio:new_event_loop')], {
        error: 'expected true, false or a loop factory "module:attr"'
      })
      .optional(),
    portal: moduleAttr('anyio.from_thread:start_blocking_portal').optional(),
    pool: z
      .enum(POOL_NAMES, {
        error: issue =>
          `unknown pool ${quote(issue.input)}; expected one of ${POOL_NAMES.join(', ')}`
      })
      .optional(),
    adapter: nonEmpty.optional(),
    command: nonEmpty.optional(),
    contract: nonEmpty.optional(),
    poolOptions: farmOptionsSchema.optional()
  })
  .superRefine((target, ctx) => {
    const kinds = [
      target.python !== undefined ||
      target.executor !== undefined ||
      (target.asyncio !== undefined && target.asyncio !== false)
        ? 'python/executor'
        : null,
      target.pool !== undefined || target.adapter !== undefined ? 'pool/adapter' : null,
      target.command !== undefined ? 'command' : null
    ].filter(k => k !== null)
    if (kinds.length > 1) {
      ctx.addIssue({ code: 'custom', message: `choose one of ${kinds.join(', ')}, not several` })
    }
    if (target.portal !== undefined && (target.asyncio === undefined || target.asyncio === false)) {
      ctx.addIssue({
        code: 'custom',
        path: ['portal'],
        message: 'only an asyncio target (asyncio: true) takes a portal'
      })
    }
    if (target.pool !== undefined && target.adapter !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'choose pool or adapter, not both' })
    }
    if (target.poolOptions !== undefined && target.pool !== 'worker-farm') {
      ctx.addIssue({
        code: 'custom',
        path: ['poolOptions'],
        message: 'only a worker-farm target (pool: worker-farm) takes pool options'
      })
    }
  })

export const experimentSchema = z.strictObject({
  name: nonEmpty.max(80, { error: 'must be at most 80 characters' }).optional(),
  scenario,
  workers: count(LIMITS.workers),
  tasks: count(LIMITS.tasks),
  callbackDelayMs: count(LIMITS.delayMs, 0).default(0),
  taskMs: count(LIMITS.taskMs, 0).default(0)
})

export const matrixSchema = z.strictObject({
  // No default here: every scenario of the targets' kinds (src/engine/matrix.ts, defaultScenarios).
  scenarios: list(scenario).optional(),
  workers: list(count(LIMITS.workers)).default([4]),
  tasks: list(count(LIMITS.tasks)).default([16]),
  callbackDelayMs: list(count(LIMITS.delayMs, 0)).default([0]),
  taskMs: list(count(LIMITS.taskMs, 0)).default([10])
})

const DURATION_HINT = 'expected a duration such as 90s, 2m, 1h or a number of seconds'

/** "90s", "2m", "1h", "1.5m" or seconds (a number, or digits): milliseconds, or a problem. */
export function parseDuration(value: number | string): number | string {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(String(value).trim())
  if (match === null || (typeof value === 'number' && !Number.isFinite(value)))
    return `${DURATION_HINT}, got ${quote(value)}`
  const unit = match[2] === 'h' ? 3600 : match[2] === 'm' ? 60 : 1
  const seconds = Number(match[1]) * unit
  if (seconds < 1) return 'must be at least 1 s'
  if (seconds > LIMITS.budgetSeconds)
    return `must be at most ${LIMITS.budgetSeconds.toLocaleString('en-US')} s (a day)`
  return Math.round(seconds * 1000)
}

const duration = z
  .union([z.number(), z.string()], { error: DURATION_HINT })
  .transform((value, ctx) => {
    const ms = parseDuration(value)
    if (typeof ms === 'string') {
      ctx.addIssue({ code: 'custom', message: ms })
      return z.NEVER
    }
    return ms
  })

const CONTROL_HINT = `expected true, false or a whole number N from 2 to ${LIMITS.controlOneIn.toLocaleString('en-US')} (a misroute of one callback in N)`

const PERTURB_HINT = `expected true, false or settings (${Object.keys(PERTURBATION_LIMITS).join(', ')})`

/** Each perturbation setting, a whole number from 0 to its limit, 0 when not given. */
const perturbationSettings = z.strictObject(
  Object.fromEntries(
    Object.entries(PERTURBATION_LIMITS).map(([name, most]) => [name, count(most, 0).default(0)])
  ) as Record<keyof typeof PERTURBATION_LIMITS, z.ZodDefault<ReturnType<typeof count>>>
)

export const configSchema = z.strictObject({
  targets: list(targetSchema)
    .max(LIMITS.targets, { error: `at most ${LIMITS.targets} targets` })
    .default([{}]),
  matrix: matrixSchema.optional(),
  experiments: list(experimentSchema).optional(),
  repeat: count(LIMITS.repeat).default(1),
  callbacks: count(LIMITS.callbacks, 2).default(3),
  timeoutMs: count(LIMITS.timeoutMs, 100).default(30_000),
  /** Keep running the cells until this much time (ms once parsed) is spent (`--budget`). */
  budget: duration.optional(),
  /** With a budget: keep counting after a violation instead of stopping at the first. */
  keepGoing: z.boolean({ error: 'expected true or false' }).default(false),
  /**
   * With a budget: perturbed lanes for part of it (docs/performance.md). true: the default
   * perturbation; false: none (`--no-perturb`); or its settings (0: not this one).
   */
  perturb: z.union([z.boolean(), perturbationSettings], { error: PERTURB_HINT }).default(true),
  /**
   * A free-threaded Python target whose GIL came back on makes a pass an error (exit 3), not only
   * a warning (`--require-free-threading`; report/gil.ts).
   */
  requireFreeThreading: z.boolean({ error: 'expected true or false' }).default(false),
  /**
   * A positive control (`--control`): true, or N for a planted misroute of one callback in N
   * (true: CONTROL_ONE_IN); false or absent: none.
   */
  control: z
    .union(
      [
        z.boolean(),
        z
          .number({ error: CONTROL_HINT })
          .int({ error: CONTROL_HINT })
          .min(2, { error: CONTROL_HINT })
          .max(LIMITS.controlOneIn, { error: CONTROL_HINT })
      ],
      { error: CONTROL_HINT }
    )
    .optional()
})

export type TargetInput = z.infer<typeof targetSchema>
export type Experiment = z.infer<typeof experimentSchema>
export type MatrixInput = z.infer<typeof matrixSchema>
/** A target's fields, as the messages about them name them. */
export type TargetField =
  | 'python'
  | 'executor'
  | 'pythonPath'
  | 'asyncio'
  | 'portal'
  | 'pool'
  | 'adapter'
  | 'command'
  | 'contract'
  | 'poolOptions'
/** worker-farm options of a target, as the configuration checked them. */
export type FarmOptions = NonNullable<TargetInput['poolOptions']>
/** The flag or input that set a target field, when one did: "--contract", "input python". */
export type FieldLabels = Partial<Record<TargetField, string>>
export type Config = z.infer<typeof configSchema> & { labels?: FieldLabels }
export type RawConfig = z.input<typeof configSchema>

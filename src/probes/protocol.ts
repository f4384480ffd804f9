/**
 * Messages of the probe protocol (docs/protocol.md), validated as they arrive: a probe is
 * another program, and a regression guard must not trust what it cannot check.
 */
import { z } from 'zod'
import {
  CALL_POSITIONS,
  ERROR_TYPES,
  ORDERS,
  RAN_AT,
  RAN_ON,
  REGISTERED_STATES,
  ROLES,
  TASK_ON,
  SETTLEMENTS
} from './fact-values.js'

export { PROTOCOL_VERSION } from './protocol-version.js'

// The `cell` message is defined below the matrix and the probes, which both use it.
export type { CellMessage, CellParams } from '../model/cell.js'

export { ERROR_TYPES, type ErrorType } from './fact-values.js'

/** What a fact is: a name, a number or a flag (the one definition; contracts and reports use it). */
export const factValue = z.union([z.string(), z.number(), z.boolean()])

export const factsSchema = z
  .looseObject({
    // not-done: the future has no running() and the probe cannot tell pending from running.
    registered: z.enum(REGISTERED_STATES),
    ranOn: z.enum(RAN_ON),
    inline: z.boolean(),
    calls: z.number().int().min(0),
    // Only when the future's task ran on the caller's own OS thread: in its own flow (inside
    // submit()) or in another greenlet of it (green threads).
    taskOn: z.enum(TASK_ON).optional(),
    order: z.enum(ORDERS).optional(),
    role: z.enum(ROLES).optional(),
    // cancel only: what cancel() returned (absent when the probe does not know).
    cancelled: z.boolean().optional(),
    // Callback APIs: the error the callback got on its first run, by its type (err.type, else its
    // name): worker-farm's own errors by name, any other error 'other'; 'none' when it got none
    // or never ran.
    error: z.enum(ERROR_TYPES).optional(),
    // overload and ending: where the call stood (past the pool's maxConcurrentCalls or within
    // it; in progress or queued when end() was called).
    call: z.enum(CALL_POSITIONS).optional(),
    // Node pools: the handler first ran only once the probe began to close the pool, and how it
    // was called then (fulfilled or rejected, as the adapter told).
    ranAt: z.enum(RAN_AT).optional(),
    settled: z.enum(SETTLEMENTS).optional()
  })
  .catchall(factValue)

export const sampleSchema = z.strictObject({
  task: z.string().nullable(),
  callback: z.string().nullable(),
  caller: z.string().nullable()
})

export const outcomeSchema = z.strictObject({
  facts: factsSchema,
  count: z.number().int().min(1),
  samples: z.array(sampleSchema).max(10).default([])
})

/**
 * The GIL as the Python probe saw it (docs/protocol.md): the build, and whether the GIL was
 * enabled before the executor's module was imported, after it, and at the end of the run (the
 * `end` message). null: could not be observed. `observedWith`: `sys._is_gil_enabled` (3.13+),
 * or `build` (no such function: a default build always holds the GIL).
 */
export const gilSchema = z.object({
  build: z.enum(['free-threaded', 'default']),
  beforeImport: z.boolean().nullable(),
  afterImport: z.boolean().nullable(),
  atEnd: z.boolean().nullable().optional(),
  observedWith: z.enum(['sys._is_gil_enabled', 'build'])
})

export const runtimeSchema = z.looseObject({
  implementation: z.string(),
  version: z.string(),
  executor: z.string(),
  /** The executor's package version, when the probe can tell (a Node pool's is in its name). */
  executorVersion: z.string().optional(),
  platform: z.string().optional(),
  /** Python probes: the GIL on record (optional: older and other probes do not say). */
  gil: gilSchema.optional()
})

export const probeMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('hello'),
    protocol: z.number().int(),
    runtime: runtimeSchema,
    scenarios: z.array(z.string()),
    // Why the probe cannot run each scenario it does not list (optional: protocol 1 probes
    // written before it still speak the protocol).
    unsupported: z.record(z.string(), z.string()).optional()
  }),
  z.strictObject({ type: z.literal('fatal'), field: z.string(), message: z.string() }),
  z.strictObject({
    type: z.literal('progress'),
    id: z.string(),
    done: z.number().min(0),
    total: z.number().min(0)
  }),
  z.strictObject({
    type: z.literal('result'),
    id: z.string(),
    outcomes: z.array(outcomeSchema),
    stats: z.record(z.string(), z.number()).default({})
  }),
  z.strictObject({ type: z.literal('cell-error'), id: z.string(), message: z.string() }),
  z.strictObject({ type: z.literal('skipped'), id: z.string(), reason: z.string() }),
  // The answer to bye (optional: a probe may just exit): the GIL's state at the end of the run.
  z.strictObject({
    type: z.literal('end'),
    gil: z.strictObject({ atEnd: z.boolean().nullable() }).optional()
  })
])

export type Facts = z.infer<typeof factsSchema>
export type Sample = z.infer<typeof sampleSchema>
export type Outcome = z.infer<typeof outcomeSchema>
export type Runtime = z.infer<typeof runtimeSchema>
export type Gil = z.infer<typeof gilSchema>
export type End = Extract<ProbeMessage, { type: 'end' }>
export type ProbeMessage = z.infer<typeof probeMessageSchema>
export type Hello = Extract<ProbeMessage, { type: 'hello' }>
export type ResultMessage = Extract<ProbeMessage, { type: 'result' }>

/** What a cell comes back as, whatever went right or wrong. */
export type CellReply =
  | { kind: 'result'; outcomes: Outcome[]; stats: Record<string, number> }
  | { kind: 'skipped'; reason: string }
  | { kind: 'error'; reason: string; stderrTail?: string[] }

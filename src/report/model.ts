/**
 * The one report object every sink renders: terminal, JSON, Markdown, JUnit, job summary,
 * pull-request comment. Its JSON form is a public interface (README.md, "JSON report").
 *
 * Its shape is defined once, by the schemas below; the types are inferred from them, and a report
 * read back from a file is validated with them (merge.ts), less what is derived and never read.
 */
import { z } from 'zod'
import type { BudgetRecord } from '../model/budget.js'
import { contractSchema } from '../grading/contract.js'
import type { ControlRecord } from '../model/control.js'
import type { Drift } from '../grading/drift.js'
import type { Evidence } from '../grading/evidence.js'
import type { ReproducerRecord } from '../model/reproducer.js'
import { gradedOutcomeSchema, violationSchema } from '../grading/grade.js'
import { runtimeSchema } from '../probes/protocol.js'
import { SCENARIOS } from '../model/scenarios.js'
import type { CellParams } from '../model/cell.js'
import { TARGET_KINDS } from '../model/target.js'

const count = z.number().int().min(0)

export const verdictSchema = z.enum(['pass', 'fail', 'error'])
export const cellVerdictSchema = z.enum(['pass', 'fail', 'error', 'skip'])

/** The dimensions of the matrix (cell.ts, CellParams: the check names a missing or extra one). */
const cellParamsShape = {
  scenario: z.enum(SCENARIOS),
  workers: count,
  tasks: count,
  callbackDelayMs: count,
  taskMs: count,
  /** Callbacks per future in `order` and `raising`; 1 elsewhere. */
  callbacks: count,
  repeat: count
} satisfies { [K in keyof CellParams]: z.ZodType<CellParams[K]> }

export const cellReportSchema = z.object({
  id: z.string(),
  target: z.string(),
  name: z.string().optional(),
  ...cellParamsShape,
  verdict: cellVerdictSchema,
  /** Why a cell is an error or was skipped. */
  reason: z.string().optional(),
  /** The last lines the probe wrote on stderr, for an error. */
  stderrTail: z.array(z.string()).optional(),
  /** What the outcomes mean, in plain words, when callbacks ran late on the caller or never. */
  notes: z.array(z.string()).optional(),
  durationMs: z.number().min(0),
  stats: z.record(z.string(), z.number()),
  outcomes: z.array(gradedOutcomeSchema),
  violations: z.array(violationSchema),
  /** A cell read from a report file whose claim its outcomes contradict: what it said, and why not. */
  dispute: z.string().optional(),
  /** A cell read from a report file, graded by the custom contract that file carried and the workflow did not name. */
  gradedByReportContract: z.string().optional()
})

export const targetReportSchema = z.object({
  name: z.string(),
  kind: z.enum(TARGET_KINDS),
  contract: z.string(),
  /** Why this contract, when the run picked it (no contract was given). */
  contractReason: z.string().optional(),
  /** What the probe said it runs on; absent when it never started. */
  runtime: runtimeSchema.optional(),
  error: z.string().optional()
})

export const summarySchema = z.object({
  cells: count,
  passed: count,
  failed: count,
  errors: count,
  skipped: count,
  /** (cell, rule) pairs that were broken. */
  violations: count,
  /** Callbacks graded interesting (allowed, worth a look). */
  interesting: count
})

/**
 * What the baseline was, or why there was none: the comment, the terminal and the JSON report
 * name it (issue 18). `auto`: found by the action among the base branch's runs; `file`: the
 * baseline input's path; `missing`: looked for (or turned off) and not found, `reason` says why.
 * Every string here came from the API or a file: each sink escapes it, and a URL is linked only
 * when it is a plain https address (baseline-source.ts).
 */
export const baselineSourceSchema = z.object({
  kind: z.enum(['auto', 'file', 'missing']),
  /** Why there is no baseline (kind missing), in a few words. */
  reason: z.string().optional(),
  /** The file read (kind file, or where the artifact's report was unpacked). */
  path: z.string().optional(),
  /** The base branch the run was on. */
  branch: z.string().optional(),
  /** The commit the baseline run tested. */
  sha: z.string().optional(),
  commitUrl: z.string().optional(),
  runId: count.optional(),
  runUrl: z.string().optional(),
  /** When the baseline run was created (ISO 8601, as the API says). */
  createdAt: z.string().optional(),
  artifact: z.string().optional(),
  /** Whether the baseline's commit is the pull request's merge base. */
  mergeBase: z.boolean().optional(),
  /** How many commits the baseline's commit is behind the merge base (0 at the merge base). */
  commitsBehind: count.optional()
})

/**
 * What earlier runs found, carried from report to report (history.ts folds each run in): per
 * target fingerprint, the sums of every rule and, per interesting entry, its last runs. Read from
 * a baseline file like every field, and then checked for sums that add up (history.ts).
 */
export const historySchema = z.object({
  targets: z.array(
    z.object({
      target: z.string(),
      /** What the counts are of: a new runtime, executor or contract starts a fresh history. */
      fingerprint: z.object({
        implementation: z.string(),
        version: z.string(),
        executor: z.string(),
        /** The executor's or pool's own version, when the probe says it. */
        executorVersion: z.string().optional(),
        contract: z.string(),
        /** SHA-256 of the contract's content (its JSON), first 16 hex digits. */
        contractHash: z.string()
      }),
      runs: count,
      /** ISO dates of the first and the last run folded in. */
      first: z.string(),
      last: z.string(),
      /** Every callback graded, and those in forbidden outcomes, over all the runs. */
      callbacks: count,
      forbidden: count,
      rules: z.array(z.object({ rule: z.string(), checked: count, broken: count })),
      interesting: z.array(
        z.object({
          entry: z.string(),
          /** Over all the runs: callbacks in outcomes the entry allowed, of those its given matched. */
          count,
          of: count,
          /** The same per run, for the last runs, oldest first. */
          recent: z.array(z.object({ count, of: count }))
        })
      )
    })
  )
})

/**
 * A run-level warning (report/gil.ts): `gil-enabled`, a free-threaded build whose GIL came back
 * on, so the run did not test a free-threaded runtime. Every sink shows `message` for `target`.
 */
export const runWarningSchema = z.object({
  kind: z.enum(['gil-enabled']),
  /** `error` when the run was told to require it (`requireFreeThreading`): a pass became an error. */
  level: z.enum(['warning', 'error']),
  target: z.string(),
  message: z.string()
})

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('callback-thread-guard'), version: z.string() }),
  verdict: verdictSchema,
  startedAt: z.string(),
  durationMs: z.number().min(0),
  summary: summarySchema,
  targets: z.array(targetReportSchema),
  contracts: z.record(z.string(), contractSchema),
  cells: z.array(cellReportSchema),
  /** What this run compared against, or why it compared against nothing. */
  baselineSource: baselineSourceSchema.optional(),
  /** Run-level warnings: a free-threaded runtime whose GIL came back on (an error with `requireFreeThreading`). */
  warnings: z.array(runWarningSchema).optional(),
  // Derived by this run from the cells (grading/evidence.ts, budget.ts), never read from a file:
  // their shapes are defined where they are derived, and the file schema leaves them out.
  /** Per target and rule: callbacks checked, broken, and the 95% upper bound on the rate. */
  evidence: z.array(z.custom<Evidence>()).optional(),
  /** With `--budget`: how the time was spent, by the run's own clock. */
  budget: z.custom<BudgetRecord>().optional(),
  /** The history of earlier runs with this run folded in (the Action writes it). */
  history: historySchema.optional(),
  /** Derived from the history by this run: pooled bounds, trends, drift, and what reset. */
  pooled: z.custom<Pooled>().optional(),
  /** On a violation, with a folder for it: the standalone reproducer written, and how to run it. */
  reproducer: z.custom<ReproducerRecord>().optional(),
  /** With `--control`: per target, how often a planted misroute was caught. */
  control: z.array(z.custom<ControlRecord>()).optional()
})

/**
 * What a report file is read for: everything the renderers use, less what judging derives again
 * (evidence, disputes, the contract marks) or what only the run that wrote it knows (the budget).
 * Unknown fields are dropped. A file is checked in place by code generated from this schema
 * (validate-report.ts; `npm run generate` after a change here).
 */
export const reportFileSchema = reportSchema
  .omit({ evidence: true, budget: true, pooled: true, reproducer: true, control: true })
  .extend({
    cells: z.array(cellReportSchema.omit({ dispute: true, gradedByReportContract: true }))
  })

export type Verdict = z.infer<typeof verdictSchema>
export type CellVerdict = z.infer<typeof cellVerdictSchema>
export type CellReport = z.infer<typeof cellReportSchema>
export type TargetReport = z.infer<typeof targetReportSchema>
export type Summary = z.infer<typeof summarySchema>
export type Report = z.infer<typeof reportSchema>
export type RunWarning = z.infer<typeof runWarningSchema>
export type BaselineSource = z.infer<typeof baselineSourceSchema>
export type History = z.infer<typeof historySchema>
export type TargetHistory = History['targets'][number]

// The pooled view of a history (history.ts's poolHistory): typed here, with the report it is
// part of, so that the model imports nothing of the code that derives it.

/** A rule's pooled counts over a target's runs, and the 95% upper bound on its rate. */
export interface PooledEvidence {
  target: string
  rule: string
  checked: number
  broken: number
  runs: number
  /** The date of the first run pooled (ISO). */
  since: string
  upperBound: number
}

/** A target's pooled totals over every rule, as its evidence line has them. */
export interface PooledTarget {
  target: string
  callbacks: number
  forbidden: number
  runs: number
  since: string
  upperBound: number
}

/** An interesting entry's rate over the last runs, and whether this run's drifted from them. */
export interface Trend {
  target: string
  entry: string
  /** count / of per run, oldest first, this run last (NaN-free: a run of none is left out). */
  rates: number[]
  drift?: Drift
}

export interface Pooled {
  notes: string[]
  targets: PooledTarget[]
  evidence: PooledEvidence[]
  trends: Trend[]
  /** The false-alarm rate of the drift test over the whole report, and per series tested. */
  alpha: number
}

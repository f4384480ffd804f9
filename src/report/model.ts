/**
 * The one report object every sink renders: terminal, JSON, Markdown, JUnit, job summary,
 * pull-request comment. Its JSON form is a public interface (README.md, "JSON report").
 *
 * Its shape is defined once, by the schemas below; the types are inferred from them, and a report
 * read back from a file is validated with them (merge.ts), less what is derived and never read.
 */
import { z } from 'zod'
import type { BudgetRecord } from '../budget.js'
import { contractSchema } from '../grading/contract.js'
import type { ControlRecord } from '../control/record.js'
import type { Evidence } from '../grading/evidence.js'
import type { ReproducerRecord } from '../repro/record.js'
import { gradedOutcomeSchema, violationSchema } from '../grading/grade.js'
import { runtimeSchema } from '../probes/protocol.js'
import { SCENARIOS } from '../scenarios.js'

const count = z.number().int().min(0)

export const verdictSchema = z.enum(['pass', 'fail', 'error'])
export const cellVerdictSchema = z.enum(['pass', 'fail', 'error', 'skip'])

export const cellReportSchema = z.object({
  id: z.string(),
  target: z.string(),
  name: z.string().optional(),
  // The dimensions of the matrix (cell.ts, CellParams).
  scenario: z.enum(SCENARIOS),
  workers: count,
  tasks: count,
  callbackDelayMs: count,
  taskMs: count,
  /** Callbacks per future in `order` and `raising`; 1 elsewhere. */
  callbacks: count,
  repeat: count,
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
  kind: z.enum(['python', 'pool', 'command']),
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
  // Derived by this run from the cells (grading/evidence.ts, budget.ts), never read from a file:
  // their shapes are defined where they are derived, and the file schema leaves them out.
  /** Per target and rule: callbacks checked, broken, and the 95% upper bound on the rate. */
  evidence: z.array(z.custom<Evidence>()).optional(),
  /** With `--budget`: how the time was spent, by the run's own clock. */
  budget: z.custom<BudgetRecord>().optional(),
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
  .omit({ evidence: true, budget: true, reproducer: true })
  .extend({
    cells: z.array(cellReportSchema.omit({ dispute: true, gradedByReportContract: true }))
  })

export type Verdict = z.infer<typeof verdictSchema>
export type CellVerdict = z.infer<typeof cellVerdictSchema>
export type CellReport = z.infer<typeof cellReportSchema>
export type TargetReport = z.infer<typeof targetReportSchema>
export type Summary = z.infer<typeof summarySchema>
export type Report = z.infer<typeof reportSchema>

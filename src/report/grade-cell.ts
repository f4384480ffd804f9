/**
 * The one place a cell is graded, for every caller: a fresh probe reply (the run), a grown
 * histogram (the budget), a report file read back (the judge, and through it the kit's
 * gradeReport). Outcomes are graded by the contract (grade.ts); the violations, the verdict and
 * the notes are derived from them, never taken from anywhere else. A skip or an error keeps the
 * probe's reason; a result without outcomes is an error, never a pass.
 */
import type { Cell } from '../model/cell.js'
import type { CellReply, Outcome } from '../probes/protocol.js'
import type { CellReport } from './model.js'
import { traitsOf, type Scenario } from '../model/scenarios.js'
import type { Contract } from '../grading/contract.js'
import {
  gradeOutcome,
  gradeOutcomes,
  verdictOf,
  violationsOf,
  type GradedOutcome,
  type Violation
} from '../grading/grade.js'
import { noteOutcomes } from '../grading/notes.js'

/**
 * What grading says about an outcome, and the facts it was graded on: outcomes with the same facts
 * share that one object (the same keys, order and values), so a large report holds a few.
 */
type Grading = Pick<GradedOutcome, 'facts' | 'grade' | 'rules' | 'broken'>

/** Gradings remembered for one contract: the cells of a report repeat a few outcomes many times. */
export interface GradingMemo {
  /** Gradings by scenario and facts. */
  seen: Map<string, Grading>
  /** The last grading per scenario: consecutive cells of a scenario mostly have the same facts. */
  last: Map<Scenario, Grading>
}

export function gradingMemo(): GradingMemo {
  return { seen: new Map(), last: new Map() }
}

export interface EvidenceToGrade {
  scenario: Scenario
  outcomes: Outcome[]
  contract: Contract
  /**
   * Gradings remembered across the cells of a report; with it the outcomes are graded in place
   * (a report of 100,000 cells read from a file is not copied once more), without it copied.
   */
  memo?: GradingMemo
}

/** What a cell's evidence says: its outcomes graded, their violations, the verdict, the notes. */
export interface CellGrading {
  outcomes: GradedOutcome[]
  violations: Violation[]
  verdict: 'pass' | 'fail'
  notes: string[]
}

/** Grades a cell's outcomes (at least one) against a contract. */
export function gradeEvidence({
  scenario,
  outcomes,
  contract,
  memo
}: EvidenceToGrade): CellGrading {
  let graded: GradedOutcome[]
  if (memo === undefined) graded = gradeOutcomes(scenario, outcomes, contract)
  else {
    graded = outcomes as GradedOutcome[]
    for (const o of graded) gradeInPlace(scenario, o, contract, memo)
  }
  const violations = violationsOf(graded)
  return {
    outcomes: graded,
    violations,
    verdict: verdictOf(violations),
    // The notes explain callbacks that ran where a thread pool would not run them; on an asyncio
    // scenario running later on the adding (loop) thread is the rule itself, not news.
    notes: traitsOf(scenario)?.adapter.asyncio === true ? [] : noteOutcomes(graded)
  }
}

export interface ReplyToGrade {
  cell: Cell
  reply: CellReply
  contract: Contract
  durationMs: number
}

/** A probe's reply to one cell (or a cell's whole grown histogram), graded into its report. */
export function gradeCell({ cell, reply, contract, durationMs }: ReplyToGrade): CellReport {
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
  const { outcomes, violations, verdict, notes } = gradeEvidence({
    scenario: cell.scenario,
    outcomes: reply.outcomes,
    contract
  })
  return {
    ...common,
    ...(notes.length === 0 ? {} : { notes }),
    stats: reply.stats,
    outcomes,
    violations,
    verdict
  }
}

/**
 * gradeOutcome, remembered by scenario and facts, written over the outcome's claimed grade in
 * place. Only its evidence is kept: facts, count, samples.
 */
function gradeInPlace(
  scenario: Scenario,
  outcome: GradedOutcome,
  contract: Contract,
  memo: GradingMemo
): void {
  let grading = memo.last.get(scenario)
  // Comparing with the last facts of the scenario is cheaper than a key for every outcome.
  if (grading === undefined || !sameFacts(grading.facts, outcome.facts)) {
    const key = `${scenario} ${JSON.stringify(outcome.facts)}`
    grading = memo.seen.get(key)
    if (grading === undefined) {
      const { grade, rules, broken } = gradeOutcome(scenario, outcome, contract)
      grading = { facts: outcome.facts, grade, rules, broken }
      memo.seen.set(key, grading)
    }
    memo.last.set(scenario, grading)
  }
  outcome.facts = grading.facts
  outcome.grade = grading.grade
  outcome.rules = grading.rules
  outcome.broken = grading.broken
}

/** The same facts, the same values (whatever their order: grading does not read it). */
function sameFacts(a: GradedOutcome['facts'], b: GradedOutcome['facts']): boolean {
  if (a === b) return true
  let keys = 0
  for (const name in a) {
    if (!Object.hasOwn(b, name) || a[name] !== b[name]) return false
    keys += 1
  }
  for (const name in b) if (Object.hasOwn(b, name)) keys -= 1
  return keys === 0
}

/**
 * A report read from a file is evidence, not a verdict. Every cell is graded again from its
 * outcomes with the contract its target names: a built-in contract from our own code (never the
 * copy in the file), a custom one from the file only when the workflow names it; otherwise the
 * file's own, and the cell is marked. Invariant: no grade, violation or verdict of a judged
 * report is read from the file; a cell whose claim its outcomes contradict says so.
 */
import type { Contract } from '../grading/contract.js'
import { builtInContract } from '../grading/contracts/index.js'
import { collectEvidence } from '../grading/evidence.js'
import { noteOutcomes } from '../grading/notes.js'
import { gradeOutcome, verdictOf, violationsOf, type GradedOutcome } from '../grading/grade.js'
import type { Outcome } from '../probes/protocol.js'
import type { Scenario } from '../scenarios.js'
import { cut } from './escape.js'
import type { CellReport, CellVerdict, Report } from './model.js'
import { overallVerdict, summarize } from './summarize.js'

export interface JudgeOptions {
  /** Names of custom contracts the workflow accepts from the report files it merges. */
  trustedContracts?: readonly string[]
}

/** What grading says about an outcome, without the outcome itself. */
type Grading = Pick<GradedOutcome, 'grade' | 'rules' | 'broken'>

interface Grader {
  contract?: Contract
  /** Gradings by scenario and facts: the cells of a report repeat a few outcomes many times. */
  seen?: Map<string, Grading>
  /** Set when the contract is the file's own and the workflow did not name it. */
  fromReport?: string
  /** Why no contract could grade the cells. */
  problem?: string
}

/** The report with every cell graded from its outcomes, and the summary and verdict derived. */
export function judgeReport(report: Report, options: JudgeOptions = {}): Report {
  const trusted = new Set(options.trustedContracts ?? [])
  const graders = new Map<string, Grader>()
  for (const t of report.targets)
    if (!graders.has(t.name)) graders.set(t.name, graderOf(t.contract, report, trusted))
  const cells = report.cells.map(c => judgeCell(c, graders.get(c.target)))
  // The contracts the report shows are the ones that graded it (JUnit lists their rules).
  const contracts: Report['contracts'] = {}
  for (const t of report.targets) {
    const contract = graders.get(t.name)?.contract
    if (contract !== undefined) contracts[t.contract] = contract
  }
  const summary = summarize(cells)
  // Evidence, like the verdict, is derived from the judged cells, never read from the file.
  const evidence = collectEvidence(report.targets, contracts, cells)
  return { ...report, contracts, cells, summary, verdict: overallVerdict(summary), evidence }
}

function graderOf(name: string, report: Report, trusted: ReadonlySet<string>): Grader {
  const builtIn = builtInContract(name)
  if (builtIn !== undefined) return { contract: builtIn, seen: new Map() }
  const carried = Object.hasOwn(report.contracts, name) ? report.contracts[name] : undefined
  if (carried === undefined)
    return {
      problem: `its contract "${cut(name)}" is not built in and the report does not carry it`
    }
  if (trusted.has(name) || trusted.has(carried.name)) return { contract: carried, seen: new Map() }
  return { contract: carried, fromReport: carried.name, seen: new Map() }
}

function judgeCell(cell: CellReport, grader: Grader | undefined): CellReport {
  // What the file claims is overwritten here, so nothing below can read it by mistake. (Set to
  // undefined rather than left out by a rest pattern: that copy is slow, and JSON drops undefined.)
  const claimed = cell.verdict
  const rest = { ...cell, dispute: undefined, gradedByReportContract: undefined, notes: undefined }
  const evidence = cell.outcomes
  if (evidence.length === 0) {
    // An error or a skip carries no outcomes; a pass or a fail without any is a claim alone.
    if (claimed === 'error' || claimed === 'skip')
      return { ...rest, outcomes: [], violations: [], verdict: claimed }
    const reason = `the file said ${claimed}, but the cell carries no outcomes to judge`
    return { ...rest, outcomes: [], violations: [], verdict: 'error', reason, dispute: reason }
  }
  if (grader?.contract === undefined) {
    const reason = `cannot be judged: ${grader?.problem ?? `its target "${cut(cell.target)}" is not in the report`}`
    return { ...rest, outcomes: [], violations: [], verdict: 'error', reason }
  }
  const outcomes = evidence.map(o => gradeOnce(cell.scenario, o, grader))
  const violations = violationsOf(outcomes)
  const verdict = verdictOf(violations)
  const judged: CellReport = { ...rest, outcomes, violations, verdict }
  // Notes are derived from the outcomes like the verdict, never taken from the file.
  const notes = noteOutcomes(outcomes)
  if (notes.length > 0) judged.notes = notes
  if (grader.fromReport !== undefined) judged.gradedByReportContract = grader.fromReport
  const dispute = disputeOf(claimed, verdict, violations)
  if (dispute !== undefined) judged.dispute = dispute
  // A pass or a fail has no reason to give; a reason the file gave for a claim is not evidence.
  if (judged.reason !== undefined && claimed !== verdict) judged.reason = undefined
  return judged
}

/** gradeOutcome, remembered by scenario and facts for the report being judged. */
function gradeOnce(scenario: Scenario, outcome: Outcome, grader: Grader): GradedOutcome {
  const contract = grader.contract as Contract
  const key = `${scenario} ${JSON.stringify(outcome.facts)}`
  let grading = grader.seen?.get(key)
  if (grading === undefined) {
    const { grade, rules, broken } = gradeOutcome(scenario, outcome, contract)
    grading = { grade, rules, broken }
    grader.seen?.set(key, grading)
  }
  // Only the evidence is kept from the file's outcome: its facts, count and samples.
  return { facts: outcome.facts, count: outcome.count, samples: outcome.samples, ...grading }
}

/** "the file said pass; its outcomes break rule worker-runs-callback" */
function disputeOf(
  claimed: CellVerdict,
  verdict: 'pass' | 'fail',
  violations: ReturnType<typeof violationsOf>
): string | undefined {
  if (claimed === verdict) return undefined
  if (verdict === 'pass') return `the file said ${claimed}; its outcomes break no rule`
  const rules = violations.map(v => cut(v.rule, 60))
  const shown =
    rules.slice(0, 3).join(', ') + (rules.length > 3 ? ` and ${rules.length - 3} more` : '')
  return `the file said ${claimed}; its outcomes break rule${rules.length === 1 ? '' : 's'} ${shown}`
}

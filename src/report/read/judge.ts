/**
 * A report read from a file is evidence, not a verdict. Every cell is graded again from its
 * outcomes with the contract its target names: a built-in contract from our own code (never the
 * copy in the file), a custom one from the file only when the workflow names it; otherwise the
 * file's own, and the cell is marked. Invariant: no grade, violation or verdict of a judged
 * report is read from the file; a cell whose claim its outcomes contradict says so.
 */
import type { Contract } from '../../grading/contract.js'
import { builtInContract } from '../../grading/contracts/index.js'
import { collectEvidence } from '../../grading/evidence.js'
import { rederiveGil } from '../gil.js'
import { gradeEvidence, gradingMemo, type GradingMemo } from '../grade-cell.js'
import type { Violation } from '../../grading/grade.js'
import { echoValue } from '../../escape.js'
import type { CellReport, CellVerdict, Report } from '../model.js'
import { overallVerdict, summarize } from '../summarize.js'

export interface JudgeOptions {
  /** Names of custom contracts the workflow accepts from the report files it merges. */
  trustedContracts?: readonly string[]
  /**
   * false for a report that is only compared with (a baseline): its evidence is never shown, and
   * evidenceOf() would derive it if it were.
   */
  evidence?: boolean
  /**
   * Grade every cell by this contract, whatever its target names (the kit's gradeReport): the
   * targets then name it, and the report carries it.
   */
  contract?: Contract
}

interface Grader {
  contract?: Contract
  memo?: GradingMemo
  /** Set when the contract is the file's own and the workflow did not name it. */
  fromReport?: string
  /** Why no contract could grade the cells. */
  problem?: string
}

/**
 * The report with every cell graded from its outcomes, and the summary and verdict derived. The
 * report is judged in place: it must be the fresh value parseReport read from a file (JSON.parse's
 * own, validated in place), which nothing else holds.
 */
export function judgeReport(report: Report, options: JudgeOptions = {}): Report {
  const trusted = new Set(options.trustedContracts ?? [])
  const graders = new Map<string, Grader>()
  const only = options.contract
  if (only !== undefined) {
    report.targets = report.targets.map(t => ({ ...t, contract: only.name }))
    report.contracts = {}
  }
  for (const t of report.targets)
    if (!graders.has(t.name))
      graders.set(
        t.name,
        only === undefined
          ? graderOf(t.contract, report, trusted)
          : { contract: only, memo: gradingMemo() }
      )
  const cells = report.cells.map(c => judgeCell(c, graders.get(c.target)))
  // The contracts the report shows are the ones that graded it (JUnit lists their rules).
  const contracts: Report['contracts'] = {}
  for (const t of report.targets) {
    const contract = graders.get(t.name)?.contract
    if (contract !== undefined) contracts[t.contract] = contract
  }
  const summary = summarize(cells)
  // Evidence, like the verdict, is derived from the judged cells, never read from the file.
  const { warnings: read, ...rest } = report
  const judged: Report = {
    ...rest,
    contracts,
    cells,
    summary,
    ...rederiveGil(report.targets, read ?? [], overallVerdict(summary))
  }
  if (options.evidence === false) {
    delete judged.evidence
    return judged
  }
  return { ...judged, evidence: collectEvidence(report.targets, contracts, cells) }
}

function graderOf(name: string, report: Report, trusted: ReadonlySet<string>): Grader {
  const builtIn = builtInContract(name)
  if (builtIn !== undefined) return { contract: builtIn, memo: gradingMemo() }
  const carried = Object.hasOwn(report.contracts, name) ? report.contracts[name] : undefined
  if (carried === undefined)
    return {
      problem: `its contract "${echoValue(name)}" is not built in and the report does not carry it`
    }
  if (trusted.has(name) || trusted.has(carried.name))
    return { contract: carried, memo: gradingMemo() }
  return { contract: carried, fromReport: carried.name, memo: gradingMemo() }
}

/**
 * Judges one cell in place: a report of 100,000 cells is not copied once more. Every field the
 * file claims is overwritten, so nothing below can read it by mistake (the validation already
 * dropped what only judging writes: the dispute and the contract mark).
 */
function judgeCell(cell: CellReport, grader: Grader | undefined): CellReport {
  const claimed = cell.verdict
  if (cell.notes !== undefined) cell.notes = undefined
  const evidence = cell.outcomes
  const settle = (verdict: CellVerdict, reason?: string) => {
    cell.outcomes = []
    cell.violations = []
    cell.verdict = verdict
    if (reason !== undefined) cell.reason = reason
    return cell
  }
  if (evidence.length === 0) {
    // An error or a skip carries no outcomes; a pass or a fail without any is a claim alone.
    if (claimed === 'error' || claimed === 'skip') return settle(claimed)
    const reason = `the file said ${claimed}, but the cell carries no outcomes to judge`
    cell.dispute = reason
    return settle('error', reason)
  }
  if (grader?.contract === undefined)
    return settle(
      'error',
      `cannot be judged: ${grader?.problem ?? `its target "${echoValue(cell.target)}" is not in the report`}`
    )
  // Notes are derived from the outcomes like the verdict, never taken from the file.
  const { violations, verdict, notes } = gradeEvidence({
    scenario: cell.scenario,
    outcomes: evidence,
    contract: grader.contract,
    memo: grader.memo ?? gradingMemo()
  })
  cell.violations = violations
  cell.verdict = verdict
  if (notes.length > 0) cell.notes = notes
  if (grader.fromReport !== undefined) cell.gradedByReportContract = grader.fromReport
  const dispute = disputeOf(claimed, verdict, violations)
  if (dispute !== undefined) cell.dispute = dispute
  // A pass or a fail has no reason to give; a reason the file gave for a claim is not evidence.
  if (cell.reason !== undefined && claimed !== verdict) cell.reason = undefined
  return cell
}

/** "the file said pass; its outcomes break rule worker-runs-callback" */
function disputeOf(
  claimed: CellVerdict,
  verdict: 'pass' | 'fail',
  violations: Violation[]
): string | undefined {
  if (claimed === verdict) return undefined
  if (verdict === 'pass') return `the file said ${claimed}; its outcomes break no rule`
  const rules = violations.map(v => echoValue(v.rule, 60))
  const shown =
    rules.slice(0, 3).join(', ') + (rules.length > 3 ? ` and ${rules.length - 3} more` : '')
  return `the file said ${claimed}; its outcomes break rule${rules.length === 1 ? '' : 's'} ${shown}`
}

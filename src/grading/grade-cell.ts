/**
 * A probe's reply to one cell, graded into the cell's report: its outcomes graded by the contract
 * (grade.ts, the one place that grades), its violations and its verdict. A skip or an error keeps
 * the probe's reason; a result without outcomes is an error, never a pass.
 */
import type { Cell } from '../cell.js'
import type { CellReply } from '../probes/protocol.js'
import type { CellReport } from '../report/model.js'
import type { Contract } from './contract.js'
import { gradeOutcomes, verdictOf, violationsOf } from './grade.js'
import { noteOutcomes } from './notes.js'

export function gradeCell(
  cell: Cell,
  reply: CellReply,
  contract: Contract,
  durationMs: number
): CellReport {
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
  const outcomes = gradeOutcomes(cell.scenario, reply.outcomes, contract)
  const violations = violationsOf(outcomes)
  const notes = noteOutcomes(reply.outcomes)
  return {
    ...common,
    ...(notes.length === 0 ? {} : { notes }),
    stats: reply.stats,
    outcomes,
    violations,
    verdict: verdictOf(violations)
  }
}

/**
 * The baseline part of the Markdown report: one line of figures under the title, and a section
 * that puts verdict changes first, grouped per target (one line for a target that no longer
 * runs), then outcome changes, and collapses what differs only by noise. Strings from either
 * report go through text() or code().
 */
import type { FactValue } from '../../grading/contract.js'
import {
  isChanged,
  type BaselineDiff,
  type CellChange,
  type OutcomeChange
} from '../../report/compare.js'
import { code } from '../../escape.js'
import type { CellReport } from '../../report/model.js'
import { idList, plural, type ReportView, type Section } from './section.js'
import { VERDICT_LABELS, cellTitle } from '../../report/summarize.js'
import { text } from './tables.js'

/**
 * The line under the title: the changed cells, then what they are, each cell counted once so the
 * parts add up ("2 cells changed: 🆕 1 new violation, 1 fixed"); cells no longer run; noise.
 */
export function baselineLine(diff: BaselineDiff): string {
  let broke = 0
  let fixed = 0
  let erred = 0
  let other = 0
  for (const c of diff.cells) {
    if (!isChanged(c)) continue
    if (c.newViolations.length > 0) broke += 1
    else if (c.fixed) fixed += 1
    else if (c.after === 'error' && c.before !== 'error') erred += 1
    else other += 1
  }
  const changed = broke + fixed + erred + other
  // A cell may break several rules anew: the rules are counted beside the cells then.
  const rules =
    diff.newViolations > broke ? ` (${plural(diff.newViolations, 'rule')} newly broken)` : ''
  const kinds = [
    broke > 0 ? `**🆕 ${plural(broke, 'new violation')}**${rules}` : '',
    fixed > 0 ? `${fixed.toLocaleString('en-US')} fixed` : '',
    erred > 0 ? `${erred.toLocaleString('en-US')} could not run` : '',
    other > 0 ? `${other.toLocaleString('en-US')} other` : ''
  ].filter(k => k !== '')
  const parts = [
    changed === 0 ? 'no cell changed' : `${plural(changed, 'cell')} changed: ${kinds.join(', ')}`
  ]
  if (diff.removed.length > 0)
    parts.push(`${plural(diff.removed.length, 'cell')} of the baseline no longer run`)
  const noise =
    diff.noisyCells > 0
      ? ` ${plural(diff.noisyCells, 'other cell differs', 'other cells differ')} only in how often allowed outcomes occurred: not a change.`
      : ''
  return `Against the baseline: ${parts.join('; ')}.${noise}`
}

/** How urgent a change is, for ordering within a target: verdicts before outcomes. */
function changeRank(change: CellChange): number {
  if (change.newViolations.length > 0) return 0
  if (change.after === 'error' && change.before !== 'error') return 1
  if (change.fixed) return 2
  if (change.before !== change.after || change.isNew) return 3
  if (change.fixedViolations.length > 0) return 4
  return 5
}

/** What changed in a cell, without naming it: cells with the same words share one line. */
function changeWords(change: CellChange): string {
  const was =
    change.before === undefined ? 'not in the baseline' : `was ${VERDICT_LABELS[change.before]}`
  const rules = (list: string[]) => list.map(r => code(r, 60)).join(', ')
  if (change.newViolations.length > 0)
    return `🆕 new violation of ${rules(change.newViolations)} (${was})`
  if (change.isNew) return `➕ new cell, ${VERDICT_LABELS[change.after]}`
  if (change.fixed) return `✅ fixed (the baseline broke ${rules(change.fixedViolations)})`
  if (change.before !== change.after)
    return `${change.after === 'error' ? '⚠️ ' : ''}${was}, now ${change.after === 'error' ? 'could not run' : VERDICT_LABELS[change.after]}`
  // The verdict held: what changed is a rule or a graded outcome.
  const parts: string[] = []
  if (change.fixedViolations.length > 0)
    parts.push(`no longer breaks ${rules(change.fixedViolations)}`)
  const outcomes = (list: OutcomeChange[], how: string) =>
    list.length > 0
      ? [
          `${plural(list.length, `${list[0]?.grade ?? ''} outcome`)} ${how}: ${text(factsWords(list[0]?.facts ?? {}), 120)}${list.length > 1 ? ', …' : ''}`
        ]
      : []
  parts.push(...outcomes(change.appeared, 'appeared'), ...outcomes(change.vanished, 'vanished'))
  for (const s of change.shifted)
    parts.push(
      `interesting outcome ${text(factsWords(s.facts), 120)} went from ${s.before.count}/${s.before.of} to ${s.after.count}/${s.after.of} (p < 0.001)`
    )
  return parts.join('; ')
}

function factsWords(facts: Record<string, FactValue>): string {
  return Object.entries(facts)
    .map(([k, v]) => `${k} ${String(v)}`)
    .join(', ')
}

/** Changes per target, verdicts first; dropped targets in one line each; noise collapsed. */
export function baselineSection(view: ReportView): Section | undefined {
  const diff = view.diff
  if (diff === undefined) return undefined
  const perTarget = new Map<string, { change: CellChange; cell: CellReport }[]>()
  for (const [i, cell] of view.report.cells.entries()) {
    const change = view.changes[i]
    if (change === undefined || !isChanged(change)) continue
    const list = perTarget.get(cell.target)
    if (list === undefined) perTarget.set(cell.target, [{ change, cell }])
    else list.push({ change, cell })
  }
  const dropped = new Set(diff.removedTargets)
  const removedBy = new Map<string, number>()
  for (const r of diff.removed) removedBy.set(r.target, (removedBy.get(r.target) ?? 0) + 1)

  const items: string[] = []
  const label = (t: string) => `**${text(view.labels.get(t) ?? t, 40) || '(no name)'}**`
  for (const [target, entries] of perTarget) {
    const ranks = entries.map(e => changeRank(e.change))
    const order = entries
      .map((_, i) => i)
      .sort((a, b) => (ranks[a] as number) - (ranks[b] as number) || a - b)
    if (view.multiTarget) items.push(`${label(target)}`)
    // Cells with the same change share a line, in the order of their most urgent cell.
    const lines = new Map<string, CellReport[]>()
    for (const i of order) {
      const e = entries[i] as (typeof entries)[number]
      const words = changeWords(e.change)
      const list = lines.get(words)
      if (list === undefined) lines.set(words, [e.cell])
      else list.push(e.cell)
    }
    for (const [words, cells] of lines) {
      const who =
        cells.length === 1
          ? `**${text(cells[0]?.id ?? '', 20)}** ${text(cellTitle(cells[0] as CellReport), 60)}`
          : `${plural(cells.length, 'cell')} (${idList(cells)})`
      items.push(`- ${who}: ${words}`)
    }
    const gone = removedBy.get(target)
    if (gone !== undefined) items.push(`- ➖ ${plural(gone, 'cell')} of the baseline no longer run`)
    if (view.multiTarget) items.push('')
  }
  for (const [target, gone] of removedBy) {
    if (perTarget.has(target)) continue
    const whole = dropped.has(target) ? ': the whole target is gone (a dropped job?)' : ''
    items.push(
      `- ➖ ${label(target)}: ${plural(gone, 'cell')} of the baseline no longer run${whole}`
    )
  }
  if (items[items.length - 1] === '') items.pop()
  const noisy = diff.cells.filter(c => !isChanged(c) && c.noise > 0)
  const noise =
    noisy.length > 0
      ? `\n\n<details><summary>${plural(noisy.length, 'cell differs', 'cells differ')} only in how often allowed outcomes occurred</summary>\n\nA race splits differently on every run; an interesting outcome counts as a change only when its rate shifts significantly (two-proportion test, p < 0.001). Cells: ${idList(
          noisy.map(c => ({ id: c.cellId })),
          40
        )}.\n\n</details>`
      : ''
  if (items.length === 0 && noise === '') return undefined
  return {
    head: '### Against the baseline\n',
    items:
      items.length === 0 ? ['Nothing changed that changes a verdict or a graded outcome.'] : items,
    tail: noise,
    more: left => `\n${plural(left, 'more line')} of changes left out.`,
    noun: 'baseline change line'
  }
}

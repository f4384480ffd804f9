/**
 * The one-target tables of the Markdown report: a compact table of the cells that need a look, and
 * the full per-cell table (also under the full grid of several targets, grid.ts). Every string
 * that came from a probe, a config or a report goes through md() or code(). Rows are sorted once
 * (a counting sort by rank): linear in the cells.
 */
import type { CellChange } from '../../report/compare.js'
import { code, md } from '../../escape.js'
import type { CellReport, CellVerdict } from '../../report/model.js'
import { plural, positionsByRank, type ReportView, type Section } from './section.js'
import {
  VERDICT_LABELS,
  cellParams,
  cellTitle,
  interestingCount,
  whereText
} from '../../report/summarize.js'

export const ICONS: Record<CellVerdict, string> = {
  pass: '✅',
  fail: '❌',
  error: '⚠️',
  skip: '⏭️'
}

/** Rows of the one-target table shown before the rest go to the full table. */
export const OVERVIEW_ROWS = 25
/**
 * Rows the open grid (and the one-target table) shows of what needs a look: past it, the grid
 * folds experiments with the same result on every target into one row, and the table counts the
 * rest (a pool that breaks every experiment would otherwise push "What broke" down).
 */
export const GRID_ROWS = 5

export function text(value: string, max = 200): string {
  return md(value, max)
}

/**
 * The one-target table: the first GRID_ROWS cells that need a look (failed, could not run,
 * changed against the baseline, interesting without one), in that order; the others are counted
 * under it and listed in the full table. Undefined when no cell needs a look: the headline says it all.
 */
export function compactSection(view: ReportView): Section | undefined {
  const cells = view.report.cells
  const shown = positionsByRank(view.ranks).filter(i => {
    const rank = view.ranks[i] as number
    return rank <= 3 || (rank === 4 && view.diff === undefined)
  })
  if (shown.length === 0) return undefined
  let skipped = 0
  for (const c of cells) if (c.verdict === 'skip') skipped += 1
  const passed = cells.length - shown.length - skipped
  // Past GRID_ROWS, the rest are counted: "What broke" right below groups the failures by rule.
  const beyond = shown.length - GRID_ROWS
  const rest = [
    beyond > 0
      ? `${plural(beyond, 'more cell')} to look at ("What broke" groups them by rule)`
      : '',
    passed > 0 ? `${plural(passed, beyond > 0 ? 'cell' : 'more cell')} passed` : '',
    skipped > 0 ? `${plural(skipped, 'cell')} skipped (why: under "skipped" below)` : ''
  ].filter(t => t !== '')
  return {
    head: tableHeader(view, false),
    items: shown.slice(0, GRID_ROWS).map(i => cellRow(cells[i] as CellReport, i, view, false)),
    tail: rest.length > 0 ? `\n${rest.join('; ')}: in the full table below.` : '',
    // As many cells as the header, with the baseline column when there is one.
    more: left =>
      `| | ${plural(left, 'more cell')}: see the full table | | | |${view.diff === undefined ? '' : ' |'}`,
    noun: 'table row'
  }
}

/** Every cell in the matrix's order, collapsed. */
export function fullTableSection(view: ReportView): Section {
  const cells = view.report.cells
  return {
    head: [
      `<details><summary>All ${plural(cells.length, 'cell')}</summary>`,
      '',
      tableHeader(view, view.multiTarget)
    ].join('\n'),
    items: cells.map((c, i) => cellRow(c, i, view, view.multiTarget)),
    tail: '\n</details>',
    more: left => `\n${plural(left, 'more row')} left out: see the JSON report.`,
    noun: 'full-table row'
  }
}

export function tableHeader(view: ReportView, withTarget: boolean): string {
  const head = [
    'cell',
    ...(withTarget ? ['target'] : []),
    // With a target column, the parameters go under the experiment: the table stays in the box.
    withTarget ? 'experiment, parameters' : 'experiment',
    ...(withTarget ? [] : ['parameters']),
    'where callbacks ran',
    'verdict',
    ...(view.diff === undefined ? [] : ['baseline'])
  ]
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`].join('\n')
}

/** The row of the cell at `position` in report.cells. */
export function cellRow(
  c: CellReport,
  position: number,
  view: ReportView,
  withTarget: boolean
): string {
  const interesting = interestingCount(c) > 0 ? ', interesting' : ''
  const verdict =
    c.verdict === 'fail'
      ? `❌ **FAIL** ${[...new Set(c.violations.map(v => v.rule))].map(r => code(r, 60)).join(' ')}`
      : `${ICONS[c.verdict]} ${VERDICT_LABELS[c.verdict]}${interesting}`
  // Pushed one by one: spreading optional columns costs an iterator per row of 100,000.
  const cols = [text(c.id, 20)]
  if (withTarget) {
    cols.push(text(view.labels.get(c.target) ?? c.target, 40))
    cols.push(`${text(cellTitle(c), 60)}<br><sub>${text(cellParams(c), 60)}</sub>`)
  } else cols.push(text(cellTitle(c), 60), text(cellParams(c), 60))
  cols.push(text(whereText(c), 100), verdict)
  if (view.diff !== undefined) cols.push(changeWords(view.changes[position]))
  return `| ${cols.join(' | ')} |`
}

/** The "vs baseline" column: the most important difference of this cell, in a few words. */
function changeWords(change: CellChange | undefined): string {
  if (change === undefined) return '-'
  if (change.newViolations.length > 0) return '🆕 new violation'
  if (change.isNew) return 'new cell'
  if (change.fixed) return '✅ fixed'
  if (change.before !== undefined && change.before !== change.after)
    return `was ${VERDICT_LABELS[change.before]}`
  if (change.fixedViolations.length > 0) return 'breaks fewer rules'
  if (change.appeared.length + change.vanished.length + change.shifted.length > 0)
    return 'outcomes changed'
  return '-'
}

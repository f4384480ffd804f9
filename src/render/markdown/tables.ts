/**
 * The tables of the Markdown report: with several targets a grid (experiments as rows, targets as
 * columns, failing experiments first), with one a compact table of cells; and the full per-cell
 * table. Every string that came from a probe, a config or a report goes through md() or code().
 * Rows are grouped with maps and sorted once: linear or n log n in the cells.
 */
import { measureKey, sameMeasure, type CellChange } from '../../report/compare.js'
import { code, md } from '../../escape.js'
import { shortWhere } from './labels.js'
import { runtimeVersion } from '../words/gil.js'
import type { CellReport, CellVerdict } from '../../report/model.js'
import { orderByRank, plural, positionsByRank, type ReportView, type Section } from './section.js'
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

/** Target columns per grid: with the experiment column, six fit the 788 px comment box. */
export const GRID_COLUMNS = 6
/** Rows of the one-target table shown before the rest go to the full table. */
export const OVERVIEW_ROWS = 25
/**
 * Experiments a grid shows whatever they hold. A longer grid shows the ones that need a look
 * (a failure, an error, a change, an interesting outcome, callbacks that ran in different places
 * on different targets); the others, passed or skipped wherever they ran, are in the full table.
 */
export const GRID_ROWS = 100

export function text(value: string, max = 200): string {
  return md(value, max)
}

interface Experiment {
  title: string
  /** How many experiments have this title (shared by them all): more than one adds parameters. */
  sameTitle: { count: number }
  /** Positions in report.cells, per target column (none where the target did not run it). */
  byTarget: (number[] | undefined)[]
  rank: number
  /** Its first cell, and its place among the experiments in the order they came. */
  first: CellReport
  index: number
  /** Where most of its passing cells ran their callbacks, and in how many places they did. */
  usual: string
  places: number
}

/** The grid, folded into one grid per six targets; experiments with a failure first. */
export function gridSections(view: ReportView): Section[] {
  const cells = view.report.cells
  const targets = targetNames(view)
  // Failures first (new ones before old, then errors); the rest keep the matrix's order.
  const ordered = orderByRank(gridExperiments(view, targets), e => (e.rank <= 2 ? e.rank : 3))
  for (const e of ordered) setUsualPlace(e, cells)
  let rows = ordered
  if (rows.length > GRID_ROWS) {
    const look = rows.filter(e => e.rank <= 4 || e.places > 1)
    rows = look.length > 0 ? look : rows.slice(0, OVERVIEW_ROWS)
  }
  const alike = ordered.length - rows.length
  const sections: Section[] = []
  for (let start = 0; start < targets.length; start += GRID_COLUMNS) {
    // The left-out experiments are said once, under the last of the grids.
    const last = start + GRID_COLUMNS >= targets.length
    sections.push(gridSection(view, rows, targets, start, last ? alike : 0))
  }
  return sections
}

/** The grid's rows: one per experiment, with its cells' positions per target column. */
function gridExperiments(view: ReportView, targets: string[]): Experiment[] {
  const cells = view.report.cells
  const column = new Map(targets.map((t, i) => [t, i]))
  // A grid row stands for what a cell measures and how often, whatever its target and id.
  const experiments = new Map<string, Experiment>()
  const order: Experiment[] = []
  const titles = new Map<string, { count: number }>()
  // The targets of a matrix run its experiments in one order: a target's next cell is most
  // likely the experiment after its last one, and a key is built only when it is not.
  const next = new Map<string, number>()
  cells.forEach((c, i) => {
    let e = order[next.get(c.target) ?? 0]
    if (e === undefined || e.first.repeat !== c.repeat || !sameMeasure(e.first, c)) {
      const key = measureKey(c, c.repeat)
      e = experiments.get(key)
      if (e === undefined) {
        const title = cellTitle(c)
        let sameTitle = titles.get(title)
        if (sameTitle === undefined) titles.set(title, (sameTitle = { count: 0 }))
        sameTitle.count += 1
        const byTarget = new Array<number[] | undefined>(targets.length)
        e = {
          title,
          sameTitle,
          byTarget,
          rank: 9,
          first: c,
          index: order.length,
          usual: '',
          places: 0
        }
        experiments.set(key, e)
        order.push(e)
      }
    }
    next.set(c.target, e.index + 1)
    const at = column.get(c.target) as number
    const positions = e.byTarget[at]
    if (positions === undefined) e.byTarget[at] = [i]
    else positions.push(i)
    e.rank = Math.min(e.rank, view.ranks[i] as number)
  })
  return order
}

/** " <sub>3.14.0t</sub>" under a free-threaded target's label (", GIL on" when it came back). */
function freeThreadedTag(view: ReportView, name: string): string {
  const r = view.report.targets.find(t => t.name === name)?.runtime
  if (r?.gil?.build !== 'free-threaded') return ''
  const on = (view.report.warnings ?? []).some(w => w.kind === 'gil-enabled' && w.target === name)
  return ` <sub>${text(runtimeVersion(r), 40)}${on ? ', GIL on' : ''}</sub>`
}

/** One grid: the targets from `start`, GRID_COLUMNS of them; `alike` experiments said left out. */
function gridSection(
  view: ReportView,
  rows: Experiment[],
  targets: string[],
  start: number,
  alike: number
): Section {
  const columns = targets.slice(start, start + GRID_COLUMNS)
  const head = [
    `| experiment | callbacks ran | ${columns.map(t => `${text(view.labels.get(t) ?? t, 40)}${freeThreadedTag(view, t)}`).join(' | ')} |`,
    `| --- | --- |${columns.map(() => ' :-: ').join('|')}|`
  ].join('\n')
  const items = rows.map(e => {
    const label =
      e.sameTitle.count > 1
        ? `${text(e.title, 60)} <sub>${text(cellParams(e.first), 60)}</sub>`
        : text(e.title, 60)
    let row = `| ${label} | ${text(e.usual, 30)} |`
    for (let k = 0; k < columns.length; k++)
      row += ` ${gridCell(e.byTarget[start + k], e.usual, view)} |`
    return row
  })
  return {
    head,
    items,
    tail:
      alike > 0
        ? `\n<sub>${plural(alike, 'more experiment')}, each passed or skipped wherever it ran, with its callbacks in one place: in the full table below.</sub>`
        : '',
    more: left =>
      `| ${plural(left, 'more experiment')}: see the full table | |${' |'.repeat(columns.length)}`,
    noun: 'grid row'
  }
}

function targetNames(view: ReportView): string[] {
  const names = new Set(view.report.targets.map(t => t.name))
  for (const c of view.report.cells) names.add(c.target)
  return [...names]
}

/**
 * Sets where the callbacks of most of an experiment's passing cells ran (the row's common case),
 * and in how many places they ran.
 */
function setUsualPlace(e: Experiment, cells: CellReport[]): void {
  // A few places per row, 25,000 rows in a large report: lists, not a map per row.
  const words: string[] = []
  const counts: number[] = []
  for (const positions of e.byTarget)
    for (const i of positions ?? []) {
      const c = cells[i] as CellReport
      if (c.verdict !== 'pass') continue
      const w = shortWhere(c)
      const at = words.indexOf(w)
      if (at < 0) {
        words.push(w)
        counts.push(1)
      } else counts[at] = (counts[at] ?? 0) + 1
    }
  let most = 0
  for (let i = 0; i < words.length; i++)
    if ((counts[i] ?? 0) > most) {
      e.usual = words[i] as string
      most = counts[i] ?? 0
    }
  e.places = words.length
}

/**
 * A verdict symbol, and where callbacks ran only when it differs from the row's common case (so a
 * difference stands out).
 */
function gridCell(positions: number[] | undefined, usual: string, view: ReportView): string {
  if (positions === undefined || positions.length === 0) return '—'
  // The first of the cells that most needs attention (a square usually holds one).
  let at = positions[0] as number
  for (const i of positions) if ((view.ranks[i] as number) < (view.ranks[at] as number)) at = i
  const worst = view.report.cells[at] as CellReport
  const isNew = (view.changes[at]?.newViolations.length ?? 0) > 0
  const mark = `${isNew ? '🆕' : ''}${ICONS[worst.verdict]}${interestingCount(worst) > 0 && worst.verdict === 'pass' ? '\\*' : ''}`
  const worstWhere = shortWhere(worst)
  const where = worstWhere === usual ? '' : text(worstWhere, 30)
  // The failing cells' ids are in "What broke"; here they would double the row's height.
  return `${mark}${where === '' ? '' : ` ${where}`}`
}

export function gridLegend(view: ReportView): string {
  const parts = [
    '✅ pass',
    '❌ broke a rule',
    '⚠️ could not run',
    '⏭️ skipped',
    '— not run',
    '\\* interesting (allowed, worth a look)'
  ]
  if (view.diff !== undefined) parts.unshift('🆕 new against the baseline')
  const legend = `<sub>${parts.join(' · ')}. "callbacks ran": where most callbacks of the row's passing cells ran; a cell names a place only when it differs (for ❌, where the forbidden ones ran). task: the task's thread; caller: the thread that added the callback; inline: before that call returned; other: another thread; process: another process.</sub>`
  const keyed = targetNames(view).filter(t => (view.labels.get(t) ?? t) !== t)
  if (keyed.length === 0) return legend
  const key = keyed.map(t => `${text(view.labels.get(t) ?? t, 40)} = ${code(t, 120)}`).join(', ')
  return `${legend}\n\n<sub>Targets: ${key}.</sub>`
}

/** The one-target table: cells in the order they need attention, the routine ones cut short. */
export function compactSection(view: ReportView): Section {
  const cells = view.report.cells
  const ordered = positionsByRank(view.ranks)
  let attention = 0
  for (const rank of view.ranks) if (rank <= 3) attention += 1
  // A short table shows every cell; a long one only the cells that need attention (or, when
  // none does, its first rows), the rest being in the full table.
  const shown =
    ordered.length <= OVERVIEW_ROWS ? ordered.length : attention > 0 ? attention : OVERVIEW_ROWS
  const rest = ordered.length - shown
  return {
    head: tableHeader(view, false),
    items: ordered.slice(0, shown).map(i => cellRow(cells[i] as CellReport, i, view, false)),
    tail:
      rest > 0
        ? `\n<sub>${plural(rest, 'more cell')}, all passing or skipped, in the full table below.</sub>`
        : '',
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

function tableHeader(view: ReportView, withTarget: boolean): string {
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
function cellRow(c: CellReport, position: number, view: ReportView, withTarget: boolean): string {
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

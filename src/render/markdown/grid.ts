/**
 * The grid of the Markdown report with several targets: experiments as rows, targets as columns,
 * failures and changes first. The open grid shows only the experiments that need a look (folding
 * those with the same squares past GRID_ROWS) and counts the rest; the full grid, with where the
 * callbacks of each row usually ran, and every cell sit under <details>. The terminal prints the
 * same rows (experimentGrid). Every string from outside goes through text() or code(); rows are
 * grouped with maps and sorted once: linear in the cells.
 */
import { isChanged, measureKey, sameMeasure } from '../../report/compare.js'
import { traitsOf } from '../../model/scenarios.js'
import { placeCounts, shortTargetLabels, shortWhere } from './labels.js'
import { runtimeVersion } from '../words/gil.js'
import type { CellReport, Report } from '../../report/model.js'
import { cellFigures, orderByRank, plural, type ReportView, type Section } from './section.js'
import { cellParams, cellTitle, interestingCount } from '../../report/summarize.js'
import { GRID_ROWS, ICONS, cellRow, tableHeader, text } from './tables.js'

/** Target columns per grid: with the experiment column, six fit the 788 px comment box. */
export const GRID_COLUMNS = 6
/** Fewest experiments folded into one row. */
const FOLD_MIN = 3

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
  /** Where the callbacks of its passing cells ran, in words (a race's places joined by "or"). */
  usual: string
  /** Whether its cells ran their callbacks in different places on different targets. */
  differs: boolean
  /** Whether a race decides where its callbacks run (the scenario's timing trait). */
  race: boolean
}

/** What the grids show: the experiments that need a look, and how the others are counted. */
interface GridRows {
  /** Experiments in the open grid, failures and changes first; a folded group is one entry. */
  look: (Experiment | Experiment[])[]
  /** Every experiment, in the same order: the full grid. */
  all: Experiment[]
  /** Experiments that passed on every target, with nothing to look at. */
  passed: number
  /** The same, where they ran: skipped or not run on some targets. */
  partly: number
  /** Experiments skipped on every target (a Python pool does not run the callback-API ones). */
  skipped: number
}

/** The experiments of the grids, once per report. */
const gridRowsOf = new WeakMap<ReportView, GridRows>()

function gridRows(view: ReportView): GridRows {
  let rows = gridRowsOf.get(view)
  if (rows !== undefined) return rows
  const cells = view.report.cells
  const targets = targetNames(view)
  // Failures first (new ones before old, then errors, then changes); the rest keep the matrix's order.
  const all = orderByRank(gridExperiments(view, targets), e => (e.rank <= 3 ? e.rank : 4))
  let passed = 0
  let partly = 0
  let skipped = 0
  const shown: Experiment[] = []
  for (const e of all) {
    setUsualPlace(e, cells)
    const verdicts = new Set<string>()
    for (const positions of e.byTarget)
      for (const i of positions ?? []) verdicts.add((cells[i] as CellReport).verdict)
    if (verdicts.size === 1 && verdicts.has('skip')) skipped += 1
    else if (needsLook(e, view)) shown.push(e)
    else if (verdicts.has('skip') || e.byTarget.some(p => p === undefined)) partly += 1
    else passed += 1
  }
  rows = { look: foldAlike(shown, view), all, passed, partly, skipped }
  gridRowsOf.set(view, rows)
  return rows
}

/**
 * A failure, an error, a change against the baseline, callbacks in different places on different
 * targets (outside a race), or, without a baseline, an interesting outcome. With a baseline an
 * interesting outcome is news only when its rate shifted: a change. A skip is not: the probe says
 * why it cannot run there (an older Python, a pool without the API), and "skipped" lists it.
 */
function needsLook(e: Experiment, view: ReportView): boolean {
  if (e.rank <= 3) return true
  if (view.diff === undefined && e.rank === 4) return true
  return e.differs && !e.race
}

/**
 * Past GRID_ROWS, experiments whose squares read the same on every target (a pool that breaks
 * them all) share one row, placed where the first of them was.
 */
function foldAlike(rows: Experiment[], view: ReportView): (Experiment | Experiment[])[] {
  if (rows.length <= GRID_ROWS) return rows
  const groups = new Map<string, Experiment[]>()
  for (const e of rows) {
    const key = e.byTarget.map(p => gridCell(p, e, view)).join('|')
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [e])
    else group.push(e)
  }
  const out: (Experiment | Experiment[])[] = []
  const placed = new Set<Experiment[]>()
  for (const e of rows) {
    const key = e.byTarget.map(p => gridCell(p, e, view)).join('|')
    const group = groups.get(key) as Experiment[]
    if (group.length < FOLD_MIN) out.push(e)
    else if (!placed.has(group)) {
      placed.add(group)
      out.push(group)
    }
  }
  return out
}

/** One row of the experiment grid, for the terminal: its title and its cells per target. */
export interface GridRow {
  title: string
  /** The row's cells per target column, in `targets` order (undefined: not run there). */
  cells: (CellReport[] | undefined)[]
  /** Whether a race decides where its callbacks run. */
  race: boolean
}

/**
 * The experiments of a report by target, failures first (the Markdown grid's rows, without a
 * baseline), and the targets' short labels: what the terminal prints as its grid.
 */
export function experimentGrid(report: Report): {
  targets: string[]
  labels: Map<string, string>
  rows: GridRow[]
} {
  const names = new Set(report.targets.map(t => t.name))
  for (const c of report.cells) names.add(c.target)
  const labels = shortTargetLabels([...names])
  const view: ReportView = {
    report,
    labels,
    multiTarget: names.size > 1,
    ...cellFigures(report, undefined)
  }
  const rows = gridRows(view).all.map(e => ({
    title: e.sameTitle.count > 1 ? `${e.title} (${cellParams(e.first)})` : e.title,
    cells: e.byTarget.map(p => p?.map(i => report.cells[i] as CellReport)),
    race: e.race
  }))
  return { targets: targetNames(view), labels, rows }
}

/** The grid of the experiments that need a look, folded into one grid per six targets. */
export function gridSections(view: ReportView): Section[] {
  const targets = targetNames(view)
  const { look, passed, partly, skipped } = gridRows(view)
  const more = look.length > 0 ? 'more experiment' : 'experiment'
  const others = [
    passed > 0 ? `${plural(passed, more)} passed on all ${plural(targets.length, 'target')}` : '',
    partly > 0
      ? `${plural(partly, passed > 0 ? 'experiment' : more)} passed wherever ${partly === 1 ? 'it' : 'they'} ran (skipped on some targets)`
      : '',
    skipped > 0
      ? `${plural(skipped, 'experiment')} ${skipped === 1 ? 'was' : 'were'} skipped on every target (why: under "skipped" below)`
      : ''
  ].filter(t => t !== '')
  const line = others.length === 0 ? '' : `${others.join('; ')}.`
  if (look.length === 0)
    return [{ head: line, items: [], tail: '', more: () => '', noun: 'grid row' }]
  const sections: Section[] = []
  for (let start = 0; start < targets.length; start += GRID_COLUMNS) {
    // The experiments left out are said once, under the last of the grids.
    const last = start + GRID_COLUMNS >= targets.length
    const section = gridSection(view, look, targets, start, false)
    if (last && line !== '') section.tail = `\n${line}`
    sections.push(section)
  }
  return sections
}

/**
 * Every experiment on every target, collapsed, then the per-cell table (the parameters, the
 * counts, the change against the baseline): one <details>, so a passing run is a few lines.
 */
export function fullGridSection(view: ReportView): Section {
  const targets = targetNames(view)
  const { all } = gridRows(view)
  const items: string[] = []
  for (let start = 0; start < targets.length; start += GRID_COLUMNS) {
    const grid = gridSection(view, all, targets, start, true)
    if (start > 0) items.push('')
    items.push(grid.head, ...grid.items)
  }
  const cells = view.report.cells
  items.push('', tableHeader(view, true), ...cells.map((c, i) => cellRow(c, i, view, true)))
  return {
    head: `<details><summary>All ${plural(all.length, 'experiment')} on ${plural(targets.length, 'target')}, and every cell (${cells.length.toLocaleString('en-US')})</summary>\n`,
    items,
    tail: '\n</details>',
    more: left => `\n${plural(left, 'more row')} left out: see the JSON report.`,
    noun: 'full-table row'
  }
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
          differs: false,
          race: traitsOf(c.scenario)?.timing === true
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

/**
 * One grid: the targets from `start`, GRID_COLUMNS of them. The open grid (`full` false) has no
 * "callbacks ran" column, so titles keep one line in the 788 px box: a square names a place only
 * where it differs, and a row whose places differ says the usual one under its title.
 */
function gridSection(
  view: ReportView,
  rows: (Experiment | Experiment[])[],
  targets: string[],
  start: number,
  full: boolean
): Section {
  const columns = targets.slice(start, start + GRID_COLUMNS)
  const labels = columns.map(t => `${text(view.labels.get(t) ?? t, 40)}${freeThreadedTag(view, t)}`)
  const head = [
    `| experiment |${full ? ' ran on |' : ''} ${labels.join(' | ')} |`,
    `| --- |${full ? ' --- |' : ''}${columns.map(() => ' :-: ').join('|')}|`
  ].join('\n')
  const items = rows.map(row => {
    const e = Array.isArray(row) ? (row[0] as Experiment) : row
    let label: string
    if (Array.isArray(row))
      label = `${plural(row.length, 'experiment')} alike <sub>(in the full grid)</sub>`
    else {
      label =
        e.sameTitle.count > 1
          ? `${text(e.title, 60)} <sub>${text(cellParams(e.first), 60)}</sub>`
          : text(e.title, 60)
      if (!full && e.differs && !e.race && e.usual !== '')
        label += ` <sub>usually ${text(e.usual, 40)}</sub>`
    }
    let line = full ? `| ${label} | ${text(e.usual, 40)} |` : `| ${label} |`
    for (let k = 0; k < columns.length; k++)
      line += ` ${gridCell(e.byTarget[start + k], e, view)} |`
    return line
  })
  return {
    head,
    items,
    tail: '',
    more: left =>
      `| ${plural(left, 'more experiment')}: see the full grid |${full ? ' |' : ''}${' |'.repeat(columns.length)}`,
    noun: 'grid row'
  }
}

function targetNames(view: ReportView): string[] {
  const names = new Set(view.report.targets.map(t => t.name))
  for (const c of view.report.cells) names.add(c.target)
  return [...names]
}

/**
 * Sets where the callbacks of an experiment's passing cells ran (the row's common case) and
 * whether they ran in different places on different targets. Where a race decides the place
 * (a timed registration), every place seen is named: "caller inline or task (a race)".
 */
function setUsualPlace(e: Experiment, cells: CellReport[]): void {
  // A few places per row, 25,000 rows in a large report: lists, not a map per row.
  const words: string[] = []
  const counts: number[] = []
  const outcomes: CellReport['outcomes'][number][] = []
  for (const positions of e.byTarget)
    for (const i of positions ?? []) {
      const c = cells[i] as CellReport
      if (c.verdict !== 'pass') continue
      if (e.race) outcomes.push(...c.outcomes)
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
  e.differs = words.length > 1
  if (e.race) {
    const places = placeCounts(outcomes)
    if (places.length > 1) e.usual = `${places.map(p => p.word).join(' or ')} (a race)`
  }
}

/**
 * A square of the grid: the verdict symbol of the cell that most needs attention, marked 🆕 for
 * a new violation or error, "fixed" or "changed" against the baseline, \* for an interesting
 * outcome (without a baseline), and where callbacks ran only when it differs from the row's
 * common case outside a race (for ❌, where the forbidden ones ran). A difference the baseline
 * comparison calls noise carries no mark.
 */
function gridCell(positions: number[] | undefined, e: Experiment, view: ReportView): string {
  if (positions === undefined || positions.length === 0) return '—'
  // The first of the cells that most needs attention (a square usually holds one).
  let at = positions[0] as number
  for (const i of positions) if ((view.ranks[i] as number) < (view.ranks[at] as number)) at = i
  const worst = view.report.cells[at] as CellReport
  const change = view.changes[at]
  const icon = ICONS[worst.verdict]
  if (worst.verdict === 'skip') return icon
  if (worst.verdict === 'error')
    return change !== undefined && change.before !== 'error' ? `🆕${icon}` : icon
  if (worst.verdict === 'fail') {
    const isNew = (change?.newViolations.length ?? 0) > 0
    const where = shortWhere(worst)
    return `${isNew ? '🆕' : ''}${icon}${where === '' || where === e.usual ? '' : ` <sub>${text(where, 30)}</sub>`}`
  }
  if (change?.fixed === true) return `${icon} <sub>fixed</sub>`
  if (change !== undefined && isChanged(change))
    return `${icon} <sub>${change.isNew ? 'new' : 'changed'}</sub>`
  const interesting = view.diff === undefined && interestingCount(worst) > 0 ? '\\*' : ''
  const where = e.race ? '' : shortWhere(worst)
  return `${icon}${interesting}${where === '' || where === e.usual ? '' : ` <sub>${text(where, 30)}</sub>`}`
}

/** Place words of the grid and what they mean, for the legend. */
const PLACE_LEGEND: [RegExp, string][] = [
  [/\btask\b/, "task = the task's thread"],
  [/\bcaller\b/, 'caller = the thread that added the callback'],
  [/\binline\b/, 'inline = before that call returned'],
  [/\bother\b/, 'other = another thread'],
  [/\bprocess\b/, 'process = another process']
]

/**
 * One line under the grid: the symbols and place words it uses (all of them when `shown`, the
 * grid's rows, is not given).
 */
export function gridLegend(view: ReportView, shown?: readonly string[]): string {
  const rows = shown?.join('\n')
  const uses = (mark: string) => rows === undefined || rows.includes(mark)
  const parts = [
    ['🆕', '🆕 new against the baseline'],
    ['>fixed<', 'fixed: failed in the baseline'],
    ['>changed<', 'changed: see "Against the baseline"'],
    ['✅', '✅ pass'],
    ['❌', '❌ broke a rule'],
    ['⚠️', '⚠️ could not run'],
    ['⏭️', '⏭️ skipped'],
    ['—', '— not run'],
    ['\\*', '\\* interesting (allowed, worth a look)']
  ]
    .filter(([mark]) => uses(mark as string))
    .map(([, words]) => words as string)
  const places = PLACE_LEGEND.filter(([word]) => rows === undefined || word.test(rows)).map(
    ([, words]) => words
  )
  return `<sub>${parts.join(' · ')}.${places.length === 0 ? '' : ` Callbacks ran on: ${places.join(', ')}.`}</sub>`
}

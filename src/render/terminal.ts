/**
 * The terminal view: with several targets a grid of experiments by target fitted to the width
 * (one row per cell with --table cells, and with one target), then what broke, what was interesting and why cells were
 * skipped, then the runtimes and a closing line. Colour only on a TTY and never with NO_COLOR.
 * Every string from outside goes through plain(); columns are padded by display width (wide
 * characters take two). Each part is a Section (section.ts), built by its builder in
 * TERMINAL_SECTIONS and written by renderSection as the Markdown's are; the builders are the
 * terminal's own because its words differ from the Markdown's in every section (per cell, not
 * per rule; full target names; other lengths), and the output is held byte for byte.
 */
import stringWidth from 'string-width'
import { plain } from '../escape.js'
import {
  interestingRatesOf,
  interestingWords,
  pooledTargetWords,
  shownTrends,
  targetEvidenceWords,
  trendWords
} from '../report/evidence.js'
import { baselineWords } from './words/baseline-source.js'
import type { CellReport, Report } from '../report/model.js'
import { reproducerWords } from './words/reproducer.js'
import { controlMissed, controlWords } from './words/control.js'
import { perturbationWords } from './words/perturbation.js'
import { gilWords, runtimeVersion } from './words/gil.js'
import { cellRank, plural, renderSection, type Section } from './markdown/section.js'
import { byReason } from './markdown/findings.js'
import { experimentGrid } from './markdown/grid.js'
import {
  VERDICT_LABELS,
  cellParams,
  cellTitle,
  describeViolation,
  headline,
  interestingCount,
  judgedNotes,
  sampleText,
  whereText,
  whereTasksRan
} from '../report/summarize.js'

/** Printable ASCII, most of a report: one column a character. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** Columns a string takes. */
function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text)
}

/** Cell ids listed per skip reason; the rest are counted. */
const SKIPPED_IDS_SHOWN = 5

/**
 * Rows the table shows whatever they hold. A larger report lists the cells that need a look
 * (failed, could not run, interesting, disputed, graded by a file's own contract) and counts the
 * rest, as jcstress's console prints only the tests that failed, erred or were interesting: the
 * JSON report lists every cell. (The terminal names the baseline; the changes are the Markdown's.)
 */
export const TERMINAL_ROWS = 1000

/** Without a baseline, cellRank's first four ranks: failed, could not run, interesting. */
function needsLook(c: CellReport): boolean {
  return (
    cellRank(c, undefined) <= 4 || c.dispute !== undefined || c.gradedByReportContract !== undefined
  )
}

/** Colour on a TTY: an SGR code around the text, or the text alone. */
type Paint = (code: number, text: string) => string

/** What every terminal section needs: the report, how to paint, the width, which table. */
interface TerminalView {
  report: Report
  paint: Paint
  columns: number
  table: TerminalTable
}

/** ANSI colour codes: no width. */
// eslint-disable-next-line no-control-regex -- the escape character is what a colour code starts with
const SGR = /\u001b\[[0-9;]*m/g

/**
 * Each line wider than `columns` broken at spaces, its continuation indented four more than the
 * line; a word longer than the width stays whole (a path is not cut).
 */
function wrapLines(text: string, columns: number): string {
  return text
    .split('\n')
    .flatMap(line => {
      if (displayWidth(line.replace(SGR, '')) <= columns) return [line]
      const lead = /^ */.exec(line)?.[0] ?? ''
      const indent = `${lead}    `
      const out: string[] = []
      let current = lead
      for (const word of line.slice(lead.length).split(' ')) {
        const next = current.trim() === '' ? `${current}${word}` : `${current} ${word}`
        if (current.trim() !== '' && displayWidth(next.replace(SGR, '')) > columns) {
          out.push(current)
          current = `${indent}${word}`
        } else current = next
      }
      out.push(current)
      return out
    })
    .join('\n')
}

/**
 * The terminal's sections, in print order: each a Section (section.ts) as the Markdown's are,
 * absent when it has nothing to say. A new section is one builder here.
 */
const TERMINAL_SECTIONS: ((view: TerminalView) => Section | undefined)[] = [
  cellTableSection,
  whatBrokeSection,
  reproduceSection,
  interestingSection,
  skippedSection,
  judgedSection,
  evidenceSection,
  controlSection,
  warningSection,
  runtimeSection,
  baselineSection,
  verdictSection
]

export interface TerminalRenderOptions {
  /**
   * The terminal's width (`process.stdout.columns`): the grid is fitted to it, and longer lines
   * are wrapped at spaces. Unknown (a pipe, a log): the grid fits 80 columns, lines are not wrapped.
   */
  columns?: number
  /** With several targets, `grid` (experiments x targets, the default) or one row per `cells`. */
  table?: TerminalTable
}

export const TERMINAL_TABLES = ['grid', 'cells'] as const
export type TerminalTable = (typeof TERMINAL_TABLES)[number]

/** The grid's width when the terminal's is unknown. */
const DEFAULT_COLUMNS = 80

export function renderTerminal(
  report: Report,
  color = false,
  options: TerminalRenderOptions = {}
): string {
  const paint: Paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text)
  const columns = Math.max(40, options.columns ?? DEFAULT_COLUMNS)
  const view: TerminalView = { report, paint, columns, table: options.table ?? 'grid' }
  const blocks: string[] = []
  for (const build of TERMINAL_SECTIONS) {
    const section = build(view)
    if (section === undefined) continue
    const text = renderTerminalSection(section)
    // The closing line stays one line: --quiet prints it, and logs are searched for it.
    blocks.push(
      options.columns === undefined || build === verdictSection ? text : wrapLines(text, columns)
    )
  }
  // The runner reads a log line that starts with "::" (after spaces) as a workflow command, and
  // a line may start with a name (the runtimes): the pair is broken by a zero-width space, at
  // the start of every line (`m`: a section is several lines).
  return blocks.join('\n').replace(/^(\s*):(?=:)/gm, '$1:\u200b')
}

/** A section as terminal lines: its head (when it has one), its items, its tail; never cut. */
function renderTerminalSection(s: Section): string {
  return s.head === ''
    ? [...s.items, ...(s.tail === '' ? [] : [s.tail])].join('\n')
    : renderSection(s)
}

/** A titled section after a blank line; absent without items. */
function titled(
  view: TerminalView,
  title: string,
  items: string[],
  noun: string
): Section | undefined {
  if (items.length === 0) return undefined
  return {
    head: `\n${view.paint(1, title)}`,
    items,
    tail: '',
    more: left => plural(left, noun),
    noun
  }
}

/** Lines that follow the section before, with no title of their own. */
function untitled(items: string[], noun: string): Section | undefined {
  if (items.length === 0) return undefined
  return { head: '', items, tail: '', more: left => plural(left, noun), noun }
}

/**
 * With several targets, the grid (experiments x targets, as the comment's) fitted to the width:
 * target columns as many as fit, folded into several grids past that; experiment titles cut to
 * what is left. Experiments skipped on every target are counted, not listed.
 */
function gridTableSection({ report, paint, columns }: TerminalView): Section {
  const { targets, labels, rows: all } = experimentGrid(report)
  const rows = all.filter(r => r.cells.some(cs => cs?.some(c => c.verdict !== 'skip')))
  const skippedEverywhere = all.length - rows.length
  const words = rows.map(r => r.cells.map(squareWords))
  const heads = targets.map(t => plain(labels.get(t) ?? t, 40))
  const widths = targets.map((_, k) =>
    Math.max(displayWidth(heads[k] ?? ''), ...words.map(w => displayWidth(w[k] ?? '')))
  )
  // As many target columns per grid as leave the experiment column at least MIN_TITLE wide.
  const groups: number[][] = []
  let group: number[] = []
  let used = MIN_TITLE
  widths.forEach((w, k) => {
    if (group.length > 0 && used + 2 + w > columns) {
      groups.push(group)
      group = []
      used = MIN_TITLE
    }
    group.push(k)
    used += 2 + w
  })
  if (group.length > 0) groups.push(group)
  const lines: string[] = []
  for (const [g, ks] of groups.entries()) {
    const rest = ks.reduce((n, k) => n + 2 + (widths[k] ?? 0), 0)
    const titleWidth = Math.max(
      MIN_TITLE,
      Math.min(columns - rest, Math.max(10, ...rows.map(r => displayWidth(plain(r.title, 200)))))
    )
    const pad = (t: string, w: number) => t + ' '.repeat(Math.max(0, w - displayWidth(t)))
    const line = (title: string, cells: string[], painted?: string[]) =>
      (
        pad(fit(title, titleWidth), titleWidth) +
        ks
          .map(
            (k, i) =>
              `  ${painted?.[i] ?? cells[i] ?? ''}${' '.repeat(Math.max(0, (widths[k] ?? 0) - displayWidth(cells[i] ?? '')))}`
          )
          .join('')
      ).trimEnd()
    if (g > 0) lines.push('')
    lines.push(
      paint(
        1,
        line(
          'experiment',
          ks.map(k => heads[k] ?? '')
        )
      )
    )
    lines.push(['-'.repeat(titleWidth), ...ks.map(k => '-'.repeat(widths[k] ?? 0))].join('  '))
    rows.forEach((r, i) => {
      const cells = ks.map(k => words[i]?.[k] ?? '')
      const painted = cells.map(c =>
        c.startsWith('FAIL') ? paint(31, c) : c.startsWith('error') ? paint(33, c) : c
      )
      lines.push(line(plain(r.title, 200), cells, painted))
    })
  }
  const keyed = targets.filter(t => (labels.get(t) ?? t) !== t)
  const tail = [
    skippedEverywhere > 0
      ? `${plural(skippedEverywhere, 'experiment')} skipped on every target (why: under Skipped).`
      : '',
    keyed.length > 0
      ? `Targets: ${keyed.map(t => `${plain(labels.get(t) ?? t, 40)} = ${plain(t, 120)}`).join(', ')}.`
      : '',
    '(--table cells prints one row per cell.)'
  ].filter(t => t !== '')
  return {
    head: '',
    items: lines,
    tail: tail.join('\n'),
    more: left => plural(left, 'more row'),
    noun: 'grid row'
  }
}

/** The experiment column's least width in the terminal grid. */
const MIN_TITLE = 24

/** A title cut to `width` columns, "…" at the end. */
function fit(title: string, width: number): string {
  if (displayWidth(title) <= width) return title
  let out = ''
  for (const ch of title) {
    if (displayWidth(`${out}${ch}…`) > width) break
    out += ch
  }
  return `${out}…`
}

/** A square of the terminal grid: the verdict of the cell that most needs a look. */
function squareWords(cells: CellReport[] | undefined): string {
  if (cells === undefined || cells.length === 0) return '-'
  let worst = cells[0] as CellReport
  for (const c of cells) if (cellRank(c, undefined) < cellRank(worst, undefined)) worst = c
  return `${VERDICT_LABELS[worst.verdict]}${interestingCount(worst) > 0 && worst.verdict === 'pass' ? '*' : ''}`
}

/** The grid with several targets (unless --table cells), else one row per cell. */
function cellTableSection(view: TerminalView): Section {
  return view.report.targets.length > 1 && view.table === 'grid'
    ? gridTableSection(view)
    : cellsTableSection(view)
}

/** One row per cell (the cells that need a look, in a large report), padded to the columns. */
function cellsTableSection({ report, paint, table: asked }: TerminalView): Section {
  const manyTargets = report.targets.length > 1
  const header = [
    '#',
    ...(manyTargets ? ['target'] : []),
    'experiment',
    'scenario',
    'params',
    'where callbacks ran',
    'verdict'
  ]
  // Skipped cells are said under Skipped (a Python pool skips the callback-API experiments):
  // listed only when asked for every cell, or when nothing ran.
  const ran = report.cells.some(c => c.verdict !== 'skip')
  const shown =
    asked === 'cells' || !ran ? report.cells : report.cells.filter(c => c.verdict !== 'skip')
  const listed = shown.length <= TERMINAL_ROWS ? shown : shown.filter(needsLook)
  // Pushed one by one: spreading the optional column costs an iterator per row of 100,000.
  const rows = listed.map(c => {
    const row = [plain(c.id, 20)]
    if (manyTargets) row.push(plain(c.target, 40))
    row.push(plain(cellTitle(c), 48), c.scenario, cellParams(c), plain(whereText(c), 60))
    row.push(VERDICT_LABELS[c.verdict] + verdictNotes(c))
    return row
  })
  const table = paddedTable(header, rows)
  const items = rows.map((_, r) => {
    const cell = listed[r] as CellReport
    const code =
      cell.verdict === 'fail' ? 31 : cell.verdict === 'error' ? 33 : cell.verdict === 'skip' ? 2 : 0
    const text = table.line(r)
    return code === 0 ? text : paint(code, text)
  })
  const skipped = report.cells.length - shown.length
  const unlisted = shown.length - listed.length
  const tail = [
    unlisted > 0
      ? `${plural(unlisted, 'more cell')}, passed or skipped, not listed: the JSON report lists every cell (the CLI writes it with --json FILE).`
      : '',
    skipped > 0 ? `${plural(skipped, 'skipped cell')} not listed: why, under Skipped.` : ''
  ].filter(t => t !== '')
  return {
    head: `${paint(1, table.header)}\n${table.rule}`,
    items,
    tail: tail.join('\n'),
    more: left => plural(left, 'more cell'),
    noun: 'cell row'
  }
}

/**
 * A table's lines padded to its columns' display widths: the header, the rule under it, and row
 * r as line(r). Each cell's width is measured once, into one flat array (a report may hold
 * 100,000 rows).
 */
function paddedTable(
  header: string[],
  rows: string[][]
): { header: string; rule: string; line: (r: number) => string } {
  // A loop, not Math.max(...widths): spreading 100,000 rows into a call overflows the stack.
  const columns = header.length
  const headerWidths = header.map(displayWidth)
  const widths = [...headerWidths]
  const measured = new Uint32Array(rows.length * columns)
  rows.forEach((row, r) => {
    for (let i = 0; i < columns; i++) {
      const w = displayWidth(row[i] ?? '')
      measured[r * columns + i] = w
      if (w > (widths[i] ?? 0)) widths[i] = w
    }
  })
  // Padding strings made once, not once per cell.
  const pads = Array.from({ length: Math.max(...widths) + 1 }, (_, n) => ' '.repeat(n))
  /**
   * A row padded to the widths; `shown` holds its cells' widths from `at` on. trimEnd() also
   * makes the line one flat string: 100,000 lines kept as trees of pieces cost the collector more.
   */
  const line = (cells: string[], shown: ArrayLike<number>, at: number) => {
    let text = ''
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) text += '  '
      text += (cells[i] ?? '') + (pads[Math.max(0, (widths[i] ?? 0) - (shown[at + i] ?? 0))] ?? '')
    }
    return text.trimEnd()
  }
  return {
    // Padded by its own widths, as every row is (with `widths` it was never padded at all).
    header: line(header, headerWidths, 0),
    rule: widths.map(w => '-'.repeat(w)).join('  '),
    line: r => line(rows[r] as string[], measured, r * columns)
  }
}

/** Per failing cell: why it could not run, or each rule it broke with examples, and its notes. */
function whatBrokeSection(view: TerminalView): Section | undefined {
  const { report, paint } = view
  const items: string[] = []
  for (const c of report.cells) {
    if (c.verdict !== 'fail' && c.verdict !== 'error') continue
    // With several targets, the target is named: "c61 cancel of a queued future on relay-pool".
    const on = report.targets.length > 1 ? ` on ${plain(c.target, 80)}` : ''
    const where = `${plain(c.id, 20)} ${plain(cellTitle(c))}${on}`
    if (c.verdict === 'error') {
      items.push(`  ${where}: could not run: ${plain(c.reason ?? 'unknown', 300)}`)
      for (const l of (c.stderrTail ?? []).slice(-5)) items.push(`      stderr: ${plain(l, 160)}`)
      continue
    }
    for (const v of c.violations) {
      items.push(
        `  ${where}: ${paint(31, plain(v.rule, 60))}, ${v.count} callback${v.count === 1 ? '' : 's'}: ${plain(describeViolation(v), 200)}`
      )
      items.push(`      rule: ${plain(v.says, 300)}`)
      for (const s of v.samples.slice(0, 2)) items.push(`      e.g. ${plain(sampleText(s), 160)}`)
    }
    for (const n of c.notes ?? []) items.push(`      note: ${plain(n, 300)}`)
  }
  return titled(view, 'What broke', items, '"What broke" line')
}

function reproduceSection(view: TerminalView): Section | undefined {
  const r = view.report.reproducer
  if (r === undefined) return undefined
  return titled(
    view,
    'Reproduce it alone',
    [`  ${plain(r.command, 400)}`, `      ${plain(reproducerWords(r), 400)}`],
    'line'
  )
}

/** Each interesting outcome of each cell, then how often each interesting entry occurred. */
function interestingSection(view: TerminalView): Section | undefined {
  const { report } = view
  const items: string[] = []
  let cells = 0
  for (const c of report.cells) {
    if (interestingCount(c) === 0) continue
    cells += 1
    for (const o of c.outcomes.filter(x => x.grade === 'interesting')) {
      items.push(
        `  ${plain(c.id, 20)} ${plain(cellTitle(c))}: ${plain(o.rules.join(', '), 120)} x${o.count} (registered ${plain(String(o.facts.registered), 40)}, ran on ${plain(String(o.facts.ranOn), 40)})`
      )
    }
  }
  for (const r of interestingRatesOf(report))
    items.push(`  ${plain(r.entry)} on ${plain(r.target)}: ${plain(interestingWords(r), 200)}`)
  if (cells === 0) return untitled(items, 'interesting line')
  return {
    head: `\n${view.paint(1, 'Interesting (allowed, worth a look)')}`,
    items,
    tail: '',
    more: left => plural(left, 'interesting line'),
    noun: 'interesting line'
  }
}

/** The row says "skipped"; why is said once per reason, with the first few cells it covers. */
function skippedSection(view: TerminalView): Section | undefined {
  const skipped = byReason(view.report.cells.filter(c => c.verdict === 'skip'))
  const items = [...skipped].map(([reason, cells]) => {
    const ids = cells.slice(0, SKIPPED_IDS_SHOWN).map(c => plain(c.id, 20))
    const more = cells.length > SKIPPED_IDS_SHOWN ? `, +${cells.length - SKIPPED_IDS_SHOWN}` : ''
    return `  ${ids.join(', ')}${more}: ${plain(reason, 300)}`
  })
  return titled(view, 'Skipped', items, 'skip reason')
}

/** The cells of a report file whose claims were wrong, or graded by the file's own contract. */
function judgedSection(view: TerminalView): Section | undefined {
  const items = judgedNotes(view.report).map(n => `  ${plain(n, 300)}`)
  return titled(view, 'Judged from the evidence', items, 'judged line')
}

/** Per target its evidence in words (and pooled over its history), then the trends. */
function evidenceSection({ report, paint }: TerminalView): Section {
  const items: string[] = []
  const pooled = new Map(
    (report.pooled?.targets ?? []).filter(p => p.runs > 1).map(p => [p.target, p])
  )
  for (const t of report.targets) {
    items.push(`  ${plain(t.name)}: ${plain(targetEvidenceWords(report, t.name), 400)}`)
    const p = pooled.get(t.name)
    if (p !== undefined) items.push(`      ${plain(pooledTargetWords(p), 400)}`)
  }
  if (report.budget !== undefined)
    items.push(`  ${plain(perturbationWords(report.budget.perturbation), 500)}`)
  for (const note of report.pooled?.notes ?? []) items.push(`  history: ${plain(note, 400)}`)
  for (const t of shownTrends(report))
    items.push(`  ${plain(t.entry, 60)} on ${plain(t.target)}: ${plain(trendWords(t), 300)}`)
  return {
    head: `\n${paint(1, 'Evidence (95% confidence)')}`,
    items,
    tail: '',
    more: left => plural(left, 'evidence line'),
    noun: 'evidence line'
  }
}

function controlSection(view: TerminalView): Section | undefined {
  const items = (view.report.control ?? []).map(r => {
    const words = plain(controlWords(r), 500)
    return `  ${plain(r.target)}: ${r.status === 'missed' || r.status === 'partly' ? view.paint(31, words) : words}`
  })
  return titled(view, 'Positive control', items, 'control line')
}

/** Run-level warnings (a free-threaded runtime whose GIL came back on), loud in every sink. */
function warningSection(view: TerminalView): Section | undefined {
  const items = (view.report.warnings ?? []).map(
    w =>
      `  ${plain(w.target)}: ${view.paint(w.level === 'error' ? 31 : 33, `${w.level === 'error' ? 'ERROR' : 'WARNING'}: ${plain(w.message, 500)}`)}`
  )
  return titled(view, 'Warnings', items, 'warning line')
}

function runtimeSection({ report, paint }: TerminalView): Section {
  // The same contract for the same reason on every target is said once, after the runtimes.
  const reasons = new Set(report.targets.map(t => `${t.contract}\n${t.contractReason ?? ''}`))
  const first = report.targets[0]
  const shared =
    report.targets.length > 1 && reasons.size === 1 && first?.contractReason !== undefined
      ? first
      : undefined
  const items = report.targets.map(t => {
    const r = t.runtime
    const what =
      r === undefined
        ? `did not start: ${plain(t.error ?? 'unknown')}`
        : `${plain(r.implementation)} ${plain(runtimeVersion(r))}, ${plain(r.executor)}${r.gil === undefined ? '' : `; ${plain(gilWords(r.gil))}`}`
    const tasks = whereTasksRan(report, t.name)
    const contract =
      shared === undefined
        ? `; contract ${plain(t.contract)}${t.contractReason === undefined ? '' : ` (${plain(t.contractReason)})`}`
        : ''
    return `  ${plain(t.name)}: ${what}${contract}${tasks === undefined || tasks === '' ? '' : `; tasks ran ${tasks}`}`
  })
  if (shared !== undefined)
    items.push(
      `  every target: contract ${plain(shared.contract)} (${plain(shared.contractReason ?? '')})`
    )
  return {
    head: `\n${paint(1, 'Runtimes')}`,
    items,
    tail: '',
    more: left => plural(left, 'more target'),
    noun: 'runtime line'
  }
}

function baselineSection({ report }: TerminalView): Section | undefined {
  const source = report.baselineSource
  return source === undefined ? undefined : untitled(['', baselineWords(source)], 'baseline line')
}

/** The closing line: the verdict, the headline, the time, and a positive control not caught. */
function verdictSection({ report, paint }: TerminalView): Section {
  const code = report.verdict === 'pass' ? 32 : report.verdict === 'fail' ? 31 : 33
  const line = `${paint(code, report.verdict.toUpperCase())}: ${headline(report)} in ${(report.durationMs / 1000).toFixed(1)} s${controlMissed(report.control) ? '; the positive control was not caught, so this run proves little' : ''}`
  return untitled(['', line], 'verdict line') as Section
}

/** " (disputed)", " (report's contract)": what the verdict column says besides the verdict. */
function verdictNotes(c: CellReport): string {
  // Most cells have none: no list to build and join for each of them.
  if (
    c.dispute === undefined &&
    c.gradedByReportContract === undefined &&
    interestingCount(c) === 0
  )
    return ''
  const notes = [
    interestingCount(c) > 0 ? ' (interesting)' : '',
    c.dispute === undefined ? '' : ' (disputed)',
    c.gradedByReportContract === undefined ? '' : " (report's contract)"
  ]
  return notes.join('')
}

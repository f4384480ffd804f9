/**
 * The terminal view: one row per cell, then what broke, what was interesting and why cells were
 * skipped, then the runtimes and a closing line. Colour only on a TTY and never with NO_COLOR.
 * Every string from outside goes through plain(); columns are padded by display width (wide
 * characters take two).
 */
import stringWidth from 'string-width'
import { plain } from './escape.js'
import {
  interestingRatesOf,
  interestingWords,
  pooledTargetWords,
  shownTrends,
  targetEvidenceWords,
  trendWords
} from './evidence.js'
import { baselineWords } from './baseline-source.js'
import type { CellReport, Report } from './model.js'
import { reproducerWords } from './reproducer.js'
import { controlMissed, controlWords } from './control.js'
import { cellRank, plural } from './section.js'
import { byReason } from './sections.js'
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
} from './summarize.js'

type Paint = (code: number, text: string) => string

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

export function renderTerminal(report: Report, color = false): string {
  const paint: Paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text)
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
  const listed =
    report.cells.length <= TERMINAL_ROWS ? report.cells : report.cells.filter(needsLook)
  // Pushed one by one: spreading the optional column costs an iterator per row of 100,000.
  const rows = listed.map(c => {
    const row = [plain(c.id, 20)]
    if (manyTargets) row.push(plain(c.target, 40))
    row.push(plain(cellTitle(c), 48), c.scenario, cellParams(c), plain(whereText(c), 60))
    row.push(VERDICT_LABELS[c.verdict] + verdictNotes(c))
    return row
  })
  // A loop, not Math.max(...widths): spreading 100,000 rows into a call overflows the stack.
  // Each cell's width is measured once, into one flat array (a report may hold 100,000 rows).
  const columns = header.length
  const widths = header.map(displayWidth)
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
  const out: string[] = [
    paint(1, line(header, widths, 0)),
    widths.map(w => '-'.repeat(w)).join('  ')
  ]
  rows.forEach((row, r) => {
    const cell = listed[r] as CellReport
    const code =
      cell.verdict === 'fail' ? 31 : cell.verdict === 'error' ? 33 : cell.verdict === 'skip' ? 2 : 0
    const text = line(row, measured, r * columns)
    out.push(code === 0 ? text : paint(code, text))
  })
  const unlisted = report.cells.length - listed.length
  if (unlisted > 0)
    out.push(
      `${plural(unlisted, 'more cell')}, passed or skipped, not listed: the JSON report lists every cell (the CLI writes it with --json FILE).`
    )

  const failing = report.cells.filter(c => c.verdict === 'fail' || c.verdict === 'error')
  if (failing.length > 0) out.push('', paint(1, 'What broke'))
  for (const c of failing) {
    const where = `${plain(c.id, 20)} ${plain(cellTitle(c))}`
    if (c.verdict === 'error') {
      out.push(`  ${where}: could not run: ${plain(c.reason ?? 'unknown', 300)}`)
      for (const l of (c.stderrTail ?? []).slice(-5)) out.push(`      stderr: ${plain(l, 160)}`)
      continue
    }
    for (const v of c.violations) {
      out.push(
        `  ${where}: ${paint(31, plain(v.rule, 60))}, ${v.count} callback${v.count === 1 ? '' : 's'}: ${plain(describeViolation(v), 200)}`
      )
      out.push(`      rule: ${plain(v.says, 300)}`)
      for (const s of v.samples.slice(0, 2)) out.push(`      e.g. ${plain(sampleText(s), 160)}`)
    }
    for (const n of c.notes ?? []) out.push(`      note: ${plain(n, 300)}`)
  }
  const reproducer = report.reproducer
  if (reproducer !== undefined)
    out.push(
      '',
      paint(1, 'Reproduce it alone'),
      `  ${plain(reproducer.command, 400)}`,
      `      ${plain(reproducerWords(reproducer), 400)}`
    )
  const interesting = report.cells.filter(c => interestingCount(c) > 0)
  if (interesting.length > 0) out.push('', paint(1, 'Interesting (allowed, worth a look)'))
  for (const c of interesting) {
    for (const o of c.outcomes.filter(x => x.grade === 'interesting')) {
      out.push(
        `  ${plain(c.id, 20)} ${plain(cellTitle(c))}: ${plain(o.rules.join(', '), 120)} x${o.count} (registered ${plain(String(o.facts.registered), 40)}, ran on ${plain(String(o.facts.ranOn), 40)})`
      )
    }
  }

  for (const r of interestingRatesOf(report))
    out.push(`  ${plain(r.entry)} on ${plain(r.target)}: ${plain(interestingWords(r), 200)}`)

  // The row says "skipped"; why is said once per reason, with the first few cells it covers.
  const skipped = byReason(report.cells.filter(c => c.verdict === 'skip'))
  if (skipped.size > 0) out.push('', paint(1, 'Skipped'))
  for (const [reason, cells] of skipped) {
    const ids = cells.slice(0, SKIPPED_IDS_SHOWN).map(c => plain(c.id, 20))
    const more = cells.length > SKIPPED_IDS_SHOWN ? `, +${cells.length - SKIPPED_IDS_SHOWN}` : ''
    out.push(`  ${ids.join(', ')}${more}: ${plain(reason, 300)}`)
  }

  const judged = judgedLines(report)
  if (judged.length > 0) out.push('', paint(1, 'Judged from the evidence'))
  for (const l of judged) out.push(l)

  out.push('', paint(1, 'Evidence (95% confidence)'))
  const pooled = new Map(
    (report.pooled?.targets ?? []).filter(p => p.runs > 1).map(p => [p.target, p])
  )
  for (const t of report.targets) {
    out.push(`  ${plain(t.name)}: ${plain(targetEvidenceWords(report, t.name), 400)}`)
    const p = pooled.get(t.name)
    if (p !== undefined) out.push(`      ${plain(pooledTargetWords(p), 400)}`)
  }
  for (const note of report.pooled?.notes ?? []) out.push(`  history: ${plain(note, 400)}`)
  for (const t of shownTrends(report))
    out.push(`  ${plain(t.entry, 60)} on ${plain(t.target)}: ${plain(trendWords(t), 300)}`)

  const controls = report.control ?? []
  if (controls.length > 0) out.push('', paint(1, 'Positive control'))
  for (const r of controls)
    out.push(
      `  ${plain(r.target)}: ${r.status === 'missed' || r.status === 'partly' ? paint(31, plain(controlWords(r), 500)) : plain(controlWords(r), 500)}`
    )

  out.push('', paint(1, 'Runtimes'))
  for (const t of report.targets) {
    const r = t.runtime
    const what =
      r === undefined
        ? `did not start: ${plain(t.error ?? 'unknown')}`
        : `${plain(r.implementation)} ${plain(r.version)}, ${plain(r.executor)}`
    const tasks = whereTasksRan(report, t.name)
    out.push(
      `  ${plain(t.name)}: ${what}; contract ${plain(t.contract)}${t.contractReason === undefined ? '' : ` (${plain(t.contractReason)})`}${tasks === undefined || tasks === '' ? '' : `; tasks ran ${tasks}`}`
    )
  }
  if (report.baselineSource !== undefined) out.push('', baselineWords(report.baselineSource))
  const verdictCode = report.verdict === 'pass' ? 32 : report.verdict === 'fail' ? 31 : 33
  out.push(
    '',
    `${paint(verdictCode, report.verdict.toUpperCase())}: ${headline(report)} in ${(report.durationMs / 1000).toFixed(1)} s${controlMissed(report.control) ? '; the positive control was not caught, so this run proves little' : ''}`
  )
  // The runner reads a log line that starts with "::" (after spaces) as a workflow command, and
  // a line may start with a name (the runtimes): the pair is broken by a zero-width space.
  return out.map(l => l.replace(/^(\s*):(?=:)/, '$1:\u200b')).join('\n')
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

/** The cells of a report file whose claims were wrong, or graded by the file's own contract. */
function judgedLines(report: Report): string[] {
  return judgedNotes(report).map(n => `  ${plain(n, 300)}`)
}

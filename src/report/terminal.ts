/**
 * The terminal view: one row per cell, then what broke and what was interesting, then the
 * runtimes and a closing line. Colour only on a TTY and never with NO_COLOR.
 */
import { plain } from './escape.js'
import { interestingRatesOf, interestingWords, targetEvidenceWords } from './evidence.js'
import type { CellReport, Report } from './model.js'
import {
  VERDICT_LABELS,
  cellParams,
  cellTitle,
  describeViolation,
  headline,
  interestingCount,
  sampleText,
  whereText,
  whereTasksRan
} from './summarize.js'

type Paint = (code: number, text: string) => string

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
  const rows = report.cells.map(c => [
    c.id,
    ...(manyTargets ? [plain(c.target, 40)] : []),
    plain(cellTitle(c), 48),
    c.scenario,
    cellParams(c),
    plain(whereText(c), 60),
    VERDICT_LABELS[c.verdict] + (interestingCount(c) > 0 ? ' (interesting)' : '')
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  const out: string[] = [paint(1, line(header)), widths.map(w => '-'.repeat(w)).join('  ')]
  for (const [i, row] of rows.entries()) {
    const cell = report.cells[i] as CellReport
    const code =
      cell.verdict === 'fail' ? 31 : cell.verdict === 'error' ? 33 : cell.verdict === 'skip' ? 2 : 0
    out.push(code === 0 ? line(row) : paint(code, line(row)))
  }

  const failing = report.cells.filter(c => c.verdict === 'fail' || c.verdict === 'error')
  if (failing.length > 0) out.push('', paint(1, 'What broke'))
  for (const c of failing) {
    if (c.verdict === 'error') {
      out.push(
        `  ${c.id} ${plain(cellTitle(c))}: could not run: ${plain(c.reason ?? 'unknown', 300)}`
      )
      for (const l of (c.stderrTail ?? []).slice(-5)) out.push(`      stderr: ${plain(l, 160)}`)
      continue
    }
    for (const v of c.violations) {
      out.push(
        `  ${c.id} ${plain(cellTitle(c))}: ${paint(31, v.rule)}, ${v.count} callback${v.count === 1 ? '' : 's'}: ${plain(describeViolation(v), 200)}`
      )
      out.push(`      rule: ${v.says}`)
      for (const s of v.samples.slice(0, 2)) out.push(`      e.g. ${plain(sampleText(s), 160)}`)
    }
  }
  const interesting = report.cells.filter(c => interestingCount(c) > 0)
  if (interesting.length > 0) out.push('', paint(1, 'Interesting (allowed, worth a look)'))
  for (const c of interesting) {
    for (const o of c.outcomes.filter(x => x.grade === 'interesting')) {
      out.push(
        `  ${c.id} ${plain(cellTitle(c))}: ${o.rules.join(', ')} x${o.count} (registered ${String(o.facts.registered)}, ran on ${String(o.facts.ranOn)})`
      )
    }
  }

  for (const r of interestingRatesOf(report))
    out.push(`  ${plain(r.entry)} on ${plain(r.target)}: ${plain(interestingWords(r), 200)}`)

  out.push('', paint(1, 'Evidence (95% confidence)'))
  for (const t of report.targets)
    out.push(`  ${plain(t.name)}: ${plain(targetEvidenceWords(report, t.name), 400)}`)

  out.push('', paint(1, 'Runtimes'))
  for (const t of report.targets) {
    const r = t.runtime
    const what =
      r === undefined
        ? `did not start: ${plain(t.error ?? 'unknown')}`
        : `${plain(r.implementation)} ${plain(r.version)}, ${plain(r.executor)}`
    const tasks = whereTasksRan(report, t.name)
    out.push(
      `  ${plain(t.name)}: ${what}; contract ${plain(t.contract)}${tasks === undefined || tasks === '' ? '' : `; tasks ran ${tasks}`}`
    )
  }
  const verdictCode = report.verdict === 'pass' ? 32 : report.verdict === 'fail' ? 31 : 33
  out.push(
    '',
    `${paint(verdictCode, report.verdict.toUpperCase())}: ${headline(report)} in ${(report.durationMs / 1000).toFixed(1)} s`
  )
  return out.join('\n')
}

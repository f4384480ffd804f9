/**
 * The Markdown report: the table that goes into the job summary and the pull-request comment.
 * One row per cell (where callbacks ran, verdict), then each broken rule with its evidence.
 * Every string that came from outside goes through md() or code().
 */
import { code, md } from './escape.js'
import type { CellReport, Report } from './model.js'
import {
  VERDICT_LABELS,
  cellTitle,
  describeViolation,
  headline,
  interestingCount,
  sampleText,
  whereText
} from './summarize.js'

const ICONS = { pass: '✅', fail: '❌', error: '⚠️', skip: '⏭️' } as const

export function verdictIcon(verdict: keyof typeof ICONS): string {
  return ICONS[verdict]
}

export function renderMarkdown(report: Report, title = 'callback-thread-guard'): string {
  return [
    `## ${ICONS[report.verdict]} ${md(title)}: ${report.verdict}`,
    '',
    `${headline(report)}.`,
    '',
    cellTable(report.cells, report.targets.length > 1),
    failureSection(report.cells),
    interestingSection(report.cells),
    runtimeSection(report)
  ]
    .filter(s => s !== '')
    .join('\n')
}

export function cellTable(cells: CellReport[], showTarget: boolean): string {
  const head = [
    '',
    ...(showTarget ? ['target'] : []),
    'experiment',
    'scenario',
    'workers',
    'tasks',
    'task ms',
    'delay ms',
    'where callbacks ran',
    'verdict'
  ]
  const rows = cells.map(c => cellRow(c, showTarget))
  return (
    [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows].join('\n') + '\n'
  )
}

export function cellRow(c: CellReport, showTarget: boolean): string {
  const verdict = VERDICT_LABELS[c.verdict] + (interestingCount(c) > 0 ? ' (interesting)' : '')
  const cols = [
    ICONS[c.verdict],
    ...(showTarget ? [md(c.target, 60)] : []),
    md(cellTitle(c), 80),
    c.scenario,
    String(c.workers),
    String(c.tasks) + (c.repeat > 1 ? ` x${c.repeat}` : ''),
    String(c.taskMs),
    c.scenario === 'timed' ? String(c.callbackDelayMs) : '-',
    md(whereText(c), 120),
    c.verdict === 'fail'
      ? `**${verdict}**: ${c.violations.map(v => code(v.rule)).join(', ')}`
      : verdict
  ]
  return `| ${cols.join(' | ')} |`
}

export function failureSection(cells: CellReport[]): string {
  const failing = cells.filter(c => c.verdict === 'fail' || c.verdict === 'error')
  if (failing.length === 0) return ''
  const out = ['### What broke', '']
  for (const c of failing) out.push(...failureLines(c), '')
  return out.join('\n')
}

export function failureLines(c: CellReport): string[] {
  const where = `**${c.id}** ${md(c.target, 60)} / ${md(cellTitle(c), 80)}`
  if (c.verdict === 'error') {
    const tail = (c.stderrTail ?? []).slice(-5)
    return [
      `- ${where}: could not run: ${md(c.reason ?? 'unknown', 300)}`,
      ...(tail.length > 0
        ? [`  <br>last stderr lines: ${tail.map(l => code(l, 160)).join(' ')}`]
        : [])
    ]
  }
  return c.violations.flatMap(v => [
    `- ${where}: breaks ${code(v.rule)} in ${v.count} callback${v.count === 1 ? '' : 's'}: ${md(describeViolation(v), 300)}`,
    `  <br>rule: ${md(v.says, 300)} (source: ${md(v.source, 40)})`,
    ...v.samples.slice(0, 2).map(s => `  <br>e.g. ${md(sampleText(s), 200)}`)
  ])
}

function interestingSection(cells: CellReport[]): string {
  const lines = cells.flatMap(c =>
    c.outcomes
      .filter(o => o.grade === 'interesting')
      .map(
        o =>
          `- **${c.id}** ${md(cellTitle(c), 80)}: ${o.rules.map(r => code(r)).join(', ')} x${o.count} (registered ${md(String(o.facts.registered))}, ran on ${md(String(o.facts.ranOn))})`
      )
  )
  if (lines.length === 0) return ''
  return ['### Interesting (allowed, worth a look)', '', ...lines, ''].join('\n')
}

function runtimeSection(report: Report): string {
  const rows = report.targets.map(t => {
    const r = t.runtime
    const runtime =
      r === undefined
        ? `did not start: ${md(t.error ?? 'unknown', 200)}`
        : `${md(r.implementation)} ${md(r.version)}`
    return `| ${md(t.name, 60)} | ${runtime} | ${r === undefined ? '-' : code(r.executor)} | ${code(t.contract)} |`
  })
  return [
    '<details><summary>Runtimes and contracts</summary>',
    '',
    '| target | runtime | executor | contract |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '</details>',
    ''
  ].join('\n')
}

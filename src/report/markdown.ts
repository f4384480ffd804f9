/**
 * The Markdown report: the table that goes into the job summary and the pull-request comment.
 * One row per cell (where callbacks ran, verdict), a Mermaid chart of where callbacks ran, each
 * broken rule with its evidence, and, against a baseline, what changed.
 *
 * A pull-request comment is limited in size (65,536 characters), so the report can be rendered
 * within a budget: the failing and changed rows come first, the rest are kept while they fit, and
 * a closing note says what was left out and where the full report is.
 *
 * Every string that came from outside goes through md(), code() or mermaidText().
 */
import { changeOf, isChanged, type BaselineDiff, type CellChange } from './compare.js'
import { code, md, plain } from './escape.js'
import type { CellReport, Report } from './model.js'
import {
  PLACE_LABELS,
  VERDICT_LABELS,
  cellTitle,
  describeViolation,
  headline,
  interestingCount,
  judgedNotes,
  sampleText,
  whereText,
  whereTasksRan
} from './summarize.js'

const ICONS = { pass: '✅', fail: '❌', error: '⚠️', skip: '⏭️' } as const

/** Above this many cells the chart groups cells by scenario, or it would be unreadable. */
const CHART_MAX_CELLS = 30
/** Room kept for the closing note of a cut report, besides where the full report is. */
const NOTE_RESERVE = 800

export function verdictIcon(verdict: keyof typeof ICONS): string {
  return ICONS[verdict]
}

export interface SizeLimit {
  /** The most the document may measure. */
  max: number
  /** How it is measured: characters by default; the job summary counts bytes. */
  measure?: (text: string) => number
  /** How the limit is named in the note, e.g. "GitHub's 65,536-character comment limit". */
  label: string
}

export interface RenderOptions {
  title?: string
  /** A hidden first line (an HTML comment) that finds the sticky comment again. Trusted. */
  marker?: string
  /** Add a Mermaid chart of where callbacks ran. */
  chart?: boolean
  /** Mark what changed against a baseline report. */
  diff?: BaselineDiff
  limit?: SizeLimit
  /** Markdown saying where the full report is, used when something is left out. Trusted. */
  fullReport?: string
  /** A closing line, such as the commit and the run. Trusted. */
  footer?: string
}

export function renderMarkdown(report: Report, title = 'callback-thread-guard'): string {
  return renderReport(report, { title })
}

export function renderReport(report: Report, options: RenderOptions = {}): string {
  const diff = options.diff
  const showTarget = report.targets.length > 1
  const full = document([
    ...headBlocks(report, options),
    tableBlock(report.cells, showTarget, diff),
    options.chart === true ? chartBlock(report.cells) : '',
    failureSection(report.cells),
    diff === undefined ? '' : changesSection(report.cells, diff),
    interestingSection(report.cells),
    runtimeSection(report),
    options.footer ?? ''
  ])
  const limit = options.limit
  if (limit === undefined || measureWith(limit)(full) <= limit.max) return full
  return renderCut(report, options, limit)
}

function measureWith(limit: SizeLimit): (text: string) => number {
  return limit.measure ?? (text => text.length)
}

function document(blocks: string[]): string {
  return `${blocks
    .map(b => b.replace(/\n+$/, ''))
    .filter(b => b !== '')
    .join('\n\n')}\n`
}

function headBlocks(report: Report, options: RenderOptions): string[] {
  const title = options.title ?? 'callback-thread-guard'
  return [
    options.marker ?? '',
    `## ${ICONS[report.verdict]} ${md(title)}: ${report.verdict}`,
    `${headline(report)}.`,
    options.diff === undefined ? '' : baselineLine(options.diff),
    judgedNotes(report)
      .map(n => `- ⚖️ ${md(n, 400)}`)
      .join('\n')
  ]
}

function baselineLine(diff: BaselineDiff): string {
  const n = diff.newViolations
  const parts = [
    n === 0 ? 'no new violations' : `**${n} new violation${n === 1 ? '' : 's'}**`,
    `${diff.fixedCells} cell${diff.fixedCells === 1 ? '' : 's'} fixed`,
    `${diff.changedCells} changed`
  ]
  if (diff.removed.length > 0) parts.push(`${diff.removed.length} no longer run`)
  return `Against the baseline: ${parts.join(', ')}.`
}

// ---------------------------------------------------------------------------------------------
// The table

export function cellTable(cells: CellReport[], showTarget: boolean): string {
  return tableBlock(cells, showTarget, undefined)
}

function tableHeader(showTarget: boolean, diff: BaselineDiff | undefined): string {
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
    'verdict',
    ...(diff === undefined ? [] : ['vs baseline'])
  ]
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`].join('\n')
}

function tableBlock(cells: CellReport[], showTarget: boolean, diff?: BaselineDiff): string {
  const rows = cells.map(c => tableRow(c, showTarget, diff))
  return [tableHeader(showTarget, diff), ...rows].join('\n') + '\n'
}

export function cellRow(c: CellReport, showTarget: boolean): string {
  return tableRow(c, showTarget, undefined)
}

function tableRow(c: CellReport, showTarget: boolean, diff: BaselineDiff | undefined): string {
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
      : verdict,
    ...(diff === undefined ? [] : [changeText(changeOf(diff, c.id))])
  ]
  return `| ${cols.join(' | ')} |`
}

/** The "vs baseline" column: what is different about this cell, most important first. */
function changeText(change: CellChange | undefined): string {
  if (change === undefined) return '-'
  const parts: string[] = []
  if (change.isNew) parts.push('new cell')
  if (change.newViolations.length > 0)
    parts.push(`🆕 **new violation**: ${change.newViolations.map(r => code(r)).join(', ')}`)
  if (change.fixed) parts.push('✅ fixed')
  else if (change.fixedViolations.length > 0)
    parts.push(`no longer breaks ${change.fixedViolations.map(r => code(r)).join(', ')}`)
  if (
    !change.isNew &&
    !change.fixed &&
    change.before !== undefined &&
    change.before !== change.after
  )
    parts.push(`was ${VERDICT_LABELS[change.before]}`)
  if (change.appeared.length > 0) parts.push(`+${plural(change.appeared.length, 'outcome')}`)
  if (change.vanished.length > 0) parts.push(`−${plural(change.vanished.length, 'outcome')}`)
  return parts.length === 0 ? '-' : parts.join('; ')
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`
}

// ---------------------------------------------------------------------------------------------
// Sections

export function failureSection(cells: CellReport[]): string {
  const failing = cells.filter(isFailing)
  if (failing.length === 0) return ''
  return ['### What broke', '', ...failing.flatMap(c => failureLines(c))].join('\n')
}

function isFailing(c: CellReport): boolean {
  return c.verdict === 'fail' || c.verdict === 'error'
}

export function failureLines(c: CellReport): string[] {
  const where = `**${md(c.id, 20)}** ${md(c.target, 60)} / ${md(cellTitle(c), 80)}`
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

function changesSection(cells: CellReport[], diff: BaselineDiff): string {
  const lines = changeLines(cells, diff)
  if (lines.length === 0) return ''
  return ['### Against the baseline', '', ...lines].join('\n')
}

/** One line per change: new violations, fixes, verdicts, outcomes that appeared or vanished. */
function changeLines(cells: CellReport[], diff: BaselineDiff): string[] {
  const lines: string[] = []
  for (const c of cells) {
    const change = changeOf(diff, c.id)
    if (change === undefined || !isChanged(change)) continue
    const where = `**${md(c.id, 20)}** ${md(c.target, 60)} / ${md(cellTitle(c), 80)}`
    const was =
      change.before === undefined ? 'not in the baseline' : `was ${VERDICT_LABELS[change.before]}`
    if (change.newViolations.length > 0)
      lines.push(
        `- ${where}: 🆕 new violation of ${change.newViolations.map(r => code(r)).join(', ')} (${was})`
      )
    else if (change.isNew) lines.push(`- ${where}: new cell, ${VERDICT_LABELS[change.after]}`)
    if (change.fixed)
      lines.push(
        `- ${where}: ✅ fixed (the baseline broke ${change.fixedViolations.map(r => code(r)).join(', ')})`
      )
    else if (change.fixedViolations.length > 0)
      lines.push(
        `- ${where}: no longer breaks ${change.fixedViolations.map(r => code(r)).join(', ')}`
      )
    if (
      !change.isNew &&
      !change.fixed &&
      change.newViolations.length === 0 &&
      change.before !== change.after
    )
      lines.push(`- ${where}: ${was}, now ${VERDICT_LABELS[change.after]}`)
    for (const o of change.appeared)
      lines.push(`- ${where}: outcome appeared: ${outcomeText(o.facts)} (${o.grade}) x${o.count}`)
    for (const o of change.vanished)
      lines.push(
        `- ${where}: outcome vanished: ${outcomeText(o.facts)} (was ${o.grade}) x${o.count}`
      )
  }
  for (const r of diff.removed)
    lines.push(
      `- no longer run: ${md(r.target, 60)} / ${md(r.title, 80)} (${r.scenario}, was ${VERDICT_LABELS[r.verdict]})`
    )
  return lines
}

function outcomeText(facts: Record<string, unknown>): string {
  return md(
    Object.entries(facts)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', '),
    200
  )
}

function interestingSection(cells: CellReport[]): string {
  const lines = cells.flatMap(c =>
    c.outcomes
      .filter(o => o.grade === 'interesting')
      .map(
        o =>
          `- **${md(c.id, 20)}** ${md(cellTitle(c), 80)}: ${o.rules.map(r => code(r)).join(', ')} x${o.count} (registered ${md(String(o.facts.registered))}, ran on ${md(String(o.facts.ranOn))})`
      )
  )
  if (lines.length === 0) return ''
  return ['### Interesting (allowed, worth a look)', '', ...lines].join('\n')
}

function runtimeSection(report: Report): string {
  const rows = report.targets.map(t => {
    const r = t.runtime
    const runtime =
      r === undefined
        ? `did not start: ${md(t.error ?? 'unknown', 200)}`
        : `${md(r.implementation)} ${md(r.version)}`
    const tasks = whereTasksRan(report, t.name)
    return `| ${md(t.name, 60)} | ${runtime} | ${r === undefined ? '-' : code(r.executor)} | ${code(t.contract)} | ${tasks === undefined || tasks === '' ? '-' : tasks} |`
  })
  return [
    '<details><summary>Runtimes and contracts</summary>',
    '',
    '| target | runtime | executor | contract | where tasks ran |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '</details>'
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
// The chart

/**
 * A Mermaid flowchart from each cell (or each scenario, for large reports) to the places its
 * callbacks ran, with the number of callbacks on each arrow; arrows of forbidden outcomes are
 * red, interesting ones amber. Node ids are generated; labels go through mermaidText().
 */
export function chartBlock(cells: CellReport[]): string {
  const observed = cells.filter(c => c.outcomes.length > 0)
  if (observed.length === 0) return ''
  const perCell = observed.length <= CHART_MAX_CELLS
  const groups = perCell
    ? observed.map(c => ({ label: `${c.id} ${cellTitle(c)}`, cells: [c] }))
    : [...new Set(observed.map(c => c.scenario))].map(scenario => {
        const members = observed.filter(c => c.scenario === scenario)
        return { label: `${scenario}, ${plural(members.length, 'cell')}`, cells: members }
      })

  const places: string[] = []
  const lines = ['```mermaid', 'flowchart LR']
  const forbidden: number[] = []
  const interesting: number[] = []
  let edge = 0
  groups.forEach((group, g) => {
    lines.push(`  g${g}["${mermaidText(group.label)}"]`)
    const arrows = new Map<string, { count: number; forbidden: boolean; interesting: boolean }>()
    for (const c of group.cells) {
      for (const o of c.outcomes) {
        const ranOn = String(o.facts.ranOn)
        const place = (PLACE_LABELS[ranOn] ?? ranOn) + (o.facts.inline === true ? ' (inline)' : '')
        const arrow = arrows.get(place) ?? { count: 0, forbidden: false, interesting: false }
        arrow.count += o.count
        arrow.forbidden ||= o.grade === 'forbidden'
        arrow.interesting ||= o.grade === 'interesting'
        arrows.set(place, arrow)
      }
    }
    for (const [place, arrow] of arrows) {
      let p = places.indexOf(place)
      if (p === -1) {
        p = places.push(place) - 1
        lines.push(`  p${p}["${mermaidText(place)}"]`)
      }
      lines.push(`  g${g} -->|${arrow.count}| p${p}`)
      if (arrow.forbidden) forbidden.push(edge)
      else if (arrow.interesting) interesting.push(edge)
      edge += 1
    }
  })
  if (forbidden.length > 0)
    lines.push(`  linkStyle ${forbidden.join(',')} stroke:#cf222e,stroke-width:3px`)
  if (interesting.length > 0)
    lines.push(`  linkStyle ${interesting.join(',')} stroke:#bf8700,stroke-width:2px`)
  lines.push('```')

  const caption =
    'Each arrow counts callbacks; red ones broke the contract, amber ones are allowed but interesting.' +
    (perCell ? '' : ` Cells are grouped by scenario (more than ${CHART_MAX_CELLS} cells).`)
  return ['### Where callbacks ran', '', caption, '', ...lines].join('\n')
}

/**
 * A label inside a quoted Mermaid node: letters, digits and a few signs that are plain text inside
 * quotes stay, anything else becomes a Mermaid entity code (#34; for a double quote, #60; for
 * "<"), so a label can close neither the quotes, the node, the code fence nor an HTML tag.
 */
export function mermaidText(text: string, max = 60): string {
  return [...plain(text, max)]
    .map(ch => (/^[A-Za-z0-9 ,.:_+()-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`))
    .join('')
}

// ---------------------------------------------------------------------------------------------
// Within a size limit

/** Rows from this priority on are routine: they get the room the others leave. */
const ROUTINE = 4

/** The order in which rows are kept when not all fit: what needs a reader's eyes first. */
function rowPriority(c: CellReport, diff: BaselineDiff | undefined): number {
  const change = changeOf(diff, c.id)
  if (change !== undefined && change.newViolations.length > 0) return 0
  if (c.verdict === 'fail') return 1
  if (c.verdict === 'error') return 2
  if (change !== undefined && isChanged(change)) return 3
  if (interestingCount(c) > 0) return 4
  return 5
}

function renderCut(report: Report, options: RenderOptions, limit: SizeLimit): string {
  const measure = measureWith(limit)
  const diff = options.diff
  const showTarget = report.targets.length > 1
  const head = headBlocks(report, options)
  const footer = options.footer ?? ''
  // Blocks are joined by blank lines: two characters each.
  let used = measure(document([...head, footer])) + NOTE_RESERVE + measure(options.fullReport ?? '')
  const fits = (text: string) => used + measure(text) + 2 <= limit.max
  const take = (text: string) => {
    used += measure(text) + 2
    return text
  }

  // Rows in priority order (a stable sort keeps the report's order within each group). The rows
  // that need attention, their details and the baseline changes get the room first; the other
  // rows fill what is left.
  const ordered = [...report.cells].sort((a, b) => rowPriority(a, diff) - rowPriority(b, diff))
  let table = take(tableHeader(showTarget, diff))
  const shown: CellReport[] = []
  const addRows = (until: (c: CellReport) => boolean) => {
    for (const c of ordered.slice(shown.length)) {
      const row = `\n${tableRow(c, showTarget, diff)}`
      if (until(c) || !fits(row)) return
      table += row
      used += measure(row)
      shown.push(c)
    }
  }
  addRows(c => rowPriority(c, diff) >= ROUTINE)

  const failing = shown.filter(isFailing)
  let details = ''
  let detailed = 0
  if (failing.length > 0 && fits('### What broke\n\n')) {
    details = take('### What broke\n')
    for (const c of failing) {
      const block = `\n${failureLines(c).join('\n')}`
      if (!fits(block)) break
      details += block
      used += measure(block)
      detailed += 1
    }
    if (detailed === 0) details = ''
  }

  let changes = ''
  let changeCount = 0
  const allChanges = diff === undefined ? [] : changeLines(ordered, diff)
  if (allChanges.length > 0 && fits('### Against the baseline\n\n')) {
    changes = take('### Against the baseline\n')
    for (const line of allChanges) {
      if (!fits(`\n${line}`)) break
      changes += `\n${line}`
      used += measure(line) + 1
      changeCount += 1
    }
    if (changeCount === 0) changes = ''
  }

  const optional = (text: string) => (text !== '' && fits(text) ? take(text) : '')
  const runtimes = runtimeSection(report)
  const keptRuntimes = optional(runtimes)

  // Only when every row that needs attention is in, so the table keeps its order.
  const next = ordered[shown.length]
  if (next !== undefined && rowPriority(next, diff) >= ROUTINE) addRows(() => false)

  const interesting = interestingSection(ordered)
  const chart = options.chart === true ? chartBlock(report.cells) : ''
  const keptInteresting = optional(interesting)
  // The chart draws every cell: keep it only when the table could show every row.
  const keptChart = shown.length === report.cells.length ? optional(chart) : ''

  const left: string[] = []
  const hiddenRows = report.cells.length - shown.length
  if (hiddenRows > 0) {
    const hiddenFailing = report.cells.filter(isFailing).length - failing.length
    left.push(
      `${plural(hiddenRows, 'row')} of ${report.cells.length.toLocaleString('en-US')} (${hiddenFailing === 0 ? 'none of them failing' : `${plural(hiddenFailing, 'failing row')} among them`})`
    )
  }
  const allFailing = report.cells.filter(isFailing).length
  if (detailed < allFailing)
    left.push(`the details of ${plural(allFailing - detailed, 'failing cell')}`)
  if (changeCount < allChanges.length)
    left.push(plural(allChanges.length - changeCount, 'baseline change'))
  if (chart !== '' && keptChart === '') left.push('the chart')
  if (interesting !== '' && keptInteresting === '') left.push('the interesting outcomes')
  if (keptRuntimes === '') left.push('the runtimes')
  const note = [
    `✂️ **Cut to stay under ${limit.label}.** Left out: ${left.join(', ')}.`,
    options.fullReport === undefined ? '' : ` The full report: ${options.fullReport}.`
  ].join('')

  return document([
    ...head,
    table,
    keptChart,
    details,
    changes,
    keptInteresting,
    keptRuntimes,
    note,
    footer
  ])
}

/**
 * The Markdown report of the job summary and the pull-request comment. Its first screen says
 * whether anything broke, where (a grid of experiments by target, or one target's table, failures
 * first), which rule (grouped, each rule once) and whether it is new (against a baseline);
 * everything else sits under <details>.
 *
 * Within a size limit (a comment holds 65,536 characters) sections are filled in the order a
 * reader needs them, each keeping its first items, and a closing note says what was left out and
 * where the full report is. Every string that came from outside goes through md() or code() in
 * the section builders; sizes are measured once per item (linear).
 */
import { baselineLine, baselineSection } from './baseline.js'
import { baselineSourceMarkdown } from '../words/baseline-source.js'
import type { BaselineDiff } from '../../report/compare.js'
import { code, md } from '../../escape.js'
import { driftWords, driftedTrends } from '../../report/evidence.js'
import { evidenceSections, withEvidence } from './evidence.js'
import { shortTargetLabels } from './labels.js'
import type { Report } from '../../report/model.js'
import { controlWords } from '../words/control.js'
import { reproducerWords } from '../words/reproducer.js'
import { cellFigures, renderSection, plural, type ReportView, type Section } from './section.js'
import {
  couldNotRunSection,
  interestingSection,
  runtimeSection,
  skippedSection,
  whatBrokeSection
} from './findings.js'
import { headline, judgedNotes } from '../../report/summarize.js'
import { ICONS, OVERVIEW_ROWS, compactSection, fullTableSection, text } from './tables.js'
import { fullGridSection, gridLegend, gridSections } from './grid.js'

/** Room kept for the closing note of a cut report, besides where the full report is. */
const NOTE_RESERVE = 800
/** Room kept per cut section for its "N more" line. */
const MORE_RESERVE = 120

export function verdictIcon(verdict: keyof typeof ICONS): string {
  return ICONS[verdict]
}

export interface SizeLimit {
  /** The most the document may measure. */
  max: number
  /**
   * How it is measured: characters by default; the job summary counts bytes. Whatever it counts
   * must add up over whole strings, with a newline measuring one.
   */
  measure?: (text: string) => number
  /** How the limit is named in the note, e.g. "GitHub's 65,536-character comment limit". */
  label: string
}

export interface RenderOptions {
  title?: string
  /** A hidden first line (an HTML comment) that finds the sticky comment again. Trusted. */
  marker?: string
  /** Mark what changed against a baseline report. */
  diff?: BaselineDiff
  limit?: SizeLimit
  /** Markdown saying where the full report is, used when something is left out. Trusted. */
  fullReport?: string
  /** A closing line, such as the commit and the run. Trusted. */
  footer?: string
  /** The report's sections, built once for several renderings (prepareReport). */
  prepared?: PreparedReport
}

export function renderMarkdown(report: Report, title = 'callback-thread-guard'): string {
  return renderReport(report, { title })
}

type Slot =
  | 'overview'
  | 'broke'
  | 'errors'
  | 'baseline'
  | 'evidence'
  | 'skipped'
  | 'interesting'
  | 'full'
  | 'runtimes'

/** The order in which sections get room when not everything fits. */
const FILL_ORDER: Slot[] = [
  'broke',
  'errors',
  'overview',
  'baseline',
  'evidence',
  'skipped',
  'runtimes',
  'interesting',
  'full'
]
/** The order in which they are printed. */
const PRINT_ORDER: Slot[] = [
  'overview',
  'broke',
  'errors',
  'baseline',
  'evidence',
  'skipped',
  'interesting',
  'full',
  'runtimes'
]

/**
 * What every rendering of one report against one baseline shares: its sections, built once. The
 * Action renders a report up to four times (the file, the job summary, the comment, the check
 * run), each within its own limit; with a prepared report they only assemble and cut.
 */
export interface PreparedReport {
  readonly report: Report
  readonly diff: BaselineDiff | undefined
  readonly sections: ReadonlyMap<Slot, Section[]>
  /** Which rules broke, and where: the line before any table. */
  readonly broken: string
  /** Which interesting outcomes' rates drifted from the history: the line after it. */
  readonly drift: string
  readonly legend: string
  /** The sections in print order, whole: made on first use. */
  body?: string
}

export function prepareReport(report: Report, diff?: BaselineDiff): PreparedReport {
  const targets = new Set([...report.targets.map(t => t.name), ...report.cells.map(c => c.target)])
  for (const r of diff?.removed ?? []) targets.add(r.target)
  const view: ReportView = {
    report,
    ...(diff === undefined ? {} : { diff }),
    labels: shortTargetLabels([...targets]),
    multiTarget: targets.size > 1,
    ...cellFigures(report, diff)
  }
  const sections = new Map<Slot, Section[]>()
  const put = (slot: Slot, s: Section | undefined) => {
    if (s !== undefined) sections.set(slot, [...(sections.get(slot) ?? []), s])
  }
  // The grid (or one target's table) shows what needs a look; everything is in the full one.
  const gridShown: string[] = []
  let together: Section | undefined
  if (view.multiTarget) {
    for (const g of gridSections(view)) {
      put('overview', g)
      gridShown.push(...g.items)
    }
    put('full', fullGridSection(view))
  } else {
    const compact = compactSection(view)
    put('overview', compact)
    const hidden = (compact?.items.length ?? 0) < report.cells.length
    // A short report keeps its cells, runtime and rules in one <details>: a pass is a few lines.
    if (hidden && report.cells.length <= OVERVIEW_ROWS) together = fullTableSection(view)
    else if (hidden) put('full', fullTableSection(view))
  }
  put('broke', whatBrokeSection(view))
  put('errors', couldNotRunSection(view))
  put('baseline', baselineSection(view))
  for (const e of evidenceSections(view)) put('evidence', e)
  put('skipped', skippedSection(view))
  put('interesting', interestingSection(view))
  const runtimes = withEvidence(runtimeSection(view), view)
  put(
    'runtimes',
    together === undefined
      ? runtimes
      : {
          ...runtimes,
          head: `<details><summary>All ${plural(report.cells.length, 'cell')}, the runtime and the evidence per rule</summary>\n`,
          items: [
            together.head.replace(/^<details>.*\n\n/, ''),
            ...together.items,
            '',
            ...runtimes.items
          ]
        }
  )
  return {
    report,
    diff,
    sections,
    broken: brokenLine(view),
    drift: driftLine(view),
    legend: gridShown.length > 0 ? gridLegend(view, gridShown) : ''
  }
}

/**
 * The report as Markdown. `options.prepared` is used when it was prepared from this report and
 * this diff; otherwise the sections are built here.
 */
export function renderReport(report: Report, options: RenderOptions = {}): string {
  const prepared =
    options.prepared?.report === report && options.prepared.diff === options.diff
      ? options.prepared
      : prepareReport(report, options.diff)
  const sections = prepared.sections
  const head = [
    ...headBlocks(report, options, prepared.broken),
    prepared.drift,
    controlBlock(report),
    warningBlock(report)
  ]
  const legend = prepared.legend
  const footer = options.footer ?? ''
  const body = (takes: Map<Section, number> | undefined) =>
    PRINT_ORDER.flatMap(slot => {
      const blocks = (sections.get(slot) ?? []).flatMap(s => {
        const take = takes === undefined ? s.items.length : (takes.get(s) ?? -1)
        return take < 0 ? [] : [renderSection(s, take)]
      })
      return slot === 'overview' && blocks.length > 0 ? [...blocks, legend] : blocks
    })
  // A cut report says so before the tables, not below them.
  const assemble = (blocks: string[], note: string) => document([...head, note, ...blocks, footer])

  // The whole body is joined as document() joins blocks, so it is one block of the same text.
  prepared.body ??= trimNewlines(document(body(undefined)))
  const limit = options.limit
  if (limit === undefined) return assemble([prepared.body], '')
  const measure = limit.measure ?? ((t: string) => t.length)
  // Measured by its parts, not built first: the whole may be tens of megabytes, and is thrown
  // away when it does not fit (characters and UTF-8 bytes both add up over whole strings).
  const fullParts = [...head, prepared.body, footer].map(trimNewlines).filter(b => b !== '')
  const fullSize = fullParts.reduce((n, b) => n + measure(b), 0) + 2 * (fullParts.length - 1) + 1
  if (fullSize <= limit.max) return `${fullParts.join('\n\n')}\n`

  // Blocks are joined by blank lines: two characters each.
  let used =
    measure(document([...head, legend, footer])) + NOTE_RESERVE + measure(options.fullReport ?? '')
  const takes = new Map<Section, number>()
  const left: string[] = []
  for (const slot of FILL_ORDER)
    for (const s of sections.get(slot) ?? []) {
      const frame = measure(s.head) + measure(s.tail) + 4 + MORE_RESERVE
      if (used + frame > limit.max) {
        left.push(plural(s.items.length, s.noun))
        continue
      }
      used += frame
      let take = 0
      for (const item of s.items) {
        const cost = measure(item) + 1
        if (used + cost > limit.max) break
        used += cost
        take += 1
      }
      takes.set(s, take)
      if (take < s.items.length) left.push(plural(s.items.length - take, s.noun))
    }
  const note = [
    `✂️ **Cut to stay under ${limit.label}.** Left out: ${left.join(', ')}.`,
    options.fullReport === undefined ? '' : ` The full report: ${options.fullReport}.`
  ].join('')
  return assemble(body(takes), note)
}

function document(blocks: string[]): string {
  return `${blocks
    .map(trimNewlines)
    .filter(b => b !== '')
    .join('\n\n')}\n`
}

/** Without its trailing newlines; read from the end, since a block may be megabytes long. */
function trimNewlines(block: string): string {
  let end = block.length
  while (end > 0 && block.charCodeAt(end - 1) === 10) end -= 1
  return end === block.length ? block : block.slice(0, end)
}

/** The title, and one paragraph: the counts, the baseline, and which rules broke where. */
function headBlocks(report: Report, options: RenderOptions, broken: string): string[] {
  const title = options.title ?? 'callback-thread-guard'
  return [
    options.marker ?? '',
    `## ${ICONS[report.verdict]} ${text(title, 120)}: ${report.verdict}`,
    // With one target, nothing else on the first screen names it.
    `${report.targets.length === 1 ? `${code(report.targets[0]?.name ?? '', 80)}: ` : ''}${headline(report)}.${report.baselineSource === undefined ? '' : `<br>${baselineSourceMarkdown(report.baselineSource)}`}${options.diff === undefined ? '' : `<br>${baselineLine(options.diff)}`}${broken === '' ? '' : `<br>${broken}`}`,
    judgedNotes(report)
      .map(n => `- ⚖️ ${md(n, 400)}`)
      .join('\n')
  ]
}

/** On the first screen: interesting outcomes whose rate drifted from the pooled history. */
function driftLine(view: ReportView): string {
  const drifted = driftedTrends(view.report)
  if (drifted.length === 0) return ''
  const entries = drifted.map(t => {
    const where = view.multiTarget ? ` (${text(view.labels.get(t.target) ?? t.target, 40)})` : ''
    return `${code(t.entry, 60)}${where}: ${text(driftWords(t), 200)}`
  })
  return `**⚠️ Rate drift:** ${entries.join('; ')}.`
}

/** On the first screen: what the positive control saw, a missed one as a warning. */
function controlBlock(report: Report): string {
  return (report.control ?? [])
    .map(r => {
      const who = report.targets.length > 1 ? `${code(r.target, 80)}: ` : ''
      const mark =
        r.status === 'missed' || r.status === 'partly' ? '⚠️ ' : r.status === 'caught' ? '🎯 ' : ''
      return `- ${mark}**Positive control:** ${who}${md(controlWords(r), 500)}.`
    })
    .join('\n')
}

/** On the first screen: run-level warnings (a free-threaded runtime whose GIL came back on). */
function warningBlock(report: Report): string {
  return (report.warnings ?? [])
    .map(w => {
      const who = report.targets.length > 1 ? `${code(w.target, 80)}: ` : ''
      const mark = w.level === 'error' ? '❌ **Error:**' : '⚠️ **Warning:**'
      return `- ${mark} ${who}${md(w.message, 500)}.`
    })
    .join('\n')
}

/**
 * On the first screen, before any table: which rules broke, and where. Rules broken on the same
 * targets share their names once: "**Broken** on relay-pool: a, b, c."
 */
function brokenLine(view: ReportView): string {
  const rules = new Map<string, Set<string>>()
  for (const c of view.report.cells)
    for (const v of c.violations) {
      const targets = rules.get(v.rule) ?? new Set<string>()
      targets.add(c.target)
      rules.set(v.rule, targets)
    }
  if (rules.size === 0) return ''
  const byWhere = new Map<string, string[]>()
  for (const [rule, targets] of rules) {
    const where = view.multiTarget
      ? [...targets].map(t => text(view.labels.get(t) ?? t, 40)).join(', ')
      : ''
    byWhere.set(where, [...(byWhere.get(where) ?? []), code(rule, 60)])
  }
  const entries = [...byWhere].map(([where, list]) =>
    where === '' ? list.join(', ') : `on ${where}: ${list.join(', ')}`
  )
  const r = view.report.reproducer
  const reproduce =
    r === undefined
      ? ''
      : `<br>**Reproduce it alone:** ${code(r.command, 300)} ${md(reproducerWords(r), 400)}.`
  const said = view.multiTarget
    ? `**Broken** ${entries.join('; ')}`
    : `**Broken:** ${entries[0] ?? ''}`
  return `${said}.${reproduce}`
}

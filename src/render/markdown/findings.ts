/**
 * The grouped sections of the Markdown report: what broke (one entry per rule, then the targets
 * and cells that broke it), what could not run (by reason), skipped cells (by reason),
 * interesting outcomes, runtimes. Every string from a probe, a config or a report goes through
 * text() or code(); grouping is by maps, linear in the cells.
 */
import type { Violation } from '../../grading/grade.js'
import type { Sample } from '../../probes/protocol.js'
import { code } from '../../escape.js'
import type { CellReport } from '../../report/model.js'
import { idList, plural, type ReportView, type Section } from './section.js'
import { describeViolation, whereTasksRan } from '../../report/summarize.js'
import { text } from './tables.js'
import { gilWords, runtimeVersion } from '../words/gil.js'

interface Breakers {
  rule: string
  says: string
  source: string
  /** Per target: the cells, their callbacks, and the first violation as the example. */
  byTarget: Map<string, { cells: CellReport[]; callbacks: number; first: Violation }>
}

/** A target's label, never empty: it goes between ** markers, and "****" is no bold. */
export function targetLabel(view: ReportView, target: string): string {
  return text(view.labels.get(target) ?? target, 40) || '(no name)'
}

/** One entry per broken rule: its sentence and source once, then who broke it, with an example. */
export function whatBrokeSection(view: ReportView): Section | undefined {
  const rules = new Map<string, Breakers>()
  for (const c of view.report.cells) {
    for (const v of c.violations) {
      let entry = rules.get(v.rule)
      if (entry === undefined) {
        entry = { rule: v.rule, says: v.says, source: v.source, byTarget: new Map() }
        rules.set(v.rule, entry)
      }
      const t = entry.byTarget.get(c.target)
      if (t === undefined)
        entry.byTarget.set(c.target, { cells: [c], callbacks: v.count, first: v })
      else {
        if (t.cells[t.cells.length - 1] !== c) t.cells.push(c)
        t.callbacks += v.count
      }
    }
  }
  if (rules.size === 0) return undefined
  const items: string[] = []
  for (const r of rules.values()) {
    items.push(
      `**${code(r.rule, 60)}**: ${text(r.says, 300)} <sub>(source: ${text(r.source, 60)})</sub>`
    )
    for (const [target, t] of r.byTarget) {
      const who = view.multiTarget ? `**${targetLabel(view, target)}**: ` : ''
      const sample = t.first.samples[0]
      items.push(
        `- ${who}${plural(t.cells.length, 'cell')} (${idList(t.cells)}), ${plural(t.callbacks, 'callback')}: ${text(describeViolation(t.first), 200)}${sample === undefined ? '' : `; e.g. ${text(sampleWords(sample), 160)}`}`
      )
      // What happened, in words (an event hub that ran callbacks late, or never): the first
      // cell's notes stand for the target's.
      const noted = t.cells.find(c => (c.notes?.length ?? 0) > 0)
      for (const n of noted?.notes ?? [])
        items.push(`  - <sub>${text(noted?.id ?? '', 20)}: ${text(n, 300)}</sub>`)
    }
    items.push('')
  }
  items.pop()
  return {
    head: '### What broke\n',
    items,
    tail: '',
    more: left => `\n${plural(left, 'more line')} left out.`,
    noun: '"What broke" line'
  }
}

/** "callback on Dispatcher, task on ThreadPoolExecutor-0_0": the threads a sample names. */
function sampleWords(s: Sample): string {
  const parts: string[] = []
  if (s.callback !== undefined && s.callback !== null) parts.push(`callback on ${s.callback}`)
  if (s.task !== undefined && s.task !== null) parts.push(`task on ${s.task}`)
  // The caller matters when the callback ran there; otherwise it is the main thread every time.
  if (s.caller !== undefined && s.caller !== null && s.caller === s.callback)
    parts.push('the thread that added it')
  return parts.length === 0 ? 'no thread names' : parts.join(', ')
}

/** Cells grouped by a reason: errors (with the stderr tail of the first), or skips. */
export function byReason(cells: CellReport[]): Map<string, CellReport[]> {
  const groups = new Map<string, CellReport[]>()
  for (const c of cells) {
    const reason = c.reason ?? 'no reason given'
    const list = groups.get(reason)
    if (list === undefined) groups.set(reason, [c])
    else list.push(c)
  }
  return groups
}

function reasonLines(
  view: ReportView,
  groups: Map<string, CellReport[]>,
  tails: boolean
): string[] {
  const lines: string[] = []
  for (const [reason, cells] of groups) {
    const targets = new Map<string, CellReport[]>()
    for (const c of cells) {
      const list = targets.get(c.target)
      if (list === undefined) targets.set(c.target, [c])
      else list.push(c)
    }
    const where = [...targets]
      .map(([t, cs]) =>
        view.multiTarget ? `**${targetLabel(view, t)}** ${idList(cs, 4)}` : idList(cs, 8)
      )
      .join('; ')
    lines.push(`- ${text(reason, 300)}: ${plural(cells.length, 'cell')} (${where})`)
    const tail = tails ? (cells[0]?.stderrTail ?? []).slice(-5) : []
    if (tail.length > 0)
      lines.push(`  <br>last stderr lines: ${tail.map(l => code(l, 160)).join(' ')}`)
  }
  return lines
}

export function couldNotRunSection(view: ReportView): Section | undefined {
  const errors = view.report.cells.filter(c => c.verdict === 'error')
  if (errors.length === 0) return undefined
  return {
    head: '### Could not run\n',
    items: reasonLines(view, byReason(errors), true),
    tail: '',
    more: left => `\n${plural(left, 'more line')} left out.`,
    noun: '"Could not run" line'
  }
}

export function skippedSection(view: ReportView): Section | undefined {
  const skipped = view.report.cells.filter(c => c.verdict === 'skip')
  if (skipped.length === 0) return undefined
  return {
    head: `<details><summary>${plural(skipped.length, 'cell')} skipped</summary>\n`,
    items: reasonLines(view, byReason(skipped), false),
    tail: '\n</details>',
    more: left => `\n${plural(left, 'more reason')} left out.`,
    noun: 'skip reason'
  }
}

/** Interesting outcomes grouped by the entry that allowed them and by target. */
export function interestingSection(view: ReportView): Section | undefined {
  const groups = new Map<string, { cells: CellReport[]; count: number; facts: string }>()
  for (const c of view.report.cells)
    for (const o of c.outcomes) {
      if (o.grade !== 'interesting') continue
      const key = JSON.stringify([o.rules.join(','), c.target])
      const g = groups.get(key)
      if (g === undefined)
        groups.set(key, {
          cells: [c],
          count: o.count,
          facts: `registered ${String(o.facts.registered)}, ran on ${String(o.facts.ranOn)}`
        })
      else {
        if (g.cells[g.cells.length - 1] !== c) g.cells.push(c)
        g.count += o.count
      }
    }
  if (groups.size === 0) return undefined
  const items = [...groups].map(([key, g]) => {
    const [rules, target] = JSON.parse(key) as [string, string]
    const who = view.multiTarget ? `**${targetLabel(view, target)}** ` : ''
    return `- ${who}${code(rules, 80)}: ${plural(g.count, 'callback')} in ${idList(g.cells)} (e.g. ${text(g.facts, 120)})`
  })
  return {
    head: '<details><summary>Interesting outcomes (allowed, worth a look)</summary>\n',
    items,
    tail: '\n</details>',
    more: left => `\n${plural(left, 'more line')} left out.`,
    noun: 'interesting-outcome line'
  }
}

/** A list, not a table: executor names and paths are long words that would widen a table. */
export function runtimeSection(view: ReportView): Section {
  const items = view.report.targets.map(t => {
    const r = t.runtime
    const runtime =
      r === undefined
        ? `did not start: ${text(t.error ?? 'unknown', 200)}`
        : `${text(r.implementation, 40)} ${text(runtimeVersion(r), 40)}, ${code(r.executor)}${r.gil === undefined ? '' : `; ${text(gilWords(r.gil), 200)}`}`
    const tasks = whereTasksRan(view.report, t.name)
    const named = (view.labels.get(t.name) ?? t.name) === t.name ? '' : ` (${code(t.name, 120)})`
    return `- **${targetLabel(view, t.name)}**${named}: ${runtime}; contract ${code(t.contract, 60)}${tasks === undefined || tasks === '' ? '' : `; tasks ran ${tasks}`}`
  })
  return {
    head: '<details><summary>Runtimes and contracts</summary>\n',
    items,
    tail: '\n</details>',
    more: left => `- ${plural(left, 'more target')}`,
    noun: 'runtime line'
  }
}

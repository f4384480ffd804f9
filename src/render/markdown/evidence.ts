/**
 * The evidence of the Markdown report: one line per target in words (under <details> with several
 * targets), with the pooled line of its history beneath and what started a history again; then,
 * under <details>, the bound of every rule, the rate of every interesting outcome, the pooled bound
 * of every rule and each outcome's trend. Every string from a report goes through text() or code().
 */
import { MIN_RATIO } from '../../grading/drift.js'
import { code } from '../../escape.js'
import {
  allTargetsEvidenceWords,
  callbacksChecked,
  evidenceOf,
  interestingRatesOf,
  interestingWords,
  pooledRuleWords,
  pooledTargetWords,
  rateWords,
  shownTrends,
  targetEvidenceWords,
  trendWords
} from '../../report/evidence.js'
import { perturbationWords } from '../words/perturbation.js'
import { plural, type ReportView, type Section } from './section.js'
import { targetLabel } from './findings.js'
import { text } from './tables.js'

function who(view: ReportView, target: string): string {
  return view.multiTarget ? `**${targetLabel(view, target)}**: ` : ''
}

function evidenceParts(view: ReportView) {
  const report = view.report
  const pooled = report.pooled
  // Pooled lines only where a history adds to this run: one run pooled is this run's own line.
  const pooledTargets = new Map(
    (pooled?.targets ?? []).filter(p => p.runs > 1).map(p => [p.target, p])
  )
  const targetLines = report.targets.flatMap(t => {
    const p = pooledTargets.get(t.name)
    return [
      `- ${who(view, t.name)}${text(targetEvidenceWords(report, t.name), 600)}`,
      ...(p === undefined ? [] : [`  - ${text(pooledTargetWords(p), 400)}`])
    ]
  })
  if (report.budget !== undefined)
    targetLines.push(`- ${text(perturbationWords(report.budget.perturbation), 500)}`)
  for (const note of pooled?.notes ?? []) targetLines.push(`- 🔁 ${text(note, 400)}`)
  const pooledRules = (pooled?.evidence ?? [])
    .filter(e => e.runs > 1)
    .map(e => `- ${who(view, e.target)}${text(pooledRuleWords(e), 400)}`)
  const trends = shownTrends(report).map(
    t => `- ${who(view, t.target)}${code(t.entry, 60)}: ${text(trendWords(t), 300)}`
  )
  const historyLines = [
    ...(pooledRules.length === 0
      ? []
      : ['', 'Pooled over the runs of the history:', '', ...pooledRules]),
    ...(trends.length === 0
      ? []
      : [
          '',
          `Interesting outcomes per run, oldest first (drift test: p below ${pooled?.alpha ?? 0} over the whole report, and a change of at least ${MIN_RATIO}x):`,
          '',
          ...trends
        ])
  ]
  const many = view.multiTarget
  const rows = evidenceOf(report).map(
    e =>
      `| ${many ? `${targetLabel(view, e.target)} | ` : ''}${code(e.rule, 60)} | ${e.checked.toLocaleString('en-US')} | ${e.broken.toLocaleString('en-US')} | ${couldBreakCell(e)} |`
  )
  const table = [
    '',
    `${many ? '| target ' : ''}| rule | callbacks checked | broken | could break it (95% confidence) |`,
    `|${many ? ' --- |' : ''} --- | ---: | ---: | --- |`,
    ...rows
  ]
  const rates = interestingRatesOf(report).map(
    r => `- ${who(view, r.target)}${code(r.entry, 60)}: ${text(interestingWords(r), 200)}`
  )
  const rateLines =
    rates.length === 0 ? [] : ['', 'How often interesting outcomes occurred:', '', ...rates]
  return { targetLines, table, rateLines: [...rateLines, ...historyLines] }
}

/** The bound of a rule in the table: about callbacks not seen to break it, never beside a violation. */
function couldBreakCell(e: { checked: number; broken: number; upperBound: number }): string {
  if (e.checked === 0) return 'not checked'
  if (e.broken > 0) return `it broke: ${text(rateWords(e.broken / e.checked), 40)} of those checked`
  if (e.upperBound >= 1) return 'too few checked for a bound'
  return `fewer than ${text(rateWords(e.upperBound), 40)}`
}

const more = (left: number) => `\n${plural(left, 'more line')} left out.`

/**
 * One target: its evidence line in the open, right under the table (a paragraph when it is one
 * line); the rules go with the runtime under <details> (withEvidence). Several: one line for them
 * all when none broke a rule; everything else goes into the runtimes' <details>.
 */
export function evidenceSections(view: ReportView): Section[] {
  if (view.report.targets.length === 0) return []
  if (view.multiTarget) {
    // Several targets that broke nothing: one line for them all, the rest under <details>.
    const all = allTargetsEvidenceWords(view.report)
    if (all === undefined) return []
    return [
      {
        head: '',
        items: [`**Evidence:** ${text(all, 400)}`],
        tail: '',
        more,
        noun: 'evidence line'
      }
    ]
  }
  const { targetLines } = evidenceParts(view)
  const only = targetLines.length === 1 ? targetLines[0] : undefined
  if (only !== undefined)
    return [
      {
        head: '',
        items: [`**Evidence:** ${only.replace(/^- /, '')}`],
        tail: '',
        more,
        noun: 'evidence line'
      }
    ]
  return [
    {
      head: '**Evidence:**\n',
      items: targetLines,
      tail: '',
      more,
      noun: 'evidence line'
    }
  ]
}

/** The runtimes section also carries the evidence per rule (and per target, with several). */
export function withEvidence(runtimes: Section, view: ReportView): Section {
  if (view.report.targets.length === 0) return runtimes
  const { targetLines, table, rateLines } = evidenceParts(view)
  const checked = plural(callbacksChecked(view.report), 'callback')
  if (!view.multiTarget)
    return {
      ...runtimes,
      head: `<details><summary>Runtime, contract and evidence per rule (${checked} checked)</summary>\n`,
      items: [...runtimes.items, ...table, ...rateLines],
      more
    }
  return {
    ...runtimes,
    head: `<details><summary>Runtimes, contracts and evidence (95% confidence; ${checked} checked)</summary>\n`,
    items: [...runtimes.items, '', '**Evidence**', '', ...targetLines, ...table, ...rateLines],
    more
  }
}

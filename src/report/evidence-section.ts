/**
 * The evidence of the Markdown report: one line per target in words, then, under <details>, the
 * bound of every rule and the rate of every interesting outcome. Every string from a report goes
 * through text() or code().
 */
import { code } from './escape.js'
import {
  evidenceOf,
  interestingRatesOf,
  interestingWords,
  rateWords,
  targetEvidenceWords
} from './evidence.js'
import { plural, type ReportView, type Section } from './section.js'
import { text } from './tables.js'

function who(view: ReportView, target: string): string {
  return view.multiTarget ? `**${text(view.labels.get(target) ?? target, 40)}**: ` : ''
}

export function evidenceSections(view: ReportView): Section[] {
  const report = view.report
  if (report.targets.length === 0) return []
  const lines: Section = {
    head: '### Evidence (95% confidence)\n',
    items: report.targets.map(
      t => `- ${who(view, t.name)}${text(targetEvidenceWords(report, t.name), 600)}`
    ),
    tail: '',
    more: left => `- ${plural(left, 'more target')}`,
    noun: 'evidence line'
  }
  const rows = evidenceOf(report).map(
    e =>
      `| ${view.multiTarget ? `${text(view.labels.get(e.target) ?? e.target, 40)} | ` : ''}${code(e.rule, 60)} | ${e.checked.toLocaleString('en-US')} | ${e.broken.toLocaleString('en-US')} | ${e.checked === 0 ? 'not checked' : e.upperBound >= 1 ? '100%' : text(rateWords(e.upperBound), 40)} |`
  )
  const perRule: Section = {
    head: `<details><summary>Evidence per rule</summary>\n\n${view.multiTarget ? '| target ' : ''}| rule | callbacks checked | broken | rate below (95%) |\n|${view.multiTarget ? ' --- |' : ''} --- | ---: | ---: | --- |`,
    items: rows,
    tail: '\n</details>',
    more: left => `\n${plural(left, 'more rule')} left out.`,
    noun: 'evidence row'
  }
  const rates = interestingRatesOf(report)
  const sections = [lines, perRule]
  if (rates.length > 0)
    sections.push({
      head: '<details><summary>How often interesting outcomes occurred</summary>\n',
      items: rates.map(
        r => `- ${who(view, r.target)}${code(r.entry, 60)}: ${text(interestingWords(r), 200)}`
      ),
      tail: '\n</details>',
      more: left => `\n${plural(left, 'more line')} left out.`,
      noun: 'interesting-rate line'
    })
  return sections
}

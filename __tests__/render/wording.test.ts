/**
 * Evidence read as a reader reads it (issue 23): a bound is about violations not seen, so a target
 * or rule with violations never gets a "below" (or "fewer than") phrase beside them, and a passing
 * one never shows a bare percentage: every figure is "fewer than X ... could break". Checked on
 * every report of the browser fixtures (real runs, one of them broken), alone and merged, in the
 * words every sink uses and in the Markdown's per-rule table; and on a pooled history.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  allTargetsEvidenceWords,
  boundSentence,
  evidenceOf,
  pooledRuleWords,
  pooledTargetWords,
  targetEvidenceWords
} from '../../src/report/evidence.js'
import { renderReport } from '../../src/render/markdown/report.js'
import type { Report } from '../../src/report/model.js'
import { mergedFixtures, readFixture } from '../browser/scenarios.js'

const FIXTURES = join(import.meta.dirname, '..', 'browser', 'fixtures')

const reports: [string, Report][] = [
  ...['current', 'baseline'].flatMap(folder =>
    readdirSync(join(FIXTURES, folder)).map(
      name => [`${folder}/${name}`, readFixture(`${folder}/${name}`)] as [string, Report]
    )
  ),
  ['current, merged', mergedFixtures('current')],
  ['baseline, merged', mergedFixtures('baseline')]
]

/** A figure of a rate: "31%", "1.4 in a thousand" (not the "95% confidence" of a bound). */
const FIGURE = /\d[\d.,]*(%(?! confidence)| in a (thousand|million|billion|trillion))/g

/** Every figure of a line has its "fewer than" before it and a "could" after it. */
function boundFiguresWorded(line: string): string[] {
  const bare: string[] = []
  for (const m of line.matchAll(FIGURE)) {
    const before = line.slice(Math.max(0, (m.index ?? 0) - 'fewer than '.length), m.index)
    const after = line.slice((m.index ?? 0) + m[0].length).split(';')[0] ?? ''
    if (before !== 'fewer than ' || !/\bcould\b/.test(after)) bare.push(m[0])
  }
  return bare
}

describe.each(reports)('the evidence of %s', (_name, report) => {
  const broken = new Set(report.cells.filter(c => c.violations.length > 0).map(c => c.target))

  it('says no "below" of a target with violations, and words every figure of a pass as what could break', () => {
    for (const t of report.targets) {
      const line = targetEvidenceWords(report, t.name)
      if (broken.has(t.name)) {
        expect(line).not.toMatch(/below|fewer than/)
        expect(line).toMatch(/broke a rule/)
      } else {
        expect(line).toMatch(/^no violation in [\d,]+ callbacks: at 95% confidence, fewer than /)
        expect(boundFiguresWorded(line)).toEqual([])
      }
    }
  })

  it('words the one line of several passing targets the same way', () => {
    const line = allTargetsEvidenceWords(report)
    if (report.targets.some(t => broken.has(t.name))) expect(line).toBeUndefined()
    else {
      expect(line).toMatch(/^no violation in [\d,]+ callbacks on \d+ targets?: at 95% confidence/)
      expect(boundFiguresWorded(line ?? '')).toEqual([])
    }
  })

  it('gives no bound beside a violation in the per-rule table', () => {
    const markdown = renderReport(report)
    for (const e of evidenceOf(report)) {
      const row = markdown
        .split('\n')
        .find(l =>
          l.includes(
            `<code>${e.rule}</code> | ${e.checked.toLocaleString('en-US')} | ${e.broken.toLocaleString('en-US')} |`
          )
        )
      expect(row).toBeDefined()
      if (e.broken > 0) expect(row).not.toMatch(/below|fewer than/)
      else if (e.checked > 0) expect(row).toMatch(/\| fewer than [\d.]+(%| in a \w+) \|$/)
    }
    expect(markdown).not.toMatch(/rate below/)
  })
})

describe('the words of a bound', () => {
  it('never pair violations with a bound', () => {
    expect(boundSentence(8, 2_170, 0.0066)).toBe('8 of 2,170 callbacks broke a rule')
    expect(boundSentence(0, 8, 0.31, 'done-is-done')).toBe(
      'no violation in 8 callbacks: at 95% confidence, fewer than 31% of callbacks could break done-is-done'
    )
  })

  it('say the same of a pooled history', () => {
    const common = { target: 't', runs: 3, since: '2026-11-02T00:00:00Z' }
    const clean = pooledRuleWords({
      ...common,
      rule: 'r',
      checked: 100,
      broken: 0,
      upperBound: 0.03
    })
    expect(clean).toContain('at 95% confidence, fewer than 3% of callbacks could break r')
    expect(boundFiguresWorded(clean)).toEqual([])
    const broke = pooledRuleWords({
      ...common,
      rule: 'r',
      checked: 100,
      broken: 2,
      upperBound: 0.07
    })
    expect(broke).toBe('2 of 100 callbacks broke r over 3 runs since 2026-11-02')
    const target = pooledTargetWords({ ...common, callbacks: 100, forbidden: 2, upperBound: 0.07 })
    expect(target).not.toMatch(/below|fewer than/)
  })
})

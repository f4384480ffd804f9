/**
 * Every string of a report is text in every sink: Markdown (ids, mentions, issue references,
 * URLs), the terminal (control bytes, bidi controls, line separators, wide characters) and JUnit
 * (characters XML 1.0 cannot hold). R rows of docs/robustness.md.
 */
import { compareReports } from '../../src/report/compare.js'
import { describe, expect, it } from '@jest/globals'
import stringWidth from 'string-width'
import { renderJunit } from '../../src/render/junit.js'
import { renderReport } from '../../src/render/markdown/report.js'
import type { Report } from '../../src/report/model.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { makeReport } from '../action/reports.js'
import { parseXmlStrictly } from './strict-xml.js'

const ESC = String.fromCharCode(0x1b)
const BEL = String.fromCharCode(0x07)
// eslint-disable-next-line no-control-regex -- looking for control bytes is the point
const CONTROL_BYTES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/

/** A failing cell, an interesting one, and a cell of another target, every string set by the caller. */
function reportWith(strings: {
  id?: string
  name?: string
  thread?: string
  rule?: string
  says?: string
}): Report {
  const report = makeReport([{ verdict: 'fail', name: strings.name ?? 'added while running' }])
  const cell = report.cells[0]!
  if (strings.id !== undefined) cell.id = strings.id
  const sample = { task: strings.thread ?? 'w', callback: strings.thread ?? 'w', caller: 'Main' }
  const violation = cell.violations[0]!
  violation.samples = [sample]
  cell.outcomes[0]!.samples = [sample]
  if (strings.rule !== undefined) violation.rule = strings.rule
  if (strings.says !== undefined) violation.says = strings.says
  cell.outcomes.push({
    facts: { registered: 'running', ranOn: 'caller-thread', inline: true, calls: 1 },
    count: 1,
    samples: [],
    grade: 'interesting',
    rules: [strings.rule ?? 'registration-race'],
    broken: []
  })
  return report
}

describe('every string is text in every sink', () => {
  it('R09 a cell id with markup is escaped in What broke, the changes and Interesting', () => {
    const report = reportWith({ id: '<img src=x>**b**' })
    // A baseline without the cell: it is new, with a new violation.
    const markdown = renderReport(report, {
      diff: compareReports(report, { ...report, cells: [] })
    })
    expect(markdown).not.toContain('<img')
    expect(markdown).not.toContain('**b**')
    // The table, What broke, the baseline changes and the interesting outcomes each name it, escaped.
    const escaped = '&lt;img src=x&gt;\\*\\*b\\*\\*'
    const headings = [
      '| cell |',
      '### What broke',
      '### Against the baseline',
      'Interesting outcomes'
    ]
    headings.forEach((heading, i) => {
      const start = markdown.indexOf(heading)
      const end = i + 1 < headings.length ? markdown.indexOf(headings[i + 1] as string) : undefined
      expect(start).toBeGreaterThanOrEqual(0)
      expect(markdown.slice(start, end)).toContain(escaped)
    })
  })

  it('R10 @mentions, #123, GH-7 and bare URLs in names notify and link nobody', () => {
    const name = '@octo/team @alice see #123, GH-7 and https://evil.example/x or www.evil.example'
    const markdown = renderReport(reportWith({ name, thread: '@bob #9 http://x.example' }))
    expect(markdown).toContain('octo/team')
    expect(markdown).not.toMatch(/@[A-Za-z0-9_]/)
    expect(markdown).not.toMatch(/#\d/)
    expect(markdown).not.toMatch(/GH-\d/i)
    expect(markdown).not.toMatch(/https?:\/\//)
    expect(markdown).not.toMatch(/www\.evil/)
  })

  it('R22 the id of an interesting entry of a contract a report carries is escaped in the evidence', () => {
    const report = reportWith({})
    const contract = structuredClone(report.contracts['thread-pool']!)
    const hostile = '<img src=x>@team #12 https://evil.example'
    contract.interesting = contract.interesting.map(e => ({ ...e, id: hostile }))
    report.contracts = { 'thread-pool': contract }
    report.cells[0]!.outcomes[1]!.rules = [hostile]
    const markdown = renderReport(report)
    const rates = markdown.slice(markdown.indexOf('How often interesting outcomes occurred'))
    expect(rates).toContain('<code>&lt;img src=x&gt;@\u200Bteam')
    expect(markdown).not.toContain('<img')
    expect(markdown).not.toMatch(/@team|#\d|https?:\/\//)
  })

  it('R11 rule ids, rule text and outcome rule names reach the terminal without a control byte', () => {
    const osc8 = `${ESC}]8;;https://evil.example${BEL}click${ESC}]8;;${BEL}`
    const report = reportWith({
      rule: `rule${ESC}[31m${BEL}`,
      says: `says ${osc8}`,
      thread: `t${ESC}[2J`
    })
    const text = renderTerminal(report)
    for (const line of text.split('\n')) expect(line).not.toMatch(CONTROL_BYTES)
    expect(text).toContain('rule\\x1b[31m\\x07')
    expect(text).toContain('says \\x1b]8;;https://evil.example\\x07click')
  })

  it('R12 bidi controls and line separators are shown as escapes in the terminal', () => {
    const name = `admin\u202Egnp.exe\u2066x\u2069 a\u2028b\u2029c`
    const text = renderTerminal(reportWith({ name, thread: name }))
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/)
    expect(text).toContain('admin\\u202egnp.exe\\u2066x\\u2069 a\\u2028b\\u2029c')
  })

  it('R13 the terminal table is padded by display width, so wide characters keep the columns', () => {
    const report = makeReport([
      { verdict: 'pass', name: '回调在工作线程' },
      { verdict: 'pass', name: 'ascii name' },
      { verdict: 'pass', name: '👩‍💻 emoji' }
    ])
    const rows = renderTerminal(report)
      .split('\n')
      .filter(l => /^c\d/.test(l))
    expect(rows).toHaveLength(3)
    const column = (row: string) => stringWidth(row.slice(0, row.indexOf('running')))
    expect(new Set(rows.map(column)).size).toBe(1)
  })

  it('R14 JUnit of thread names and reasons with control characters and lone surrogates is XML', () => {
    const hostile = `a${ESC}[31m\u0000\u0008\u000b\ufffe\ud800 <![CDATA[ ]]> & &A; &#12; &amp; "x"`
    const report = reportWith({ thread: hostile, says: hostile, name: hostile })
    report.cells.push({
      ...report.cells[0]!,
      id: 'c2',
      verdict: 'error',
      reason: hostile,
      stderrTail: [hostile],
      outcomes: [],
      violations: []
    })
    report.targets[0]!.runtime!.executor = hostile
    const xml = renderJunit(report)
    expect(() => parseXmlStrictly(xml)).not.toThrow()
    expect(xml).toContain('a\\x1b[31m\\x00\\x08\\x0b\\ufffe\\ud800')
    // What looks like an entity reference is text too.
    expect(xml).toContain('&amp; &amp;A; &amp;#12; &amp;amp;')
  })
})

/**
 * Sizes: the cell cap holds for one report file as for many, nothing spreads the rows of a report
 * into one call (the stack overflows near 125,000 arguments), and a value from a report file that
 * an error echoes is cut. Speed is shown by bench/reports.mjs, not here. R rows of
 * docs/robustness.md.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { compareReports } from '../../src/report/compare.js'
import { worstUpperBound } from '../../src/report/evidence.js'
import { renderReport } from '../../src/render/markdown/report.js'
import { mergeReports, parseReport, readReportFile } from '../../src/report/read/merge.js'
import type { Report } from '../../src/report/model.js'
import { TERMINAL_ROWS, renderTerminal } from '../../src/render/terminal.js'
import { makeCell, makeReport } from '../action/reports.js'
import { tempDir } from '../action/run-action.js'

/** A report of n small cells (errors carry no outcomes), well under the 64 MiB file cap. */
function bigReport(n: number): Report {
  const report = makeReport([])
  const cell = makeCell(0, { verdict: 'error' })
  report.cells = Array.from({ length: n }, (_, i) => ({ ...cell, id: `c${i + 1}` }))
  return report
}

describe('sizes', () => {
  it('R15 one report file of 130,000 cells is refused by the cell cap, in one line naming the file', () => {
    const dir = tempDir()
    const path = join(dir, 'big.json')
    writeFileSync(path, JSON.stringify(bigReport(130_000)))
    expect(() => readReportFile(path, 'input reports')).toThrow(
      new InputError('input reports', `${path}: 130,000 cells; at most 100,000`)
    )
    // A report built in memory and merged alone is held to the same cap.
    expect(() => mergeReports([{ path, report: bigReport(130_000) }], 'input reports')).toThrow(
      'input reports: the reports have 130,000 cells; at most 100,000'
    )
  })

  it('R16 a report of 130,000 rows renders in the terminal and as Markdown, and 130,000 evidence rows give the worst bound, without overflowing the stack', () => {
    const report = bigReport(130_000)
    const text = renderTerminal(report)
    expect(text.split('\n').filter(l => /^c\d+ /.test(l))).toHaveLength(130_000)
    const markdown = renderReport(report, { limit: { max: 65_000, label: 'the limit' } })
    expect(markdown.length).toBeLessThanOrEqual(65_000)
    // The Action's worst-upper-bound: a merged report's targets, and so its evidence, are not capped.
    const evidence = Array.from({ length: 130_000 }, (_, i) => ({
      target: `t${i}`,
      rule: 'r',
      checked: 10,
      broken: 0,
      upperBound: i === 70_000 ? 0.9 : 0.25
    }))
    expect(worstUpperBound({ ...report, evidence })).toBe(0.9)
  })

  it('the terminal lists every cell up to TERMINAL_ROWS; past it, the cells that need a look, and counts the rest', () => {
    const rows = (text: string) => text.split('\n').filter(l => /^c\d+ /.test(l))
    const passing = (n: number) =>
      makeReport(Array.from({ length: n }, () => ({ verdict: 'pass' as const })))
    expect(rows(renderTerminal(passing(TERMINAL_ROWS)))).toHaveLength(TERMINAL_ROWS)

    const report = passing(TERMINAL_ROWS + 500)
    report.cells[10] = makeCell(10, { verdict: 'fail' })
    report.cells[700] = makeCell(700, { verdict: 'error' })
    report.cells[1200]!.dispute = 'the file said fail; its outcomes break no rule'
    report.cells[1300]!.outcomes[0]!.grade = 'interesting'
    report.cells[1400]!.gradedByReportContract = 'our-pool'
    report.cells[1450] = { ...report.cells[1450]!, verdict: 'skip', outcomes: [], violations: [] }
    const text = renderTerminal(report)
    expect(rows(text).map(l => l.split(' ')[0])).toEqual(['c11', 'c701', 'c1201', 'c1301', 'c1401'])
    expect(text).toContain(
      '1,494 more cells, passed or skipped, not listed: the JSON report lists every cell (the CLI writes it with --json FILE).'
    )
    expect(text).toContain('1 skipped cell not listed: why, under Skipped.')
  })

  it('R17 a value from a report file echoed in an error is cut to about 80 characters', () => {
    const report = makeReport([{ verdict: 'pass' }])
    const key = `k${'x'.repeat(1_000_000)}`
    ;(report.cells[0]!.stats as Record<string, unknown>)[key] = 'not a number'
    let message = ''
    try {
      parseReport(JSON.stringify(report))
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(
      /^not a callback-thread-guard JSON report: cells\[0\]\.stats\.kx{76}\.\.\.: /
    )
    expect(message.length).toBeLessThan(300)

    let parseError = ''
    try {
      parseReport(`{"cells": ${'x'.repeat(1_000_000)}}`)
    } catch (error) {
      parseError = (error as Error).message
    }
    expect(parseError).toMatch(/^not valid JSON( \(at byte \d+\))?$/)
    expect(parseError).not.toContain('xxx')
    expect(parseError.length).toBeLessThan(200)
  })
})

describe('comparing with a baseline', () => {
  it('R19 matches 100,000 cells that measure the same thing in order, one by one (bench/reports.mjs times it)', () => {
    const current = bigReport(100_000)
    const baseline = bigReport(100_000)
    // The first and the last cell of the baseline tell the order: first with first, last with last.
    baseline.cells[0]!.verdict = 'skip'
    baseline.cells[99_999]!.verdict = 'pass'
    const diff = compareReports(current, baseline)
    expect(diff.removed).toEqual([])
    expect(diff.cells.every(c => !c.isNew)).toBe(true)
    expect(diff.cells[0]?.before).toBe('skip')
    expect(diff.cells[1]?.before).toBe('error')
    expect(diff.cells[99_999]).toMatchObject({ cellId: 'c100000', before: 'pass' })
  })
})

describe('report files read', () => {
  it('R20 a report that is not JSON is never quoted, and a FIFO given as a report is refused at once', () => {
    const dir = tempDir()
    const secret = join(dir, 'secret.json')
    writeFileSync(secret, 'TOKEN=ghp_notareport and more text')
    let message = ''
    try {
      readReportFile(secret, 'input reports')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/^input reports: .*secret\.json: not valid JSON( \(at byte \d+\))?$/)
    expect(message).not.toContain('TOKEN')
    // A FIFO without a writer: stat says size 0 and a plain read would wait for ever.
    const fifo = join(dir, 'baseline.json')
    execFileSync('mkfifo', [fifo])
    expect(() => readReportFile(fifo, 'input baseline')).toThrow(
      /^input baseline: cannot read ".*baseline\.json": is a FIFO, not a regular file$/
    )
  })
})

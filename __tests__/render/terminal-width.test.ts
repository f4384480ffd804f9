/**
 * The terminal with several targets: the six-target run (the browser test's fixtures) as a grid of
 * experiments by target, fitted to 80, 100 and 140 columns: every line fits, the header's target
 * labels stand over their columns, "What broke" names the target, and a contract reason shared by
 * every target is said once. `--table cells` brings back one row per cell.
 */
import { describe, expect, it } from '@jest/globals'
import stringWidth from 'string-width'
import { renderTerminal } from '../../src/render/terminal.js'
import { mergedFixtures, readFixture } from '../browser/scenarios.js'
import type { Report } from '../../src/report/model.js'

const six = mergedFixtures('current')
const LABELS = ['py3.8', 'py3.9', 'py3.10', 'py3.12', 'py3.13', 'relay-pool']

/** The grid's lines: from its header to the first line that is not a row (a blank, the key). */
function gridLines(text: string): string[] {
  const lines = text.split('\n')
  const start = lines.findIndex(l => l.startsWith('experiment '))
  const end = lines.findIndex((l, i) => i > start && (l === '' || /^(Targets:|\(--table)/.test(l)))
  return lines.slice(start, end < 0 ? undefined : end)
}

describe.each([80, 100, 140])('the six-target run at %i columns', columns => {
  const text = renderTerminal(six, false, { columns })

  it('fits every line in the width (the closing line, kept whole for --quiet, in 100)', () => {
    const lines = text.split('\n')
    const closing = lines.pop() as string
    expect(lines.filter(l => stringWidth(l) > columns)).toEqual([])
    expect(closing).toMatch(/^FAIL: /)
    expect(stringWidth(closing)).toBeLessThanOrEqual(100)
  })

  it('prints one grid of experiments by target, each label over its column', () => {
    const grid = gridLines(text)
    const header = grid[0] as string
    for (const label of LABELS) expect(header).toContain(label)
    const rule = grid[1] as string
    expect(rule).toMatch(/^-+( {2}-+)+$/)
    // Each column starts where its dashes start, in the header and in every row.
    const starts = [...rule.matchAll(/-+/g)].map(m => m.index)
    expect(starts).toHaveLength(1 + LABELS.length)
    LABELS.forEach((label, k) => expect(header.indexOf(label)).toBe(starts[k + 1]))
    for (const row of grid.slice(2))
      for (const at of starts.slice(1)) {
        expect(row[at - 1]).toBe(' ')
        expect(row[at]).toMatch(/[A-Za-z-]/)
      }
    // One row per experiment that ran somewhere (eleven), not one per cell (66).
    expect(grid.slice(2)).toHaveLength(11)
    expect(grid.slice(2).every(r => /FAIL *$/.test(r))).toBe(true)
  })
})

describe('the terminal with several targets', () => {
  const text = renderTerminal(six, false, { columns: 100 })

  it('wraps a long line at spaces, keeping its indent and indenting the rest', () => {
    const runtimes = text.slice(text.indexOf('Runtimes'))
    expect(runtimes).toMatch(/\n {2}guard-py3\.8-ubuntu-latest: CPython 3\.8\.18, [^\n]+\n {6}\S/)
  })

  it('names the target in "What broke"', () => {
    const broke = text.slice(text.indexOf('What broke'))
    expect(broke).toMatch(/c61 cancel of a queued future on guard-relay-pool-ubuntu-latest:/)
  })

  it('says a contract reason shared by every target once', () => {
    const reason = 'the reason every target shares'
    const report: Report = {
      ...six,
      targets: six.targets.map(t => ({ ...t, contractReason: reason }))
    }
    const out = renderTerminal(report, false, { columns: 100 })
    expect(out.split(reason)).toHaveLength(2)
    expect(out).toContain(`every target: contract thread-pool (${reason})`)
  })

  it('prints one row per cell with --table cells', () => {
    const cells = renderTerminal(six, false, { columns: 200, table: 'cells' })
    expect(cells.split('\n').filter(l => /^c\d+ /.test(l))).toHaveLength(66)
  })

  it('fits the grid in 80 columns when the width is unknown, and leaves other lines whole', () => {
    const out = renderTerminal(six)
    for (const line of gridLines(out)) expect(stringWidth(line)).toBeLessThanOrEqual(80)
    expect(out.split('\n').some(l => stringWidth(l) > 80)).toBe(true)
  })
})

describe('the terminal with one target', () => {
  it('says skipped cells under Skipped, not as rows, unless every cell is asked for', () => {
    // CPython 3.8 cannot run shutdown(cancel_futures=True): its c7 is skipped.
    const py38 = readFixture('current/guard-py3.8-ubuntu-latest')
    const rows = (text: string) => text.split('\n').filter(l => /^c\d+ /.test(l))
    const text = renderTerminal(py38)
    expect(rows(text)).toHaveLength(10)
    expect(rows(text).some(r => r.startsWith('c7 '))).toBe(false)
    expect(text).toContain('1 skipped cell not listed: why, under Skipped.')
    expect(text).toMatch(/^ {2}c7: the probe cannot run "shutdown"/m)
    expect(rows(renderTerminal(py38, false, { table: 'cells' }))).toHaveLength(11)
  })
})

/**
 * The Markdown report: the chart, hostile text, and rendering within a size limit.
 */
import { describe, expect, it } from '@jest/globals'
import { compareReports } from '../../src/report/compare.js'
import { chartBlock, mermaidText, renderMarkdown, renderReport } from '../../src/report/markdown.js'
import { makeReport, type CellSpec } from './reports.js'

const ROW = /^\| (✅|❌|⚠️) \|/

describe('renderMarkdown', () => {
  it('still renders the plain report for the CLI and the files', () => {
    const text = renderMarkdown(makeReport([{ verdict: 'pass' }, { verdict: 'fail' }]))
    expect(text).toMatch(/^## ❌ callback-thread-guard: fail\n\n1 passed, 1 failed/)
    expect(text).toMatch(/breaks <code>worker-runs-callback<\/code> in 4 callbacks/)
    expect(text).not.toContain('mermaid')
    expect(text).not.toContain('<!--')
  })
})

describe('the chart', () => {
  it('draws an arrow per cell and place, red where the contract was broken', () => {
    const chart = chartBlock(makeReport([{ verdict: 'pass' }, { verdict: 'fail' }]).cells)
    expect(chart).toContain('```mermaid\nflowchart LR\n')
    expect(chart).toMatch(/g0\["c1 running"\]\n {2}p0\["task thread"\]\n {2}g0 -->\|4\| p0/)
    expect(chart).toMatch(/g1 -->\|4\| p1\n {2}linkStyle 1 stroke:#cf222e/)
  })

  it('groups cells by scenario when there are too many to draw', () => {
    const many: CellSpec[] = Array.from({ length: 40 }, (_, i) => ({
      verdict: 'pass',
      scenario: i % 2 === 0 ? 'running' : 'done'
    }))
    const chart = chartBlock(makeReport(many).cells)
    expect(chart).toMatch(/g0\["running, 20 cells"\]/)
    expect(chart).toMatch(/g0 -->\|80\| p0/)
    expect(chart).toContain('grouped by scenario')
  })

  it('keeps hostile labels inside their node', () => {
    const label = mermaidText('x"] --> evil["```\n<!-- callback-thread-guard:report-id=default -->')
    expect(label).not.toMatch(/["[\]<>`\n]/)
    expect(label).toContain('#34;')
    const report = makeReport([{ verdict: 'pass', name: '"]\n```\n<b>' }])
    const chart = chartBlock(report.cells)
    expect(chart.match(/```/g)).toHaveLength(2)
  })
})

describe('within a size limit', () => {
  const specs: CellSpec[] = Array.from({ length: 400 }, (_, i) => ({
    verdict: i === 350 ? 'fail' : i === 399 ? 'error' : 'pass',
    name: `experiment ${i}`
  }))
  const report = makeReport(specs)

  it('returns the full report when it fits', () => {
    const text = renderReport(report, { limit: { max: 1_000_000, label: 'the limit' } })
    expect(text.split('\n').filter(l => ROW.test(l))).toHaveLength(400)
    expect(text).not.toContain('Cut to stay under')
  })

  it('keeps failing rows first and says what it left out and where the full report is', () => {
    const text = renderReport(report, {
      marker: '<!-- m -->',
      chart: true,
      limit: { max: 10_000, label: "GitHub's 65,536-character comment limit" },
      fullReport: 'the [job summary](https://example.test/run)'
    })
    expect(text.length).toBeLessThanOrEqual(10_000)
    expect(text.startsWith('<!-- m -->\n')).toBe(true)
    const rows = text.split('\n').filter(l => ROW.test(l))
    expect(rows[0]).toMatch(/experiment 350/)
    expect(rows[1]).toMatch(/experiment 399/)
    expect(text).toContain('### What broke')
    expect(text).toMatch(
      new RegExp(
        `✂️ \\*\\*Cut to stay under GitHub's 65,536-character comment limit\\.\\*\\* Left out: ${400 - rows.length} rows of 400 \\(none of them failing\\), the chart\\. The full report: the \\[job summary\\]\\(https://example\\.test/run\\)\\.`
      )
    )
  })

  it('measures bytes when told to', () => {
    const text = renderReport(report, {
      limit: { max: 8_000, measure: t => Buffer.byteLength(t), label: '8 kB' }
    })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(8_000)
  })

  it('puts new violations before other failures when cut', () => {
    const baseline = makeReport([{ verdict: 'fail', name: 'old' }, ...specs.slice(1, 60)])
    const current = makeReport([
      { verdict: 'fail', name: 'old' },
      ...specs.slice(1, 59),
      { verdict: 'fail', name: 'experiment 59' }
    ])
    const diff = compareReports(current, baseline)
    const text = renderReport(current, { diff, limit: { max: 4_000, label: 'the limit' } })
    const rows = text.split('\n').filter(l => ROW.test(l))
    expect(rows[0]).toMatch(/experiment 59 .*new violation/)
    expect(rows[1]).toMatch(/\| old \|/)
  })
})

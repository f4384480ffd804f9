/**
 * The Markdown report: the grid of several targets, the one-target table, "What broke" grouped
 * by rule, hostile text, and rendering within a size limit.
 */
import { describe, expect, it } from '@jest/globals'
import { compareReports } from '../../src/report/compare.js'
import { shortTargetLabels } from '../../src/render/markdown/labels.js'
import { renderMarkdown, renderReport } from '../../src/render/markdown/report.js'
import { parseReport } from '../../src/report/read/merge.js'
import type { Report } from '../../src/report/model.js'
import { overallVerdict, summarize } from '../../src/report/summarize.js'
import { GRID_ROWS } from '../../src/render/markdown/tables.js'
import { makeCell, makeReport, type CellSpec } from './reports.js'

/** A row of the one-target table: its cell column holds the id. */
const ROW = /^\| c\d+ \|/

/** One report of several targets, each running the same experiments. */
function multiTarget(targets: { name: string; specs: CellSpec[] }[]): Report {
  const base = makeReport([])
  const cells = targets.flatMap(t => t.specs.map(s => ({ spec: s, target: t.name })))
  const built = cells.map((c, i) => makeCell(i, c.spec, c.target))
  const summary = summarize(built)
  return {
    ...base,
    targets: targets.map(t => ({ ...(base.targets[0] as Report['targets'][0]), name: t.name })),
    cells: built,
    summary,
    verdict: overallVerdict(summary)
  }
}

describe('renderMarkdown', () => {
  it('still renders the plain report for the CLI and the files', () => {
    const text = renderMarkdown(makeReport([{ verdict: 'pass' }, { verdict: 'fail' }]))
    expect(text).toMatch(
      /^## ❌ callback-thread-guard: fail\n\n<code>python3 ThreadPoolExecutor<\/code>: 1 passed, 1 failed/
    )
    expect(text).toContain('**Broken:** <code>worker-runs-callback</code>.')
    expect(text).not.toContain('mermaid')
    expect(text).not.toContain('<!--')
  })

  it('names every cell by its id in the one-target table, failing rows first', () => {
    const text = renderMarkdown(
      makeReport([
        { verdict: 'pass', name: 'a' },
        { verdict: 'fail', name: 'b' }
      ])
    )
    const rows = text.split('\n').filter(l => ROW.test(l))
    expect(rows[0]).toMatch(
      /^\| c2 \| b \|.*❌ \*\*FAIL\*\* <code>worker-runs-callback<\/code> \|$/
    )
    expect(rows[1]).toMatch(/^\| c1 \| a \|.*✅ pass \|$/)
  })
})

describe('the grid of several targets', () => {
  const specs: CellSpec[] = [
    { verdict: 'pass', name: 'ok everywhere' },
    { verdict: 'pass', name: 'broken on one' }
  ]
  const report = multiTarget([
    { name: 'guard-py3.12-ubuntu-latest', specs },
    { name: 'guard-py3.13-ubuntu-latest', specs },
    {
      name: 'guard-pool-ubuntu-latest',
      specs: [specs[0] as CellSpec, { verdict: 'fail', name: 'broken on one' }]
    }
  ])
  const text = renderMarkdown(report)
  const open = text.slice(0, text.indexOf('<details>'))

  it('puts experiments in rows and targets in columns, by the part of their names that differs', () => {
    expect(open).toContain('| experiment | py3.12 | py3.13 | pool |')
    expect(text).toContain(
      '- **py3.12** (<code>guard-py3.12-ubuntu-latest</code>): CPython 3.12.1, <code>concurrent.futures:ThreadPoolExecutor</code>'
    )
  })

  it('shows only the experiment that needs a look, names the place where a target differs, and counts the rest', () => {
    const rows = open.split('\n').filter(l => /^\| (ok|broken)/.test(l))
    expect(rows).toEqual(['| broken on one | ✅ | ✅ | ❌ <sub>other</sub> |'])
    expect(open).toContain('1 more experiment passed on all 3 targets.')
    expect(open).toContain(
      '<sub>✅ pass · ❌ broke a rule. Callbacks ran on: other = another thread.</sub>'
    )
  })

  it('says each broken rule once, with the targets and cells that broke it', () => {
    expect(text.match(/A callback added while the task is pending/g)).toHaveLength(1)
    expect(text).toMatch(
      /- \*\*pool\*\*: 1 cell \(c6\), 4 callbacks: ranOn: other-thread \(expected task-thread\); e\.g\. callback on Dispatcher, task on ThreadPoolExecutor-0\\_0/
    )
    expect(text).toContain('<br>**Broken** on pool: <code>worker-runs-callback</code>.')
  })

  it('keeps the full grid and the per-cell table closed', () => {
    expect(text).toMatch(
      /<details><summary>All 2 experiments on 3 targets, and every cell \(6\)<\/summary>\n\n\| experiment \| ran on \| py3\.12 \| py3\.13 \| pool \|\n\| --- \| --- \| :-: \| :-: \| :-: \|\n\| broken on one \| task \| ✅ \| ✅ \| ❌ <sub>other<\/sub> \|\n\| ok everywhere \| task \| ✅ \| ✅ \| ✅ \|\n\n\| cell \| target \|/
    )
  })

  it('folds more targets than fit into several grids', () => {
    const many = multiTarget(
      Array.from({ length: 8 }, (_, i) => ({
        name: `job-${i + 1}`,
        specs: [{ verdict: i === 7 ? 'fail' : 'pass' }]
      }))
    )
    const grids = renderMarkdown(many)
      .split('\n')
      .filter(l => l.startsWith('| experiment |'))
    expect(grids).toEqual([
      '| experiment | 1 | 2 | 3 | 4 | 5 | 6 |',
      '| experiment | 7 | 8 |',
      '| experiment | ran on | 1 | 2 | 3 | 4 | 5 | 6 |',
      '| experiment | ran on | 7 | 8 |'
    ])
  })

  it('marks a fixed cell and leaves noise unmarked, with a baseline', () => {
    const baseline = multiTarget([
      {
        name: 'a',
        specs: [
          { verdict: 'fail', name: 'x' },
          { verdict: 'pass', name: 'y' }
        ]
      },
      {
        name: 'b',
        specs: [
          { verdict: 'pass', name: 'x' },
          { verdict: 'pass', name: 'y' }
        ]
      }
    ])
    const current = multiTarget([
      {
        name: 'a',
        specs: [
          { verdict: 'pass', name: 'x' },
          { verdict: 'pass', name: 'y' }
        ]
      },
      {
        name: 'b',
        specs: [
          { verdict: 'pass', name: 'x' },
          { verdict: 'pass', name: 'y' }
        ]
      }
    ])
    // An interesting outcome in both runs at the same rate: noise, no mark.
    for (const r of [baseline, current]) r.cells[3]!.outcomes[0]!.grade = 'interesting'
    const out = renderReport(current, { diff: compareReports(current, baseline) })
    const open = out.slice(0, out.indexOf('<details>'))
    expect(open).toContain('| x | ✅ <sub>fixed</sub> | ✅ |')
    expect(open).not.toContain('| y |')
    expect(open).toContain('1 more experiment passed on all 2 targets.')
    expect(open).toContain('Against the baseline: 1 cell changed: 1 fixed.')
  })
})

describe('a long grid', () => {
  const specs = (n: number): CellSpec[] =>
    Array.from({ length: n }, (_, i) => ({ verdict: 'pass', name: `e${i + 1}` }))
  const openRows = (text: string) =>
    text
      .slice(0, text.indexOf('<details>'))
      .split('\n')
      .filter(l => /^\| e\d+ /.test(l))
  const fullRows = (text: string) => text.split('\n').filter(l => /^\| c\d+ \|/.test(l))

  it('shows the experiments that need a look, and says how many others passed', () => {
    const report = multiTarget([
      { name: 'a', specs: specs(150) },
      { name: 'b', specs: specs(150) },
      {
        name: 'c',
        specs: specs(150).map(s => (s.name === 'e7' ? { ...s, verdict: 'fail' as const } : s))
      }
    ])
    const cellOf = (target: string, name: string) => {
      const at = report.cells.findIndex(c => c.target === target && c.name === name)
      if (at < 0) throw new Error(`no cell ${name} on ${target}`)
      return at
    }
    // e20 passes everywhere, but on b its callbacks ran on the caller: a difference to see.
    const moved = report.cells[cellOf('b', 'e20')]!.outcomes[0]!
    moved.facts = { ...moved.facts, ranOn: 'caller-thread' }
    // e30 could not run on a; e40 has an interesting outcome on c.
    report.cells[cellOf('a', 'e30')] = {
      ...makeCell(cellOf('a', 'e30'), { verdict: 'error', name: 'e30' }, 'a')
    }
    report.cells[cellOf('c', 'e40')]!.outcomes[0]!.grade = 'interesting'
    // e50 was skipped on b: it passed wherever it ran, nothing to look at.
    const skipped = report.cells[cellOf('b', 'e50')]!
    report.cells[cellOf('b', 'e50')] = {
      ...skipped,
      verdict: 'skip',
      reason: 'the pool has no shutdown',
      outcomes: [],
      violations: []
    }
    const text = renderMarkdown(report)
    expect(openRows(text)).toEqual([
      '| e7 | ✅ | ✅ | ❌ <sub>other</sub> |',
      '| e30 | ⚠️ | ✅ | ✅ |',
      '| e20 <sub>usually task</sub> | ✅ | ✅ <sub>caller</sub> | ✅ |',
      '| e40 | ✅ | ✅ | ✅\\* |'
    ])
    expect(text).toContain(
      '145 more experiments passed on all 3 targets; 1 experiment passed wherever it ran (skipped on some targets).'
    )
    expect(fullRows(text)).toHaveLength(450)
    // With a baseline in which e60 failed on a: fixed, marked; e40's outcome is no news.
    const baseline = structuredClone(report)
    const before = cellOf('a', 'e60')
    baseline.cells[before] = makeCell(before, { verdict: 'fail', name: 'e60' }, 'a')
    const compared = renderReport(report, { diff: compareReports(report, baseline) })
    expect(openRows(compared)).toEqual([
      '| e7 | ✅ | ✅ | ❌ <sub>other</sub> |',
      '| e30 | ⚠️ | ✅ | ✅ |',
      '| e60 | ✅ <sub>fixed</sub> | ✅ | ✅ |',
      '| e20 <sub>usually task</sub> | ✅ | ✅ <sub>caller</sub> | ✅ |'
    ])
  })

  it('folds experiments alike past GRID_ROWS, and says the others once, under the last of several grids', () => {
    const text = renderMarkdown(
      multiTarget(
        Array.from({ length: 8 }, (_, i) => ({
          name: `job-${i + 1}`,
          specs: specs(20).map((s, k) =>
            i === 7 && k < 10 ? { ...s, verdict: 'fail' as const } : s
          )
        }))
      )
    )
    const open = text.slice(0, text.indexOf('<details>'))
    expect(open).toContain(`| 10 experiments alike <sub>(in the full grid)</sub> |`)
    expect(open.match(/more experiments passed/g)).toHaveLength(1)
    expect(open.indexOf('10 more experiments passed on all 8 targets')).toBeGreaterThan(
      open.lastIndexOf('| experiment |')
    )
    expect(GRID_ROWS).toBeLessThan(10)
  })

  it('with nothing to look at, shows no grid, only the count', () => {
    const text = renderMarkdown(multiTarget(['a', 'b'].map(name => ({ name, specs: specs(101) }))))
    expect(openRows(text)).toEqual([])
    expect(text).toContain('101 experiments passed on all 2 targets.')
    expect(text).not.toContain('<sub>✅ pass')
  })
})

describe('against a baseline', () => {
  it('lists verdict changes per target, one line for a dropped job, and no noise', () => {
    const two: CellSpec[] = [
      { verdict: 'pass', name: 'x' },
      { verdict: 'pass', name: 'y' }
    ]
    const baseline = multiTarget([
      { name: 'job-a', specs: two },
      { name: 'job-b', specs: two },
      { name: 'job-c', specs: two }
    ])
    const current = multiTarget([
      { name: 'job-a', specs: two },
      { name: 'job-b', specs: [{ verdict: 'fail', name: 'x' }, two[1] as CellSpec] }
    ])
    const text = renderReport(current, { diff: compareReports(current, baseline) })
    const section = text.slice(
      text.indexOf('### Against the baseline'),
      text.indexOf('<details><summary>All')
    )
    expect(section).toContain(
      '**b**\n- **c3** x: 🆕 new violation of <code>worker-runs-callback</code> (was pass)\n'
    )
    expect(section).toContain(
      '- ➖ **c**: 2 cells of the baseline no longer run: the whole target is gone (a dropped job?)'
    )
    expect(section).not.toContain('**a**')
    expect(text).toContain(
      'Against the baseline: 1 cell changed: **🆕 1 new violation**; 2 cells of the baseline no longer run.'
    )
  })
})

describe('short target labels', () => {
  it('keeps what differs, and numbers names that would stay too long', () => {
    expect([...shortTargetLabels(['a-x-z', 'a-y-z']).values()]).toEqual(['x', 'y'])
    const long = (c: string) => `a-${c.repeat(20)}`
    expect([...shortTargetLabels([long('x'), long('y')]).values()]).toEqual(['T1', 'T2'])
    expect([...shortTargetLabels(['only one']).values()]).toEqual(['only one'])
  })
})

describe('hostile text', () => {
  it('escapes names and reasons in every section, and neither mentions nor references', () => {
    const report = makeReport([
      { verdict: 'fail', name: '<img src=x> @octocat #12 | x' },
      { verdict: 'error', name: '**bold**' }
    ])
    const cell = report.cells[1] as Report['cells'][number]
    cell.reason = 'crashed <script>alert(1)</script> cc @admin, see #99'
    const text = renderMarkdown(report)
    expect(text).not.toMatch(/<img|<script|\*\*bold\*\*/)
    // "&#124;" is the escaped bar, not a reference.
    expect(text).not.toMatch(/@\w|(?<!&)#\d/)
    expect(text).toContain('&lt;img src=x&gt; @\u200boctocat #\u200b12 &#124; x')
    expect(text).toMatch(
      /- crashed &lt;script&gt;alert\(1\)&lt;\/script&gt; cc @\u200badmin, see #\u200b99: 1 cell \(c2\)/
    )
  })
})

describe('notes on what happened', () => {
  it('says under What broke that callbacks never ran, from the outcomes, not from what a file claims', () => {
    const report = makeReport([{ verdict: 'pass' }])
    const cell = report.cells[0] as Report['cells'][number]
    // An event hub that never ran while the caller blocked: the callbacks never ran.
    cell.outcomes = [
      {
        facts: { registered: 'running', ranOn: 'never', inline: false, calls: 0 },
        count: 4,
        samples: [],
        grade: 'acceptable',
        rules: [],
        broken: []
      }
    ]
    cell.notes = ['<img src=x> all fine, says the file']
    const judged = parseReport(JSON.stringify(report))
    const text = renderMarkdown(judged)
    expect(judged.verdict).toBe('fail')
    const broke = text.slice(text.indexOf('### What broke'))
    expect(broke).toMatch(/c1: 4 callbacks never ran while the caller waited for them/)
    expect(text).not.toContain('all fine, says the file')
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
    // The overview shows the two cells that need attention; the full table every cell.
    expect(text.split('\n').filter(l => ROW.test(l))).toHaveLength(2 + 400)
    expect(text).toContain('398 more cells passed: in the full table below.')
    expect(text).not.toContain('Cut to stay under')
  })

  it('keeps failing rows first and says, before the tables, what it left out and where the full report is', () => {
    const text = renderReport(report, {
      marker: '<!-- m -->',
      limit: { max: 10_000, label: "GitHub's 65,536-character comment limit" },
      fullReport: 'the [job summary](https://example.test/run)'
    })
    expect(text.length).toBeLessThanOrEqual(10_000)
    expect(text.startsWith('<!-- m -->\n')).toBe(true)
    const rows = text.split('\n').filter(l => ROW.test(l))
    expect(rows[0]).toMatch(/experiment 350/)
    expect(rows[1]).toMatch(/experiment 399/)
    expect(text).toContain('### What broke')
    expect(text).toContain('### Could not run')
    expect(text).toMatch(
      /✂️ \*\*Cut to stay under GitHub's 65,536-character comment limit\.\*\* Left out: \d+ full-table rows\. The full report: the \[job summary\]\(https:\/\/example\.test\/run\)\./
    )
    expect(text.indexOf('✂️')).toBeLessThan(text.indexOf('| cell |'))
  })

  it('measures bytes when told to', () => {
    const text = renderReport(report, {
      limit: { max: 8_000, measure: t => Buffer.byteLength(t), label: '8 kB' }
    })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(8_000)
  })

  it('puts new violations before other failures', () => {
    const baseline = makeReport([{ verdict: 'fail', name: 'old' }, ...specs.slice(1, 60)])
    const current = makeReport([
      { verdict: 'fail', name: 'old' },
      ...specs.slice(1, 59),
      { verdict: 'fail', name: 'experiment 59' }
    ])
    const diff = compareReports(current, baseline)
    const text = renderReport(current, { diff, limit: { max: 4_000, label: 'the limit' } })
    const rows = text.split('\n').filter(l => ROW.test(l))
    expect(rows[0]).toMatch(/experiment 59 .*🆕 new violation/)
    expect(rows[1]).toMatch(/\| old \|/)
    expect(text).toContain('Against the baseline: 1 cell changed: **🆕 1 new violation**')
  })
})

/**
 * The line that names the baseline: every string came from the API or a report file, so text is
 * escaped, a sha is shown only when it is hex, and a URL is linked only when it is plain http(s).
 */
import { describe, expect, it } from '@jest/globals'
import { baselineSourceMarkdown, baselineWords } from '../../src/render/words/baseline-source.js'
import { renderReport } from '../../src/render/markdown/report.js'
import { renderTerminal } from '../../src/render/terminal.js'
import type { BaselineSource } from '../../src/report/model.js'
import { makeReport } from '../action/reports.js'

const SHA = '3a4b5c6d7e8f90123456789abcdef0123456789a'
const FOUND: BaselineSource = {
  kind: 'auto',
  branch: 'main',
  sha: SHA,
  commitUrl: `https://github.com/octo/guarded/commit/${SHA}`,
  runId: 123,
  runUrl: 'https://github.com/octo/guarded/actions/runs/123',
  createdAt: '2026-12-01T09:14:07Z',
  mergeBase: false,
  commitsBehind: 3
}

describe('the baseline line', () => {
  it('names branch, short sha, how far behind the merge base, the run and its date', () => {
    expect(baselineSourceMarkdown(FOUND)).toBe(
      `Baseline: <code>main</code> at [3a4b5c6](https://github.com/octo/guarded/commit/${SHA}), 3 commits behind the merge base; [run 123](https://github.com/octo/guarded/actions/runs/123) of 2026-12-01 09:14 UTC.`
    )
    expect(baselineWords({ ...FOUND, mergeBase: true, commitsBehind: 0 })).toBe(
      `baseline: main at 3a4b5c6 (https://github.com/octo/guarded/commit/${SHA}), the merge base; run 123 (https://github.com/octo/guarded/actions/runs/123) of 2026-12-01 09:14 UTC`
    )
  })

  it('escapes what a hostile file or API says, and links nothing that is not plain https', () => {
    const hostile: BaselineSource = {
      ...FOUND,
      branch: 'main</code>[x](javascript:alert(1)) @octocat',
      sha: 'not-a-sha',
      runUrl: 'javascript:alert(1)',
      createdAt: 'yesterday'
    }
    const line = baselineSourceMarkdown(hostile)
    // A link is only ever "](http": the branch's own brackets are escaped.
    expect(line).not.toMatch(/[^\\]\]\(javascript/)
    expect(line).not.toContain('</code>[')
    expect(line).not.toContain('not-a-sha')
    expect(line).not.toMatch(/@octocat/)
    expect(line).toContain('run 123.')
    const missing = baselineSourceMarkdown({ kind: 'missing', reason: 'no run <img src=x> @team' })
    expect(missing).toBe('No baseline: no run &lt;img src=x&gt; @\u200bteam.')
    expect(baselineWords({ kind: 'missing', reason: 'a\u001b[31mred\nline' })).toBe(
      'no baseline: a\\x1b[31mred line'
    )
  })

  it('stands under the headline of the Markdown and above the terminal’s closing line', () => {
    const report = { ...makeReport([{ verdict: 'pass' }]), baselineSource: FOUND }
    expect(renderReport(report).split('\n')[2]).toMatch(/<br>Baseline: <code>main<\/code> at /)
    const lines = renderTerminal(report).split('\n')
    expect(lines.at(-3)).toMatch(/^baseline: main at 3a4b5c6 /)
    expect(lines.at(-1)).toMatch(/^PASS: /)
  })
})

/**
 * Hostile strings from probes (thread names) and from configs (target names) are text in every
 * rendering: they cannot open HTML, break a table row, forge the hidden marker, or send escape
 * sequences to the terminal.
 */
import { describe, expect, it } from '@jest/globals'
import { renderJunit } from '../../src/render/junit.js'
import { renderMarkdown } from '../../src/render/markdown/report.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { PYTHON_FIXTURES, runWith } from '../helpers/engine.js'

describe('hostile strings', () => {
  it('H01 thread names with Markdown, HTML, markers, pipes, newlines and escapes are rendered as text', async () => {
    const report = await runWith({
      executor: 'hostile_executors:HostileNamesMoved',
      pythonPath: [PYTHON_FIXTURES],
      scenarios: ['running'],
      workers: [2],
      tasks: [4]
    })
    expect(report.verdict).toBe('fail')
    const sample = report.cells[0]?.violations[0]?.samples[0]
    expect(sample?.task).toContain('<!--') // the JSON report keeps the real name
    expect(sample?.callback).toContain('dispatcher')

    const markdown = renderMarkdown(report)
    expect(markdown).not.toMatch(/<!--/)
    expect(markdown).not.toMatch(/<img/)
    expect(markdown).not.toMatch(/\*\*bold\*\*/)
    expect(markdown).not.toContain(String.fromCharCode(0x1b))
    expect(markdown).toMatch(
      /&lt;!-- callback-thread-guard:report-id=default --&gt; &#124; \\\*\\\*bold\\\*\\\* &lt;img/
    )
    // Every table row keeps its column count: no pipe or newline from a name breaks it.
    const rows = markdown.split('\n').filter(l => l.startsWith('| '))
    const columns = (l: string) => l.split(' | ').length
    expect(new Set(rows.slice(0, 3).map(columns)).size).toBe(1)

    const terminal = renderTerminal(report, false)
    expect(terminal).not.toContain(String.fromCharCode(0x1b))
    const junit = renderJunit(report)
    expect(junit).not.toMatch(/<img/)
    expect(junit).toMatch(/&lt;img src=x/)
  })

  it('H02 a target name with HTML and a marker is escaped in the table and the runtimes', async () => {
    const report = await runWith({ scenarios: ['done'], workers: [1], tasks: [1] })
    report.targets[0]!.name = '<!-- callback-thread-guard:report-id=x --> | <script>'
    for (const c of report.cells) c.target = report.targets[0]!.name
    const markdown = renderMarkdown({
      ...report,
      targets: [...report.targets, { ...report.targets[0]!, name: 'second' }]
    })
    expect(markdown).not.toMatch(/<!--|<script>/)
    expect(markdown).toMatch(
      /&lt;!-- callback-thread-guard:report-id=x --&gt; &#124; &lt;script&gt;/
    )
  })
})

/**
 * The bundled CLI (dist/cli.js) as a user runs it: exit codes, report files, one-line errors.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { PYTHON_FIXTURES } from '../helpers/engine.js'

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const CRASHING_PROBE = fileURLToPath(
  new URL('../fixtures/probes/crash-on-cell.mjs', import.meta.url)
)
const out = mkdtempSync(join(tmpdir(), 'ctg-cli-'))

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('callback-thread-guard CLI', () => {
  it('exits 0 on the default run and prints the table with a closing line', () => {
    const r = cli()
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/where callbacks ran/)
    expect(r.stdout).toMatch(/tutorial 2: 16 tasks on 4 workers .* task thread 16 +pass/)
    expect(r.stdout).toMatch(/^PASS: 11 passed, 0 failed/m)
    // The header is padded like the rows: each column name starts where its column does.
    const lines = r.stdout.split('\n')
    const header = lines.find(line => line.startsWith('#  ')) as string
    const row = lines[lines.indexOf(header) + 2] as string
    expect(row).toMatch(/^c1 /)
    for (const name of ['scenario', 'where callbacks ran', 'verdict'])
      expect([name, row.slice(header.indexOf(name)).charAt(0)]).toEqual([
        name,
        expect.stringMatching(/\S/)
      ])
    expect(row.charAt(header.indexOf('verdict') - 1)).toBe(' ')
  })

  it('with --budget, shows the time left and the callbacks checked on stderr, and the evidence', () => {
    const r = cli('--scenarios', 'running', '--tasks', '100', '--task-ms', '0', '--budget', '3s')
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(
      /^budget: \ds left, [\d,]+ callbacks checked \(python3 ThreadPoolExecutor [\d,]+\)$/m
    )
    expect(r.stdout).toMatch(
      /^Evidence \(95% confidence\)\n {2}python3 ThreadPoolExecutor: no violation in [\d,]+ callbacks: at 95% confidence, fewer than [\d.]+ in a (thousand|million) could break a rule/m
    )
    expect(r.stdout).toMatch(/^PASS: 1 passed, 0 failed/m)
  })

  it('exits 1 on a violation and writes complete JSON, Markdown and JUnit reports', () => {
    const json = join(out, 'fail.json')
    const markdown = join(out, 'fail.md')
    const junit = join(out, 'fail.xml')
    const r = cli(
      '--executor',
      'broken_executors:MovedCallbacks',
      '--python-path',
      PYTHON_FIXTURES,
      '--scenarios',
      'running,done',
      '--workers',
      '2',
      '--tasks',
      '6',
      '--json',
      json,
      '--markdown',
      markdown,
      '--junit',
      junit
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /worker-runs-callback, 6 callbacks: ranOn: other-thread \(expected task-thread\)/
    )
    const report = JSON.parse(readFileSync(json, 'utf8'))
    expect(report.verdict).toBe('fail')
    expect(report.targets[0].runtime).toMatchObject({
      implementation: expect.any(String),
      version: expect.any(String),
      executor: 'broken_executors:MovedCallbacks'
    })
    const running = report.cells[0]
    expect(running).toMatchObject({
      target: 'python3 MovedCallbacks',
      scenario: 'running',
      workers: 2,
      tasks: 6,
      callbackDelayMs: 0,
      taskMs: 10,
      verdict: 'fail'
    })
    expect(running.outcomes[0]).toMatchObject({
      facts: { registered: 'running', ranOn: 'other-thread', inline: false, calls: 1 },
      count: 6,
      grade: 'forbidden'
    })
    // Every callback goes to the dispatcher, also those added after done, which should run inline.
    expect(report.cells[1]).toMatchObject({
      scenario: 'done',
      verdict: 'fail',
      violations: [{ rule: 'done-runs-inline', count: 6 }]
    })
    expect(readFileSync(markdown, 'utf8')).toMatch(
      /\*\*<code>worker-runs-callback<\/code>\*\*: A callback added while [^\n]*\n- 1 cell \(c1\), 6 callbacks: ranOn: other-thread \(expected task-thread\)/
    )
    const xml = readFileSync(junit, 'utf8')
    expect(xml).toMatch(
      /<testcase classname="python3 MovedCallbacks\.c1 running[^"]*" name="worker-runs-callback"[^>]*>\s*<failure/
    )
    // Cells and rules as test cases: the rules the cell honoured pass, the broken ones fail.
    expect(xml).toMatch(
      /<testcase classname="python3 MovedCallbacks\.c1 running[^"]*" name="exactly-once"[^>]*\/>/
    )
    expect(xml).toMatch(/<testsuites[^>]* tests="6" failures="2" errors="0"/)
  })

  it.each([
    [
      ['--workers', 'four'],
      /^callback-thread-guard: --workers: expected whole numbers separated by commas, got "four"\n$/
    ],
    [
      ['--scenarios', 'running,sideways'],
      /^callback-thread-guard: --scenarios: unknown scenario "sideways"/
    ],
    [['--frobnicate'], /^callback-thread-guard: unknown option '--frobnicate'\n$/],
    [
      ['--python', 'python9.99'],
      /^callback-thread-guard: --python: cannot run "python9\.99": no such program\n$/
    ],
    [['--executor', 'no_such_module:Pool'], /^callback-thread-guard: --executor: .*no_such_module/],
    [
      ['--executor', 'concurrent.futures:wait_for_nothing'],
      /^callback-thread-guard: --executor: .*wait_for_nothing/
    ],
    [
      ['--contract', 'threadpool'],
      /^callback-thread-guard: --contract: unknown contract "threadpool"/
    ]
  ])('exits 2 on bad input %j with one line, no stack and no report', (args, message) => {
    const json = join(out, `bad-${args.join('_').replace(/\W/g, '')}.json`)
    const r = cli(...args, '--json', json)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/)
    expect(existsSync(json)).toBe(false)
  })

  it('exits 3 when the probe crashes, with the reason and its last stderr lines in the report', () => {
    const json = join(out, 'crash.json')
    const r = cli(
      '--probe',
      `node ${CRASHING_PROBE}`,
      '--scenarios',
      'running,done,order',
      '--json',
      json
    )
    expect(r.code).toBe(3)
    const report = JSON.parse(readFileSync(json, 'utf8'))
    expect(report.verdict).toBe('error')
    expect(report.cells.map((c: { verdict: string }) => c.verdict)).toEqual([
      'error',
      'error',
      'skip'
    ])
    expect(report.cells[0].reason).toBe('exited with code 7')
    expect(report.cells[0].stderrTail).toContain('fake probe: about to crash')
  })

  it('exits 3 when no cell ran (every cell skipped): a run that checked nothing does not pass', () => {
    const json = join(out, 'all-skipped.json')
    const r = cli('--pool', 'worker-farm', '--scenarios', 'done,running', '--json', json)
    expect(r.code).toBe(3)
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(
      /^ERROR: 0 passed, 0 failed, 2 skipped \(2 cells, 0 violations, 0 interesting; no cell ran, so nothing was checked\) in \d+\.\d s$/
    )
    const report = JSON.parse(readFileSync(json, 'utf8'))
    expect(report.verdict).toBe('error')
    expect(report.summary).toMatchObject({ cells: 2, passed: 0, skipped: 2 })
  })

  it("says why worker-farm's cells are skipped in every sink: it takes one callback per task, given with it", () => {
    const json = join(out, 'skip-reasons.json')
    const markdown = join(out, 'skip-reasons.md')
    const r = cli(
      '--pool',
      'worker-farm',
      '--scenarios',
      'running,cancel,order',
      '--json',
      json,
      '--markdown',
      markdown
    )
    expect(r.code).toBe(3)
    const reason = /worker-farm [\d.]+ takes one callback per task, given with it, so /
    const report = JSON.parse(readFileSync(json, 'utf8'))
    expect(report.cells.map((c: { verdict: string }) => c.verdict)).toEqual([
      'skip',
      'skip',
      'skip'
    ])
    for (const cell of report.cells as { reason: string }[]) {
      expect(cell.reason).toMatch(reason)
      // Not the engine's generic guess that the runtime is the problem.
      expect(cell.reason).not.toMatch(/Node\.js v|cannot run/)
    }
    expect(report.cells[0].reason).toMatch(/none can be added while the task runs$/)
    expect(report.cells[1].reason).toMatch(/none can be added to a cancelled task$/)
    expect(report.cells[2].reason).toMatch(/a task cannot have several$/)
    // The terminal names each reason once, with the cells it covers.
    const skipped = r.stdout.split('\n').filter(l => reason.test(l))
    expect(skipped).toHaveLength(3)
    expect(skipped[0]).toMatch(/^ {2}c1: worker-farm /)
    expect(readFileSync(markdown, 'utf8')).toMatch(reason)
  })

  it('prints its version and help', () => {
    expect(cli('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    expect(cli('--help').stdout).toMatch(/--callback-delay-ms <list>/)
    expect(cli('--help').stdout).toMatch(/--table <kind>/)
  })

  it('refuses a --table that is neither grid nor cells, in one line naming it', () => {
    const r = cli('--table', 'rows')
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/--table/)
    expect(r.stderr).toMatch(/grid, cells/)
  })
})

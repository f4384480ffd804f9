/**
 * The bundled action, run the way the runner runs it: `node index.js` of the bundle with INPUT_*
 * variables (every input of action.yml at its default unless the test sets it), a real event
 * payload file, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, and GITHUB_API_URL pointing at a
 * stand-in for the GitHub REST API on 127.0.0.1. The assertions are on what that server
 * received, and on the files the runner would read.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { FakeGitHub, type RecordedRequest } from '../helpers/github-server.js'
import { makeReport, writeReport, type CellSpec } from './reports.js'
import type { Report } from '../../src/report/model.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PYTHON_FIXTURES = join(ROOT, '__tests__', 'fixtures', 'python')
const MARKER = '<!-- callback-thread-guard:report-id=default -->'
const REPOSITORY = 'octo/guarded'
const PR = 42
const COMMENTS_PATH = new RegExp(`^/repos/${REPOSITORY}/issues/${PR}/comments$`)
const COMMENT_PATH = new RegExp(`^/repos/${REPOSITORY}/issues/comments/\\d+$`)

interface ActionRun {
  code: number | null
  stdout: string
  dir: string
  summary: string
  outputs: Record<string, string>
}

interface RunOptions {
  inputs?: Record<string, string>
  event?: 'pull_request' | 'push'
  fork?: boolean
  dir?: string
}

const github = new FakeGitHub()
let defaults: Record<string, string> = {}
// What GitHub runs: dist/index.js, bundled from src/ by `npm test`'s pretest step.
const bundle = join(ROOT, 'dist', 'index.js')

beforeAll(async () => {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  defaults = Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')])
  )
  await github.start()
}, 300_000)

afterAll(async () => {
  await github.stop()
})

beforeEach(() => {
  github.reset()
})

/** A pull_request payload with the fields a real one has where the action looks. */
function pullRequestPayload(fork: boolean) {
  const base = { id: 1, name: 'guarded', full_name: REPOSITORY, owner: { login: 'octo' } }
  const head = fork
    ? {
        id: 2,
        name: 'guarded',
        full_name: 'outsider/guarded',
        owner: { login: 'outsider' },
        fork: true
      }
    : base
  return {
    action: 'synchronize',
    number: PR,
    pull_request: {
      number: PR,
      state: 'open',
      title: 'Upgrade the pool',
      user: { login: fork ? 'outsider' : 'octocat', type: 'User' },
      head: { ref: 'upgrade', sha: '8f2c1e0a9b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e', repo: head },
      base: { ref: 'main', sha: '1111111111111111111111111111111111111111', repo: base }
    },
    repository: base,
    sender: { login: fork ? 'outsider' : 'octocat', type: 'User' }
  }
}

function pushPayload() {
  return {
    ref: 'refs/heads/main',
    before: '1111111111111111111111111111111111111111',
    after: '2222222222222222222222222222222222222222',
    repository: { id: 1, name: 'guarded', full_name: REPOSITORY, owner: { login: 'octo' } },
    pusher: { name: 'octocat' }
  }
}

async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'ctg-action-'))
  const event = options.event ?? 'pull_request'
  const eventPath = join(dir, 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify(event === 'push' ? pushPayload() : pullRequestPayload(options.fork === true))
  )
  const summaryPath = join(dir, 'step-summary.md')
  const outputPath = join(dir, 'step-output.txt')
  writeFileSync(summaryPath, '')
  writeFileSync(outputPath, '')

  // baseline auto has tests of its own (auto-baseline.test.ts): here no lookup.
  const inputs = {
    ...defaults,
    baseline: 'none',
    'github-token': 'ghs_test_token',
    ...options.inputs
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_WORKSPACE: dir,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_RUN_ID: '987654',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: dir,
    NO_PROXY: '127.0.0.1',
    no_proxy: '127.0.0.1',
    // No pause before the check for a duplicate after a create (faulty-api.test.ts times the rest).
    CALLBACK_THREAD_GUARD_API_TIMING: 'settle-ms=0'
  }
  // The runner's naming: INPUT_ + the name upper-cased, spaces to underscores, dashes kept.
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value

  const child = spawn(process.execPath, [bundle], { cwd: dir, env })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  clearTimeout(timer)
  return {
    code,
    stdout,
    dir,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8'))
  }
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value's lines, then the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i += 1) {
    const m = (lines[i] ?? '').match(/^([^<]+)<<(.+)$/)
    if (m === null) continue
    const [, name, delimiter] = m as unknown as [string, string, string]
    const value: string[] = []
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}

function bodyOf(request: RecordedRequest | undefined): string {
  return String((request?.body as { body?: unknown } | undefined)?.body ?? '')
}

/** Writes synthetic reports into dir/reports/<name>/report.json, as download-artifact lays them out. */
function artifacts(dir: string, reports: Record<string, CellSpec[]>): void {
  for (const [name, specs] of Object.entries(reports)) {
    mkdirSync(join(dir, 'reports', name), { recursive: true })
    writeReport(join(dir, 'reports', name, 'report.json'), makeReport(specs))
  }
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ctg-action-'))
}

const PASSING: CellSpec[] = [
  { verdict: 'pass', name: 'added while running' },
  { verdict: 'pass', name: 'added after done', scenario: 'done' }
]

describe('the bundled action on a pull request', () => {
  it('runs the engine, writes the report, summary and outputs, and creates one sticky comment', async () => {
    const run = await runAction({ inputs: { scenarios: 'done,running', tasks: '4' } })

    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    expect(run.outputs.violations).toBe('0')
    expect(run.outputs.report).toBe('callback-thread-guard-report.json')
    const report = JSON.parse(
      readFileSync(join(run.dir, 'callback-thread-guard-report.json'), 'utf8')
    )
    expect(report.cells.map((c: { scenario: string }) => c.scenario)).toEqual(['done', 'running'])

    // The summary: one target's table, a row per cell named by its id; no chart, no marker.
    expect(run.summary).toMatch(
      /\| c1 \| done \| 4w 4t 10 ms \| caller \(inline\) 4 \| ✅ pass \|\n\| c2 \| running \| 4w 4t 10 ms \| task thread 4 \| ✅ pass \|/
    )
    expect(run.summary).not.toContain('```mermaid')
    expect(run.summary).not.toContain('<!--')
    expect(run.outputs).toMatchObject({
      passed: '2',
      failed: '0',
      errors: '0',
      skipped: '0',
      'new-violations': '0',
      fixed: '0',
      changed: '0'
    })
    // The log: each cell once, in cell order, inside a group for its target.
    expect(run.stdout).toMatch(
      /::group::python3 ThreadPoolExecutor: 2 cells\nc1 done: pass \([\d.]+ s\)\nc2 running: pass \([\d.]+ s\)\n::endgroup::/
    )

    const posts = github.requested('POST', COMMENTS_PATH)
    expect(posts).toHaveLength(1)
    expect(github.requested('PATCH')).toHaveLength(0)
    const body = bodyOf(posts[0])
    expect(body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(body).toMatch(/\| c2 \| running \| 4w 4t 10 ms \| task thread 4 \| ✅ pass \|/)
    expect(body).toContain('[workflow run](https://github.com/octo/guarded/actions/runs/987654)')
    expect(body).toContain('commit 8f2c1e0')
    expect(run.outputs['comment-url']).toMatch(
      /^https:\/\/github\.com\/octo\/guarded\/pull\/42#issuecomment-\d+$/
    )
    expect(run.outputs['comment-id']).toBe(String(github.comments[0]?.id))
    expect(posts[0]?.headers.authorization).toBe('token ghs_test_token')
  })

  it('with a budget, keeps checking, and says what the pass is worth in the comment and the outputs', async () => {
    const run = await runAction({
      inputs: { scenarios: 'running,done', workers: '2', tasks: '50', 'task-ms': '0', budget: '3s' }
    })
    expect(run.code).toBe(0)
    const report = JSON.parse(
      readFileSync(join(run.dir, 'callback-thread-guard-report.json'), 'utf8')
    ) as Report
    expect(report.budget).toMatchObject({ budgetMs: 3000, stoppedBy: 'budget' })
    const checked = report.cells.flatMap(c => c.outcomes).reduce((n, o) => n + o.count, 0)
    expect(checked).toBeGreaterThan(100) // more than the matrix's own 100 callbacks
    expect(run.outputs['callbacks-checked']).toBe(String(checked))
    const bounds = report.evidence!.filter(e => e.checked > 0).map(e => e.upperBound)
    expect(Number(run.outputs['worst-upper-bound'])).toBe(Math.max(...bounds))
    const body = bodyOf(github.requested('POST', COMMENTS_PATH)[0])
    expect(body).toContain(
      `no violation in ${checked.toLocaleString('en-US')} callbacks: at 95% confidence, fewer than `
    )
  })

  it('updates its comment on the next run and creates none', async () => {
    const dir = tempDir()
    artifacts(dir, { one: PASSING })
    const inputs = { reports: 'reports/**/*.json' }
    const first = await runAction({ dir, inputs })
    expect(first.code).toBe(0)
    expect(github.requested('POST', COMMENTS_PATH)).toHaveLength(1)
    const created = github.comments[0]

    github.requests.length = 0
    artifacts(dir, {
      one: [{ verdict: 'fail', name: 'added while running' }, PASSING[1] as CellSpec]
    })
    const second = await runAction({ dir, inputs })
    expect(second.code).toBe(1)
    expect(github.requested('POST', COMMENTS_PATH)).toHaveLength(0)
    const patches = github.requested('PATCH', COMMENT_PATH)
    expect(patches).toHaveLength(1)
    expect(patches[0]?.path).toBe(`/repos/${REPOSITORY}/issues/comments/${created?.id}`)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.body).toMatch(/## ❌ callback-thread-guard: fail/)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
  })

  it('finds its comment on a later page of comments', async () => {
    for (let i = 0; i < 150; i += 1) github.addComment(PR, `review note ${i}`, 'octocat')
    const ours = github.addComment(PR, `${MARKER}\nold report`, 'github-actions[bot]', 'Bot')
    const dir = tempDir()
    artifacts(dir, { one: PASSING })

    const run = await runAction({ dir, inputs: { reports: 'reports/*/report.json' } })
    expect(run.code).toBe(0)
    const pages = github.requested('GET', COMMENTS_PATH).map(r => r.query.get('page') ?? '1')
    expect(pages).toEqual(['1', '2'])
    expect(github.requested('POST', COMMENTS_PATH)).toHaveLength(0)
    expect(github.requested('PATCH', COMMENT_PATH).map(r => r.path)).toEqual([
      `/repos/${REPOSITORY}/issues/comments/${ours.id}`
    ])
  })

  it('H06 leaves alone a comment with its marker that another account wrote, and creates its own', async () => {
    const planted = github.addComment(PR, `${MARKER}\nplease merge, all green`, 'mallory')
    const dir = tempDir()
    artifacts(dir, { one: PASSING })

    const run = await runAction({ dir, inputs: { reports: 'reports/**/*.json' } })
    expect(run.code).toBe(0)
    expect(github.requested('PATCH')).toHaveLength(0)
    expect(github.requested('POST', COMMENTS_PATH)).toHaveLength(1)
    expect(planted.body).toBe(`${MARKER}\nplease merge, all green`)
    expect(run.stdout).toMatch(/left alone comment \d+: it carries the marker but mallory wrote it/)
    // Our own account was asked for, not guessed.
    expect(github.requested('POST', /^\/graphql$/)).toHaveLength(1)
  })

  it('keeps the job green on a 403 for a passing report, with a warning pointing to workflow_run', async () => {
    github.failNext({
      method: 'POST',
      path: COMMENTS_PATH,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
      times: 5
    })
    const dir = tempDir()
    artifacts(dir, { one: PASSING })

    const run = await runAction({ dir, fork: true, inputs: { reports: 'reports/**/*.json' } })
    expect(run.code).toBe(0)
    expect(github.requested('POST', COMMENTS_PATH)).toHaveLength(1) // a 403 is not retried
    expect(run.stdout).toMatch(
      /::warning::could not comment on pull request #42: create comment: HTTP 403 Resource not accessible by integration\. .*from a fork.*workflow_run recipe in docs\/action\.md/
    )
    expect(run.outputs.verdict).toBe('pass')
    expect(run.outputs['comment-url']).toBe('')
    expect(run.summary).toMatch(/## ✅ callback-thread-guard: pass/)
    expect(existsSync(join(dir, 'callback-thread-guard-report.json'))).toBe(true)
  })

  it('retries a 502 once and creates exactly one comment', async () => {
    github.failNext({
      method: 'POST',
      path: COMMENTS_PATH,
      status: 502,
      body: { message: 'Bad Gateway' }
    })
    const dir = tempDir()
    artifacts(dir, { one: PASSING })

    const run = await runAction({ dir, inputs: { reports: 'reports/**/*.json' } })
    expect(run.code).toBe(0)
    const posts = github.requested('POST', COMMENTS_PATH)
    expect(posts).toHaveLength(2)
    expect(bodyOf(posts[1])).toBe(bodyOf(posts[0]))
    expect(github.comments).toHaveLength(1)
    // Before trying again it looked whether the failed create had happened after all; after
    // the create it looked once more, for a duplicate from a run at the same moment.
    expect(github.requested('GET', COMMENTS_PATH)).toHaveLength(3)
    expect(run.stdout).toMatch(
      /create comment failed \(HTTP 502 Bad Gateway\); attempt 2 in 1\.0 s/
    )
    expect(run.outputs['comment-url']).not.toBe('')
  })

  it('retries a secondary rate limit after the time retry-after asks for', async () => {
    github.failNext({
      method: 'GET',
      path: COMMENTS_PATH,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' }
    })
    const dir = tempDir()
    artifacts(dir, { one: PASSING })

    const run = await runAction({ dir, inputs: { reports: 'reports/**/*.json' } })
    expect(run.code).toBe(0)
    expect(github.requested('GET', COMMENTS_PATH)).toHaveLength(3) // 403, list, check after create
    expect(github.comments).toHaveLength(1)
  })

  it('cuts an oversized report under the comment limit, failing rows first, and says what it left out', async () => {
    const specs: CellSpec[] = Array.from({ length: 1500 }, (_, i) => ({
      verdict: i % 500 === 499 ? 'fail' : 'pass',
      name: `experiment ${i} with a long descriptive name to make every row of the table wide`,
      tasks: 4 + (i % 7)
    }))
    const dir = tempDir()
    mkdirSync(join(dir, 'reports'))
    writeReport(join(dir, 'reports', 'big.json'), makeReport(specs))

    const run = await runAction({ dir, inputs: { reports: 'reports/big.json' } })
    expect(run.code).toBe(1) // three cells fail
    const posts = github.requested('POST', COMMENTS_PATH)
    expect(posts).toHaveLength(1)
    expect(github.comments).toHaveLength(1) // the server took it: under 65,536 characters
    const body = bodyOf(posts[0])
    expect([...body].length).toBeLessThanOrEqual(65_536)
    expect(body.startsWith(`${MARKER}\n`)).toBe(true)
    // The failing rows come first, right under the table header.
    const rows = body.split('\n').filter(l => /^\| c\d+ \|/.test(l))
    expect(rows.slice(0, 3).map(r => r.match(/experiment (\d+)/)?.[1])).toEqual([
      '499',
      '999',
      '1499'
    ])
    const full = body.slice(body.indexOf('<summary>All 1,500 cells'))
    const fullRows = full.split('\n').filter(l => /^\| c\d+ \|/.test(l)).length
    expect(fullRows).toBeLessThan(1500)
    expect(body).toContain(
      `Left out: ${(1500 - fullRows).toLocaleString('en-US')} full-table rows.`
    )
    // Said before the tables, with a link to this run rather than a path on the runner.
    expect(body.indexOf('✂️')).toBeLessThan(body.indexOf('| cell |'))
    expect(body).toContain(
      'The full report: the [job summary and the JSON report](https://github.com/octo/guarded/actions/runs/987654) of this run.'
    )
    // The summary has room for all of it.
    const summaryFull = run.summary.slice(run.summary.indexOf('<summary>All 1,500 cells'))
    expect(summaryFull.split('\n').filter(l => /^\| c\d+ \|/.test(l))).toHaveLength(1500)
  })

  it('merges three matrix reports into one comment with every row', async () => {
    const dir = tempDir()
    artifacts(dir, {
      'py3.9-ubuntu-latest': PASSING,
      'py3.12-ubuntu-latest': PASSING,
      'pypy3.10-windows-latest': [
        { verdict: 'fail', name: 'added while running' },
        PASSING[1] as CellSpec
      ]
    })

    const run = await runAction({ dir, inputs: { reports: 'reports/**/*.json' } })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(run.outputs.violations).toBe('1')
    const posts = github.requested('POST', COMMENTS_PATH)
    expect(posts).toHaveLength(1)
    const body = bodyOf(posts[0])
    // A grid of what needs a look: the failing experiment, the three jobs as columns; the
    // passing one counted, and both in the full grid.
    const header = body.split('\n').find(l => l.startsWith('| experiment |')) ?? ''
    for (const label of ['py3.9-ubuntu', 'py3.12-ubuntu', 'pypy3.10-windows'])
      expect(header).toContain(` ${label} |`)
    expect(body).toContain('<code>pypy3.10-windows-latest</code>')
    const open = body.slice(0, body.indexOf('<details>'))
    const gridRows = open.split('\n').filter(l => /^\| added (while running|after done) \|/.test(l))
    expect(gridRows).toEqual(['| added while running | ✅ | ✅ | ❌ <sub>other</sub> |'])
    expect(open).toContain('1 more experiment passed on all 3 targets.')
    const fullGrid = body.split('\n').filter(l => /^\| added (while running|after done) \|/.test(l))
    expect(fullGrid).toHaveLength(3)
    // Every cell in the full table, each job twice.
    const rows = body.split('\n').filter(l => /^\| c\d \|/.test(l))
    expect(rows).toHaveLength(6)
    for (const label of ['py3.9-ubuntu', 'py3.12-ubuntu', 'pypy3.10-windows'])
      expect(rows.filter(r => r.includes(`| ${label} |`))).toHaveLength(2)
    const merged = JSON.parse(readFileSync(join(dir, 'callback-thread-guard-report.json'), 'utf8'))
    expect(merged.cells.map((c: { id: string }) => c.id)).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
      'c6'
    ])
    expect(run.stdout).toMatch(
      /::error title=callback-thread-guard%3A worker-runs-callback::pypy3\.10-windows-latest breaks worker-runs-callback: .* In 1 cell: c5 added while running\./
    )
  })

  it('marks a new violation against the baseline and fails only on it with fail-on new-violation', async () => {
    const dir = tempDir()
    writeReport(
      join(dir, 'baseline.json'),
      makeReport([
        { verdict: 'fail', name: 'known' },
        { verdict: 'pass', name: 'fresh' }
      ])
    )
    artifacts(dir, {
      now: [
        { verdict: 'fail', name: 'known' },
        { verdict: 'fail', name: 'fresh' }
      ]
    })
    const inputs = {
      reports: 'reports/**/*.json',
      baseline: 'baseline.json',
      'fail-on': 'new-violation'
    }

    const run = await runAction({ dir, inputs })
    expect(run.code).toBe(1)
    expect(run.outputs['new-violations']).toBe('1')
    expect(run.outputs.violations).toBe('2')
    const body = bodyOf(github.requested('POST', COMMENTS_PATH)[0])
    expect(body).toMatch(/Against the baseline: \d+ cells? changed: \*\*🆕 1 new violation\*\*/)
    expect(body).toMatch(/\| c2 \| fresh \|.*\| 🆕 new violation \|/)
    expect(body).toMatch(/\| c1 \| known \|[^\n]*\| - \|/)
    expect(body).toContain(
      '- **c2** fresh: 🆕 new violation of <code>worker-runs-callback</code> (was pass)'
    )
    expect(run.outputs).toMatchObject({ changed: '1', fixed: '0' })
    expect(run.stdout).toMatch(
      /::error::callback-thread-guard: .*1 new violation against the baseline/
    )

    // The same known violation alone does not fail the step.
    github.reset()
    artifacts(dir, {
      now: [
        { verdict: 'fail', name: 'known' },
        { verdict: 'pass', name: 'fresh' }
      ]
    })
    const again = await runAction({ dir, inputs })
    expect(again.code).toBe(0)
    expect(again.outputs['new-violations']).toBe('0')
    expect(again.stdout).toMatch(/::warning::callback-thread-guard: .*already in the baseline/)
  })

  it('annotates each violated cell of a failing engine run with the rule it broke', async () => {
    const run = await runAction({
      inputs: {
        scenarios: 'done,running',
        tasks: '4',
        executor: 'broken_executors:MovedCallbacks',
        'python-path': PYTHON_FIXTURES,
        comment: 'on-failure'
      }
    })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    const errors = run.stdout.split('\n').filter(l => l.startsWith('::error title='))
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(
      /^::error title=callback-thread-guard%3A done-runs-inline::python3 MovedCallbacks breaks done-runs-inline: .* In 1 cell: c1 done\.$/
    )
    expect(errors[1]).toMatch(
      /^::error title=callback-thread-guard%3A worker-runs-callback::python3 MovedCallbacks breaks worker-runs-callback: .* In 1 cell: c2 running\.$/
    )
    // The step's own failure line is the last error.
    const last = run.stdout
      .split('\n')
      .filter(l => l.startsWith('::error'))
      .at(-1)
    expect(last).toMatch(/^::error::callback-thread-guard: 0 passed, 2 failed/)
    expect(github.requested('POST', COMMENTS_PATH)).toHaveLength(1)
  })

  it('takes an asyncio target as inputs, graded by the asyncio contract: the stdlib passes, the classic bridge bug fails', async () => {
    const inputs = { scenarios: 'aio-done,aio-bridge', tasks: '4', comment: 'on-failure' }
    const passing = await runAction({ inputs: { ...inputs, asyncio: 'true' } })
    expect([passing.code, passing.outputs.verdict]).toEqual([0, 'pass'])
    const report = JSON.parse(
      readFileSync(join(passing.dir, 'callback-thread-guard-report.json'), 'utf8')
    ) as Report
    expect(report.targets.map(t => [t.name, t.contract])).toEqual([['python3 asyncio', 'asyncio']])

    const failing = await runAction({
      inputs: {
        ...inputs,
        asyncio: 'asyncio_mutants:WorkerCallbackLoop',
        'python-path': PYTHON_FIXTURES
      }
    })
    expect([failing.code, failing.outputs.verdict]).toEqual([1, 'fail'])
    const errors = failing.stdout.split('\n').filter(l => l.startsWith('::error title='))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^::error title=callback-thread-guard%3A bridge-result-on-loop::python3 asyncio WorkerCallbackLoop breaks bridge-result-on-loop: .* In 1 cell: c2 aio-bridge\.$/
    )
  })
  it('shows at most 10 error annotations, grouped by rule and target, the failure line last', async () => {
    const dir = tempDir()
    const jobs: Record<string, CellSpec[]> = {}
    for (let i = 1; i <= 11; i++)
      jobs[`job-${String(i).padStart(2, '0')}`] = [
        { verdict: 'fail', name: 'added while running' },
        { verdict: 'fail', name: 'again', workers: 2 }
      ]
    artifacts(dir, jobs)
    const run = await runAction({ dir, inputs: { reports: 'reports/**/*.json', comment: 'never' } })
    expect(run.code).toBe(1)
    const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'))
    expect(errors).toHaveLength(10)
    // Eight groups (one rule, one job each, both of its cells), one line for the three more,
    // and the step's failure.
    expect(errors[0]).toMatch(
      /::job-01 breaks worker-runs-callback: .* In 2 cells: c1 added while running, c2 again\.$/
    )
    expect(errors[8]).toMatch(
      /^::error title=callback-thread-guard%3A more::3 more broken rules or targets in 6 cells: worker-runs-callback, worker-runs-callback, worker-runs-callback\. See the job summary\.$/
    )
    expect(errors[9]).toMatch(/^::error::callback-thread-guard: 0 passed, 22 failed/)
  })

  it('with check-run, carries every violation in a check run, 50 annotations a request', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'reports'))
    const specs: CellSpec[] = Array.from({ length: 60 }, (_, i) => ({
      verdict: 'fail',
      name: `experiment ${i}`
    }))
    writeReport(join(dir, 'reports', 'big.json'), makeReport(specs))
    const run = await runAction({
      dir,
      inputs: { reports: 'reports/big.json', 'check-run': 'true', comment: 'never' }
    })
    expect(run.code).toBe(1)
    expect(github.checkRuns).toHaveLength(1)
    const check = github.checkRuns[0]!
    expect(check.body).toMatchObject({
      name: 'callback-thread-guard',
      head_sha: '8f2c1e0a9b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e',
      status: 'completed',
      conclusion: 'failure'
    })
    expect(check.annotations).toHaveLength(60)
    expect(check.annotations[59]).toMatchObject({
      path: 'callback-thread-guard-report.json',
      annotation_level: 'failure',
      title: 'callback-thread-guard: worker-runs-callback'
    })
    expect((check.annotations[59] as { message: string }).message).toMatch(
      /^c60 python3 ThreadPoolExecutor \/ experiment 59 breaks worker-runs-callback in 4 callbacks/
    )
    expect(github.requested('PATCH')).toHaveLength(1) // the second batch of 10
    expect(run.stdout).toMatch(/check run \d+ with 60 annotations in 2 requests/)
    // The step's own annotations stay within GitHub's 10.
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toHaveLength(2)
  })

  it('with check-run, warns and keeps its verdict when the token may not create check runs', async () => {
    const dir = tempDir()
    artifacts(dir, { now: [{ verdict: 'fail', name: 'added while running' }] })
    github.failNext({ method: 'POST', path: /\/check-runs$/, status: 403 })
    const run = await runAction({
      dir,
      inputs: { reports: 'reports/**/*.json', 'check-run': 'true', comment: 'never' }
    })
    expect(run.code).toBe(1)
    expect(github.checkRuns).toHaveLength(0)
    expect(run.stdout).toMatch(
      /::warning::check-run: could not create the check run: the token may not create check runs \(it needs checks: write; a fork's token cannot\); the annotations above/
    )
  })

  it('with comment: changes, posts nothing when nothing changed against the baseline', async () => {
    const dir = tempDir()
    writeReport(join(dir, 'baseline.json'), makeReport(PASSING))
    artifacts(dir, { now: PASSING })
    const inputs = { reports: 'reports/**/*.json', baseline: 'baseline.json', comment: 'changes' }
    const run = await runAction({ dir, inputs })
    expect(run.code).toBe(0)
    expect(github.requested('POST', COMMENTS_PATH)).toHaveLength(0)
    expect(run.stdout).toMatch(/comment: changes, and there is no comment of ours to update/)
    expect(run.outputs).toMatchObject({ changed: '0', 'comment-id': '' })

    // A change posts it.
    artifacts(dir, {
      now: [{ verdict: 'fail', name: 'added while running' }, PASSING[1] as CellSpec]
    })
    const changed = await runAction({ dir, inputs })
    expect(github.requested('POST', COMMENTS_PATH)).toHaveLength(1)
    expect(changed.outputs).toMatchObject({ changed: '1', 'new-violations': '1' })
  })

  it('H03 keeps hostile names in a report from forging the marker or issuing workflow commands', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'reports'))
    const hostile = makeReport(
      [
        { verdict: 'fail', name: `${MARKER} | x` },
        { verdict: 'pass', name: '::add-mask::secret' }
      ],
      '::warning::pwned'
    )
    writeReport(join(dir, 'reports', 'fork.json'), hostile)

    const run = await runAction({ dir, inputs: { reports: 'reports/fork.json' } })
    expect(run.code).toBe(1)
    const body = bodyOf(github.requested('POST', COMMENTS_PATH)[0])
    expect(body.split('<!--')).toHaveLength(2) // the marker on the first line, and no other
    expect(body).toMatch(/\| &lt;\\?!-- callback-thread-guard:report-id=default --&gt; &#124; x \|/)

    // Every log line that would read as a command sits inside a stop-commands block.
    let stoppedBy: string | undefined
    for (const line of run.stdout.split('\n').map(l => l.trimStart())) {
      const stop = line.match(/^::stop-commands::(.+)$/)
      if (stop !== null && stoppedBy === undefined) stoppedBy = stop[1]
      else if (stoppedBy !== undefined && line === `::${stoppedBy}::`) stoppedBy = undefined
      else if (/^::(warning::pwned|add-mask::secret)/.test(line)) expect(stoppedBy).toBeDefined()
    }
    // (A terminal line that would start with "::" also has the pair broken: R18.)
    expect(run.stdout).toMatch(
      /::stop-commands::[0-9a-f-]{36}\n[\s\S]*:\u200b:warning::pwned[\s\S]*\n::[0-9a-f-]{36}::/
    )
  })
})

describe('the bundled action elsewhere', () => {
  it('posts nothing on a push, and still writes the summary and the outputs', async () => {
    const dir = tempDir()
    artifacts(dir, { one: PASSING })
    const run = await runAction({ dir, event: 'push', inputs: { reports: 'reports/**/*.json' } })
    expect(run.code).toBe(0)
    expect(github.requests).toHaveLength(0)
    expect(run.summary).toMatch(/## ✅ callback-thread-guard: pass/)
    expect(run.outputs).toMatchObject({ verdict: 'pass', violations: '0', 'comment-url': '' })
    expect(run.stdout).toMatch(/no pull request for this push event: no comment/)
  })

  it('refuses a bad input in one line naming it, and writes nothing', async () => {
    const run = await runAction({ inputs: { comment: 'sometimes', scenarios: 'done' } })
    expect(run.code).toBe(1)
    expect(run.stdout.trim().split('\n')).toEqual([
      '::error::input comment: expected one of always, on-failure, changes, update-only, never, got "sometimes"'
    ])
    expect(run.summary).toBe('')
    expect(run.outputs).toEqual({})
    expect(existsSync(join(run.dir, 'callback-thread-guard-report.json'))).toBe(false)
    expect(github.requests).toHaveLength(0)
  })

  it('refuses a report file that is not a report, naming the file and the field', async () => {
    const dir = tempDir()
    artifacts(dir, { good: PASSING })
    mkdirSync(join(dir, 'reports', 'bad'))
    const broken = makeReport(PASSING) as unknown as { cells: { verdict: string }[] }
    ;(broken.cells[1] as { verdict: string }).verdict = 'great'
    writeFileSync(join(dir, 'reports', 'bad', 'report.json'), JSON.stringify(broken))

    const run = await runAction({ dir, inputs: { reports: 'reports/**/*.json' } })
    expect(run.code).toBe(1)
    expect(run.stdout.trim()).toMatch(
      /^::add-mask::ghs_test_token\nmerging 2 reports: .*\n::error::input reports: reports\/bad\/report\.json: not a callback-thread-guard JSON report: cells\[1\]\.verdict: /
    )
    expect(run.summary).toBe('')
    expect(existsSync(join(dir, 'callback-thread-guard-report.json'))).toBe(false)
    expect(github.requests).toHaveLength(0)
  })
})

/**
 * Runs the bundled action (dist/index.js) the way the runner does, against a FakeGitHub: INPUT_*
 * variables (every input of action.yml at its default unless set), a real pull_request payload,
 * GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, GITHUB_API_URL pointing at the fake. Several runs
 * may go at once (the fake answers them all). Used by the faulty-API, concurrency and soak tests.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { FakeGitHub } from '../helpers/github-server.js'
import { makeReport, writeReport, type CellSpec } from './reports.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BUNDLE = join(ROOT, 'dist', 'index.js')
export const REPOSITORY = 'octo/guarded'
export const PR = 42
export const TOKEN = 'ghs_test_token_0123456789abcdef'
export const COMMENTS_PATH = new RegExp(`^/repos/${REPOSITORY}/issues/\\d+/comments$`)
export const COMMENT_PATH = new RegExp(`^/repos/${REPOSITORY}/issues/comments/\\d+$`)
/** Fast API timing for tests: short request timeout, short backoff, no settle pause. */
export const FAST_TIMING = 'request-timeout-ms=3000,budget-ms=20000,base-delay-ms=20,settle-ms=0'
/** FAST_TIMING with a short request timeout, for the faults where no answer comes. */
export const HANG_TIMING = 'request-timeout-ms=500,budget-ms=20000,base-delay-ms=20,settle-ms=0'

export const PASSING: CellSpec[] = [
  { verdict: 'pass', name: 'added while running', scenario: 'running' },
  { verdict: 'pass', name: 'added after done', scenario: 'done' }
]

export interface ActionRun {
  code: number | null
  /** stdout and stderr, interleaved as they came. */
  stdout: string
  stderr: string
  dir: string
  summary: string
  outputs: Record<string, string>
  /** The JSON report, parsed, or undefined when it is missing or not JSON. */
  report: { verdict?: unknown; cells?: unknown[] } | undefined
  reportText: string | undefined
  elapsedMs: number
}

export interface RunOptions {
  github: FakeGitHub
  inputs?: Record<string, string>
  /** Extra environment, e.g. CALLBACK_THREAD_GUARD_API_TIMING. */
  env?: Record<string, string>
  fork?: boolean
  pr?: number
  dir?: string
  /** The API timing; FAST_TIMING unless set ('' for the defaults). */
  timing?: string
  /** The event payload; a pull_request event's by default. */
  payload?: unknown
  /** Kills the process after this long (a hang of the action itself). */
  killAfterMs?: number
}

let defaults: Record<string, string> | undefined
/** Every input of action.yml at its default, as the runner passes them when a workflow sets none. */
export function actionDefaults(): Record<string, string> {
  if (defaults === undefined) {
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    defaults = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')])
    )
  }
  return defaults
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ctg-api-'))
}

/** A folder holding reports/one.json, a passing report to merge (no engine run: fast). */
export function passingReportDir(specs: CellSpec[] = PASSING): string {
  const dir = tempDir()
  mkdirSync(join(dir, 'reports'))
  writeReport(join(dir, 'reports', 'one.json'), makeReport(specs))
  return dir
}

export function pullRequestPayload(number: number, fork: boolean) {
  const base = { id: 1, name: 'guarded', full_name: REPOSITORY, owner: { login: 'octo' } }
  const head = fork
    ? { id: 2, name: 'guarded', full_name: 'outsider/guarded', owner: { login: 'outsider' } }
    : base
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      user: { login: fork ? 'outsider' : 'octocat', type: 'User' },
      head: { ref: 'upgrade', sha: '8f2c1e0a9b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e', repo: head },
      base: { ref: 'main', sha: '1111111111111111111111111111111111111111', repo: base }
    },
    repository: base,
    sender: { login: fork ? 'outsider' : 'octocat', type: 'User' }
  }
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = options.dir ?? passingReportDir()
  const run = mkdtempSync(join(dir, 'run-'))
  const eventPath = join(run, 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify(options.payload ?? pullRequestPayload(options.pr ?? PR, options.fork === true))
  )
  const summaryPath = join(run, 'step-summary.md')
  const outputPath = join(run, 'step-output.txt')
  writeFileSync(summaryPath, '')
  writeFileSync(outputPath, '')
  const json = join(run, 'report.json')

  const inputs: Record<string, string> = {
    ...actionDefaults(),
    // The tests of the baseline lookup set it; the others keep the API to what they count.
    baseline: 'none',
    'github-token': TOKEN,
    reports: 'reports/*.json',
    json,
    ...options.inputs
  }
  const timing = options.timing ?? FAST_TIMING
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_WORKSPACE: dir,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.github.url,
    GITHUB_RUN_ID: '987654',
    GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/ci.yml@refs/pull/${options.pr ?? PR}/merge`,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: run,
    NO_PROXY: '127.0.0.1',
    no_proxy: '127.0.0.1',
    ...(timing === '' ? {} : { CALLBACK_THREAD_GUARD_API_TIMING: timing }),
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value

  const started = Date.now()
  const child = spawn(process.execPath, [BUNDLE], { cwd: dir, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8')
    stderr += chunk.toString('utf8')
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 60_000)
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  clearTimeout(timer)
  const reportText = existsSync(json) ? readFileSync(json, 'utf8') : undefined
  let report: ActionRun['report']
  try {
    report = reportText === undefined ? undefined : (JSON.parse(reportText) as ActionRun['report'])
  } catch {
    report = undefined
  }
  return {
    code,
    stdout,
    stderr,
    dir: run,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    report,
    reportText,
    elapsedMs: Date.now() - started
  }
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value's lines, then the delimiter. */
export function parseOutputs(text: string): Record<string, string> {
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

/** The ::warning:: and ::error:: lines of a run. */
export function problems(run: ActionRun): string[] {
  return run.stdout.split('\n').filter(l => /^::(warning|error)( [^:]*)?::/.test(l))
}

/**
 * Whatever the API did, the run left everything a workflow relies on: exit code 0 for a passing
 * report, the JSON report, the job summary, every output.
 */
export function everythingThere(run: ActionRun): string[] {
  const missing: string[] = []
  if (run.code !== 0) missing.push(`exit code ${String(run.code)}`)
  if (run.report?.verdict !== 'pass' || !Array.isArray(run.report.cells))
    missing.push('the JSON report')
  if (!/## ✅ callback-thread-guard(?: \([^)]*\))?: pass/.test(run.summary))
    missing.push('the job summary')
  for (const name of ['verdict', 'violations', 'new-violations', 'report', 'comment-url'])
    if (!(name in run.outputs)) missing.push(`output ${name}`)
  if (run.outputs.verdict !== undefined && run.outputs.verdict !== 'pass')
    missing.push('output verdict = pass')
  return missing
}

/** Every place the token could leak to, with the one line the runner consumes (add-mask) taken out. */
export function tokenLeaks(run: ActionRun, token = TOKEN): string[] {
  const places: [string, string][] = [
    ['the log', run.stdout.replace(`::add-mask::${token}\n`, '')],
    ['the job summary', run.summary],
    ['the outputs', JSON.stringify(run.outputs)],
    ['the JSON report', run.reportText ?? '']
  ]
  const forms = [token, encodeURIComponent(token), token.slice(4, 20)]
  return places.filter(([, text]) => forms.some(f => text.includes(f))).map(([where]) => where)
}

/**
 * The Action: inputs -> report (run the engine, or merge the JSON reports of a workflow matrix)
 * -> report files -> job summary -> outputs -> annotations -> sticky pull-request comment ->
 * step status. Per-cell log lines come after the run, in cell order, in a ::group:: per target.
 *
 * The order matters. Every input is checked (and a baseline or the reports to merge are read and
 * validated) before anything runs or is written, so bad input leaves nothing half-written. The
 * report files are written before any API call, so nothing is lost when the API fails. And a
 * comment that cannot be posted is a warning: the step's status is the guard's verdict.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { loadConfig } from '../config/load.js'
import { InputError, oneLine } from '../errors.js'
import { compareReports, hasDifferences, type BaselineDiff } from '../report/compare.js'
import { code, plain } from '../report/escape.js'
import { budgetWords, callbacksChecked, worstUpperBound } from '../report/evidence.js'
import { prepareReport, renderReport, type RenderOptions } from '../report/markdown.js'
import { mergeReports, readReportFile } from '../report/merge.js'
import type { CellReport, Report } from '../report/model.js'
import { cellTitle, headline } from '../report/summarize.js'
import { renderTerminal } from '../report/terminal.js'
import { runConfig } from '../run.js'
import { writeReportFiles } from '../sinks/files.js'
import { githubCheckRunApi, postCheckRun, CHECK_SUMMARY_LIMIT } from '../sinks/github/checks.js'
import { githubCommentApi } from '../sinks/github/client.js'
import { postStickyComment } from '../sinks/github/comment.js'
import { describeApiError, NoAnswerError, UnexpectedResponseError } from '../sinks/github/errors.js'
import { commentMarker } from '../sinks/github/marker.js'
import { ApiCallError, defaultPolicy } from '../sinks/github/retry.js'
import { apiTiming } from '../sinks/github/timing.js'
import { VERSION } from '../version.js'
import {
  annotationPath,
  buildAnnotations,
  buildCheckAnnotations,
  type Annotation
} from './annotations.js'
import { readRunContext, type RunContext } from './context.js'
import { expandGlobs } from './glob.js'
import { ACTION_LABELS, readInputs, type ActionInputs, type CommentMode } from './inputs.js'

/** GitHub refuses comment bodies over 65,536 characters; the margin covers line-ending rewrites. */
export const COMMENT_LIMIT = 65_000
/** The job summary of one step may hold 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1_000_000

export async function runAction(): Promise<void> {
  try {
    await act()
  } catch (error) {
    core.setFailed(
      error instanceof InputError ? oneLine(error) : `could not run: ${oneLine(error)}`
    )
  }
}

async function act(): Promise<void> {
  // 1. Everything that can be refused, before anything runs or is written.
  const inputs = readInputs(name => core.getInput(name))
  // The runner masks the workflow token by itself, but not a personal or App token passed in.
  if (isRealToken(inputs.token)) core.setSecret(inputs.token)
  const context = readRunContext(process.env, inputs.pullRequest)
  const baseline =
    inputs.baseline === undefined
      ? undefined
      : readReportFile(inputs.baseline, 'input baseline', judging(inputs))
  const report = inputs.reports.length > 0 ? mergeInputReports(inputs) : await runEngine(inputs)
  const diff = baseline === undefined ? undefined : compareReports(report, baseline)

  // 2. Report files, all rendered before the first is written.
  const title = inputs.title
  // Its sections are built once for every Markdown rendering below (file, summary, comment, check).
  const prepared = prepareReport(report, diff)
  await writeReportFiles(
    report,
    {
      json: inputs.json,
      ...(inputs.markdown === undefined ? {} : { markdown: inputs.markdown }),
      ...(inputs.junit === undefined ? {} : { junit: inputs.junit })
    },
    r => renderReport(r, { title, prepared, ...(diff === undefined ? {} : { diff }) })
  )

  logUntrusted(renderTerminal(report, false))

  // 3. Job summary, outputs, annotations.
  const common: RenderOptions = {
    title,
    prepared,
    ...(diff === undefined ? {} : { diff }),
    fullReport: `the JSON report ${code(inputs.json, 200)} written by this step (upload it as an artifact)`
  }
  await writeSummary(
    renderReport(report, {
      ...common,
      limit: {
        max: SUMMARY_LIMIT_BYTES,
        measure: text => Buffer.byteLength(text, 'utf8'),
        label: "the job summary's 1 MiB limit"
      }
    })
  )
  const newViolations = diff?.newViolations ?? report.summary.violations
  setOutputs(report, diff, newViolations, inputs.json)
  const failure = failureOf(report, newViolations, diff, inputs)
  sendAnnotations(buildAnnotations(report, diff, inputs.failOn, failure !== undefined))

  // 4. The sticky comment.
  const posted = await comment(
    report,
    diff,
    inputs,
    context,
    commentOptions(common, inputs, context)
  )
  core.setOutput('comment-url', posted?.url ?? '')
  core.setOutput('comment-id', posted?.id === undefined ? '' : String(posted.id))
  if (inputs.checkRun) await checkRun(report, diff, inputs, context, common)

  // 5. The step's status: the last error annotation of the step.
  if (failure !== undefined) core.setFailed(failure)
}

/**
 * The comment's render options: its marker, GitHub's size limit, and a link to this run (a
 * reviewer cannot open a file on the runner) rather than the report's path.
 */
export function commentOptions(
  common: RenderOptions,
  inputs: Pick<ActionInputs, 'reportId' | 'json'>,
  context: RunContext
): RenderOptions {
  return {
    ...common,
    marker: commentMarker(inputs.reportId),
    limit: { max: COMMENT_LIMIT, label: "GitHub's 65,536-character comment limit" },
    fullReport:
      context.runUrl === undefined
        ? `the JSON report ${code(inputs.json, 200)} of this run`
        : `the [job summary and the JSON report](${context.runUrl}) of this run`,
    footer: footer(context)
  }
}

/**
 * Every annotation in a check run. A token that cannot (no checks: write, a fork's read-only
 * token) gets a warning: the workflow-command annotations above stand, the step's status holds.
 */
async function checkRun(
  report: Report,
  diff: BaselineDiff | undefined,
  inputs: ActionInputs,
  context: RunContext,
  common: RenderOptions
): Promise<void> {
  const fallback = 'the annotations above (at most 10 shown) and the job summary have the report'
  if (context.owner === undefined || context.repo === undefined || context.sha === undefined) {
    core.warning(`check-run: no repository or commit (GITHUB_REPOSITORY, GITHUB_SHA); ${fallback}`)
    return
  }
  if (!isRealToken(inputs.token)) {
    core.warning(`check-run: github-token is empty; ${fallback}`)
    return
  }
  const annotations = buildCheckAnnotations(
    report,
    diff,
    inputs.failOn,
    annotationPath(inputs.config, inputs.json, process.env)
  )
  const timing = apiTiming()
  const policy = {
    ...defaultPolicy(timing.budgetMs),
    baseDelayMs: timing.baseDelayMs,
    settleMs: timing.settleMs
  }
  try {
    const api = await githubCheckRunApi(
      { token: inputs.token, owner: context.owner, repo: context.repo },
      { requestTimeoutMs: timing.requestTimeoutMs, deadline: policy.deadline }
    )
    const result = await postCheckRun(
      api,
      {
        name: inputs.title,
        headSha: context.sha,
        conclusion:
          report.verdict === 'pass' ? 'success' : report.verdict === 'fail' ? 'failure' : 'neutral',
        title: plain(headline(report), 200),
        summary: renderReport(report, {
          ...common,
          limit: { max: CHECK_SUMMARY_LIMIT, label: "the Checks API's 65,535-character limit" }
        }),
        annotations
      },
      policy
    )
    core.info(
      redact(
        `check run ${result.id} with ${annotations.length} annotation${annotations.length === 1 ? '' : 's'} in ${result.requests} request${result.requests === 1 ? '' : 's'}${result.url === undefined ? '' : `: ${result.url}`}`,
        inputs.token
      )
    )
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status
    const why =
      status === 403 || status === 404
        ? "the token may not create check runs (it needs checks: write; a fork's token cannot)"
        : describeApiError(error)
    core.warning(
      redact(
        oneLine(`check-run: could not create the check run: ${why}; ${fallback}`),
        inputs.token
      )
    )
  }
}

function setOutputs(
  report: Report,
  diff: BaselineDiff | undefined,
  newViolations: number,
  json: string
): void {
  const s = report.summary
  const worst = worstUpperBound(report)
  const outputs: Record<string, number | string> = {
    verdict: report.verdict,
    violations: s.violations,
    'new-violations': newViolations,
    fixed: diff?.fixedCells ?? 0,
    changed: diff?.changedCells ?? 0,
    passed: s.passed,
    failed: s.failed,
    errors: s.errors,
    skipped: s.skipped,
    interesting: s.interesting,
    'callbacks-checked': callbacksChecked(report),
    'worst-upper-bound': worst === undefined ? '' : worst,
    report: json
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value))
}

function sendAnnotations(annotations: Annotation[]): void {
  for (const a of annotations) {
    if (a.level === 'error') core.error(a.message, { title: a.title })
    else core.warning(a.message, { title: a.title })
  }
}

/**
 * Log text that holds strings from probes or report files. The runner reads a log line as a
 * workflow command when it starts with "::" after leading spaces, so a thread or target name
 * could otherwise issue commands (in a workflow_run workflow, with a write token around).
 * stop-commands turns that off until the random token ends it.
 */
function logUntrusted(text: string): void {
  const token = randomUUID()
  process.stdout.write(`::stop-commands::${token}\n${text}\n::${token}::\n`)
}

async function runEngine(inputs: ActionInputs): Promise<Report> {
  const config = loadConfig(inputs.config, inputs.overrides, ACTION_LABELS)
  let done = 0
  let lastBudgetLine = 0
  const report = await runConfig(config, {
    // With a budget, a line every 30 s: the log shows the run is alive and what it has checked.
    onBudget: progress => {
      if (Date.now() - lastBudgetLine < 30_000) return
      lastBudgetLine = Date.now()
      core.info(plain(budgetWords(progress), 300))
    },
    // Cells finish in any order: the log of each comes after the run; here only progress.
    onCellDone: () => {
      done += 1
      if (done % 50 === 0) core.info(`${done} cells done`)
    }
  })
  logCells(report.cells)
  return report
}

/** One ::group:: per target, its cells in order. Each line starts with the cell id, never "::". */
function logCells(cells: CellReport[]): void {
  const byTarget = new Map<string, CellReport[]>()
  for (const c of cells) {
    const list = byTarget.get(c.target)
    if (list === undefined) byTarget.set(c.target, [c])
    else list.push(c)
  }
  for (const [target, list] of byTarget) {
    core.startGroup(plain(`${target}: ${list.length} cell${list.length === 1 ? '' : 's'}`, 200))
    for (const cell of list)
      core.info(
        plain(
          `${cell.id} ${cellTitle(cell)}: ${cell.verdict}${cell.reason === undefined ? '' : ` (${cell.reason})`} (${(cell.durationMs / 1000).toFixed(2)} s)`,
          400
        )
      )
    core.endGroup()
  }
}

function mergeInputReports(inputs: ActionInputs): Report {
  if (inputs.ignoredEngineInputs.length > 0)
    core.warning(
      `reports are merged, so these inputs are ignored: ${inputs.ignoredEngineInputs.join(', ')}`
    )
  // The merged report may be written where a glob looks, and the baseline may lie there too:
  // neither is one of the reports to merge.
  const skip = new Set(
    [inputs.json, inputs.baseline].filter(p => p !== undefined).map(p => resolve(p))
  )
  const paths = expandGlobs(inputs.reports).filter(p => !skip.has(resolve(p)))
  if (paths.length === 0)
    throw new InputError(
      'input reports',
      `no file matches ${inputs.reports.map(p => JSON.stringify(p)).join(', ')}`
    )
  core.info(
    `merging ${paths.length} report${paths.length === 1 ? '' : 's'}: ${paths.map(p => plain(p)).join(', ')}`
  )
  const sources = paths.map(path => ({
    path,
    report: readReportFile(path, 'input reports', judging(inputs))
  }))
  return mergeReports(sources, 'input reports')
}

/** How report files are judged: which custom contracts the workflow accepts from them. */
function judging(inputs: ActionInputs): { trustedContracts: string[] } {
  return { trustedContracts: inputs.trustedContracts }
}

async function writeSummary(markdown: string): Promise<void> {
  if ((process.env.GITHUB_STEP_SUMMARY ?? '') === '') {
    core.info('no GITHUB_STEP_SUMMARY: the job summary is skipped')
    return
  }
  try {
    // The runner creates the file; a local run (npm run local-action) may not have.
    const path = process.env.GITHUB_STEP_SUMMARY as string
    mkdirSync(dirname(path), { recursive: true })
    appendFileSync(path, '')
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`could not write the job summary: ${oneLine(error)}`)
  }
}

async function comment(
  report: Report,
  diff: BaselineDiff | undefined,
  inputs: ActionInputs,
  context: RunContext,
  options: RenderOptions
): Promise<{ url?: string; id?: number } | undefined> {
  const changed = diff === undefined || hasDifferences(diff)
  const decision = commentDecision(inputs.comment, report.verdict !== 'pass', changed)
  if (decision === 'skip') return undefined
  const pr = context.pullRequest
  if (pr === undefined) {
    core.info(`no pull request for this ${context.eventName || 'run'} event: no comment`)
    return undefined
  }
  if (context.owner === undefined || context.repo === undefined) {
    core.warning('GITHUB_REPOSITORY is not set: no comment')
    return undefined
  }
  // Outside a workflow (npm run local-action) the default is the unexpanded expression.
  if (inputs.token === '' || inputs.token.startsWith('${{')) {
    core.warning('github-token is empty: no comment')
    return undefined
  }

  const body = renderReport(report, options)
  // GitHub's answers are printed: an API that echoes the token must not get it into the log.
  const say = (message: string) => core.info(redact(message, inputs.token))
  const timing = apiTiming()
  const policy = {
    ...defaultPolicy(timing.budgetMs),
    baseDelayMs: timing.baseDelayMs,
    settleMs: timing.settleMs,
    onRetry: (what: string, error: unknown, waitMs: number, attempt: number) =>
      say(
        `${what} failed (${describeApiError(error)}); attempt ${attempt + 1} in ${(waitMs / 1000).toFixed(1)} s`
      )
  }
  try {
    const api = await githubCommentApi(
      { token: inputs.token, owner: context.owner, repo: context.repo, number: pr.number },
      { requestTimeoutMs: timing.requestTimeoutMs, deadline: policy.deadline }
    )
    const result = await postStickyComment(
      api,
      { marker: options.marker ?? '', body, mayCreate: decision === 'post' },
      policy,
      say
    )
    const url =
      result.url !== undefined && /^https:\/\/[^\s"'<>]+$/.test(result.url)
        ? redact(result.url, inputs.token)
        : undefined
    if (result.action === 'none')
      say(`comment: ${inputs.comment}, and there is no comment of ours to update`)
    else say(`${result.action} the comment on pull request #${pr.number}: ${url ?? ''}`)
    if (result.removed.length > 0)
      say(
        `deleted ${result.removed.length} duplicate comment${result.removed.length === 1 ? '' : 's'} of ours: ${result.removed.join(', ')}`
      )
    if (result.warning !== undefined)
      core.warning(redact(oneLine(`pull request #${pr.number}: ${result.warning}`), inputs.token))
    return {
      ...(url === undefined ? {} : { url }),
      ...(result.id === undefined ? {} : { id: result.id })
    }
  } catch (error) {
    core.warning(redact(oneLine(commentFailure(error, pr.number, pr.fromFork)), inputs.token))
    return undefined
  }
}

function isRealToken(token: string): boolean {
  return token !== '' && !token.startsWith('${{')
}

/** The token, and its URL-encoded form, replaced by ***. */
export function redact(text: string, token: string): string {
  if (token.length < 4) return text
  let out = text
  for (const form of new Set([token, encodeURIComponent(token)])) out = out.split(form).join('***')
  return out
}

/**
 * always: post; on-failure: post when failing, else only refresh an existing comment; changes:
 * post when something differs from the baseline (everything does without one), else refresh;
 * update-only: only refresh; never.
 */
export function commentDecision(
  mode: CommentMode,
  failing: boolean,
  changed = true
): 'post' | 'update' | 'skip' {
  switch (mode) {
    case 'never':
      return 'skip'
    case 'always':
      return 'post'
    case 'update-only':
      return 'update'
    case 'changes':
      // An existing comment is refreshed even when nothing changed, so it does not go stale.
      return changed ? 'post' : 'update'
    case 'on-failure':
      // A comment that reported a failure is updated when it passes, so it does not go stale.
      return failing ? 'post' : 'update'
  }
}

/** One line: what failed, what GitHub said, and what to do about it. */
export function commentFailure(error: unknown, number: number, fromFork: boolean): string {
  const status =
    typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined
  const last = error instanceof ApiCallError ? error.last : error
  const what = `could not comment on pull request #${number}: ${describeApiError(error).replace(/\.+$/, '')}`
  const recipe =
    'To post it from the base repository, use the workflow_run recipe in docs/action.md ("Pull requests from forks").'
  let advice: string
  if (last instanceof NoAnswerError)
    advice = last.timedOut
      ? 'The GitHub API did not answer in time'
      : 'The GitHub API could not be reached'
  else if (last instanceof UnexpectedResponseError)
    advice = 'The GitHub API gave an answer that could not be used'
  else if (status === 401)
    advice =
      'The token was refused: check the github-token input (a personal token may have expired or been revoked)'
  else if (status === 429 || (status === 403 && isRateLimit(error)))
    advice = 'The token is rate-limited by GitHub for now'
  else if (status === 403)
    advice = fromFork
      ? 'This pull request comes from a fork, and its workflow token is read-only'
      : 'The token may not write pull request comments (it needs pull-requests: write)'
  else if (status === 404)
    advice = 'The pull request (or our comment) is gone, or the token cannot see this repository'
  else if (status === 422) advice = 'GitHub refused the comment as invalid'
  else if (typeof status === 'number' && status >= 500) advice = 'The GitHub API is failing'
  else advice = 'The comment could not be posted'
  const tail = status === 403 && !isRateLimit(error) ? ` ${recipe}` : ''
  const posted =
    error instanceof ApiCallError && error.mayHavePosted
      ? ' The comment may have been posted all the same (GitHub did not confirm the create); the next run keeps one comment and deletes any other.'
      : ''
  return `${what}. ${advice}; the report is in the job summary.${posted}${tail}`
}

function isRateLimit(error: unknown): boolean {
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response
    ?.headers
  return (
    headers !== undefined &&
    (headers['retry-after'] !== undefined || String(headers['x-ratelimit-remaining']) === '0')
  )
}

function footer(context: RunContext): string {
  const parts = [`callback-thread-guard ${VERSION}`]
  if (
    context.pullRequest?.headSha !== undefined &&
    /^[0-9a-f]{7,64}$/.test(context.pullRequest.headSha)
  )
    parts.push(`commit ${context.pullRequest.headSha.slice(0, 7)}`)
  if (context.runUrl !== undefined) parts.push(`[workflow run](${context.runUrl})`)
  return `<sub>${parts.join(' · ')}</sub>`
}

/** Why the step fails, or undefined when it passes. */
function failureOf(
  report: Report,
  newViolations: number,
  diff: BaselineDiff | undefined,
  inputs: ActionInputs
): string | undefined {
  const summary = `callback-thread-guard: ${headline(report)}`
  switch (inputs.failOn) {
    case 'never':
      return undefined
    case 'violation':
      if (report.verdict === 'fail') return `${summary}: the contract was violated`
      if (report.verdict === 'error') return `${summary}: some cells could not run`
      return undefined
    case 'new-violation':
      if (newViolations > 0)
        return diff === undefined
          ? `${summary}: violations, and no baseline to tell old from new`
          : `${summary}: ${newViolations} new violation${newViolations === 1 ? '' : 's'} against the baseline`
      if (report.verdict === 'fail')
        core.warning(`${summary}: every violation is already in the baseline`)
      if (report.verdict === 'error') core.warning(`${summary}: some cells could not run`)
      return undefined
  }
}

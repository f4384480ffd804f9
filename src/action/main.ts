/**
 * The Action: inputs -> report (run the engine, or merge the JSON reports of a workflow matrix)
 * -> report files -> job summary -> outputs -> annotations -> sticky pull-request comment ->
 * step status.
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
import { compareReports, type BaselineDiff } from '../report/compare.js'
import { code, plain } from '../report/escape.js'
import { renderReport, type RenderOptions } from '../report/markdown.js'
import { mergeReports, readReportFile } from '../report/merge.js'
import type { Report } from '../report/model.js'
import { cellTitle, describeViolation, headline } from '../report/summarize.js'
import { renderTerminal } from '../report/terminal.js'
import { runConfig } from '../run.js'
import { writeReportFiles } from '../sinks/files.js'
import { githubCommentApi } from '../sinks/github/client.js'
import { postStickyComment } from '../sinks/github/comment.js'
import { describeApiError, NoAnswerError, UnexpectedResponseError } from '../sinks/github/errors.js'
import { commentMarker } from '../sinks/github/marker.js'
import { ApiCallError, defaultPolicy } from '../sinks/github/retry.js'
import { apiTiming } from '../sinks/github/timing.js'
import { VERSION } from '../version.js'
import { readRunContext, type RunContext } from './context.js'
import { expandGlobs } from './glob.js'
import { ACTION_LABELS, readInputs, type ActionInputs, type CommentMode } from './inputs.js'

/** GitHub refuses comment bodies over 65,536 characters; the margin covers line-ending rewrites. */
export const COMMENT_LIMIT = 65_000
/** The job summary of one step may hold 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1_000_000
/** Annotations past this many are not shown by GitHub anyway. */
const MAX_ANNOTATIONS = 50

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
  const title =
    inputs.reportId === 'default'
      ? 'callback-thread-guard'
      : `callback-thread-guard (${inputs.reportId})`
  await writeReportFiles(
    report,
    {
      json: inputs.json,
      ...(inputs.markdown === undefined ? {} : { markdown: inputs.markdown }),
      ...(inputs.junit === undefined ? {} : { junit: inputs.junit })
    },
    r => renderReport(r, { title, chart: true, ...(diff === undefined ? {} : { diff }) })
  )

  logUntrusted(renderTerminal(report, false))

  // 3. Job summary, outputs, annotations.
  const common: RenderOptions = {
    title,
    chart: true,
    ...(diff === undefined ? {} : { diff }),
    fullReport: `the JSON report ${code(inputs.json, 200)} written by this step`
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
  core.setOutput('verdict', report.verdict)
  core.setOutput('violations', String(report.summary.violations))
  core.setOutput('new-violations', String(newViolations))
  core.setOutput('report', inputs.json)
  annotate(report, diff, inputs)

  // 4. The sticky comment.
  const url = await comment(report, inputs, context, {
    ...common,
    marker: commentMarker(inputs.reportId),
    limit: { max: COMMENT_LIMIT, label: "GitHub's 65,536-character comment limit" },
    fullReport: [
      context.runUrl === undefined ? undefined : `the [job summary](${context.runUrl}) of this run`,
      common.fullReport
    ]
      .filter(s => s !== undefined)
      .join(', and '),
    footer: footer(context)
  })
  core.setOutput('comment-url', url ?? '')

  // 5. The step's status.
  const failure = failureOf(report, newViolations, diff, inputs)
  if (failure !== undefined) core.setFailed(failure)
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
  return runConfig(config, {
    onCellDone: cell =>
      core.info(
        plain(
          `${cell.id} ${cellTitle(cell)}: ${cell.verdict} (${(cell.durationMs / 1000).toFixed(2)} s)`
        )
      )
  })
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

/** One error per violated cell, naming the rules it broke; one warning per cell that could not run. */
function annotate(report: Report, diff: BaselineDiff | undefined, inputs: ActionInputs): void {
  let shown = 0
  const notable = report.cells.filter(c => c.verdict === 'fail' || c.verdict === 'error')
  for (const cell of notable) {
    if (shown === MAX_ANNOTATIONS) {
      core.warning(
        `${notable.length - shown} more cells failed or could not run; see the job summary`
      )
      break
    }
    shown += 1
    const where = plain(`${cell.id} ${cell.target} / ${cellTitle(cell)}`, 200)
    if (cell.verdict === 'error') {
      core.warning(`${where}: could not run: ${plain(cell.reason ?? 'unknown', 300)}`, {
        title: 'callback-thread-guard: could not run'
      })
      continue
    }
    const rules = cell.violations.map(v => v.rule)
    const known =
      diff !== undefined &&
      (diff.cells.find(c => c.cellId === cell.id)?.newViolations.length ?? 0) === 0
    const details = cell.violations
      .map(
        v =>
          `${v.rule} in ${v.count} callback${v.count === 1 ? '' : 's'}: ${describeViolation(v)}. Rule: ${v.says}`
      )
      .join(' | ')
    const message = plain(
      `${where} breaks ${details}${known ? ' (already broken in the baseline)' : ''}`,
      1000
    )
    const properties = { title: plain(`callback-thread-guard: ${rules.join(', ')}`, 200) }
    // With fail-on new-violation, a rule the baseline already broke does not fail the step.
    if (known && inputs.failOn === 'new-violation') core.warning(message, properties)
    else core.error(message, properties)
  }
}

async function comment(
  report: Report,
  inputs: ActionInputs,
  context: RunContext,
  options: RenderOptions
): Promise<string | undefined> {
  const decision = commentDecision(inputs.comment, report.verdict !== 'pass')
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
    return url
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

/** always: post; on-failure: post when failing, else only refresh an existing comment; ... */
export function commentDecision(mode: CommentMode, failing: boolean): 'post' | 'update' | 'skip' {
  switch (mode) {
    case 'never':
      return 'skip'
    case 'always':
      return 'post'
    case 'update-only':
      return 'update'
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

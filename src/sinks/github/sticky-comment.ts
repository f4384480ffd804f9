/**
 * The sticky pull-request comment as a sink: whether to post by the comment mode, the comment's
 * render options, and one line of advice when it cannot be posted. The comment is a warning when
 * it fails, never the step's failure; it sets the comment-url and comment-id outputs.
 */
import * as core from '@actions/core'
import { oneLine } from '../../errors.js'
import { hasDifferences } from '../../report/compare.js'
import { code } from '../../escape.js'
import { renderReport, type RenderOptions } from '../../render/markdown/report.js'
import { VERSION } from '../../version.js'
import type { GradedRun, ReportSink } from '../sink.js'
import { githubCommentApi } from './api/client.js'
import { postStickyComment } from './api/comment.js'
import type { RunContext } from './context.js'
import { describeApiError, NoAnswerError, UnexpectedResponseError } from './api/errors.js'
import { commentMarker } from './api/marker.js'
import { stepRenderOptions, type StepReport } from './render-options.js'
import { ApiCallError, defaultPolicy } from './api/retry.js'
import { apiTiming } from './api/timing.js'
import { isRealToken, redact } from './api/token.js'

export const COMMENT_MODES = ['always', 'on-failure', 'changes', 'update-only', 'never'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

/** GitHub refuses comment bodies over 65,536 characters; the margin covers line-ending rewrites. */
export const COMMENT_LIMIT = 65_000

/** The inputs the comment reads (the Action's inputs have these fields). */
export interface CommentSettings extends StepReport {
  comment: CommentMode
  token: string
  reportId: string
}

export function stickyCommentSink(settings: CommentSettings, context: RunContext): ReportSink {
  return {
    name: 'sticky comment',
    write: async run => {
      const posted = await comment(
        run,
        settings,
        context,
        commentOptions(stepRenderOptions(run, settings), settings, context)
      )
      core.setOutput('comment-url', posted?.url ?? '')
      core.setOutput('comment-id', posted?.id === undefined ? '' : String(posted.id))
    }
  }
}

/**
 * The comment's render options: its marker, GitHub's size limit, and a link to this run (a
 * reviewer cannot open a file on the runner) rather than the report's path.
 */
export function commentOptions(
  common: RenderOptions,
  inputs: Pick<CommentSettings, 'reportId' | 'json'>,
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

async function comment(
  { report, diff }: GradedRun,
  inputs: CommentSettings,
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
  if (!isRealToken(inputs.token)) {
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

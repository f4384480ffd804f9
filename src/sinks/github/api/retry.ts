/**
 * Bounded retries for GitHub API calls. getOctokit() adds no retry or throttling plugin, so a
 * 502 or a secondary rate limit would otherwise lose the comment.
 *
 * Retried: 5xx, 429, a 403 that is a rate limit (it carries retry-after, or
 * x-ratelimit-remaining: 0), requests that got no answer at all (reset, refused, timed out) and
 * answers that could not be used (a 200 whose body is not JSON). Not retried: every other 4xx,
 * such as the 403 of a read-only token on a fork's pull request, and errors that are not HTTP
 * errors (a bug does not get better by repeating it).
 *
 * Bounded twice: a number of attempts, and a deadline for all API work of the run. A wait that
 * would pass the deadline is not started; the call fails with an ApiCallError that says why it
 * stopped.
 */
import { describeApiError } from './errors.js'

export interface RetryPolicy {
  /** Attempts per call, the first included. */
  attempts: number
  /** First backoff; it doubles on each retry. */
  baseDelayMs: number
  /** Longest backoff. A wait the server asks for (retry-after) is not cut: it fits before the deadline, or the call gives up. */
  maxDelayMs: number
  /** Epoch milliseconds after which nothing is retried. */
  deadline: number
  /** A pause before the duplicate check that follows a create (read replicas may lag). */
  settleMs?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  onRetry?: (what: string, error: unknown, waitMs: number, attempt: number) => void
}

/** What an Octokit RequestError (or any HTTP error) looks like, as far as retrying cares. */
interface HttpErrorLike {
  status?: unknown
  response?: { headers?: Record<string, unknown> }
}

export function defaultPolicy(budgetMs: number): RetryPolicy {
  return {
    attempts: 4,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    deadline: Date.now() + budgetMs,
    settleMs: 1_000
  }
}

/** A call that failed for good: what it was, how often it was tried, and why it stopped. */
export class ApiCallError extends Error {
  /** The HTTP status of the last answer (500 when there was none), for the caller's advice. */
  readonly status: number | undefined
  /** A create whose answer was lost may have been done: the comment may be there all the same. */
  mayHavePosted = false
  readonly response: HttpErrorLike['response']
  constructor(
    readonly what: string,
    readonly attempts: number,
    readonly elapsedMs: number,
    readonly last: unknown,
    /** Why no further attempt was made, when the error was worth retrying. */
    readonly stopped: StopReason | undefined
  ) {
    const seconds = `${(elapsedMs / 1000).toFixed(1)} s`
    let why = ''
    if (stopped?.kind === 'attempts') why = `; gave up after ${attempts} attempts in ${seconds}`
    else if (stopped?.kind === 'deadline')
      why = `; ${attempts === 1 ? 'tried once' : `tried ${attempts} times in ${seconds}`}, and the next attempt (in ${(stopped.waitMs / 1000).toFixed(1)} s) would pass the time allowed for the API`
    super(`${what}: ${describeApiError(last)}${why}`)
    this.name = 'ApiCallError'
    const parts = httpParts(last)
    this.status = parts.status
    this.response = (last as HttpErrorLike | null)?.response
  }
}

export async function withRetries<T>(
  what: string,
  call: (attempt: number) => Promise<T>,
  policy: RetryPolicy
): Promise<T> {
  const now = policy.now ?? Date.now
  const sleep = policy.sleep ?? defaultSleep
  const started = now()
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call(attempt)
    } catch (error) {
      if (error instanceof ApiCallError) throw error // a call inside gave up already
      const wait = retryDelay(error, attempt, policy)
      const stopped = stopReason(wait, attempt, now(), policy)
      if (wait === undefined || stopped !== undefined)
        throw new ApiCallError(what, attempt, now() - started, error, stopped)
      policy.onRetry?.(what, error, wait, attempt)
      await sleep(wait)
    }
  }
}

export type StopReason = { kind: 'attempts' } | { kind: 'deadline'; waitMs: number }

/** Why a retryable error is not tried again, or undefined when it is. */
export function stopReason(
  wait: number | undefined,
  attempt: number,
  now: number,
  policy: RetryPolicy
): StopReason | undefined {
  if (wait === undefined) return undefined
  if (attempt >= policy.attempts) return { kind: 'attempts' }
  if (now + wait > policy.deadline) return { kind: 'deadline', waitMs: wait }
  return undefined
}

export function defaultSleep(ms: number): Promise<void> {
  return new Promise<void>(r => setTimeout(r, ms))
}

/** Whether an error is worth another attempt at all. */
export function isRetryable(error: unknown): boolean {
  return (
    retryDelay(error, 1, {
      attempts: 2,
      baseDelayMs: 1,
      maxDelayMs: 1,
      deadline: Number.POSITIVE_INFINITY
    }) !== undefined
  )
}

/** How long to wait before trying again, or undefined when the error is not worth a retry. */
export function retryDelay(
  error: unknown,
  attempt: number,
  policy: RetryPolicy
): number | undefined {
  const { status, headers } = httpParts(error)
  const backoff = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs)
  const asked = askedDelayMs(headers, policy.now ?? Date.now)
  const rateLimited =
    status === 429 ||
    (status === 403 && (asked !== undefined || headers['x-ratelimit-remaining'] === '0'))
  // Trying again before the time GitHub asked for only gets refused again (and repeated
  // secondary-rate-limit violations can get the token blocked): the asked wait is never cut.
  if (rateLimited) return asked ?? Math.max(backoff, 60_000)
  if (status !== undefined && status >= 500) return asked ?? backoff
  return undefined
}

function httpParts(error: unknown): { status?: number; headers: Record<string, string> } {
  if (typeof error !== 'object' || error === null) return { headers: {} }
  const e = error as HttpErrorLike
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(e.response?.headers ?? {}))
    if (v !== undefined && v !== null) headers[k.toLowerCase()] = String(v)
  // Octokit reports a request that got no answer (refused, reset, aborted) as status 500.
  return typeof e.status === 'number' ? { status: e.status, headers } : { headers }
}

/** retry-after (seconds), else the rate limit reset time when nothing is left. */
function askedDelayMs(headers: Record<string, string>, now: () => number): number | undefined {
  const retryAfter = headers['retry-after']
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()))
    return Number(retryAfter.trim()) * 1_000
  const reset = headers['x-ratelimit-reset']
  if (headers['x-ratelimit-remaining'] === '0' && reset !== undefined && /^\d+$/.test(reset))
    return Math.max(0, Number(reset) * 1_000 - now())
  return undefined
}

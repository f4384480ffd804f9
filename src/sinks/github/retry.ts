/**
 * Bounded retries for GitHub API calls. getOctokit() adds no retry or throttling plugin, so a
 * 502 or a secondary rate limit would otherwise lose the comment.
 *
 * Retried: 5xx, 429, a 403 that is a rate limit (it carries retry-after, or
 * x-ratelimit-remaining: 0), and requests that got no answer at all (Octokit reports those as
 * 500). Not retried: every other 4xx, such as the 403 of a read-only token on a fork's pull
 * request, and errors that are not HTTP errors (a bug does not get better by repeating it).
 *
 * Bounded twice: a number of attempts, and a deadline for all API work of the run. A wait that
 * would pass the deadline is not started; the last error is thrown instead.
 */

export interface RetryPolicy {
  /** Attempts per call, the first included. */
  attempts: number
  /** First backoff; it doubles on each retry. */
  baseDelayMs: number
  /** Longest single wait, also for a retry-after the server asks for. */
  maxDelayMs: number
  /** Epoch milliseconds after which nothing is retried. */
  deadline: number
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
  return { attempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000, deadline: Date.now() + budgetMs }
}

export async function withRetries<T>(
  what: string,
  call: (attempt: number) => Promise<T>,
  policy: RetryPolicy
): Promise<T> {
  const now = policy.now ?? Date.now
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>(r => setTimeout(r, ms)))
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call(attempt)
    } catch (error) {
      const wait = retryDelay(error, attempt, policy)
      if (wait === undefined || attempt >= policy.attempts || now() + wait > policy.deadline)
        throw error
      policy.onRetry?.(what, error, wait, attempt)
      await sleep(wait)
    }
  }
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
  if (rateLimited) return Math.min(asked ?? Math.max(backoff, 60_000), policy.maxDelayMs * 4)
  if (status !== undefined && status >= 500) return Math.min(asked ?? backoff, policy.maxDelayMs)
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

/**
 * How long the action gives the GitHub API: per request, between attempts, and in all.
 *
 * The defaults are for GitHub. CALLBACK_THREAD_GUARD_API_TIMING lets tests run the bundled
 * action against a faulty local API without waiting minutes, for example
 * `request-timeout-ms=500,budget-ms=8000,base-delay-ms=20,settle-ms=0`. It can only shorten a
 * default, never lengthen one, so it cannot make a job wait longer than documented.
 */
export interface ApiTiming {
  /** Longest a single request may take. */
  requestTimeoutMs: number
  /** All API work of one run, retries and waits included. */
  budgetMs: number
  /** First backoff between attempts; it doubles on each retry. */
  baseDelayMs: number
  /** Pause before the duplicate check that follows a create. */
  settleMs: number
}

export const DEFAULT_API_TIMING: Readonly<ApiTiming> = {
  requestTimeoutMs: 30_000,
  budgetMs: 120_000,
  baseDelayMs: 1_000,
  settleMs: 1_000
}

export const API_TIMING_ENV = 'CALLBACK_THREAD_GUARD_API_TIMING'

const KEYS: Record<string, keyof ApiTiming> = {
  'request-timeout-ms': 'requestTimeoutMs',
  'budget-ms': 'budgetMs',
  'base-delay-ms': 'baseDelayMs',
  'settle-ms': 'settleMs'
}

export function apiTiming(env: NodeJS.ProcessEnv = process.env): ApiTiming {
  const timing: ApiTiming = { ...DEFAULT_API_TIMING }
  for (const item of (env[API_TIMING_ENV] ?? '').split(',')) {
    const m = item.trim().match(/^([a-z-]+)=(\d{1,9})$/)
    const key = m === null ? undefined : KEYS[m[1] as string]
    if (m === null || key === undefined) continue
    timing[key] = Math.min(Number(m[2]), DEFAULT_API_TIMING[key])
  }
  return timing
}

/**
 * The ways a GitHub API call goes wrong, each with a message a user can act on, in one line.
 *
 * An HTTP error answer is Octokit's RequestError (status, response headers, and GitHub's message).
 * The client turns the two other ways into errors of its own: no answer at all (reset, refused,
 * timed out), and an answer that cannot be used (a 200 whose body is not JSON, a listing that is
 * not a list). Both carry a 5xx-like status, so the retry rules treat them as a bad gateway.
 */

/** The request got no answer: the connection failed, was reset, or the answer did not come in time. */
export class NoAnswerError extends Error {
  readonly status = 500
  constructor(
    readonly request: string,
    readonly reason: string,
    readonly timedOut: boolean
  ) {
    super(`${request}: no answer (${reason})`)
    this.name = 'NoAnswerError'
  }
}

/** The answer came but could not be used. */
export class UnexpectedResponseError extends Error {
  readonly status: number | undefined
  constructor(
    readonly request: string,
    readonly problem: string,
    /** false for answers that another attempt would not change (a listing without end). */
    retryable = true
  ) {
    super(`${request}: ${problem}`)
    this.name = 'UnexpectedResponseError'
    this.status = retryable ? 502 : undefined
  }
}

interface RequestErrorLike {
  status?: unknown
  message?: unknown
  response?: unknown
  request?: { method?: unknown; url?: unknown }
}

/** One line for any error of an API call. */
export function describeApiError(error: unknown): string {
  // An ApiCallError (retry.ts) says what was tried already.
  if (
    error instanceof NoAnswerError ||
    error instanceof UnexpectedResponseError ||
    (error instanceof Error && error.name === 'ApiCallError')
  )
    return flat(error.message)
  if (typeof error === 'object' && error !== null) {
    const e = error as RequestErrorLike
    if (typeof e.status === 'number' && e.response !== undefined) {
      const message = typeof e.message === 'string' ? e.message : ''
      return flat(`HTTP ${e.status}${message === '' ? '' : ` ${message}`}`)
    }
  }
  return flat(error instanceof Error ? error.message : String(error))
}

function flat(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

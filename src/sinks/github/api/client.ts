/**
 * The CommentApi on the real GitHub API, through @actions/github.
 *
 * @actions/github reads GITHUB_API_URL when its module loads, and it is large: it is imported
 * here, lazily, only when a comment is to be posted. That keeps the CLI and runs without a pull
 * request light, and lets tests point the action at a local server.
 *
 * What the toolkit does not bound, this client does:
 * - Time. getOctokit() sets no timeout, and undici's fetch waits 300 s for the headers and 300 s
 *   between body chunks. Every request here is aborted after requestTimeoutMs, and never runs
 *   past the deadline of all API work.
 * - Pages. A listing follows rel="next" links for at most MAX_PAGES pages, and only on the API's
 *   own origin, so a link elsewhere cannot take the token with it.
 * - Answers. Every answer is checked before it is used: a 200 whose body is not what the endpoint
 *   returns is an UnexpectedResponseError (retried like a bad gateway), never a crash, and never
 *   an empty listing that would make us post a second comment.
 */
import type { CommentApi, IssueComment } from './comment.js'
import { NoAnswerError, UnexpectedResponseError } from './errors.js'
import { isRetryable } from './retry.js'

export interface PullRequestRef {
  token: string
  owner: string
  repo: string
  number: number
}

export interface ClientOptions {
  /** Longest a single request may take before it is aborted (and perhaps retried). */
  requestTimeoutMs: number
  /** Epoch milliseconds by which all API work must be over: no request runs past it. */
  deadline?: number
}

/** 100 comments a page: 10,000 comments, far more than any pull request has. */
export const MAX_PAGES = 100

interface RawComment {
  id?: unknown
  body?: unknown
  user?: unknown
  html_url?: unknown
}

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>

/** An Octokit whose every request is bounded in time (see the file's head); loaded lazily. */
export async function boundedOctokit(
  token: string,
  options: ClientOptions
): Promise<{ octokit: Octokit; origin: string }> {
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token)
  const origin = new URL(octokit.request.endpoint.DEFAULTS.baseUrl).origin

  // No request may hang the job: each gets its own timeout, cut to the time left.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const what = describeRequest(octokit.request.endpoint(requestOptions))
    const left = (options.deadline ?? Number.POSITIVE_INFINITY) - Date.now()
    if (left <= 0) throw new NoAnswerError(what, 'no time left for the API', true)
    const timeoutMs = Math.max(1, Math.min(options.requestTimeoutMs, left))
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    // Hooks share one options object (each is bound to it): set the signal in it, in place.
    requestOptions.request = { ...requestOptions.request, signal: controller.signal }
    try {
      const response = await request(requestOptions)
      // Octokit reads a body cut off by the abort as an empty string, not as an error.
      if (controller.signal.aborted) throw new Error('aborted')
      return response
    } catch (error) {
      if (controller.signal.aborted)
        throw new NoAnswerError(
          what,
          `none within ${(timeoutMs / 1000).toFixed(timeoutMs < 1000 ? 1 : 0)} s`,
          true
        )
      if (isHttpError(error)) throw error
      throw new NoAnswerError(what, noAnswerReason(error), false)
    } finally {
      clearTimeout(timer)
    }
  })

  return { octokit, origin }
}

export async function githubCommentApi(
  pr: PullRequestRef,
  options: ClientOptions
): Promise<CommentApi> {
  const { octokit, origin } = await boundedOctokit(pr.token, options)
  const where = { owner: pr.owner, repo: pr.repo }
  const listPath = `/repos/${pr.owner}/${pr.repo}/issues/${pr.number}/comments`

  return {
    listComments: () => listAllComments(octokit, pr, origin),
    async createComment(body) {
      const { data } = await octokit.rest.issues.createComment({
        ...where,
        issue_number: pr.number,
        body
      })
      return asComment(data, `POST ${listPath}`)
    },
    async updateComment(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: id, body })
      return asComment(data, `PATCH /repos/${pr.owner}/${pr.repo}/issues/comments/${id}`)
    },
    async deleteComment(id) {
      try {
        await octokit.rest.issues.deleteComment({ ...where, comment_id: id })
        return 'deleted'
      } catch (error) {
        // Gone already (another run of ours removed it), most likely; the caller checks.
        if ((error as { status?: unknown }).status !== 404) throw error
        return 'not-found'
      }
    },
    ownLogin: () => askOwnLogin(octokit)
  }
}

/** Every comment of the pull request, all pages (by the API's next links), oldest first. */
async function listAllComments(
  octokit: Octokit,
  pr: PullRequestRef,
  origin: string
): Promise<IssueComment[]> {
  const where = { owner: pr.owner, repo: pr.repo }
  const listPath = `/repos/${pr.owner}/${pr.repo}/issues/${pr.number}/comments`
  const all: IssueComment[] = []
  let next: string | undefined
  for (let page = 1; ; page += 1) {
    if (page > MAX_PAGES)
      throw new UnexpectedResponseError(
        `GET ${listPath}`,
        `the listing did not end after ${MAX_PAGES} pages of comments`,
        false
      )
    const response =
      next === undefined
        ? await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...where,
            issue_number: pr.number,
            per_page: 100
          })
        : await octokit.request({ method: 'GET', url: next })
    const what = `GET ${listPath} (page ${page})`
    const data: unknown = response.data
    if (!Array.isArray(data))
      throw new UnexpectedResponseError(what, notWhatWasAsked(data, 'a list of comments'))
    for (const item of data) all.push(asComment(item, what))
    next = nextLink(response.headers.link, origin, what)
    if (next === undefined) return all
  }
}

/** The login of the token's account (CommentApi.ownLogin). */
async function askOwnLogin(octokit: Octokit): Promise<string | undefined> {
  // GraphQL `viewer` answers for personal tokens, the workflow token and GitHub App tokens.
  // A refusal is an answer (try REST, then give up asking); a failure is retried by the caller.
  try {
    const answer: unknown = await octokit.graphql('query { viewer { login } }')
    if (typeof answer !== 'object' || answer === null)
      throw new UnexpectedResponseError('POST /graphql', notWhatWasAsked(answer, 'data'))
    const login = (answer as { viewer?: { login?: unknown } | null }).viewer?.login
    if (typeof login === 'string' && login !== '') return login
  } catch (error) {
    if (isRetryable(error)) throw error
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    const raw: unknown = data
    if (typeof raw !== 'object' || raw === null)
      throw new UnexpectedResponseError('GET /user', notWhatWasAsked(raw, 'a user'))
    const login = (raw as { login?: unknown }).login
    return typeof login === 'string' && login !== '' ? login : undefined
  } catch (error) {
    if (isRetryable(error)) throw error
    return undefined // an installation token: GET /user is not for it
  }
}

function asComment(raw: unknown, what: string): IssueComment {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UnexpectedResponseError(what, notWhatWasAsked(raw, 'a comment'))
  const c = raw as RawComment
  if (typeof c.id !== 'number' || !Number.isSafeInteger(c.id) || typeof c.html_url !== 'string')
    throw new UnexpectedResponseError(what, 'the answer is not a comment (no id or html_url)')
  const user = c.user as { login?: unknown; type?: unknown } | null | undefined
  return {
    id: c.id,
    body: typeof c.body === 'string' ? c.body : null,
    user:
      typeof user === 'object' && user !== null && typeof user.login === 'string'
        ? { login: user.login, ...(typeof user.type === 'string' ? { type: user.type } : {}) }
        : null,
    html_url: c.html_url
  }
}

/** The next page's URL, only on the API's own origin. */
function nextLink(link: unknown, origin: string, what: string): string | undefined {
  if (typeof link !== 'string') return undefined
  const m = link.match(/<([^<>]+)>;\s*rel="next"/)
  if (m === null) return undefined
  let url: URL
  try {
    url = new URL(m[1] as string)
  } catch {
    throw new UnexpectedResponseError(what, 'the next-page link is not a URL', false)
  }
  if (url.origin !== origin)
    throw new UnexpectedResponseError(
      what,
      `the next-page link leads to ${url.origin}, not to the API at ${origin}; not followed`,
      false
    )
  return url.href
}

export function notWhatWasAsked(data: unknown, expected: string): string {
  if (typeof data === 'string')
    return `the answer is not JSON (${data.length} characters: ${JSON.stringify(data.slice(0, 60))}${data.length > 60 ? '…' : ''}); expected ${expected}`
  return `the answer is ${data === null ? 'null' : Array.isArray(data) ? 'a list' : typeof data}; expected ${expected}`
}

function isHttpError(error: unknown): boolean {
  const e = error as { status?: unknown; response?: unknown } | null
  return typeof e?.status === 'number' && e.response !== undefined
}

/** What undici says when a fetch got no answer: the cause's code and message, if any. */
function noAnswerReason(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause
  const parts: string[] = []
  for (const e of [cause, (cause as { cause?: unknown } | undefined)?.cause]) {
    if (typeof e !== 'object' || e === null) continue
    const { code, message } = e as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && !parts.includes(code)) parts.push(code)
    if (typeof message === 'string' && message !== '' && !parts.includes(message))
      parts.push(message)
  }
  if (parts.length === 0 && error instanceof Error) parts.push(error.message)
  return parts.join(': ') || 'the request failed'
}

function describeRequest(endpoint: { method?: unknown; url?: unknown }): string {
  const method = typeof endpoint.method === 'string' ? endpoint.method : 'GET'
  if (typeof endpoint.url !== 'string') return method
  try {
    const url = new URL(endpoint.url, 'http://x')
    const page = url.searchParams.get('page')
    return `${method} ${url.pathname}${page === null ? '' : ` (page ${page})`}`
  } catch {
    return `${method} ${endpoint.url.split('?')[0] ?? ''}`
  }
}

/**
 * The CommentApi on the real GitHub API, through @actions/github.
 *
 * @actions/github reads GITHUB_API_URL when its module loads, and it is large: it is imported
 * here, lazily, only when a comment is to be posted. That keeps the CLI and runs without a pull
 * request light, and lets tests point the action at a local server.
 */
import type { CommentApi, IssueComment } from './comment.js'

export interface PullRequestRef {
  token: string
  owner: string
  repo: string
  number: number
}

export interface ClientOptions {
  /** Longest a single request may take before it is aborted (and perhaps retried). */
  requestTimeoutMs: number
}

export async function githubCommentApi(
  pr: PullRequestRef,
  options: ClientOptions
): Promise<CommentApi> {
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(pr.token)
  // No request may hang the job: each gets its own timeout.
  octokit.hook.before('request', request => {
    request.request = { ...request.request, signal: AbortSignal.timeout(options.requestTimeoutMs) }
  })
  const where = { owner: pr.owner, repo: pr.repo }
  const asComment = (c: {
    id: number
    body?: string | null
    user?: { login: string; type?: string } | null
    html_url: string
  }): IssueComment => ({
    id: c.id,
    body: c.body ?? null,
    user:
      c.user === null || c.user === undefined
        ? null
        : { login: c.user.login, ...(c.user.type === undefined ? {} : { type: c.user.type }) },
    html_url: c.html_url
  })

  return {
    async listComments() {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...where,
        issue_number: pr.number,
        per_page: 100
      })
      return comments.map(asComment)
    },
    async createComment(body) {
      const { data } = await octokit.rest.issues.createComment({
        ...where,
        issue_number: pr.number,
        body
      })
      return asComment(data)
    },
    async updateComment(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: id, body })
      return asComment(data)
    },
    async ownLogin() {
      try {
        const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>(
          'query { viewer { login } }'
        )
        if (typeof answer.viewer?.login === 'string' && answer.viewer.login !== '')
          return answer.viewer.login
      } catch {
        // Some tokens or servers refuse GraphQL; REST may still answer for a personal token.
      }
      try {
        const { data } = await octokit.rest.users.getAuthenticated()
        return data.login
      } catch {
        return undefined // an installation token: GET /user is not for it
      }
    }
  }
}

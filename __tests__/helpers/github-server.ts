/**
 * A small stand-in for the GitHub REST API on 127.0.0.1, for tests that run the bundled action
 * as the runner does (GITHUB_API_URL points here). It keeps issue comments in memory, answers the
 * few endpoints the action uses the way GitHub does (Link pagination, 201 on create, 422 on a
 * body over 65,536 characters, 403 on GET /user for an installation token), records every
 * request, and can be told to fail the next matching requests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  issue: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
}

export interface RecordedRequest {
  method: string
  /** Path and query, as received. */
  url: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
}

export interface PlannedFailure {
  method: string
  /** Matched against the path (without the query). */
  path: RegExp
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** How many matching requests fail; 1 by default. */
  times?: number
}

export const BODY_LIMIT = 65_536

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly comments: FakeComment[] = []
  /** The account the token belongs to, as GraphQL `viewer` names it. */
  viewerLogin = 'github-actions[bot]'
  /** GET /user answers 403, as it does for installation tokens. */
  installationToken = true
  private failures: (PlannedFailure & { left: number })[] = []
  private nextId = 1000
  private server: Server | undefined
  url = ''

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res)
    })
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this.url
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => {
      if (this.server === undefined) resolve()
      else this.server.close(() => resolve())
    })
  }

  /** Forget requests, comments and planned failures between tests. */
  reset(): void {
    this.requests.length = 0
    this.comments.length = 0
    this.failures = []
    this.viewerLogin = 'github-actions[bot]'
    this.installationToken = true
  }

  addComment(
    issue: number,
    body: string,
    login: string,
    type: 'User' | 'Bot' = 'User'
  ): FakeComment {
    const comment = { id: this.nextId++, issue, body, user: { login, type } }
    this.comments.push(comment)
    return comment
  }

  failNext(failure: PlannedFailure): void {
    this.failures.push({ ...failure, left: failure.times ?? 1 })
  }

  /** Recorded requests, optionally only those of one method whose path matches. */
  requested(method?: string, path?: RegExp): RecordedRequest[] {
    return this.requests.filter(
      r =>
        (method === undefined || r.method === method) && (path === undefined || path.test(r.path))
    )
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const parsed = new URL(req.url ?? '/', this.url)
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: parsed.pathname,
      query: parsed.searchParams,
      headers: req.headers,
      body: text === '' ? undefined : safeJson(text)
    }
    this.requests.push(request)

    const failure = this.failures.find(
      f => f.left > 0 && f.method === request.method && f.path.test(request.path)
    )
    if (failure !== undefined) {
      failure.left -= 1
      send(
        res,
        failure.status,
        failure.body ?? { message: `planned ${failure.status}` },
        failure.headers
      )
      return
    }
    this.route(request, res)
  }

  private route(r: RecordedRequest, res: ServerResponse): void {
    let m: RegExpMatchArray | null
    if (r.method === 'POST' && r.path === '/graphql') {
      send(res, 200, { data: { viewer: { login: this.viewerLogin } } })
    } else if (r.method === 'GET' && r.path === '/user') {
      if (this.installationToken)
        send(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user'
        })
      else send(res, 200, { login: this.viewerLogin, type: 'User' })
    } else if ((m = r.path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      const [, owner, repo, issue] = m
      if (r.method === 'GET') this.list(r, res, `${owner}/${repo}`, Number(issue))
      else if (r.method === 'POST') this.create(r, res, `${owner}/${repo}`, Number(issue))
      else send(res, 404, { message: 'Not Found' })
    } else if ((m = r.path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/))) {
      const [, owner, repo, id] = m
      if (r.method === 'PATCH') this.update(r, res, `${owner}/${repo}`, Number(id))
      else send(res, 404, { message: 'Not Found' })
    } else {
      send(res, 404, { message: 'Not Found' })
    }
  }

  private list(r: RecordedRequest, res: ServerResponse, repo: string, issue: number): void {
    const perPage = Math.min(Number(r.query.get('per_page') ?? '30') || 30, 100)
    const page = Math.max(Number(r.query.get('page') ?? '1') || 1, 1)
    const all = this.comments.filter(c => c.issue === issue)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const links: string[] = []
    const pageUrl = (n: number) =>
      `${this.url}/repos/${repo}/issues/${issue}/comments?per_page=${perPage}&page=${n}`
    if (page < last)
      links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`)
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`)
    send(
      res,
      200,
      all.slice((page - 1) * perPage, page * perPage).map(c => this.render(repo, c)),
      links.length > 0 ? { link: links.join(', ') } : {}
    )
  }

  private create(r: RecordedRequest, res: ServerResponse, repo: string, issue: number): void {
    const body = bodyOf(r)
    if (body === undefined) return send(res, 422, { message: 'Invalid request.' })
    if ([...body].length > BODY_LIMIT) return send(res, 422, tooLong())
    const comment = this.addComment(issue, body, this.viewerLogin, 'Bot')
    send(res, 201, this.render(repo, comment))
  }

  private update(r: RecordedRequest, res: ServerResponse, repo: string, id: number): void {
    const comment = this.comments.find(c => c.id === id)
    if (comment === undefined) return send(res, 404, { message: 'Not Found' })
    const body = bodyOf(r)
    if (body === undefined) return send(res, 422, { message: 'Invalid request.' })
    if ([...body].length > BODY_LIMIT) return send(res, 422, tooLong())
    comment.body = body
    send(res, 200, this.render(repo, comment))
  }

  private render(repo: string, c: FakeComment) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: { login: c.user.login, id: c.id + 1, type: c.user.type },
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:00Z',
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR'
    }
  }
}

function bodyOf(r: RecordedRequest): string | undefined {
  const body = (r.body as { body?: unknown } | undefined)?.body
  return typeof body === 'string' ? body : undefined
}

function tooLong() {
  return {
    message: 'Validation Failed',
    errors: [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: 'body is too long (maximum is 65536 characters)'
      }
    ]
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers
  })
  res.end(text)
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

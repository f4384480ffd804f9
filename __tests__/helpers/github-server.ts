/**
 * A small stand-in for the GitHub REST API on 127.0.0.1, for tests that run the bundled action
 * as the runner does (GITHUB_API_URL points here). It keeps issue comments in memory, answers the
 * few endpoints the action uses the way GitHub does (Link pagination, 201 on create, 204 on
 * delete, 422 on a body over 65,536 characters, 403 on GET /user for an installation token),
 * records every request, and can be told to misbehave:
 * - fail the next matching requests (failNext): an HTTP status with headers and body, a reset
 *   connection, no answer ever, an answer that stops halfway, or a 200 whose body is not JSON;
 *   optionally after doing the work (the comment is created, and then the answer fails);
 * - decide a fault for every request (faultFor), for random fault injection;
 * - hold matching requests until a number of them have arrived (holdUntil), to force a race
 *   between two action processes deterministically; delay answers (delay);
 * - paginate without end (endlessPages) or link the next page to another host (nextPageOrigin).
 * The Actions endpoints of the baseline lookup (runs, compare, artifacts, zips and the storage
 * they redirect to) are served by `actions` (fake-actions.ts).
 */
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { FakeActions } from './fake-actions.js'

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
  /** When it arrived (Date.now()). */
  at: number
  /** The fault it got, if any, and the fault's name (its HTTP status when it has no name). */
  fault?: FaultKind
  faultName?: string
}

/**
 * status: an HTTP error answer; reset: the connection is reset (TCP RST); hang: no answer ever;
 * stall: the headers and half the body, then nothing; malformed: a 2xx whose JSON body is cut off.
 */
export type FaultKind = 'status' | 'reset' | 'hang' | 'stall' | 'malformed'

export interface Fault {
  /** A name for counting (the soak's figures). */
  name?: string
  kind?: FaultKind
  /** For kind status (the default). */
  status?: number
  headers?: Record<string, string>
  /** The error body; a function sees the request (an API that echoes what it got). */
  body?: unknown
  /** Do the work first (create or update the comment), then fail the answer. */
  afterEffect?: boolean
}

export interface PlannedFailure extends Fault {
  method: string
  /** Matched against the path (without the query). */
  path: RegExp
  /** How many matching requests fail; 1 by default. */
  times?: number
}

interface Hold {
  method: string
  path: RegExp
  count: number
  waiting: (() => void)[]
  arrived: number
}

interface Delay {
  method: string
  path: RegExp
  ms: number
  left: number
}

export interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Bytes sent as they are (a zip), instead of a JSON body. */
  raw?: Uint8Array
}

export const BODY_LIMIT = 65_536

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly comments: FakeComment[] = []
  /** Check runs created, with every annotation their create and updates carried. */
  readonly checkRuns: { id: number; body: Record<string, unknown>; annotations: unknown[] }[] = []
  /** Workflow runs, commits and artifacts of the repository (baseline auto). */
  readonly actions = new FakeActions()
  /** The account the token belongs to, as GraphQL `viewer` names it. */
  viewerLogin = 'github-actions[bot]'
  /** GET /user answers 403, as it does for installation tokens. */
  installationToken = true
  /** Every listing page links to a next one, without end. */
  endlessPages = false
  /** The origin the next-page links point to; the server's own by default. */
  nextPageOrigin: string | undefined
  /** Called for every request that no planned failure matched: a fault for it, or none. */
  faultFor: ((request: RecordedRequest) => Fault | undefined) | undefined
  private failures: (PlannedFailure & { left: number })[] = []
  private holds: Hold[] = []
  private delays: Delay[] = []
  private hung = new Set<ServerResponse>()
  private sockets = new Set<Socket>()
  private nextId = 1000
  private server: Server | undefined
  url = ''

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res)
    })
    this.server.on('connection', socket => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this.url
  }

  async stop(): Promise<void> {
    this.dropConnections()
    await new Promise<void>(resolve => {
      if (this.server === undefined) resolve()
      else this.server.close(() => resolve())
    })
  }

  /** Forget requests, comments, planned failures, holds and delays between tests. */
  reset(): void {
    this.requests.length = 0
    this.comments.length = 0
    this.checkRuns.length = 0
    this.actions.reset()
    this.viewerLogin = 'github-actions[bot]'
    this.installationToken = true
    this.clearFaults()
  }

  /** Forget every planned fault, hold and delay (the comments stay), and drop hung connections. */
  clearFaults(): void {
    this.failures = []
    this.releaseHolds()
    this.holds = []
    this.delays = []
    this.endlessPages = false
    this.nextPageOrigin = undefined
    this.faultFor = undefined
    this.dropConnections()
  }

  /** Ends the connections that still wait for an answer that will not come. */
  private dropConnections(): void {
    for (const res of this.hung) res.destroy()
    this.hung.clear()
    for (const socket of this.sockets) socket.destroy()
    this.sockets.clear()
  }

  /**
   * Holds the first `count` requests that match until `count` of them have arrived, then answers
   * them all: two clients that each send one are sure to both have sent it before either is
   * answered.
   */
  holdUntil(method: string, path: RegExp, count: number): void {
    this.holds.push({ method, path, count, waiting: [], arrived: 0 })
  }

  /** Releases every held request (a test that gives up on a hold). */
  releaseHolds(): void {
    for (const hold of this.holds) {
      hold.arrived = hold.count
      for (const release of hold.waiting.splice(0)) release()
    }
  }

  /** Answers the next `times` matching requests `ms` later. */
  delay(method: string, path: RegExp, ms: number, times = 1): void {
    this.delays.push({ method, path, ms, left: times })
  }

  /** The comments with this marker line by this account, on one pull request. */
  markedBy(issue: number, marker: string, login = this.viewerLogin): FakeComment[] {
    return this.comments.filter(
      c => c.issue === issue && c.user.login === login && c.body.split(/\r?\n/)[0] === marker
    )
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
      body: text === '' ? undefined : safeJson(text),
      at: Date.now()
    }
    this.requests.push(request)
    const matches = (f: { method: string; path: RegExp }) =>
      f.method === request.method && f.path.test(request.path)

    const hold = this.holds.find(h => h.arrived < h.count && matches(h))
    if (hold !== undefined) {
      hold.arrived += 1
      if (hold.arrived < hold.count) await new Promise<void>(r => hold.waiting.push(r))
      else for (const release of hold.waiting.splice(0)) release()
    }
    const delay = this.delays.find(d => d.left > 0 && matches(d))
    if (delay !== undefined) {
      delay.left -= 1
      await new Promise(r => setTimeout(r, delay.ms))
    }

    let fault: Fault | undefined = this.failures.find(f => f.left > 0 && matches(f))
    if (fault !== undefined) (fault as { left: number }).left -= 1
    else fault = this.faultFor?.(request)
    if (fault === undefined) return this.answer(res, this.route(request))
    const kind = fault.kind ?? 'status'
    request.fault = kind
    request.faultName = fault.name ?? (kind === 'status' ? `HTTP ${fault.status ?? 500}` : kind)
    // A 2xx means the work was done: a garbled success for a change (POST, PATCH, DELETE) always
    // follows the work. (Before, a DELETE could answer 200 with nothing deleted, which GitHub
    // never does, and the soak counted the comment it left as a silent duplicate.)
    const done =
      fault.afterEffect === true || (kind === 'malformed' && request.method !== 'GET')
        ? this.route(request)
        : undefined
    switch (kind) {
      case 'status': {
        const status = fault.status ?? 500
        const body =
          typeof fault.body === 'function'
            ? (fault.body as (r: RecordedRequest) => unknown)(request)
            : (fault.body ?? { message: `planned ${status}` })
        return send(res, status, body, fault.headers)
      }
      case 'reset':
        res.socket?.resetAndDestroy()
        return
      case 'hang':
        this.hung.add(res)
        res.on('close', () => this.hung.delete(res))
        return
      case 'stall': {
        const text = JSON.stringify((done ?? this.route(request)).body ?? {})
        res.writeHead(done?.status ?? 200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(text)
        })
        res.write(text.slice(0, Math.floor(text.length / 2)))
        this.hung.add(res)
        res.on('close', () => this.hung.delete(res))
        return
      }
      case 'malformed': {
        const real = done ?? { status: 200, body: [] }
        const text = JSON.stringify(real.body ?? {}).slice(0, 9) + '…'
        res.writeHead(real.status < 300 && real.status !== 204 ? real.status : 200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(text)
        })
        res.end(text)
        return
      }
    }
  }

  private answer(res: ServerResponse, answer: Answer): void {
    if (answer.status === 204) {
      res.writeHead(204)
      res.end()
    } else if (answer.raw !== undefined) {
      res.writeHead(answer.status, {
        'content-type': 'application/zip',
        'content-length': answer.raw.length,
        ...answer.headers
      })
      res.end(answer.raw)
    } else send(res, answer.status, answer.body, answer.headers)
  }

  private route(r: RecordedRequest): Answer {
    let m: RegExpMatchArray | null
    const actions = this.actions.route(r, this.url)
    if (actions !== undefined) return actions
    if (r.method === 'POST' && r.path === '/graphql') {
      return { status: 200, body: { data: { viewer: { login: this.viewerLogin } } } }
    } else if (r.method === 'GET' && r.path === '/user') {
      if (this.installationToken)
        return {
          status: 403,
          body: {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user'
          }
        }
      return { status: 200, body: { login: this.viewerLogin, type: 'User' } }
    } else if ((m = r.path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      const [, owner, repo, issue] = m
      if (r.method === 'GET') return this.list(r, `${owner}/${repo}`, Number(issue))
      if (r.method === 'POST') return this.create(r, `${owner}/${repo}`, Number(issue))
    } else if (r.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(r.path)) {
      const body = (r.body ?? {}) as Record<string, unknown>
      const output = body.output as { annotations?: unknown[] } | undefined
      // The Checks API refuses more than 50 annotations in one request.
      if ((output?.annotations?.length ?? 0) > 50)
        return { status: 422, body: { message: 'Validation Failed' } }
      const run = { id: this.nextId++, body, annotations: [...(output?.annotations ?? [])] }
      this.checkRuns.push(run)
      return { status: 201, body: { id: run.id, html_url: `https://github.com/runs/${run.id}` } }
    } else if ((m = r.path.match(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/))) {
      const run = this.checkRuns.find(c => c.id === Number(m?.[1]))
      const output = (r.body as { output?: { annotations?: unknown[] } } | undefined)?.output
      if (r.method !== 'PATCH' || run === undefined)
        return { status: 404, body: { message: 'Not Found' } }
      if ((output?.annotations?.length ?? 0) > 50)
        return { status: 422, body: { message: 'Validation Failed' } }
      run.annotations.push(...(output?.annotations ?? []))
      return { status: 200, body: { id: run.id } }
    } else if ((m = r.path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/))) {
      const [, owner, repo, id] = m
      if (r.method === 'PATCH') return this.update(r, `${owner}/${repo}`, Number(id))
      if (r.method === 'DELETE') return this.remove(Number(id))
    }
    return { status: 404, body: { message: 'Not Found' } }
  }

  private list(r: RecordedRequest, repo: string, issue: number): Answer {
    const perPage = Math.min(Number(r.query.get('per_page') ?? '30') || 30, 100)
    const page = Math.max(Number(r.query.get('page') ?? '1') || 1, 1)
    const all = this.comments.filter(c => c.issue === issue)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const links: string[] = []
    const pageUrl = (n: number) =>
      `${this.nextPageOrigin ?? this.url}/repos/${repo}/issues/${issue}/comments?per_page=${perPage}&page=${n}`
    if (page < last || this.endlessPages)
      links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`)
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`)
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage).map(c => this.render(repo, c)),
      headers: links.length > 0 ? { link: links.join(', ') } : {}
    }
  }

  private create(r: RecordedRequest, repo: string, issue: number): Answer {
    const body = bodyOf(r)
    if (body === undefined) return { status: 422, body: { message: 'Invalid request.' } }
    if ([...body].length > BODY_LIMIT) return { status: 422, body: tooLong() }
    const comment = this.addComment(issue, body, this.viewerLogin, 'Bot')
    return { status: 201, body: this.render(repo, comment) }
  }

  private update(r: RecordedRequest, repo: string, id: number): Answer {
    const comment = this.comments.find(c => c.id === id)
    if (comment === undefined) return { status: 404, body: { message: 'Not Found' } }
    const body = bodyOf(r)
    if (body === undefined) return { status: 422, body: { message: 'Invalid request.' } }
    if ([...body].length > BODY_LIMIT) return { status: 422, body: tooLong() }
    comment.body = body
    return { status: 200, body: this.render(repo, comment) }
  }

  /** Only the author may delete a comment (the token of another account gets 403). */
  private remove(id: number): Answer {
    const index = this.comments.findIndex(c => c.id === id)
    if (index < 0) return { status: 404, body: { message: 'Not Found' } }
    if (this.comments[index]?.user.login !== this.viewerLogin)
      return { status: 403, body: { message: 'Must have admin rights to Repository.' } }
    this.comments.splice(index, 1)
    return { status: 204 }
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

/**
 * A fake GitHub for one test file: started before its tests, stopped after them, and emptied
 * before each test, so every test sees only its own requests and comments.
 */
export function useFakeGitHub(): FakeGitHub {
  const github = new FakeGitHub()
  beforeAll(() => github.start())
  afterAll(() => github.stop())
  beforeEach(() => github.reset())
  return github
}

/**
 * The sticky comment's rules, on an in-memory CommentApi: whose comment is ours, what a retry
 * does, and what the marker lets through. (The real API path is tested in action.test.ts.)
 */
import { describe, expect, it } from '@jest/globals'
import {
  isOwnComment,
  postStickyComment,
  type CommentApi,
  type IssueComment
} from '../../src/sinks/github/api/comment.js'
import { carriesMarker, commentMarker, encodeReportId } from '../../src/sinks/github/api/marker.js'
import { retryDelay, withRetries, type RetryPolicy } from '../../src/sinks/github/api/retry.js'

const MARKER = commentMarker('default')

class MemoryApi implements CommentApi {
  comments: IssueComment[] = []
  calls: string[] = []
  /** undefined: the API does not say. */
  login: string | undefined = 'github-actions[bot]'
  failCreate: unknown[] = []
  /** Whether a failing create happened on the server all the same. */
  createDespiteFailure = false
  private nextId = 1

  add(body: string, login: string, type = 'User'): IssueComment {
    const c = {
      id: this.nextId++,
      body,
      user: { login, type },
      html_url: `https://x/${this.nextId}`
    }
    this.comments.push(c)
    return c
  }
  async listComments() {
    this.calls.push('list')
    return this.comments.map(c => ({ ...c }))
  }
  async createComment(body: string) {
    this.calls.push('create')
    const failure = this.failCreate.shift()
    if (failure !== undefined) {
      if (this.createDespiteFailure) this.add(body, this.login ?? 'github-actions[bot]', 'Bot')
      throw failure
    }
    return this.add(body, this.login ?? 'github-actions[bot]', 'Bot')
  }
  async updateComment(id: number, body: string) {
    this.calls.push(`update ${id}`)
    const c = this.comments.find(x => x.id === id) as IssueComment
    c.body = body
    return c
  }
  /** Ids whose delete answers 404 while the comment stays (GitHub's answer is not the truth). */
  falseNotFound = new Set<number>()
  async deleteComment(id: number) {
    this.calls.push(`delete ${id}`)
    if (this.falseNotFound.has(id)) return 'not-found' as const
    const before = this.comments.length
    this.comments = this.comments.filter(c => c.id !== id)
    return this.comments.length < before ? ('deleted' as const) : ('not-found' as const)
  }
  whoamiFailures: unknown[] = []
  async ownLogin() {
    this.calls.push('whoami')
    const failure = this.whoamiFailures.shift()
    if (failure !== undefined) throw failure
    return this.login
  }
}

const policy: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 10,
  maxDelayMs: 100,
  deadline: Number.POSITIVE_INFINITY,
  sleep: async () => undefined
}

describe('postStickyComment', () => {
  const body = `${MARKER}\nreport`

  it('creates a comment when there is none, then lists again for a duplicate, without asking who it is', async () => {
    const api = new MemoryApi()
    api.add('looks good', 'octocat')
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(result).toMatchObject({ action: 'created', removed: [] })
    expect(api.calls).toEqual(['list', 'create', 'list'])
  })

  it('updates its own comment in place', async () => {
    const api = new MemoryApi()
    const ours = api.add(`${MARKER}\nold`, 'github-actions[bot]', 'Bot')
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(result).toMatchObject({ action: 'updated', url: ours.html_url })
    expect(api.calls).toEqual(['list', 'whoami', `update ${ours.id}`])
  })

  it('with a personal token, leaves the bot comment alone and makes its own', async () => {
    const api = new MemoryApi()
    api.login = 'alice'
    const bots = api.add(`${MARKER}\nold`, 'github-actions[bot]', 'Bot')
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(result.action).toBe('created')
    expect(result.leftAlone.map(c => c.id)).toEqual([bots.id])
    expect(bots.body).toBe(`${MARKER}\nold`)
  })

  it('takes the workflow bot as itself when the API does not say', async () => {
    const api = new MemoryApi()
    api.login = undefined
    const bots = api.add(`${MARKER}\nold`, 'github-actions[bot]', 'Bot')
    const mallory = api.add(`${MARKER}\nold`, 'mallory')
    const logs: string[] = []
    const result = await postStickyComment(
      api,
      { marker: MARKER, body, mayCreate: true },
      policy,
      m => logs.push(m)
    )
    expect(result).toMatchObject({ action: 'updated', ownLogin: 'github-actions[bot]' })
    expect(api.calls).toContain(`update ${bots.id}`)
    expect(mallory.body).toBe(`${MARKER}\nold`)
    expect(logs.join('\n')).toMatch(/taking it as github-actions\[bot\]/)
  })

  it('only updates with update-only', async () => {
    const api = new MemoryApi()
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: false }, policy)
    expect(result.action).toBe('none')
    expect(api.calls).toEqual(['list'])
  })

  it('looks before it creates again after a 5xx, so a create that happened is not repeated', async () => {
    const api = new MemoryApi()
    api.failCreate = [Object.assign(new Error('Bad Gateway'), { status: 502 })]
    api.createDespiteFailure = true
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(result.action).toBe('updated')
    expect(api.comments).toHaveLength(1)
    // The comment that was made holds our body already: nothing to update.
    expect(api.calls).toEqual(['list', 'create', 'list', 'whoami'])
  })

  it('does not retry a 403 that is not a rate limit', async () => {
    const api = new MemoryApi()
    api.failCreate = [
      Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
    ]
    await expect(
      postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    ).rejects.toMatchObject({
      status: 403
    })
    expect(api.calls).toEqual(['list', 'create'])
  })

  it("keeps the oldest of its comments and deletes the newer ones, never another account's", async () => {
    const api = new MemoryApi()
    const mallory = api.add(`${MARKER}\nforged`, 'mallory')
    const oldest = api.add(`${MARKER}\nold`, 'github-actions[bot]', 'Bot')
    const newer = api.add(`${MARKER}\nolder still`, 'github-actions[bot]', 'Bot')
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(result).toMatchObject({ action: 'updated', url: oldest.html_url, removed: [newer.id] })
    expect(api.comments.map(c => c.id)).toEqual([mallory.id, oldest.id])
    expect(oldest.body).toBe(body)
    expect(mallory.body).toBe(`${MARKER}\nforged`)
  })

  it('after creating, finds the comment a concurrent run created first, keeps it and deletes its own', async () => {
    const api = new MemoryApi()
    // The other run creates its comment while ours is on the way.
    const create = api.createComment.bind(api)
    api.createComment = async (b: string) => {
      api.add(`${MARKER}\nthe other run`, 'github-actions[bot]', 'Bot')
      return create(b)
    }
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]).toMatchObject({ id: 1, body })
    expect(result).toMatchObject({ action: 'updated', removed: [2] })
    expect(api.calls).toEqual(['list', 'create', 'list', 'update 1', 'delete 2'])
  })

  it('counts a duplicate that answers 404 to its delete as removed once the listing no longer shows it', async () => {
    const api = new MemoryApi()
    const oldest = api.add(`${MARKER}\nold`, 'github-actions[bot]', 'Bot')
    const newer = api.add(`${MARKER}\nnewer`, 'github-actions[bot]', 'Bot')
    // Another run deletes the duplicate between our listing and our delete.
    const del = api.deleteComment.bind(api)
    api.deleteComment = async (id: number) => {
      api.comments = api.comments.filter(c => c.id !== id)
      return del(id)
    }
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(result).toMatchObject({ action: 'updated', removed: [newer.id] })
    expect(result.warning).toBeUndefined()
    expect(api.comments.map(c => c.id)).toEqual([oldest.id])
    expect(api.calls).toEqual(['list', 'whoami', 'update 1', 'delete 2', 'list'])
  })

  it('says so when a duplicate answers 404 to its delete but is still listed, and never claims it removed', async () => {
    const api = new MemoryApi()
    api.add(`${MARKER}\nold`, 'github-actions[bot]', 'Bot')
    const newer = api.add(`${MARKER}\nnewer`, 'github-actions[bot]', 'Bot')
    api.falseNotFound.add(newer.id)
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(result.removed).toEqual([])
    expect(result.warning).toBe(
      `could not delete duplicate comment ${newer.id} (the API answered 404 Not Found, yet it is still listed); the next run removes it`
    )
    // The next run, with an API that tells the truth, removes it.
    api.falseNotFound.clear()
    const next = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(next).toMatchObject({ action: 'updated', removed: [newer.id] })
    expect(api.comments).toHaveLength(1)
  })

  it('says so, without failing, when the check for a duplicate cannot list', async () => {
    const api = new MemoryApi()
    const list = api.listComments.bind(api)
    let lists = 0
    api.listComments = async () => {
      lists += 1
      if (lists > 1) throw Object.assign(new Error('Bad Gateway'), { status: 502 })
      return list()
    }
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(result.action).toBe('created')
    expect(result.warning).toMatch(
      /^the comment is posted, but the check for a duplicate .* failed \(list comments: Bad Gateway; gave up after 3 attempts in 0\.\d s\); the next run removes any$/
    )
    expect(lists).toBe(1 + policy.attempts)
  })

  it('asks again when the API fails to say who the token is, rather than guess', async () => {
    const api = new MemoryApi()
    api.login = 'alice'
    const alices = api.add(`${MARKER}\nold`, 'alice')
    api.whoamiFailures = [Object.assign(new Error('Bad Gateway'), { status: 502 })]
    const result = await postStickyComment(api, { marker: MARKER, body, mayCreate: true }, policy)
    expect(result).toMatchObject({ action: 'updated', ownLogin: 'alice' })
    expect(api.calls).toEqual(['list', 'whoami', 'whoami', `update ${alices.id}`])

    const down = new MemoryApi()
    down.add(`${MARKER}\nold`, 'alice')
    down.whoamiFailures = Array.from({ length: 9 }, () =>
      Object.assign(new Error('Bad Gateway'), { status: 502 })
    )
    await expect(
      postStickyComment(down, { marker: MARKER, body, mayCreate: true }, policy)
    ).rejects.toThrow(/^ask which account the token is: Bad Gateway; gave up after 3 attempts in /)
    expect(down.calls.filter(c => c === 'create')).toHaveLength(0)
  })
})

describe('isOwnComment', () => {
  it('matches the login exactly, or a bot named without its [bot] suffix', () => {
    const c = (login: string, type = 'User'): IssueComment => ({
      id: 1,
      html_url: '',
      user: { login, type }
    })
    expect(isOwnComment(c('github-actions[bot]', 'Bot'), 'github-actions[bot]')).toBe(true)
    expect(isOwnComment(c('my-app[bot]', 'Bot'), 'my-app')).toBe(true)
    expect(isOwnComment(c('my-app', 'User'), 'my-app[bot]')).toBe(false)
    expect(isOwnComment(c('my-app[bot]', 'User'), 'my-app')).toBe(false)
    expect(isOwnComment({ id: 1, html_url: '', user: null }, 'github-actions[bot]')).toBe(false)
  })
})

describe('the marker', () => {
  it('H04 encodes the report id so that it cannot close the comment or pose as another id', () => {
    const hostile = 'x --> <!-- callback-thread-guard:report-id=default -->'
    const marker = commentMarker(hostile)
    expect(marker.match(/-->/g)).toHaveLength(1)
    expect(marker.endsWith(' -->')).toBe(true)
    expect(marker).not.toContain('<!-- callback-thread-guard:report-id=default -->')
    expect(encodeReportId('py3.12-ubuntu_latest')).toBe('py3.12-ubuntu_latest')
    expect(encodeReportId('a b/ü')).toBe('a%20b%2F%C3%BC')
    // "%" is encoded too, so an id cannot spell out another id's encoding.
    expect(encodeReportId('a%20b')).toBe('a%2520b')
    expect(commentMarker('a b')).not.toBe(commentMarker('a%20b'))
  })

  it('H05 only counts a marker on the first line, exactly', () => {
    expect(carriesMarker(`${MARKER}\nbody`, MARKER)).toBe(true)
    expect(carriesMarker(`${MARKER}\r\nbody`, MARKER)).toBe(true)
    expect(carriesMarker(`> ${MARKER}\nquoted`, MARKER)).toBe(false)
    expect(carriesMarker(`${commentMarker('default2')}\n`, MARKER)).toBe(false)
    expect(carriesMarker(null, MARKER)).toBe(false)
  })
})

describe('retries', () => {
  const error = (status: number, headers: Record<string, string> = {}) =>
    Object.assign(new Error(`status ${status}`), { status, response: { headers } })
  const p: RetryPolicy = { ...policy, baseDelayMs: 1_000, maxDelayMs: 30_000, now: () => 0 }

  it('backs off on 5xx and follows retry-after on rate limits', () => {
    expect(retryDelay(error(502), 1, p)).toBe(1_000)
    expect(retryDelay(error(503), 3, p)).toBe(4_000)
    expect(retryDelay(error(403, { 'retry-after': '7' }), 1, p)).toBe(7_000)
    expect(retryDelay(error(429, { 'Retry-After': '2' }), 1, p)).toBe(2_000)
    expect(
      retryDelay(error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '30' }), 1, p)
    ).toBe(30_000)
    expect(retryDelay(error(403), 1, p)).toBeUndefined()
    expect(retryDelay(error(404), 1, p)).toBeUndefined()
    expect(retryDelay(error(422), 1, p)).toBeUndefined()
    expect(retryDelay(new TypeError('a bug'), 1, p)).toBeUndefined()
  })

  it('stops at the attempt limit and never waits past the deadline', async () => {
    let calls = 0
    const waits: number[] = []
    const failing = async () => {
      calls += 1
      throw error(502)
    }
    await expect(
      withRetries('x', failing, { ...p, attempts: 3, sleep: async ms => void waits.push(ms) })
    ).rejects.toMatchObject({ status: 502 })
    expect(calls).toBe(3)
    expect(waits).toEqual([1_000, 2_000])

    calls = 0
    await expect(
      withRetries('x', failing, { ...p, deadline: 1_500, sleep: async () => undefined })
    ).rejects.toMatchObject({ status: 502 })
    expect(calls).toBe(2) // the 1 s wait fits before the deadline, the 2 s one does not
  })
})

/**
 * A faulty GitHub API, one fault per test, through the bundled action against the local
 * FakeGitHub. Each test is a G row of docs/robustness.md. In every one: the run keeps what a
 * workflow relies on (exit code 0 for a passing report, the JSON report, the job summary, every
 * output), retries are bounded in number (counted on the server) and in time, the outcome is at
 * most one warning line, and there is never more than one comment of ours.
 *
 * The API timing is shortened through CALLBACK_THREAD_GUARD_API_TIMING (20 ms first backoff, a
 * short request timeout where no answer comes), so the file takes seconds, not minutes.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { useFakeGitHub, type RecordedRequest } from '../helpers/github-server.js'
import {
  COMMENT_PATH,
  COMMENTS_PATH,
  everythingThere,
  HANG_TIMING,
  PR,
  problems,
  REPOSITORY,
  runAction,
  TOKEN,
  tokenLeaks,
  type ActionRun
} from './run-action.js'

const MARKER = '<!-- callback-thread-guard:report-id=default -->'
const GRAPHQL = /^\/graphql$/
const github = useFakeGitHub()
afterEach(() => {
  // Never two comments of ours, whatever the fault.
  expect(github.markedBy(PR, MARKER).length).toBeLessThanOrEqual(1)
})

const gets = () => github.requested('GET', COMMENTS_PATH)
const posts = () => github.requested('POST', COMMENTS_PATH)
const patches = () => github.requested('PATCH', COMMENT_PATH)

/** Everything is there, and the run says at most one thing went wrong, in one warning line. */
function expectSound(run: ActionRun, warning?: RegExp): void {
  expect(everythingThere(run)).toEqual([])
  const lines = problems(run)
  if (warning === undefined) {
    expect(lines).toEqual([])
    expect(run.outputs['comment-url']).toMatch(
      /^https:\/\/github\.com\/octo\/guarded\/pull\/42#issuecomment-\d+$/
    )
  } else {
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^::warning::could not comment on pull request #42: /)
    expect(lines[0]).toMatch(warning)
    expect(lines[0]).toMatch(/the report is in the job summary\./)
    expect(run.outputs['comment-url']).toBe('')
  }
  expect(tokenLeaks(run)).toEqual([])
}

function gap(requests: RecordedRequest[]): number {
  return (requests[1]?.at ?? 0) - (requests[0]?.at ?? 0)
}

function ownComment(body = 'an older report') {
  return github.addComment(PR, `${MARKER}\n${body}`, 'github-actions[bot]', 'Bot')
}

describe('refusals: not retried, one warning', () => {
  it('G01 401 bad credentials on the listing: one request, a warning about the token', async () => {
    github.failNext({
      method: 'GET',
      path: COMMENTS_PATH,
      status: 401,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
      times: 10
    })
    const run = await runAction({ github })
    expectSound(
      run,
      /list comments: HTTP 401 Bad credentials - https:\/\/docs\.github\.com\/rest\. The token was refused: check the github-token input/
    )
    expect(gets()).toHaveLength(1)
    expect(posts()).toHaveLength(0)
  })

  it('G02 403 on the create, same repository: one request, a warning naming the permission', async () => {
    github.failNext({
      method: 'POST',
      path: COMMENTS_PATH,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
      times: 10
    })
    const run = await runAction({ github })
    expectSound(
      run,
      /create comment: HTTP 403 Resource not accessible by integration\. The token may not write pull request comments \(it needs pull-requests: write\); .*workflow_run recipe in docs\/action\.md/
    )
    expect(posts()).toHaveLength(1)
  })

  it("G03 403 on the create from a fork's read-only token: one request, a warning pointing to workflow_run", async () => {
    github.failNext({
      method: 'POST',
      path: COMMENTS_PATH,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
      times: 10
    })
    const run = await runAction({ github, fork: true })
    expectSound(
      run,
      /This pull request comes from a fork, and its workflow token is read-only; the report is in the job summary\. To post it from the base repository, use the workflow_run recipe in docs\/action\.md \("Pull requests from forks"\)\.$/
    )
    expect(posts()).toHaveLength(1)
  })

  it('G04 404, the pull request is gone: one request, a warning saying so', async () => {
    github.failNext({
      method: 'GET',
      path: COMMENTS_PATH,
      status: 404,
      body: { message: 'Not Found' },
      times: 10
    })
    const run = await runAction({ github })
    expectSound(
      run,
      /list comments: HTTP 404 Not Found\. The pull request \(or our comment\) is gone/
    )
    expect(gets()).toHaveLength(1)
    expect(posts()).toHaveLength(0)
  })

  it("G05 422 on the create: one request, a warning with GitHub's reason", async () => {
    github.failNext({
      method: 'POST',
      path: COMMENTS_PATH,
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data' }]
      },
      times: 10
    })
    const run = await runAction({ github })
    expectSound(
      run,
      /create comment: HTTP 422 Validation Failed: \{"resource":"IssueComment","code":"unprocessable","field":"data"\}\. GitHub refused the comment as invalid/
    )
    expect(posts()).toHaveLength(1)
  })
})

describe('rate limits: retried after the time asked for, within the time allowed', () => {
  it('G06 429 with retry-after: 1 on the listing: waits 1 s, then posts', async () => {
    github.failNext({
      method: 'GET',
      path: COMMENTS_PATH,
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'Too Many Requests' }
    })
    const run = await runAction({ github })
    expectSound(run)
    expect(gets().length).toBe(3) // the 429, the listing, the check after the create
    expect(gap(gets())).toBeGreaterThanOrEqual(950)
    expect(posts()).toHaveLength(1)
    expect(run.stdout).toMatch(
      /list comments failed \(HTTP 429 Too Many Requests\); attempt 2 in 1\.0 s/
    )
  })

  it('G07 403 secondary rate limit with retry-after on the create: waits, looks, creates once', async () => {
    github.failNext({
      method: 'POST',
      path: COMMENTS_PATH,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' }
    })
    const run = await runAction({ github })
    expectSound(run)
    expect(posts()).toHaveLength(2)
    expect(gap(posts())).toBeGreaterThanOrEqual(950)
    expect(github.comments).toHaveLength(1)
  })

  it('G08 429 asking to wait an hour: not waited for, one request, a warning', async () => {
    github.failNext({
      method: 'GET',
      path: COMMENTS_PATH,
      status: 429,
      headers: { 'retry-after': '3600' },
      body: { message: 'Too Many Requests' },
      times: 10
    })
    const run = await runAction({ github })
    expectSound(
      run,
      /list comments: HTTP 429 Too Many Requests; tried once, and the next attempt \(in 3600\.0 s\) would pass the time allowed for the API\. The token is rate-limited by GitHub for now/
    )
    expect(gets()).toHaveLength(1)
    expect(run.elapsedMs).toBeLessThan(15_000)
  })

  it('G09 403 primary rate limit spent (x-ratelimit-remaining: 0, reset in an hour): one request, a warning', async () => {
    github.failNext({
      method: 'GET',
      path: COMMENTS_PATH,
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600)
      },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
      times: 10
    })
    const run = await runAction({ github })
    expectSound(
      run,
      /HTTP 403 API rate limit exceeded.*The token is rate-limited by GitHub for now/
    )
    expect(run.stdout).not.toMatch(/workflow_run recipe/)
    expect(gets()).toHaveLength(1)
  })
})

describe('server errors: retried with backoff, at most 4 attempts', () => {
  it('G10 500 once on the listing: retried, then posted', async () => {
    github.failNext({ method: 'GET', path: COMMENTS_PATH, status: 500 })
    const run = await runAction({ github })
    expectSound(run)
    expect(gets()).toHaveLength(3)
    expect(posts()).toHaveLength(1)
  })

  it('G11 502 on a create the server did make: it looks before creating again, and finds it', async () => {
    github.failNext({
      method: 'POST',
      path: COMMENTS_PATH,
      status: 502,
      body: { message: 'Bad Gateway' },
      afterEffect: true
    })
    const run = await runAction({ github })
    expectSound(run)
    expect(posts()).toHaveLength(1)
    expect(github.comments).toHaveLength(1)
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${github.comments[0]?.id}`)
  })

  it('G12 503 once on the update of our comment: retried, one comment with the new report', async () => {
    const ours = ownComment()
    github.failNext({ method: 'PATCH', path: COMMENT_PATH, status: 503 })
    const run = await runAction({ github })
    expectSound(run)
    expect(patches()).toHaveLength(2)
    expect(posts()).toHaveLength(0)
    expect(github.comments).toHaveLength(1)
    expect(ours.body).toMatch(/## ✅ callback-thread-guard: pass/)
  })

  it('G13 502 on every listing: exactly 4 attempts, then a warning', async () => {
    github.failNext({
      method: 'GET',
      path: COMMENTS_PATH,
      status: 502,
      body: { message: 'Bad Gateway' },
      times: 100
    })
    const run = await runAction({ github })
    expectSound(
      run,
      /list comments: HTTP 502 Bad Gateway; gave up after 4 attempts in \d+\.\d s\. The GitHub API is failing/
    )
    expect(gets()).toHaveLength(4)
    expect(posts()).toHaveLength(0)
    // Backoff 20, 40, 80 ms with the test timing.
    expect(gets()[3]!.at - gets()[0]!.at).toBeLessThan(5_000)
  })

  it('G14 503 on every create: 4 creates, each retry after a look, no comment, a warning', async () => {
    github.failNext({ method: 'POST', path: COMMENTS_PATH, status: 503, times: 100 })
    const run = await runAction({ github })
    expectSound(run, /create comment: HTTP 503 planned 503; gave up after 4 attempts/)
    expect(posts()).toHaveLength(4)
    expect(gets()).toHaveLength(4) // the first listing, and a look before each new attempt
    expect(github.comments).toHaveLength(0)
  })
})

describe('no answer: reset, never, halfway', () => {
  it('G15 connection reset on the listing: retried, then posted', async () => {
    github.failNext({ method: 'GET', path: COMMENTS_PATH, kind: 'reset' })
    const run = await runAction({ github })
    expectSound(run)
    expect(gets()).toHaveLength(3)
    expect(github.comments).toHaveLength(1)
    expect(run.stdout).toMatch(
      /list comments failed \(GET \/repos\/octo\/guarded\/issues\/42\/comments: no answer \(/
    )
  })

  it('G16 connection reset after the server made the comment: found, not made again', async () => {
    github.failNext({ method: 'POST', path: COMMENTS_PATH, kind: 'reset', afterEffect: true })
    const run = await runAction({ github })
    expectSound(run)
    expect(posts()).toHaveLength(1)
    expect(github.comments).toHaveLength(1)
  })

  it('G17 every connection reset: 4 attempts, a warning that the API could not be reached', async () => {
    github.failNext({ method: 'GET', path: COMMENTS_PATH, kind: 'reset', times: 100 })
    const run = await runAction({ github })
    expectSound(
      run,
      /list comments: GET \/repos\/octo\/guarded\/issues\/42\/comments: no answer \([^)]+\); gave up after 4 attempts.*The GitHub API could not be reached/
    )
    expect(gets()).toHaveLength(4)
  })

  it('G18 an answer that never comes, once: aborted after the request timeout, retried, posted', async () => {
    github.failNext({ method: 'GET', path: COMMENTS_PATH, kind: 'hang' })
    const run = await runAction({ github, timing: HANG_TIMING })
    expectSound(run)
    expect(gets()).toHaveLength(3)
    // After the timeout (0.5 s), not at once (the backoff is 20 ms). The server's clock starts
    // when it sees the request, which a busy machine delays: the bound leaves it 250 ms.
    expect(gap(gets())).toBeGreaterThanOrEqual(250)
    expect(gap(gets())).toBeLessThan(5_000)
    expect(github.comments).toHaveLength(1)
  })

  it('G19 answers that never come: 4 attempts of 0.5 s each, then a warning, in bounded time', async () => {
    github.failNext({ method: 'GET', path: COMMENTS_PATH, kind: 'hang', times: 100 })
    const run = await runAction({ github, timing: HANG_TIMING })
    expectSound(
      run,
      /list comments: GET \/repos\/octo\/guarded\/issues\/42\/comments: no answer \(none within 0\.5 s\); gave up after 4 attempts in \d\.\d s\. The GitHub API did not answer in time/
    )
    expect(gets()).toHaveLength(4)
    // 4 × 0.5 s, plus 20 + 40 + 80 ms of backoff; as in G18, a busy machine may see the first
    // request late, so the bound says "each attempt waited", not the exact sum.
    const apiTime = Date.now() - gets()[0]!.at
    expect(apiTime).toBeGreaterThanOrEqual(1_500)
    // By the action's own clock, which starts before it sends, the whole 2 s at least.
    const said = /gave up after 4 attempts in (\d+\.\d) s/.exec(problems(run).join('\n'))
    expect(Number(said?.[1])).toBeGreaterThanOrEqual(2)
    expect(apiTime).toBeLessThan(10_000)
  })

  it('G20 no answer to a create the server did make: found, not made again', async () => {
    github.failNext({ method: 'POST', path: COMMENTS_PATH, kind: 'hang', afterEffect: true })
    const run = await runAction({ github, timing: HANG_TIMING })
    expectSound(run)
    expect(posts()).toHaveLength(1)
    expect(github.comments).toHaveLength(1)
  })

  it('G21 an answer that stops halfway: aborted after the request timeout, retried, posted', async () => {
    github.failNext({ method: 'GET', path: COMMENTS_PATH, kind: 'stall' })
    const run = await runAction({ github, timing: HANG_TIMING })
    expectSound(run)
    expect(gets()).toHaveLength(3)
    expect(github.comments).toHaveLength(1)
  })

  it('G22 the time allowed for the API runs out: stops there, whatever is left of the attempts', async () => {
    github.failNext({ method: 'GET', path: COMMENTS_PATH, kind: 'hang', times: 100 })
    const run = await runAction({
      github,
      timing: 'request-timeout-ms=3000,budget-ms=1000,base-delay-ms=20,settle-ms=0'
    })
    expectSound(run, /no answer \(none within [01]\.\d s\).*The GitHub API did not answer in time/)
    expect(gets().length).toBeLessThanOrEqual(2)
    expect(Date.now() - gets()[0]!.at).toBeLessThan(6_000)
  })
})

describe('answers that cannot be used', () => {
  it('G23 malformed JSON in a 200 listing: retried, then posted', async () => {
    github.failNext({ method: 'GET', path: COMMENTS_PATH, kind: 'malformed' })
    const run = await runAction({ github })
    expectSound(run)
    expect(gets()).toHaveLength(3)
    expect(run.stdout).toMatch(
      /list comments failed \(GET .*: the answer is not JSON \(3 characters: "\[\]…"\); expected a list of comments\)/
    )
    expect(github.comments).toHaveLength(1)
  })

  it('G24 malformed JSON in the 201 of a create that was made: found, not made again', async () => {
    github.failNext({
      method: 'POST',
      path: COMMENTS_PATH,
      kind: 'malformed',
      afterEffect: true
    })
    const run = await runAction({ github })
    expectSound(run)
    expect(posts()).toHaveLength(1)
    expect(github.comments).toHaveLength(1)
  })

  it('G25 malformed JSON in every listing: 4 attempts, a warning, no comment', async () => {
    github.failNext({ method: 'GET', path: COMMENTS_PATH, kind: 'malformed', times: 100 })
    const run = await runAction({ github })
    expectSound(
      run,
      /the answer is not JSON.*gave up after 4 attempts.*The GitHub API gave an answer that could not be used/
    )
    expect(gets()).toHaveLength(4)
    expect(posts()).toHaveLength(0)
  })
})

describe('listings of many pages', () => {
  it('G26 30 pages of comments, ours on the last: every page read once, our comment updated', async () => {
    for (let i = 0; i < 2_950; i += 1) github.addComment(PR, `review note ${i}`, 'octocat')
    const ours = ownComment()
    const run = await runAction({ github })
    expectSound(run)
    expect(gets().map(r => Number(r.query.get('page') ?? '1'))).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1)
    )
    expect(patches().map(r => r.path)).toEqual([`/repos/${REPOSITORY}/issues/comments/${ours.id}`])
    expect(posts()).toHaveLength(0)
  })

  it('G27 30 pages without ours: read, one create, read again for a duplicate', async () => {
    for (let i = 0; i < 2_950; i += 1) github.addComment(PR, `review note ${i}`, 'octocat')
    const run = await runAction({ github })
    expectSound(run)
    expect(gets()).toHaveLength(60)
    expect(posts()).toHaveLength(1)
  })

  it('G28 a listing whose next-page link never ends: stops after 100 pages, no comment, a warning', async () => {
    github.endlessPages = true
    const run = await runAction({ github })
    expectSound(run, /the listing did not end after 100 pages of comments\./)
    expect(gets()).toHaveLength(100)
    expect(posts()).toHaveLength(0)
  })

  it('G29 a next-page link to another host: not followed (the token stays here), a warning', async () => {
    for (let i = 0; i < 150; i += 1) github.addComment(PR, `review note ${i}`, 'octocat')
    github.nextPageOrigin = 'http://127.0.0.1:9'
    const run = await runAction({ github })
    expectSound(
      run,
      /the next-page link leads to http:\/\/127\.0\.0\.1:9, not to the API at http:\/\/127\.0\.0\.1:\d+; not followed/
    )
    expect(gets()).toHaveLength(1)
    expect(posts()).toHaveLength(0)
  })
})

describe('who the token is', () => {
  it("G30 GraphQL fails with 502 while a personal token's comment exists: asked again, updated, no duplicate", async () => {
    github.viewerLogin = 'alice'
    const alices = github.addComment(PR, `${MARKER}\nold`, 'alice', 'User')
    github.failNext({
      method: 'POST',
      path: GRAPHQL,
      status: 502,
      body: { message: 'Bad Gateway' }
    })
    const run = await runAction({ github })
    expectSound(run)
    expect(github.requested('POST', GRAPHQL)).toHaveLength(2)
    expect(patches().map(r => r.path)).toEqual([
      `/repos/${REPOSITORY}/issues/comments/${alices.id}`
    ])
    expect(posts()).toHaveLength(0)
  })

  it('G31 GraphQL always fails: no guess, no comment, a warning', async () => {
    github.viewerLogin = 'alice'
    github.addComment(PR, `${MARKER}\nold`, 'alice', 'User')
    github.failNext({ method: 'POST', path: GRAPHQL, status: 502, times: 100 })
    const run = await runAction({ github })
    expectSound(
      run,
      /ask which account the token is: HTTP 502 planned 502; gave up after 4 attempts/
    )
    expect(github.requested('POST', GRAPHQL)).toHaveLength(4)
    expect(posts()).toHaveLength(0)
    expect(patches()).toHaveLength(0)
  })
})

describe('the token', () => {
  it('H07 the token is masked, and never printed, even when the API echoes it in errors and links', async () => {
    const echo = (r: RecordedRequest) => ({
      message: `Bad credentials for ${String(r.headers.authorization)} (${TOKEN})`,
      documentation_url: `https://docs.github.com/rest?token=${encodeURIComponent(TOKEN)}`
    })
    // A 502 that echoes it (logged as a retry), then a 401 that echoes it (the warning).
    github.failNext({ method: 'GET', path: COMMENTS_PATH, status: 502, body: echo })
    github.failNext({ method: 'GET', path: COMMENTS_PATH, status: 401, body: echo })
    const run = await runAction({ github })
    expect(run.stdout).toContain(`::add-mask::${TOKEN}\n`)
    expect(run.stdout.indexOf(`::add-mask::${TOKEN}`)).toBeLessThan(run.stdout.indexOf('502'))
    expect(problems(run)).toHaveLength(1)
    expect(problems(run)[0]).toMatch(/Bad credentials for token \*\*\* \(\*\*\*\)/)
    expect(run.stdout).toMatch(/list comments failed \(HTTP 502 Bad credentials for token \*\*\*/)
    expect(tokenLeaks(run)).toEqual([])
    expect(run.stderr).not.toContain(TOKEN)

    // A comment URL from the API that carries it is not given out as the comment-url output.
    github.reset()
    const leaky = ownComment()
    github.failNext({
      method: 'PATCH',
      path: COMMENT_PATH,
      status: 200,
      body: {
        id: leaky.id,
        body: 'x',
        user: { login: 'github-actions[bot]', type: 'Bot' },
        html_url: `https://github.com/octo/guarded/pull/42?t=${TOKEN}`
      }
    })
    const second = await runAction({ github })
    expect(second.code).toBe(0)
    expect(second.outputs['comment-url']).toBe('https://github.com/octo/guarded/pull/42?t=***')
    expect(tokenLeaks(second)).toEqual([])
  })
})

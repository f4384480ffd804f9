/**
 * Runs at the same moment with one report id (a re-run while the first still runs, two workflows
 * sharing an id): two or more bundled action processes against one FakeGitHub. The race is
 * forced, not hoped for: the server holds the listings (or the creates) until every process has
 * sent its own, so all of them find no comment and all of them create one. Each row of the
 * Concurrency part of docs/robustness.md is a test here.
 */
import { describe, expect, it } from '@jest/globals'
import { useFakeGitHub } from '../helpers/github-server.js'
import {
  COMMENT_PATH,
  COMMENTS_PATH,
  everythingThere,
  PR,
  problems,
  runAction,
  type ActionRun
} from './run-action.js'

const MARKER = '<!-- callback-thread-guard:report-id=default -->'
const github = useFakeGitHub()

const posts = () => github.requested('POST', COMMENTS_PATH)
const deletes = () => github.requested('DELETE', COMMENT_PATH)
const ours = () => github.markedBy(PR, MARKER)

function runsAtOnce(n: number): Promise<ActionRun[]> {
  return Promise.all(Array.from({ length: n }, () => runAction({ github })))
}

function expectClean(runs: ActionRun[]): void {
  for (const run of runs) {
    expect(everythingThere(run)).toEqual([])
    expect(problems(run)).toEqual([])
  }
}

describe('runs at the same moment', () => {
  it('G32 two runs list at once, find nothing and both create: one comment is left, the older', async () => {
    github.holdUntil('GET', COMMENTS_PATH, 2)
    const runs = await runsAtOnce(2)
    expectClean(runs)
    expect(posts()).toHaveLength(2) // the race happened: both found nothing, both created
    expect(ours()).toHaveLength(1)
    expect(github.comments).toHaveLength(1)
    const survivor = ours()[0]!
    // The older comment is kept: the deleted one had a higher id.
    expect(deletes().length).toBeGreaterThanOrEqual(1)
    for (const d of deletes()) expect(Number(d.path.split('/').pop())).toBeGreaterThan(survivor.id)
    expect(survivor.body).toMatch(/## ✅ callback-thread-guard: pass/)
    // Both runs point to the comment that is left.
    for (const run of runs)
      expect(run.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${survivor.id}$`))
  })

  it('G33 two runs create at the same instant and both see both: both delete the newer, one comment', async () => {
    github.holdUntil('GET', COMMENTS_PATH, 2)
    github.holdUntil('POST', COMMENTS_PATH, 2)
    const runs = await runsAtOnce(2)
    expectClean(runs)
    expect(posts()).toHaveLength(2)
    expect(ours()).toHaveLength(1)
    // Each run deleted the newer comment; the second delete found it gone (404), which is fine.
    expect(new Set(deletes().map(d => d.path)).size).toBe(1)
    expect(deletes().length).toBeGreaterThanOrEqual(1)
  })

  it('G34 five runs at once: one comment', async () => {
    github.holdUntil('GET', COMMENTS_PATH, 5)
    const runs = await runsAtOnce(5)
    expectClean(runs)
    expect(posts()).toHaveLength(5)
    expect(ours()).toHaveLength(1)
    expect(github.comments).toHaveLength(1)
  })

  it("G35 two runs at once beside another account's comment with our marker: theirs untouched, one of ours", async () => {
    const planted = github.addComment(PR, `${MARKER}\nall green, merge it`, 'mallory')
    github.holdUntil('GET', COMMENTS_PATH, 2)
    const runs = await runsAtOnce(2)
    expectClean(runs)
    expect(ours()).toHaveLength(1)
    expect(github.comments.find(c => c.id === planted.id)?.body).toBe(
      `${MARKER}\nall green, merge it`
    )
    expect(deletes().map(d => d.path)).not.toContain(
      `/repos/octo/guarded/issues/comments/${planted.id}`
    )
    expect(github.requested('PATCH').map(p => p.path)).not.toContain(
      `/repos/octo/guarded/issues/comments/${planted.id}`
    )
  })

  it('G36 duplicates left by earlier runs: the next run keeps the oldest with the new report and deletes the rest', async () => {
    const [oldest, ...newer] = [1, 2, 3].map(i =>
      github.addComment(PR, `${MARKER}\nreport ${i}`, 'github-actions[bot]', 'Bot')
    )
    const [run] = await runsAtOnce(1)
    expectClean([run!])
    expect(ours().map(c => c.id)).toEqual([oldest!.id])
    expect(oldest!.body).toMatch(/## ✅ callback-thread-guard: pass/)
    expect(deletes().map(d => d.path)).toEqual(
      newer.map(c => `/repos/octo/guarded/issues/comments/${c.id}`)
    )
    expect(posts()).toHaveLength(0)
  })

  it('G37 the API fails right after two runs created: each says so in one warning, and the next run leaves one', async () => {
    github.holdUntil('GET', COMMENTS_PATH, 2)
    // Both creates arrive before either is answered, so every later listing fails for both runs.
    github.holdUntil('POST', COMMENTS_PATH, 2)
    github.faultFor = r =>
      r.method === 'GET' && posts().length >= 2
        ? { status: 502, body: { message: 'Bad Gateway' } }
        : undefined
    const runs = await runsAtOnce(2)
    for (const run of runs) {
      expect(everythingThere(run)).toEqual([])
      expect(problems(run)).toHaveLength(1)
      expect(problems(run)[0]).toMatch(
        /^::warning::pull request #42: the comment is posted, but the check for a duplicate from a run at the same moment failed \(list comments: HTTP 502 Bad Gateway; gave up after 4 attempts in \d+\.\d s\); the next run removes any$/
      )
      expect(run.outputs['comment-url']).not.toBe('')
    }
    expect(ours()).toHaveLength(2) // nothing could be checked: the limit of what one run can do

    github.faultFor = undefined
    const [next] = await runsAtOnce(1)
    expectClean([next!])
    expect(ours()).toHaveLength(1)
  })

  it('G39 two runs create, both answers are lost, then every listing fails: each says the comment may have been posted; the next run leaves one', async () => {
    github.holdUntil('GET', COMMENTS_PATH, 2)
    github.holdUntil('POST', COMMENTS_PATH, 2)
    github.failNext({
      method: 'POST',
      path: COMMENTS_PATH,
      kind: 'reset',
      afterEffect: true,
      times: 2
    })
    github.faultFor = r =>
      r.method === 'GET' && posts().length >= 2 ? { kind: 'reset' } : undefined
    const runs = await runsAtOnce(2)
    for (const run of runs) {
      expect(everythingThere(run)).toEqual([])
      expect(problems(run)).toHaveLength(1)
      expect(problems(run)[0]).toMatch(
        /^::warning::could not comment on pull request #42: list comments: .*no answer .*; gave up after 4 attempts in \d+\.\d s\. The GitHub API could not be reached; the report is in the job summary\. The comment may have been posted all the same \(GitHub did not confirm the create\); the next run keeps one comment and deletes any other\.$/
      )
    }
    expect(ours()).toHaveLength(2)

    github.faultFor = undefined
    const [next] = await runsAtOnce(1)
    expectClean([next!])
    expect(ours()).toHaveLength(1)
  })

  it('G38 a duplicate that cannot be deleted: one warning naming it, and the next run removes it', async () => {
    const kept = github.addComment(PR, `${MARKER}\nold`, 'github-actions[bot]', 'Bot')
    const extra = github.addComment(PR, `${MARKER}\nold`, 'github-actions[bot]', 'Bot')
    github.failNext({ method: 'DELETE', path: COMMENT_PATH, status: 500, times: 4 })
    const [run] = await runsAtOnce(1)
    expect(everythingThere(run!)).toEqual([])
    expect(problems(run!)).toEqual([
      `::warning::pull request #42: could not delete duplicate comment ${extra.id} (delete duplicate comment: HTTP 500 planned 500; gave up after 4 attempts in ${run!.stdout.match(/gave up after 4 attempts in (\d+\.\d) s/)?.[1]} s); the next run removes it`
    ])
    expect(deletes()).toHaveLength(4)
    expect(run!.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${kept.id}$`))

    const [next] = await runsAtOnce(1)
    expectClean([next!])
    expect(ours().map(c => c.id)).toEqual([kept.id])
  })

  it('G40 a duplicate whose delete answers 404 but stays: the listing shows it, one warning naming it, and the next run removes it', async () => {
    const kept = github.addComment(PR, `${MARKER}\nold`, 'github-actions[bot]', 'Bot')
    const extra = github.addComment(PR, `${MARKER}\nold`, 'github-actions[bot]', 'Bot')
    github.failNext({ method: 'DELETE', path: COMMENT_PATH, status: 404, times: 1 })
    const [run] = await runsAtOnce(1)
    expect(everythingThere(run!)).toEqual([])
    expect(problems(run!)).toEqual([
      `::warning::pull request #42: could not delete duplicate comment ${extra.id} (the API answered 404 Not Found, yet it is still listed); the next run removes it`
    ])
    expect(deletes()).toHaveLength(1)
    expect(ours().map(c => c.id)).toEqual([kept.id, extra.id])

    const [next] = await runsAtOnce(1)
    expectClean([next!])
    expect(ours().map(c => c.id)).toEqual([kept.id])
  })
})

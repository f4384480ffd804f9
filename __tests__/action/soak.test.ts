/**
 * A fault-injection soak: the bundled action, run after run, against a FakeGitHub that fails in a
 * new random way each time (the faults of faulty-api.test.ts, alone, repeated, mixed per request,
 * or an outage from some request on), sometimes two runs at once with the same report id, on two
 * pull requests (one with three pages of comments) and three report ids.
 *
 * Bounded in time: no step starts after CTG_SOAK_SECONDS (40 by default; `npm run soak` runs 300).
 * Seeded: CTG_SOAK_SEED replays a soak's choice of faults (the seed is printed; the timing of two
 * processes against each other can still differ between replays).
 *
 * At the end: zero lost reports (every run wrote its JSON report, job summary and outputs and
 * exited 0 for its passing report), at most one warning line per run, no token in any output, and
 * never more than one comment of ours per report id and pull request, except right after a step
 * in which the API failed during the duplicate check, which the run said in its warning; those
 * are gone after the next run for that id.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { FakeGitHub, type Fault, type RecordedRequest } from '../helpers/github-server.js'
import { commentMarker } from '../../src/sinks/github/api/marker.js'
import {
  COMMENT_PATH,
  COMMENTS_PATH,
  everythingThere,
  passingReportDir,
  problems,
  runAction,
  tokenLeaks,
  type ActionRun
} from './run-action.js'

const SECONDS = Number(process.env.CTG_SOAK_SECONDS ?? '40')
const SEED = Number(process.env.CTG_SOAK_SEED ?? String(Math.floor(Math.random() * 2 ** 31)))
const TIMING = 'request-timeout-ms=300,budget-ms=6000,base-delay-ms=10,settle-ms=0'
/** A run's own time limit: the API budget, process start, report and files. */
const RUN_LIMIT_MS = 20_000
const PRS = [42, 43]
const REPORT_IDS = ['default', 'py', 'node']

/** mulberry32: small, fast and good enough to pick faults. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const github = new FakeGitHub()
const rng = random(SEED)
const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T

const FAULTS: readonly (Fault & { name: string })[] = [
  { name: '401', status: 401, body: { message: 'Bad credentials' } },
  { name: '403', status: 403, body: { message: 'Resource not accessible by integration' } },
  { name: '404', status: 404, body: { message: 'Not Found' } },
  { name: '422', status: 422, body: { message: 'Validation Failed' } },
  { name: '429 retry-after 0', status: 429, headers: { 'retry-after': '0' } },
  { name: '429 retry-after 1', status: 429, headers: { 'retry-after': '1' } },
  {
    name: '403 secondary rate limit',
    status: 403,
    headers: { 'retry-after': '0' },
    body: { message: 'You have exceeded a secondary rate limit.' }
  },
  { name: '500', status: 500 },
  { name: '502', status: 502 },
  { name: '503', status: 503 },
  { name: 'reset', kind: 'reset' },
  { name: 'no answer', kind: 'hang' },
  { name: 'stops halfway', kind: 'stall' },
  { name: 'malformed JSON', kind: 'malformed' }
]
const TRANSIENT = FAULTS.filter(f =>
  ['500', '502', '503', 'reset', 'no answer', 'malformed JSON'].includes(f.name)
)
const ENDPOINTS: readonly { method: string; path: RegExp }[] = [
  { method: 'GET', path: COMMENTS_PATH },
  { method: 'POST', path: COMMENTS_PATH },
  { method: 'PATCH', path: COMMENT_PATH },
  { method: 'DELETE', path: COMMENT_PATH },
  { method: 'POST', path: /^\/graphql$/ }
]

/**
 * Whether the server may have done the work before this fault: a 5xx, a lost or broken answer.
 * GitHub does not create a comment and then answer 401, 403, 404, 422 or 429.
 */
function mayFollowTheWork(fault: Fault): boolean {
  return fault.kind !== undefined || (fault.status ?? 500) >= 500
}

/** A fault, "after the work" half of the time for calls that change something, when it can be. */
function randomFault(
  from: readonly (Fault & { name: string })[],
  method: string,
  chance: () => number = rng
): Fault {
  const fault = from[Math.floor(chance() * from.length)]!
  return { ...fault, afterEffect: method !== 'GET' && mayFollowTheWork(fault) && chance() < 0.5 }
}

type Plan = 'clean' | 'one fault' | 'repeated fault' | 'random mix' | 'outage'

interface Figures {
  steps: number
  runs: number
  together: number
  /** Steps in which two runs both created the comment. */
  races: number
  plans: Record<string, number>
  faults: Record<string, number>
  requests: number
  mostRequestsInAStep: number
  longestRunMs: number
  lost: string[]
  unclear: string[]
  leaks: string[]
  slow: string[]
  duplicatesAnnounced: number
  duplicatesSilent: string[]
  duplicatesLeft: number
}

beforeAll(async () => {
  await github.start()
  // Pull request 43 has three pages of other people's comments.
  for (let i = 0; i < 250; i += 1) github.addComment(43, `review note ${i}`, 'octocat')
})
afterAll(async () => {
  await github.stop()
})

describe('soak', () => {
  it(
    `runs the bundled action against a randomly faulty API for ${SECONDS} s without losing a report or leaving a duplicate`,
    async () => {
      const dir = passingReportDir()
      const figures: Figures = {
        steps: 0,
        runs: 0,
        together: 0,
        races: 0,
        plans: {},
        faults: {},
        requests: 0,
        mostRequestsInAStep: 0,
        longestRunMs: 0,
        lost: [],
        unclear: [],
        leaks: [],
        slow: [],
        duplicatesAnnounced: 0,
        duplicatesSilent: [],
        duplicatesLeft: 0
      }
      /** Pull request and id that have a duplicate, until a run for them removes it. */
      const pending = new Set<string>()
      const started = Date.now()
      process.stderr.write(`soak: seed ${SEED} (CTG_SOAK_SEED=${SEED} replays it), ${SECONDS} s\n`)

      while (Date.now() - started < SECONDS * 1000) {
        figures.steps += 1
        const step = figures.steps
        const pr = pick(PRS)
        const reportId = pick(REPORT_IDS)
        const together = rng() < 0.35 ? 2 : 1
        const plan = pick<Plan>([
          'clean',
          'one fault',
          'one fault',
          'repeated fault',
          'random mix',
          'random mix',
          'outage'
        ])
        figures.plans[plan] = (figures.plans[plan] ?? 0) + 1
        if (together > 1) figures.together += 1
        github.clearFaults()
        github.requests.length = 0
        // Often the first run for this id on this pull request (someone deleted the comment),
        // so that runs at once race to create it; and often the race is forced.
        if (rng() < (together > 1 ? 0.7 : 0.3)) {
          const mine = new Set(github.markedBy(pr, commentMarker(reportId)))
          for (let i = github.comments.length - 1; i >= 0; i -= 1)
            if (mine.has(github.comments[i]!)) github.comments.splice(i, 1)
        }
        const before = github.markedBy(pr, commentMarker(reportId)).length
        const fresh = before === 0
        if (together > 1 && rng() < 0.6) github.holdUntil('GET', COMMENTS_PATH, 2)

        if (plan === 'one fault' || plan === 'repeated fault') {
          const endpoint = pick(ENDPOINTS)
          github.failNext({
            ...endpoint,
            ...randomFault(FAULTS, endpoint.method),
            times: plan === 'one fault' ? 1 : 2 + Math.floor(rng() * 5)
          })
        } else if (plan === 'random mix') {
          const p = 0.1 + rng() * 0.3
          const seed = Math.floor(rng() * 2 ** 31)
          const perRequest = random(seed)
          github.faultFor = r =>
            perRequest() < p ? randomFault(FAULTS, r.method, perRequest) : undefined
        } else if (plan === 'outage') {
          const from = 1 + Math.floor(rng() * 8)
          const fault = randomFault(TRANSIENT, 'GET')
          let seen = 0
          github.faultFor = r => {
            seen += 1
            return seen >= from ? { ...fault, afterEffect: r.method !== 'GET' } : undefined
          }
        }

        const runs: ActionRun[] = await Promise.all(
          Array.from({ length: together }, () =>
            runAction({
              github,
              dir,
              pr,
              timing: TIMING,
              fork: rng() < 0.1,
              inputs: { 'report-id': reportId },
              killAfterMs: RUN_LIMIT_MS + 10_000
            })
          )
        )
        figures.runs += runs.length
        if (fresh && github.requested('POST', COMMENTS_PATH).length >= 2) figures.races += 1
        figures.requests += github.requests.length
        figures.mostRequestsInAStep = Math.max(figures.mostRequestsInAStep, github.requests.length)
        for (const r of github.requests as RecordedRequest[])
          if (r.fault !== undefined) {
            const name = r.faultName ?? r.fault
            figures.faults[name] = (figures.faults[name] ?? 0) + 1
          }

        let announced = false
        let warned = false
        for (const run of runs) {
          const where = `step ${step} (${plan}, #${pr} ${reportId})`
          figures.longestRunMs = Math.max(figures.longestRunMs, run.elapsedMs)
          const missing = everythingThere(run)
          if (missing.length > 0) figures.lost.push(`${where}: ${missing.join(', ')}`)
          const lines = problems(run)
          if (lines.length > 0) warned = true
          if (lines.length > 1 || lines.some(l => l.startsWith('::error')))
            figures.unclear.push(`${where}: ${lines.join(' / ')}`)
          if (
            lines.some(l =>
              /check for a duplicate|could not delete duplicate|may have been posted/.test(l)
            )
          )
            announced = true
          const leaks = tokenLeaks(run)
          if (leaks.length > 0) figures.leaks.push(`${where}: ${leaks.join(', ')}`)
          if (run.elapsedMs > RUN_LIMIT_MS) figures.slow.push(`${where}: ${run.elapsedMs} ms`)
        }

        // Never more than one comment of ours per report id and pull request.
        for (const p of PRS)
          for (const id of REPORT_IDS) {
            const key = `#${p} ${id}`
            const count = github.markedBy(p, commentMarker(id)).length
            const thisStep = p === pr && id === reportId
            if (count <= 1) pending.delete(key)
            // A duplicate from an earlier step, for an id this step did not run, or that this
            // step's runs could not remove because the API failed them (they said so): still the
            // same one, not a new one.
            const carried = pending.has(key) && (!thisStep || (warned && count <= before))
            if (count <= 1 || carried) continue
            pending.add(key)
            if (announced && thisStep) figures.duplicatesAnnounced += 1
            else {
              figures.duplicatesSilent.push(
                `after step ${step} (${plan}): ${count} comments for #${p} ${id}`
              )
              process.stderr.write(
                [
                  `soak: step ${step} (${plan}, ${together} runs, #${pr} ${reportId}) left ${count} comments for #${p} ${id}`,
                  ...github.requests.map(
                    r =>
                      `  ${r.at - github.requests[0]!.at} ms ${r.method} ${r.url} ${r.fault === undefined ? '' : `FAULT ${r.faultName ?? r.fault}`}`
                  ),
                  ...runs.flatMap((run, i) =>
                    run.stdout
                      .split('\n')
                      .filter(l => /comment|attempt|account|::warning|::error/.test(l))
                      .map(l => `  run ${i + 1}: ${l}`)
                  ),
                  ''
                ].join('\n')
              )
            }
          }
      }

      // One clean run for every id that has duplicates: they are gone after it.
      github.clearFaults()
      for (const p of PRS)
        for (const id of REPORT_IDS)
          if (github.markedBy(p, commentMarker(id)).length > 1) {
            const run = await runAction({
              github,
              dir,
              pr: p,
              timing: TIMING,
              inputs: { 'report-id': id }
            })
            expect(everythingThere(run)).toEqual([])
          }
      for (const p of PRS)
        for (const id of REPORT_IDS)
          figures.duplicatesLeft += Math.max(0, github.markedBy(p, commentMarker(id)).length - 1)

      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      const injected = Object.values(figures.faults).reduce((a, b) => a + b, 0)
      process.stderr.write(
        [
          `soak: seed ${SEED}, ${seconds} s, ${figures.runs} runs in ${figures.steps} steps (${figures.together} with two runs at once, ${figures.races} of them both creating the comment)`,
          `  plans: ${format(figures.plans)}`,
          `  requests: ${figures.requests} (most in one step ${figures.mostRequestsInAStep}); faults injected: ${injected}: ${format(figures.faults)}`,
          `  longest run: ${(figures.longestRunMs / 1000).toFixed(1)} s`,
          `  lost reports: ${figures.lost.length}; runs with more than one warning or an error: ${figures.unclear.length}; token leaks: ${figures.leaks.length}; runs over ${RUN_LIMIT_MS / 1000} s: ${figures.slow.length}`,
          `  duplicate comments: ${figures.duplicatesSilent.length} unannounced; ${figures.duplicatesAnnounced} right after a step whose API failed during the duplicate check (said in its warning); ${figures.duplicatesLeft} left after the next run`,
          ''
        ].join('\n')
      )

      expect(figures.lost).toEqual([])
      expect(figures.unclear).toEqual([])
      expect(figures.leaks).toEqual([])
      expect(figures.slow).toEqual([])
      expect(figures.duplicatesSilent).toEqual([])
      expect(figures.duplicatesLeft).toBe(0)
      // Enough runs to have exercised the plans, even on a loaded machine (a quiet one does about
      // 1.5 a second, a loaded one 0.45): this guards against a soak that did nothing, not speed.
      expect(figures.runs).toBeGreaterThan(SECONDS / 4)
      expect(injected).toBeGreaterThan(figures.runs / 2)
    },
    (SECONDS + 90) * 1000
  )
})

function format(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
}

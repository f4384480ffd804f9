/**
 * baseline: auto, run as the runner runs the bundled action, against the fake GitHub API serving
 * a base branch's history, its workflow runs and real zipped artifacts (made here with fflate,
 * the library the action unzips with). The pull request's own report is merged from a file (no
 * engine run), so each test is about the lookup: which run it picks, what the comment says about
 * it, and that no way of not finding one changes the step's verdict.
 */
import { describe, expect, it } from '@jest/globals'
import { strToU8, zipSync } from 'fflate'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { useFakeGitHub } from '../helpers/github-server.js'
import { makeReport, writeReport, type CellSpec } from './reports.js'
import {
  PASSING,
  PR,
  actionDefaults,
  REPOSITORY,
  everythingThere,
  passingReportDir,
  pullRequestPayload,
  ROOT,
  runAction,
  tempDir,
  type ActionRun
} from './run-action.js'

const github = useFakeGitHub()
const PYTHON_FIXTURES = join(ROOT, '__tests__', 'fixtures', 'python')

/** The pull request's report: a broken executor runs a callback on another thread. */
const BROKEN: CellSpec[] = [
  { verdict: 'fail', name: 'added while running', scenario: 'running' },
  { verdict: 'pass', name: 'added after done', scenario: 'done' }
]

const payload = pullRequestPayload(PR, false)
const HEAD = payload.pull_request.head.sha
const BASE_TIP = payload.pull_request.base.sha
/** main: c0 .. c4, then the tip the event names; the pull request branched from c3. */
const MAIN = ['c0', 'c1', 'c2', 'c3', 'c4'].map(c => c.repeat(20)).concat(BASE_TIP)
const MERGE_BASE = MAIN[3] as string
/** No baseline input: action.yml's default, as the runner passes it (run-action sets none). */
const AUTO = { baseline: actionDefaults().baseline ?? '', comment: 'always' }

function zipOf(specs: CellSpec[] | string, name = 'callback-thread-guard-report.json'): Uint8Array {
  const text = typeof specs === 'string' ? specs : JSON.stringify(makeReport(specs))
  return zipSync({ [name]: strToU8(text) })
}

/** main's history, the pull request's head, and a run with an artifact at each given commit. */
function mainWithRuns(
  runs: { at: number; report?: CellSpec[]; repo?: string }[]
): { id: number; sha: string }[] {
  github.actions.history = [...MAIN]
  github.actions.head = { sha: HEAD, parent: MERGE_BASE }
  return runs.map(({ at, report, repo }) => {
    const sha = MAIN[at] as string
    const run = github.actions.addRun({
      headSha: sha,
      ...(repo === undefined ? {} : { headRepository: repo })
    })
    github.actions.addArtifact({ runId: run.id, zip: zipOf(report ?? PASSING) })
    return { id: run.id, sha }
  })
}

function brokenDir(): string {
  const dir = passingReportDir()
  writeReport(join(dir, 'reports', 'one.json'), makeReport(BROKEN))
  return dir
}

function commentOf(): string {
  expect(github.comments).toHaveLength(1)
  return github.comments[0]?.body ?? ''
}

/** The one head line that names the baseline (or its absence) in the comment. */
function baselineLines(text: string): string[] {
  return text.split(/\n|<br>/).filter(l => /^(No baseline|Baseline):/.test(l))
}

function lookupRequests(): string[] {
  return github
    .requested('GET', /\/actions\/|\/compare\/|\/storage\//)
    .map(r => `${r.method} ${r.path}`)
}

describe('baseline auto on a pull request', () => {
  it('finds main’s report at the merge base, shows the new violation, and names the sha, run and date', async () => {
    // A newer run on main (not in the pull request's history) says the cell fails already: picked
    // by mistake, it would hide the new violation.
    const [older, atBase, newer] = mainWithRuns([{ at: 1 }, { at: 3 }, { at: 5, report: BROKEN }])
    expect(AUTO.baseline).toBe('auto')
    const run = await runAction({ github, dir: brokenDir(), inputs: AUTO })
    expect(run.code).toBe(1)
    expect(run.outputs['new-violations']).toBe('1')
    const body = commentOf()
    expect(body).toMatch(/Against the baseline: \d+ cells? changed: \*\*🆕 1 new violation\*\*/)
    const sha = atBase?.sha as string
    expect(baselineLines(body)).toEqual([
      `Baseline: <code>main</code> at [${sha.slice(0, 7)}](https://github.com/${REPOSITORY}/commit/${sha}), the merge base; [run ${atBase?.id}](https://github.com/${REPOSITORY}/actions/runs/${atBase?.id}) of 2026-11-01 03:00 UTC.`
    ])
    expect(baselineLines(run.summary)).toEqual(baselineLines(body))
    expect(run.stdout).toContain(`baseline: main at ${sha.slice(0, 7)} (https://github.com/`)
    expect(run.report).toMatchObject({
      baselineSource: {
        kind: 'auto',
        branch: 'main',
        sha,
        runId: atBase?.id,
        mergeBase: true,
        commitsBehind: 0,
        artifact: 'callback-thread-guard-report'
      }
    })
    // Only the chosen run's artifact was listed and downloaded (302, then the storage).
    const requests = lookupRequests()
    expect(requests).toEqual([
      `GET /repos/${REPOSITORY}/compare/${BASE_TIP}...${HEAD}`,
      `GET /repos/${REPOSITORY}/actions/workflows/ci.yml/runs`,
      `GET /repos/${REPOSITORY}/actions/runs/${atBase?.id}/artifacts`,
      `GET /repos/${REPOSITORY}/actions/artifacts/${github.actions.artifacts[1]?.id}/zip`,
      `GET /storage/artifacts/${github.actions.artifacts[1]?.id}.zip`
    ])
    expect([older?.id, newer?.id]).not.toContain(atBase?.id)
  })

  it('falls back to the newest run before the merge base and says how far behind it is', async () => {
    // c4 and the tip came after the merge base; c1 is the newest run the pull request contains.
    const [, atC1] = mainWithRuns([{ at: 0 }, { at: 1 }, { at: 4, report: BROKEN }, { at: 5 }])
    const run = await runAction({ github, dir: brokenDir(), inputs: AUTO })
    expect(run.outputs['new-violations']).toBe('1')
    const sha = atC1?.sha as string
    expect(baselineLines(commentOf())).toEqual([
      expect.stringContaining(
        `Baseline: <code>main</code> at [${sha.slice(0, 7)}](https://github.com/${REPOSITORY}/commit/${sha}), 2 commits behind the merge base; [run ${atC1?.id}]`
      )
    ])
    expect(run.report).toMatchObject({
      baselineSource: { sha, mergeBase: false, commitsBehind: 2 }
    })
  })

  it('asks for this run’s workflow when GITHUB_WORKFLOW_REF is not set', async () => {
    const [atBase] = mainWithRuns([{ at: 3 }])
    // This run (GITHUB_RUN_ID 987654) belongs to workflow 77, as main's runs do.
    github.actions.addRun({
      id: 987654,
      headSha: HEAD,
      headBranch: 'upgrade',
      event: 'pull_request'
    })
    const run = await runAction({
      github,
      dir: brokenDir(),
      inputs: AUTO,
      env: { GITHUB_WORKFLOW_REF: '' }
    })
    expect(run.report).toMatchObject({ baselineSource: { runId: atBase?.id, mergeBase: true } })
    expect(lookupRequests().slice(0, 3)).toEqual([
      `GET /repos/${REPOSITORY}/actions/runs/987654`,
      `GET /repos/${REPOSITORY}/compare/${BASE_TIP}...${HEAD}`,
      `GET /repos/${REPOSITORY}/actions/workflows/77/runs`
    ])
  })

  it('never picks a fork’s run, whatever the listing says', async () => {
    // The fork's run claims the merge base and a broken report (which would hide the violation).
    const [fork, own] = mainWithRuns([
      { at: 3, repo: 'outsider/guarded', report: BROKEN },
      { at: 2 }
    ])
    const run = await runAction({ github, dir: brokenDir(), inputs: AUTO })
    expect(run.report).toMatchObject({ baselineSource: { runId: own?.id, commitsBehind: 1 } })
    expect(run.outputs['new-violations']).toBe('1')
    expect(
      github.requested('GET', new RegExp(`/actions/runs/${fork?.id}/artifacts$`))
    ).toHaveLength(0)
  })
})

describe('baseline auto with the real engine', () => {
  it('shows what a broken executor breaks against main’s report of the healthy one', async () => {
    // One executor name, two implementations: main's is the stdlib's, the pull request's moves
    // callbacks to another thread (a fixture of the engine's own tests).
    const module = (dir: string, body: string) => {
      mkdirSync(join(dir, 'py'))
      writeFileSync(join(dir, 'py', 'mypool.py'), body)
      return { executor: 'mypool:Pool', 'python-path': `${join(dir, 'py')},${PYTHON_FIXTURES}` }
    }
    const engine = { scenarios: 'done,running', tasks: '4', reports: '', comment: 'always' }
    const mainDir = tempDir()
    const onMain = await runAction({
      github,
      dir: mainDir,
      env: { GITHUB_EVENT_NAME: 'push' },
      inputs: {
        ...AUTO,
        ...engine,
        ...module(mainDir, 'from concurrent.futures import ThreadPoolExecutor as Pool\n')
      }
    })
    expect(onMain.code).toBe(0)
    const [atBase] = mainWithRuns([])
    expect(atBase).toBeUndefined()
    const mainRun = github.actions.addRun({ headSha: MERGE_BASE })
    github.actions.addArtifact({
      runId: mainRun.id,
      zip: zipOf(onMain.reportText ?? '', 'callback-thread-guard-report.json')
    })

    const prDir = tempDir()
    const run = await runAction({
      github,
      dir: prDir,
      inputs: {
        ...AUTO,
        ...engine,
        ...module(prDir, 'from broken_executors import MovedCallbacks as Pool\n')
      }
    })
    expect(run.code).toBe(1)
    expect(run.outputs['new-violations']).toBe('2')
    const body = commentOf()
    expect(body).toMatch(/Against the baseline: \d+ cells? changed: \*\*🆕 \d+ new violations?\*\*/)
    expect(body).toMatch(/🆕 new violation of <code>worker-runs-callback<\/code> \(was pass\)/)
    expect(baselineLines(body)).toEqual([
      expect.stringContaining(
        `Baseline: <code>main</code> at [${MERGE_BASE.slice(0, 7)}](https://github.com/${REPOSITORY}/commit/${MERGE_BASE}), the merge base; [run ${mainRun.id}]`
      )
    ])
  }, 120_000)
})

describe('no baseline found: one line why, and the step’s verdict unchanged', () => {
  /** A passing pull request whose lookup finds nothing: everything is there, and one line says why. */
  async function expectOneLine(reason: RegExp): Promise<ActionRun> {
    const run = await runAction({ github, inputs: AUTO })
    expect(everythingThere(run)).toEqual([])
    expect(run.outputs['new-violations']).toBe('0')
    const lines = baselineLines(commentOf())
    expect(lines).toEqual([expect.stringMatching(/^No baseline: /)])
    expect(lines[0]).toMatch(reason)
    expect(baselineLines(run.summary)).toEqual(lines)
    expect(run.stdout).toMatch(/^no baseline: /m)
    expect(run.report).toMatchObject({ baselineSource: { kind: 'missing' } })
    expect(run.stdout).not.toMatch(/^::(error|warning)/m)
    return run
  }

  it('with no successful run on main (the first run)', async () => {
    mainWithRuns([])
    github.actions.addRun({ headSha: MAIN[3] as string, conclusion: 'failure' })
    await expectOneLine(
      /^No baseline: no successful push run of ci\.yml on main yet \(the first run\?\)\.$/
    )
  })

  it('with only a fork’s run', async () => {
    mainWithRuns([{ at: 3, repo: 'outsider/guarded' }])
    await expectOneLine(/no successful push run of ci\.yml on main yet/)
  })

  it('with no artifact of that name', async () => {
    const [atBase] = mainWithRuns([{ at: 3 }])
    github.actions.artifacts[0]!.name = 'something-else'
    await expectOneLine(
      new RegExp(
        `^No baseline: run ${atBase?.id} on main has no artifact named callback-thread-guard-report\\.$`
      )
    )
  })

  it.each([
    ['the listing says it expired', true],
    ['the download answers 410', false]
  ])('with an expired artifact (%s)', async (_, listed) => {
    const [atBase] = mainWithRuns([{ at: 3 }])
    if (listed) github.actions.artifacts[0]!.expired = true
    else
      github.failNext({
        method: 'GET',
        path: /\/actions\/artifacts\/\d+\/zip$/,
        status: 410,
        body: { message: 'Artifact has expired' }
      })
    await expectOneLine(
      new RegExp(
        `^No baseline: the artifact callback-thread-guard-report of run ${atBase?.id} has expired\\.$`
      )
    )
  })

  it('with a 403 on the artifact (no actions: read)', async () => {
    mainWithRuns([{ at: 3 }])
    github.failNext({
      method: 'GET',
      path: /\/actions\/artifacts\/\d+\/zip$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    await expectOneLine(
      /^No baseline: no permission to download the artifact \(HTTP 403\): the token needs actions: read\.$/
    )
  })

  it('with a zip bomb: refused before it is inflated whole', async () => {
    const [atBase] = mainWithRuns([])
    const run = github.actions.addRun({ headSha: MERGE_BASE })
    // 80 MiB of zeros deflate to about 80 KiB; the cap is 64 MiB.
    const bomb = zipSync({ 'report.json': [new Uint8Array(80 * 1024 * 1024), { level: 1 }] })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    github.actions.addArtifact({ runId: run.id, zip: bomb })
    expect(atBase).toBeUndefined()
    await expectOneLine(
      new RegExp(
        `^No baseline: refused: the artifact callback-thread-guard-report of run ${run.id}: its report unzips to 80 MiB, over the 64 MiB cap \\(a zip bomb\\?\\)\\.$`
      )
    )
  })

  it('with an artifact the listing says is too large: refused before the download', async () => {
    const [atBase] = mainWithRuns([{ at: 3 }])
    github.actions.artifacts[0]!.sizeInBytes = 100 * 1024 * 1024
    await expectOneLine(
      new RegExp(
        `^No baseline: refused: the artifact callback-thread-guard-report of run ${atBase?.id} is 100 MiB, over the 64 MiB cap\\.$`
      )
    )
    expect(github.requested('GET', /\/zip$|\/storage\//)).toEqual([])
  })

  it('with a 403 on the runs (no actions: read), asked once', async () => {
    mainWithRuns([{ at: 3 }])
    github.failNext({
      method: 'GET',
      path: /\/actions\/workflows\/[^/]+\/runs$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    await expectOneLine(
      /^No baseline: no permission to list the runs at the merge base \(HTTP 403\): the token needs actions: read\.$/
    )
    expect(github.requested('GET', /\/runs$/)).toHaveLength(1)
  })

  it('with an artifact that is not a report', async () => {
    mainWithRuns([])
    const run = github.actions.addRun({ headSha: MERGE_BASE })
    github.actions.addArtifact({ runId: run.id, zip: zipOf('{"verdict":"pass","cells":[]}') })
    await expectOneLine(
      new RegExp(
        `^No baseline: refused: the artifact of run ${run.id} is not a callback-thread-guard JSON report: `
      )
    )
  })
})

describe('baseline auto through a failing API', () => {
  it('retries a 502 and a reset connection with the client’s retries, and finds the baseline', async () => {
    const [atBase] = mainWithRuns([{ at: 3 }])
    github.failNext({ method: 'GET', path: /\/compare\//, status: 502 })
    github.failNext({ method: 'GET', path: /\/artifacts$/, kind: 'reset' })
    const run = await runAction({ github, dir: brokenDir(), inputs: AUTO })
    expect(run.report).toMatchObject({ baselineSource: { kind: 'auto', runId: atBase?.id } })
    expect(run.outputs['new-violations']).toBe('1')
    expect(run.stdout).toMatch(/baseline: could not find the merge base \(attempt 1: HTTP 502/)
    expect(run.stdout).toMatch(
      /baseline: could not list the run’s artifacts \(attempt 1: .*no answer/
    )
  })

  it('gives up on an API that keeps failing with one line, the verdict unchanged', async () => {
    mainWithRuns([{ at: 3 }])
    github.failNext({ method: 'GET', path: /\/compare\//, status: 503, times: 10 })
    const run = await runAction({ github, inputs: AUTO })
    expect(everythingThere(run)).toEqual([])
    expect(baselineLines(run.summary)).toEqual([
      expect.stringMatching(
        /^No baseline: could not find the merge base: HTTP 503 .*gave up after 4 attempts/
      )
    ])
  })
})

describe('baseline auto in a workflow_run workflow that posts a pull request’s report', () => {
  /** The comment workflow follows the check workflow (id 77, ci.yml), which uploaded the report. */
  function workflowRunPayload(fromFork: boolean) {
    return {
      action: 'completed',
      workflow_run: {
        id: 4242,
        event: 'pull_request',
        workflow_id: 77,
        head_sha: HEAD,
        // GitHub lists no pull request for a fork's branch.
        pull_requests: fromFork
          ? []
          : [
              {
                number: PR,
                head: { ref: 'upgrade', sha: HEAD },
                base: { ref: 'main', sha: BASE_TIP }
              }
            ]
      },
      repository: { full_name: REPOSITORY, default_branch: 'main' }
    }
  }

  it.each([
    ['a branch of the repository', false],
    ['a fork (no pull request in the event: the base is the default branch)', true]
  ])('compares with the followed workflow’s run on main, for %s', async (_, fromFork) => {
    const [, atBase] = mainWithRuns([{ at: 1 }, { at: 3 }])
    const run = await runAction({
      github,
      dir: brokenDir(),
      payload: workflowRunPayload(fromFork),
      inputs: { ...AUTO, 'pull-request': String(PR), 'fail-on': 'never' },
      env: {
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/comment.yml@refs/heads/main`
      }
    })
    expect(run.code).toBe(0)
    expect(run.report).toMatchObject({
      baselineSource: { kind: 'auto', runId: atBase?.id, mergeBase: true }
    })
    expect(run.outputs['new-violations']).toBe('1')
    expect(github.requested('GET', /\/actions\/workflows\/77\/runs$/).length).toBeGreaterThan(0)
    expect(baselineLines(commentOf())[0]).toMatch(/^Baseline: <code>main<\/code> at /)
  })
})

describe('baseline auto elsewhere', () => {
  it('means none on a push: no lookup, no line', async () => {
    mainWithRuns([{ at: 3 }])
    const run = await runAction({ github, inputs: AUTO, env: { GITHUB_EVENT_NAME: 'push' } })
    expect(run.code).toBe(0)
    expect(lookupRequests()).toEqual([])
    expect(run.report).not.toHaveProperty('baselineSource')
    expect(baselineLines(run.summary)).toEqual([])
  })

  it('is off with none, and an explicit file is named as such', async () => {
    mainWithRuns([{ at: 3 }])
    const dir = brokenDir()
    mkdirSync(join(dir, 'base'))
    writeReport(join(dir, 'base', 'main.json'), makeReport(PASSING))
    const run = await runAction({ github, dir, inputs: { baseline: 'base/main.json' } })
    expect(lookupRequests()).toEqual([])
    expect(run.outputs['new-violations']).toBe('1')
    expect(baselineLines(commentOf())).toEqual([
      'Baseline: the report file <code>base/main.json</code>.'
    ])
    github.reset()
    const none = await runAction({ github, inputs: { baseline: 'none' } })
    expect(lookupRequests()).toEqual([])
    expect(baselineLines(none.summary)).toEqual([])
  })
})

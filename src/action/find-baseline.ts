/**
 * baseline: auto. Finds the base branch's report for a pull request: the merge base, the newest
 * successful push run of the same workflow on the base branch at that commit (else at the newest
 * earlier one), its artifact, the one report inside. Only runs of the base repository's own
 * branch count: a fork's run never does.
 *
 * It never fails the step: whatever goes wrong (no run, no artifact, expired, 403, a zip bomb)
 * ends as a `missing` source with one line saying why. The report itself is judged like any
 * other report file by the caller (readReportFile), from the file written here.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MAX_REPORT_BYTES } from '../report/read/merge.js'
import type { BaselineSource } from '../report/model.js'
import { unzipReport } from '../report/read/unzip.js'
import type { ActionsApi, WorkflowRun } from '../sinks/github/api/actions-api.js'
import type { RunContext } from '../sinks/github/context.js'
import { describeApiError } from '../sinks/github/api/errors.js'
import { ApiCallError, withRetries, type RetryPolicy } from '../sinks/github/api/retry.js'

/** An artifact zip larger than this is not downloaded: a report compresses far below its cap. */
export const MAX_ARTIFACT_BYTES = MAX_REPORT_BYTES
/** Earlier runs checked for being an ancestor of the merge base (one compare each). */
const MAX_ANCESTOR_CHECKS = 3
/** The events on which auto looks for a baseline; on others it means none. */
export const AUTO_BASELINE_EVENTS = ['pull_request', 'pull_request_target', 'workflow_run']

export type BaselineLookup =
  { found: true; path: string; source: BaselineSource } | { found: false; source: BaselineSource }

export interface LookupSettings {
  artifact: string
  /** Where the artifact's report is written, to be read like any report file. */
  dir: string
  policy: RetryPolicy
  /** One line of progress for the log. */
  say: (line: string) => void
}

/** An API call made with the lookup's retries, named for the message when it fails. */
type Call = <T>(what: string, f: () => Promise<T>) => Promise<T>

/** Why there is no baseline: what ends the lookup early, with its one line. */
class NoBaseline extends Error {}

export async function findBaseline(
  api: ActionsApi,
  context: RunContext,
  settings: LookupSettings
): Promise<BaselineLookup> {
  try {
    return await lookUp(api, context, settings)
  } catch (error) {
    const reason = error instanceof NoBaseline ? error.message : apiReason(error)
    return { found: false, source: { kind: 'missing', reason } }
  }
}

async function lookUp(
  api: ActionsApi,
  context: RunContext,
  settings: LookupSettings
): Promise<BaselineLookup> {
  const { owner, repo } = context
  if (owner === undefined || repo === undefined)
    throw new NoBaseline('GITHUB_REPOSITORY is not set')
  const own = `${owner}/${repo}`
  const call: Call = (what, f) => withRetries(what, f, settings.policy)
  const pr = context.pullRequest
  const branch = pr?.baseRef ?? context.defaultBranch
  const head = pr?.headSha ?? context.triggeringRun?.headSha
  if (branch === undefined || head === undefined)
    throw new NoBaseline('the event names no pull request base branch and head commit')

  // The workflow whose runs upload the report: this one, or in workflow_run the one it follows.
  let workflow: string | number | undefined =
    context.triggeringRun?.workflowId ?? context.workflowFile
  const named = () => (typeof workflow === 'number' ? `workflow ${workflow}` : String(workflow))
  if (workflow === undefined) {
    if (context.runId === undefined) throw new NoBaseline('GITHUB_RUN_ID is not set')
    const runId = context.runId
    workflow = await call('find this run’s workflow', () => api.workflowOfRun(runId))
  }
  const comparison = await call('find the merge base', () =>
    api.compare(pr?.baseSha ?? branch, head)
  )
  const mergeBase = comparison.mergeBase
  const short = mergeBase.slice(0, 7)
  settings.say(`baseline: the merge base is ${short}; looking for ${named()} runs on ${branch}`)

  const ours = (runs: WorkflowRun[]) =>
    runs.filter(r => r.headRepository === own && r.headBranch === branch)
  const wf = workflow
  const atMergeBase = ours(
    await call('list the runs at the merge base', () =>
      api.successfulPushRuns(wf, { branch, headSha: mergeBase, perPage: 10 })
    )
  ).filter(r => r.headSha === mergeBase)
  let chosen: { run: WorkflowRun; behind: number } | undefined =
    atMergeBase[0] === undefined ? undefined : { run: atMergeBase[0], behind: 0 }
  if (chosen === undefined) {
    const runs = ours(
      await call('list the runs on the base branch', () =>
        api.successfulPushRuns(wf, { branch, perPage: 30 })
      )
    )
    if (runs.length === 0)
      throw new NoBaseline(`no successful push run of ${named()} on ${branch} yet (the first run?)`)
    chosen = await newestAncestorRun(runs, comparison.mergeBaseTime, mergeBase, call, api)
    if (chosen === undefined)
      throw new NoBaseline(
        `no successful run of ${named()} on ${branch} at or before the merge base ${short}`
      )
  }
  const { run, behind } = chosen

  const path = await downloadReport(api, call, run, branch, settings)
  return {
    found: true,
    path,
    source: {
      kind: 'auto',
      branch,
      sha: run.headSha,
      commitUrl: `${context.serverUrl ?? 'https://github.com'}/${own}/commit/${run.headSha}`,
      runId: run.id,
      runUrl: run.htmlUrl,
      createdAt: run.createdAt,
      artifact: settings.artifact,
      mergeBase: behind === 0 && run.headSha === mergeBase,
      commitsBehind: behind,
      path
    }
  }
}

/**
 * The report of the chosen run: its artifact (the newest live one of that name, within the cap),
 * downloaded, its one JSON file unpacked and written to the run's folder; the path it was written to.
 */
async function downloadReport(
  api: ActionsApi,
  call: Call,
  run: WorkflowRun,
  branch: string,
  settings: LookupSettings
): Promise<string> {
  const artifacts = (
    await call('list the run’s artifacts', () => api.artifacts(run.id, settings.artifact))
  ).filter(a => a.name === settings.artifact)
  if (artifacts.length === 0)
    throw new NoBaseline(`run ${run.id} on ${branch} has no artifact named ${settings.artifact}`)
  const live = artifacts.filter(a => !a.expired).sort((a, b) => b.id - a.id)
  const artifact = live[0]
  if (artifact === undefined)
    throw new NoBaseline(`the artifact ${settings.artifact} of run ${run.id} has expired`)
  if (artifact.sizeInBytes > MAX_ARTIFACT_BYTES)
    throw new NoBaseline(
      `refused: the artifact ${settings.artifact} of run ${run.id} is ${mib(artifact.sizeInBytes)}, over the ${mib(MAX_ARTIFACT_BYTES)} cap`
    )
  let zip: Uint8Array
  try {
    zip = await call('download the artifact', () => api.downloadArtifact(artifact.id))
  } catch (error) {
    if (statusOf(error) === 410)
      throw new NoBaseline(`the artifact ${settings.artifact} of run ${run.id} has expired`)
    throw error
  }
  if (zip.length > MAX_ARTIFACT_BYTES)
    throw new NoBaseline(`refused: the downloaded zip is ${mib(zip.length)}, over the cap`)
  let report: { name: string; text: string }
  try {
    report = unzipReport(zip, MAX_REPORT_BYTES)
  } catch (error) {
    throw new NoBaseline(
      `refused: the artifact ${settings.artifact} of run ${run.id}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const path = join(settings.dir, `callback-thread-guard-baseline-${run.id}.json`)
  writeFileSync(path, report.text)
  return path
}

/**
 * The newest run whose commit is the merge base or one of its ancestors: runs of commits made
 * after the merge base are skipped unasked, the rest checked by a comparison (a commit that main
 * moved on to since would blame the pull request for main's own changes).
 */
async function newestAncestorRun(
  runs: WorkflowRun[],
  mergeBaseTime: string | undefined,
  mergeBase: string,
  call: Call,
  api: ActionsApi
): Promise<{ run: WorkflowRun; behind: number } | undefined> {
  const limit = mergeBaseTime === undefined ? Number.NaN : Date.parse(mergeBaseTime)
  const candidates = runs.filter(
    r => r.commitTime === undefined || Number.isNaN(limit) || !(Date.parse(r.commitTime) > limit)
  )
  const checked = new Set<string>()
  for (const run of candidates) {
    if (checked.has(run.headSha)) continue
    if (checked.size >= MAX_ANCESTOR_CHECKS) break
    checked.add(run.headSha)
    const c = await call('compare a run’s commit with the merge base', () =>
      api.compare(run.headSha, mergeBase)
    )
    if (c.status === 'ahead' || c.status === 'identical') return { run, behind: c.aheadBy }
  }
  return undefined
}

function statusOf(error: unknown): number | undefined {
  return error instanceof ApiCallError ? error.status : undefined
}

function apiReason(error: unknown): string {
  const status = statusOf(error)
  const what = error instanceof ApiCallError ? error.what : 'the lookup'
  if (status === 403) return `no permission to ${what} (HTTP 403): the token needs actions: read`
  if (status === 404) return `could not ${what} (HTTP 404: not found, or the token cannot see it)`
  // An ApiCallError says what it was, what GitHub said, and how often it was tried.
  return error instanceof ApiCallError
    ? `could not ${describeApiError(error)}`
    : `could not ${what}: ${describeApiError(error)}`
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`
}

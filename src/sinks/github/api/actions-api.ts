/**
 * The few Actions endpoints the baseline lookup reads, on the bounded client of client.ts: a
 * run, a comparison of two commits, a workflow's runs, a run's artifacts, an artifact's zip.
 * Every answer is checked before it is used (a field of the wrong type is an
 * UnexpectedResponseError, retried like a bad gateway); only the fields the lookup needs are kept.
 */
import { boundedOctokit, notWhatWasAsked, type ClientOptions } from './client.js'
import { UnexpectedResponseError } from './errors.js'

export interface WorkflowRun {
  id: number
  headSha: string
  headBranch: string
  /** owner/name of the repository the run's commit came from. */
  headRepository: string
  createdAt: string
  htmlUrl: string
  /** When the head commit was made, when the API says. */
  commitTime?: string
}

export interface Comparison {
  mergeBase: string
  /** When the merge base was committed. */
  mergeBaseTime?: string
  status: string
  aheadBy: number
  behindBy: number
}

export interface Artifact {
  id: number
  name: string
  sizeInBytes: number
  expired: boolean
  createdAt: string
}

export interface RunQuery {
  branch: string
  headSha?: string
  perPage: number
}

export interface ActionsApi {
  workflowOfRun(runId: number): Promise<number>
  compare(base: string, head: string): Promise<Comparison>
  successfulPushRuns(workflow: string | number, query: RunQuery): Promise<WorkflowRun[]>
  artifacts(runId: number, name: string): Promise<Artifact[]>
  downloadArtifact(id: number): Promise<Uint8Array>
}

export async function githubActionsApi(
  repo: { token: string; owner: string; repo: string },
  options: ClientOptions
): Promise<ActionsApi> {
  const { octokit } = await boundedOctokit(repo.token, options)
  const where = { owner: repo.owner, repo: repo.repo }
  const base = `/repos/${repo.owner}/${repo.repo}`
  return {
    async workflowOfRun(runId) {
      const what = `GET ${base}/actions/runs/${runId}`
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
        ...where,
        run_id: runId
      })
      return positiveInteger(field(data, 'workflow_id', what), what, 'workflow_id')
    },
    async compare(from, to) {
      const what = `GET ${base}/compare`
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...where,
        basehead: `${from}...${to}`,
        // The commits and files are not needed: one page of one commit keeps the answer small.
        per_page: 1
      })
      return asComparison(data, what)
    },
    async successfulPushRuns(workflow, query) {
      const what = `GET ${base}/actions/workflows/${workflow}/runs`
      const { data } = await octokit.request(
        'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        {
          ...where,
          workflow_id: workflow,
          branch: query.branch,
          event: 'push',
          status: 'success',
          per_page: query.perPage,
          ...(query.headSha === undefined ? {} : { head_sha: query.headSha })
        }
      )
      const runs = field(data, 'workflow_runs', what)
      if (!Array.isArray(runs))
        throw new UnexpectedResponseError(what, notWhatWasAsked(runs, 'a list of runs'))
      return runs.flatMap(r => asRun(r))
    },
    async artifacts(runId, name) {
      const what = `GET ${base}/actions/runs/${runId}/artifacts`
      const { data } = await octokit.request(
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
        { ...where, run_id: runId, name, per_page: 100 }
      )
      const list = field(data, 'artifacts', what)
      if (!Array.isArray(list))
        throw new UnexpectedResponseError(what, notWhatWasAsked(list, 'a list of artifacts'))
      return list.flatMap(a => asArtifact(a))
    },
    async downloadArtifact(id) {
      // GitHub answers 302 to its storage; fetch follows it, and drops the token when the
      // storage is on another origin (it is signed). 410 once the artifact expired.
      const what = `GET ${base}/actions/artifacts/${id}/zip`
      const { data } = await octokit.request(
        'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
        { ...where, artifact_id: id, archive_format: 'zip' }
      )
      if (!(data instanceof ArrayBuffer))
        throw new UnexpectedResponseError(what, notWhatWasAsked(data, 'a zip file'))
      return new Uint8Array(data)
    }
  }
}

/** The merge base and the distance of a compare answer. */
function asComparison(data: unknown, what: string): Comparison {
  const merge = field(data, 'merge_base_commit', what) as { sha?: unknown; commit?: unknown }
  const sha = typeof merge === 'object' && merge !== null ? merge.sha : undefined
  if (typeof sha !== 'string') throw new UnexpectedResponseError(what, 'no merge_base_commit.sha')
  const time = (merge.commit as { committer?: { date?: unknown } } | undefined)?.committer?.date
  const status = field(data, 'status', what)
  return {
    mergeBase: sha,
    ...(typeof time === 'string' ? { mergeBaseTime: time } : {}),
    status: typeof status === 'string' ? status : '',
    aheadBy: count(field(data, 'ahead_by', what), what, 'ahead_by'),
    behindBy: count(field(data, 'behind_by', what), what, 'behind_by')
  }
}

function field(data: unknown, name: string, what: string): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new UnexpectedResponseError(what, notWhatWasAsked(data, 'an object'))
  return (data as Record<string, unknown>)[name]
}

function positiveInteger(value: unknown, what: string, name: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value
  throw new UnexpectedResponseError(what, `${name} is not a positive whole number`)
}

function count(value: unknown, what: string, name: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value
  throw new UnexpectedResponseError(what, `${name} is not a whole number`)
}

/** A run the lookup can use, or none: a run without these fields is not one to compare with. */
function asRun(raw: unknown): WorkflowRun[] {
  if (typeof raw !== 'object' || raw === null) return []
  const r = raw as Record<string, unknown>
  const repo = (r.head_repository as { full_name?: unknown } | null | undefined)?.full_name
  const time = (r.head_commit as { timestamp?: unknown } | null | undefined)?.timestamp
  if (
    typeof r.id !== 'number' ||
    !Number.isSafeInteger(r.id) ||
    typeof r.head_sha !== 'string' ||
    typeof r.head_branch !== 'string' ||
    typeof repo !== 'string' ||
    typeof r.created_at !== 'string' ||
    typeof r.html_url !== 'string'
  )
    return []
  return [
    {
      id: r.id,
      headSha: r.head_sha,
      headBranch: r.head_branch,
      headRepository: repo,
      createdAt: r.created_at,
      htmlUrl: r.html_url,
      ...(typeof time === 'string' ? { commitTime: time } : {})
    }
  ]
}

function asArtifact(raw: unknown): Artifact[] {
  if (typeof raw !== 'object' || raw === null) return []
  const a = raw as Record<string, unknown>
  if (
    typeof a.id !== 'number' ||
    !Number.isSafeInteger(a.id) ||
    typeof a.name !== 'string' ||
    typeof a.size_in_bytes !== 'number' ||
    typeof a.expired !== 'boolean'
  )
    return []
  return [
    {
      id: a.id,
      name: a.name,
      sizeInBytes: a.size_in_bytes,
      expired: a.expired,
      createdAt: typeof a.created_at === 'string' ? a.created_at : ''
    }
  ]
}

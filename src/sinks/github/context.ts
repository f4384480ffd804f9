/**
 * Where the action runs: the event, the repository and the pull request to comment on, read from
 * the runner's environment and event payload (not from @actions/github, which is loaded only
 * when a comment is posted).
 */
import { readFileSync } from 'node:fs'

export interface PullRequestContext {
  number: number
  headSha?: string
  /** The head branch lives in a fork, whose workflow token is read-only. */
  fromFork: boolean
  /** The branch it merges into, and that branch's commit when the event was made. */
  baseRef?: string
  baseSha?: string
}

/** In a workflow_run event: the run it follows (the one that uploaded the report). */
export interface TriggeringRun {
  workflowId: number
  headSha?: string
}

export interface RunContext {
  eventName: string
  owner?: string
  repo?: string
  pullRequest?: PullRequestContext
  /** The web page of this workflow run. */
  runUrl?: string
  /** The commit a check run is for: the pull request's head, else GITHUB_SHA. */
  sha?: string
  /** The web address of GitHub (GITHUB_SERVER_URL), for links to commits. */
  serverUrl?: string
  /** The repository's default branch, from the event. */
  defaultBranch?: string
  /** The workflow file of this run (from GITHUB_WORKFLOW_REF), such as ci.yml. */
  workflowFile?: string
  runId?: number
  triggeringRun?: TriggeringRun
}

interface RawPullRequest {
  number?: unknown
  head?: { sha?: unknown; repo?: { full_name?: unknown } | null }
  base?: { ref?: unknown; sha?: unknown }
}

interface Payload {
  pull_request?: RawPullRequest
  issue?: { number?: unknown; pull_request?: unknown }
  repository?: { full_name?: unknown; default_branch?: unknown }
  workflow_run?: {
    event?: unknown
    workflow_id?: unknown
    head_sha?: unknown
    pull_requests?: RawPullRequest[]
  }
}

export function readRunContext(
  env: NodeJS.ProcessEnv = process.env,
  pullRequestInput?: number
): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const serverUrl = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '')
  const context: RunContext = {
    eventName,
    serverUrl: /^https?:\/\/[^\s()<>]+$/.test(serverUrl) ? serverUrl : 'https://github.com'
  }
  if (owner !== undefined && owner !== '' && repo !== undefined && repo !== '') {
    context.owner = owner
    context.repo = repo
  }
  const runUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`
  if (
    context.owner !== undefined &&
    /^\d+$/.test(env.GITHUB_RUN_ID ?? '') &&
    /^https?:\/\/[^\s()<>]+$/.test(runUrl)
  )
    context.runUrl = runUrl

  if (/^\d{1,15}$/.test(env.GITHUB_RUN_ID ?? '')) context.runId = Number(env.GITHUB_RUN_ID)
  // owner/repo/.github/workflows/ci.yml@refs/pull/42/merge
  const file = /^[^/]+\/[^/]+\/\.github\/workflows\/([^/@]+)@/.exec(
    env.GITHUB_WORKFLOW_REF ?? ''
  )?.[1]
  if (file !== undefined) context.workflowFile = file

  const payload = readPayload(env.GITHUB_EVENT_PATH)
  if (typeof payload.repository?.default_branch === 'string')
    context.defaultBranch = payload.repository.default_branch
  const triggering = payload.workflow_run
  if (eventName === 'workflow_run' && isNumber(triggering?.workflow_id))
    context.triggeringRun = {
      workflowId: triggering.workflow_id,
      ...(typeof triggering.head_sha === 'string' ? { headSha: triggering.head_sha } : {})
    }
  const pr = pullRequestOf(payload)
  if (pullRequestInput !== undefined) {
    context.pullRequest = {
      number: pullRequestInput,
      ...(pr?.number === pullRequestInput && pr.headSha !== undefined
        ? { headSha: pr.headSha }
        : {}),
      fromFork: pr?.number === pullRequestInput ? pr.fromFork : false,
      ...(pr?.number === pullRequestInput && pr.baseRef !== undefined
        ? { baseRef: pr.baseRef }
        : {}),
      ...(pr?.number === pullRequestInput && pr.baseSha !== undefined
        ? { baseSha: pr.baseSha }
        : {})
    }
  } else if (pr !== undefined) {
    context.pullRequest = pr
  }
  const sha = context.pullRequest?.headSha ?? env.GITHUB_SHA
  if (sha !== undefined && /^[0-9a-f]{40}$/.test(sha)) context.sha = sha
  return context
}

function readPayload(path: string | undefined): Payload {
  if (path === undefined || path === '') return {}
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return typeof value === 'object' && value !== null ? (value as Payload) : {}
  } catch {
    return {}
  }
}

function pullRequestOf(payload: Payload): PullRequestContext | undefined {
  const pr = payload.pull_request
  if (pr !== undefined && isNumber(pr.number)) {
    const headRepo = pr.head?.repo?.full_name
    const baseRepo = payload.repository?.full_name
    return {
      number: pr.number,
      ...(typeof pr.head?.sha === 'string' ? { headSha: pr.head.sha } : {}),
      fromFork: pr.head?.repo === null || (typeof headRepo === 'string' && headRepo !== baseRepo),
      ...baseOf(pr)
    }
  }
  // A comment on a pull request arrives as an issue with a pull_request link.
  if (payload.issue?.pull_request !== undefined && isNumber(payload.issue.number))
    return { number: payload.issue.number, fromFork: false }
  // A workflow_run lists the pull requests of the run it follows, but only for branches of this
  // repository (never for a fork's): the recipe passes the number as an input instead.
  const run = payload.workflow_run
  const first = run?.pull_requests?.[0]
  if (
    (run?.event === 'pull_request' || run?.event === 'pull_request_target') &&
    isNumber(first?.number)
  )
    return {
      number: first.number,
      ...(typeof first.head?.sha === 'string' ? { headSha: first.head.sha } : {}),
      fromFork: false,
      ...baseOf(first)
    }
  return undefined
}

function baseOf(pr: RawPullRequest): { baseRef?: string; baseSha?: string } {
  const ref = pr.base?.ref
  const sha = pr.base?.sha
  return {
    ...(typeof ref === 'string' && ref !== '' ? { baseRef: ref } : {}),
    ...(typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? { baseSha: sha } : {})
  }
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}

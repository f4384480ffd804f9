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
}

interface Payload {
  pull_request?: {
    number?: unknown
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null }
  }
  issue?: { number?: unknown; pull_request?: unknown }
  repository?: { full_name?: unknown }
  workflow_run?: { event?: unknown; pull_requests?: { number?: unknown }[] }
}

export function readRunContext(
  env: NodeJS.ProcessEnv = process.env,
  pullRequestInput?: number
): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const context: RunContext = { eventName }
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

  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const pr = pullRequestOf(payload)
  if (pullRequestInput !== undefined) {
    context.pullRequest = {
      number: pullRequestInput,
      ...(pr?.number === pullRequestInput && pr.headSha !== undefined
        ? { headSha: pr.headSha }
        : {}),
      fromFork: pr?.number === pullRequestInput ? pr.fromFork : false
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
      fromFork: pr.head?.repo === null || (typeof headRepo === 'string' && headRepo !== baseRepo)
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
    return { number: first.number, fromFork: false }
  return undefined
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}

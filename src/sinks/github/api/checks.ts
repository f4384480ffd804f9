/**
 * A check run through the Checks API, for more annotations than workflow commands show (10 per
 * step): the run is created with the first 50 annotations (the API's limit per request) and
 * updated with the next 50 until all are sent, as EnricoMi's and dorny's actions do. Every
 * request goes through the retry policy; a refusal (a token without `checks: write`) is the
 * caller's to report as a warning.
 */
import { boundedOctokit, notWhatWasAsked, type ClientOptions } from './client.js'
import { UnexpectedResponseError } from './errors.js'
import { withRetries, type RetryPolicy } from './retry.js'

/** The Checks API takes at most this many annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** Summaries longer than this are refused by the Checks API. */
export const CHECK_SUMMARY_LIMIT = 65_535

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
}

export interface CheckRunRequest {
  name: string
  headSha: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  /** Markdown, at most CHECK_SUMMARY_LIMIT characters. */
  summary: string
  annotations: CheckAnnotation[]
}

export interface CheckRunApi {
  create(body: Record<string, unknown>): Promise<{ id: number; url?: string }>
  update(id: number, body: Record<string, unknown>): Promise<void>
}

export interface CheckRunResult {
  id: number
  url?: string
  /** Requests made: one create, then one update per further batch. */
  requests: number
}

export async function postCheckRun(
  api: CheckRunApi,
  request: CheckRunRequest,
  policy: RetryPolicy
): Promise<CheckRunResult> {
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < request.annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(request.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  const output = (annotations: CheckAnnotation[]) => ({
    title: request.title,
    summary: request.summary,
    ...(annotations.length === 0 ? {} : { annotations })
  })
  const created = await withRetries(
    'create check run',
    () =>
      api.create({
        name: request.name,
        head_sha: request.headSha,
        status: 'completed',
        conclusion: request.conclusion,
        output: output(batches[0] ?? [])
      }),
    policy
  )
  // Each update adds its annotations to those the run has (the API appends them).
  for (const batch of batches.slice(1))
    await withRetries(
      'add annotations to the check run',
      () => api.update(created.id, { output: output(batch) }),
      policy
    )
  return { ...created, requests: Math.max(1, batches.length) }
}

export async function githubCheckRunApi(
  repo: { token: string; owner: string; repo: string },
  options: ClientOptions
): Promise<CheckRunApi> {
  const { octokit } = await boundedOctokit(repo.token, options)
  const path = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/check-runs`
  return {
    async create(body) {
      const { data } = await octokit.request({ method: 'POST', url: path, ...body })
      const raw: unknown = data
      const id = (raw as { id?: unknown } | null)?.id
      if (typeof id !== 'number' || !Number.isSafeInteger(id))
        throw new UnexpectedResponseError(`POST ${path}`, notWhatWasAsked(raw, 'a check run'))
      const url = (raw as { html_url?: unknown }).html_url
      return { id, ...(typeof url === 'string' ? { url } : {}) }
    },
    async update(id, body) {
      await octokit.request({ method: 'PATCH', url: `${path}/${id}`, ...body })
    }
  }
}

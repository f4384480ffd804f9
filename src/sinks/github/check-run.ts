/**
 * Every annotation in a check run (the check-run input), past the 10 per step that workflow
 * commands show. A token that cannot (no checks: write, a fork's read-only token) gets a
 * warning: the workflow-command annotations stand, the step's status holds.
 */
import * as core from '@actions/core'
import { oneLine } from '../../errors.js'
import { plain } from '../../escape.js'
import { renderReport } from '../../render/markdown/report.js'
import { headline } from '../../report/summarize.js'
import type { ReportSink } from '../sink.js'
import { annotationPath, buildCheckAnnotations } from './annotations.js'
import { CHECK_SUMMARY_LIMIT, githubCheckRunApi, postCheckRun } from './api/checks.js'
import type { RunContext } from './context.js'
import { describeApiError } from './api/errors.js'
import { stepRenderOptions, type StepReport } from './render-options.js'
import { defaultPolicy } from './api/retry.js'
import type { FailOn } from './step-status.js'
import { apiTiming } from './api/timing.js'
import { isRealToken, redact } from './api/token.js'

/** The inputs the check run reads (the Action's inputs have these fields). */
export interface CheckRunSettings extends StepReport {
  token: string
  failOn: FailOn
  /** The config file, which the annotations are attached to when there is one. */
  config?: string | undefined
}

export function checkRunSink(settings: CheckRunSettings, context: RunContext): ReportSink {
  return {
    name: 'check run',
    write: async run => {
      const { report, diff } = run
      const inputs = settings
      const fallback =
        'the annotations above (at most 10 shown) and the job summary have the report'
      if (context.owner === undefined || context.repo === undefined || context.sha === undefined) {
        core.warning(
          `check-run: no repository or commit (GITHUB_REPOSITORY, GITHUB_SHA); ${fallback}`
        )
        return
      }
      if (!isRealToken(inputs.token)) {
        core.warning(`check-run: github-token is empty; ${fallback}`)
        return
      }
      const annotations = buildCheckAnnotations(
        report,
        diff,
        inputs.failOn,
        annotationPath(inputs.config, inputs.json, process.env)
      )
      const timing = apiTiming()
      const policy = {
        ...defaultPolicy(timing.budgetMs),
        baseDelayMs: timing.baseDelayMs,
        settleMs: timing.settleMs
      }
      try {
        const api = await githubCheckRunApi(
          { token: inputs.token, owner: context.owner, repo: context.repo },
          { requestTimeoutMs: timing.requestTimeoutMs, deadline: policy.deadline }
        )
        const result = await postCheckRun(
          api,
          {
            name: inputs.title,
            headSha: context.sha,
            conclusion:
              report.verdict === 'pass'
                ? 'success'
                : report.verdict === 'fail'
                  ? 'failure'
                  : 'neutral',
            title: plain(headline(report), 200),
            summary: renderReport(report, {
              ...stepRenderOptions(run, inputs),
              limit: { max: CHECK_SUMMARY_LIMIT, label: "the Checks API's 65,535-character limit" }
            }),
            annotations
          },
          policy
        )
        core.info(
          redact(
            `check run ${result.id} with ${annotations.length} annotation${annotations.length === 1 ? '' : 's'} in ${result.requests} request${result.requests === 1 ? '' : 's'}${result.url === undefined ? '' : `: ${result.url}`}`,
            inputs.token
          )
        )
      } catch (error) {
        const status = (error as { status?: unknown } | null)?.status
        const why =
          status === 403 || status === 404
            ? "the token may not create check runs (it needs checks: write; a fork's token cannot)"
            : describeApiError(error)
        core.warning(
          redact(
            oneLine(`check-run: could not create the check run: ${why}; ${fallback}`),
            inputs.token
          )
        )
      }
    }
  }
}

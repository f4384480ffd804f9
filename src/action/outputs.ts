/**
 * The Action's outputs from its report: this run folded into the baseline's history, compared
 * with the baseline, judged, then every sink in order. It returns the step's failure line (or
 * undefined) rather than setting it, so the caller sets it last, after every sink's output: it
 * may run in a worker thread (outputs-worker.ts), whose process.exitCode is not the step's.
 */
import * as core from '@actions/core'
import { plain } from '../escape.js'
import { compareReports } from '../report/compare.js'
import { withHistory } from '../report/history.js'
import type { BaselineSource, Report } from '../report/model.js'
import { prepareReport, renderReport } from '../render/markdown/report.js'
import type { ReportFormat } from '../config/options.js'
import { readFileTargets } from '../config/read-options.js'
import { reportFilesSink } from '../sinks/files.js'
import { annotationsSink } from '../sinks/github/annotations.js'
import { checkRunSink } from '../sinks/github/check-run.js'
import type { RunContext } from '../sinks/github/context.js'
import { jobSummarySink } from '../sinks/github/job-summary.js'
import { logUntrusted } from '../sinks/github/log.js'
import { judgeStep, type StepStatus } from '../sinks/github/step-status.js'
import { stepOutputsSink } from '../sinks/github/step-outputs.js'
import { stickyCommentSink } from '../sinks/github/sticky-comment.js'
import { fanOut, type ReportSink } from '../sinks/sink.js'
import { terminalSink } from '../sinks/terminal.js'
import type { ActionInputs } from './inputs.js'

/** What the outputs are made from: plain data, so it can be sent to a worker thread. */
export interface OutputJob {
  /** The run's own report (the engine's, or the merge of the report files). */
  report: Report
  baseline?: Report
  /** What the baseline is, or why there is none. */
  source?: BaselineSource
  inputs: ActionInputs
  context: RunContext
}

/** Writes every output; returns the step's failure line, if it fails. */
export async function writeOutputs(job: OutputJob): Promise<string | undefined> {
  const { baseline, source, inputs, context } = job
  // Only a baseline file the workflow names, or main's own run that baseline auto found (never a
  // fork's), carries a history to fold this run into.
  const report = foldInHistory(job.report, baseline)
  // What this run compared against is its own: a merged file's claim is replaced.
  delete report.baselineSource
  if (source !== undefined) report.baselineSource = source
  const diff = baseline === undefined ? undefined : compareReports(report, baseline)
  // The Markdown sections are built once for the file, the summary, the comment and the check.
  const graded = { report, diff, prepared: prepareReport(report, diff) }
  const status = judgeStep(graded, inputs.failOn)
  await fanOut(graded, actionSinks(inputs, context, status))
  return status.failure
}

/** The Action's outputs in the order they are written: nothing the API does can lose the files. */
function actionSinks(inputs: ActionInputs, context: RunContext, status: StepStatus): ReportSink[] {
  const { title } = inputs
  return [
    reportFilesSink(
      readFileTargets(format => inputs[format.name as ReportFormat]),
      ({ report, diff, prepared }) =>
        renderReport(report, {
          title,
          ...(diff === undefined ? {} : { diff }),
          ...(prepared === undefined ? {} : { prepared })
        })
    ),
    terminalSink({ color: false, write: logUntrusted }),
    jobSummarySink(inputs),
    stepOutputsSink(inputs.json),
    annotationsSink(inputs.failOn, status),
    stickyCommentSink(inputs, context),
    ...(inputs.checkRun ? [checkRunSink(inputs, context)] : [])
  ]
}

/**
 * This run's counts folded into the baseline's history. A baseline named by the workflow (the
 * `baseline` input) is trusted: the workflow's author chose the file, as they chose the token.
 */
function foldInHistory(report: Report, baseline: Report | undefined): Report {
  const folded = withHistory(
    report,
    baseline === undefined ? undefined : { report: baseline, trusted: true }
  )
  for (const w of folded.warnings) core.warning(plain(w, 300))
  return folded.report
}

/**
 * The Action's logic: inputs -> report (run the engine, or merge the JSON reports of a workflow
 * matrix) -> the sinks, in order -> step status. `run` is what dist/index.js calls, and what
 * `npm run local-action` calls on this TypeScript source.
 *
 * The order matters. Every input is checked (and a baseline or the reports to merge are read and
 * validated) before anything runs or is written, so bad input leaves nothing half-written. The
 * report files are written before any API call, so nothing is lost when the API fails. And a
 * comment that cannot be posted is a warning: the step's status is the guard's verdict, set last,
 * so its failure line is the step's last error annotation.
 */
import * as core from '@actions/core'
import { resolve } from 'node:path'
import { loadConfig } from '../config/load.js'
import { InputError, oneLine } from '../errors.js'
import { compareReports } from '../report/compare.js'
import { plain } from '../report/escape.js'
import { budgetWords } from '../report/evidence.js'
import { prepareReport, renderReport } from '../report/markdown.js'
import { mergeReports, readReportFile } from '../report/merge.js'
import type { Report } from '../report/model.js'
import { expandMatrix } from '../matrix/expand.js'
import { besideReport } from '../repro/folder.js'
import { addReproducer } from '../repro/write.js'
import { runWithControl } from '../control/run.js'
import { reportFilesSink } from '../sinks/files.js'
import { annotationsSink } from '../sinks/github/annotations.js'
import { checkRunSink } from '../sinks/github/check-run.js'
import { readRunContext, type RunContext } from '../sinks/github/context.js'
import { jobSummarySink } from '../sinks/github/job-summary.js'
import { logCells, logUntrusted } from '../sinks/github/log.js'
import { judgeStep, type StepStatus } from '../sinks/github/step-status.js'
import { stepOutputsSink } from '../sinks/github/step-outputs.js'
import { stickyCommentSink } from '../sinks/github/sticky-comment.js'
import { isRealToken } from '../sinks/github/token.js'
import { fanOut, type ReportSink } from '../sinks/sink.js'
import { terminalSink } from '../sinks/terminal.js'
import { expandGlobs } from './glob.js'
import { ACTION_LABELS, readInputs, type ActionInputs } from './inputs.js'

/** The runner systems the action supports: only Linux is tested (README, "Supported runners"). */
const SUPPORTED_PLATFORMS: readonly NodeJS.Platform[] = ['linux']

export async function run(): Promise<void> {
  if (!SUPPORTED_PLATFORMS.includes(process.platform)) {
    core.setFailed(
      `callback-thread-guard runs on Linux runners only, not on ${process.platform}: use runs-on: ubuntu-latest.`
    )
    return
  }
  try {
    await act()
  } catch (error) {
    core.setFailed(
      error instanceof InputError ? oneLine(error) : `could not run: ${oneLine(error)}`
    )
  }
}

async function act(): Promise<void> {
  // 1. Everything that can be refused, before anything runs or is written.
  const inputs = readInputs(name => core.getInput(name))
  // The runner masks the workflow token by itself, but not a personal or App token passed in.
  if (isRealToken(inputs.token)) core.setSecret(inputs.token)
  const context = readRunContext(process.env, inputs.pullRequest)
  const baseline =
    inputs.baseline === undefined
      ? undefined
      : readReportFile(inputs.baseline, 'input baseline', { ...judging(inputs), evidence: false })
  const report = inputs.reports.length > 0 ? mergeInputReports(inputs) : await runEngine(inputs)
  const diff = baseline === undefined ? undefined : compareReports(report, baseline)
  // The Markdown sections are built once for the file, the summary, the comment and the check.
  const graded = { report, diff, prepared: prepareReport(report, diff) }

  // 2. Every output, in order; then the step's status.
  const status = judgeStep(graded, inputs.failOn)
  await fanOut(graded, actionSinks(inputs, context, status))
  if (status.failure !== undefined) core.setFailed(status.failure)
}

/** The Action's outputs in the order they are written: nothing the API does can lose the files. */
function actionSinks(inputs: ActionInputs, context: RunContext, status: StepStatus): ReportSink[] {
  const { title } = inputs
  return [
    reportFilesSink(
      {
        json: inputs.json,
        ...(inputs.markdown === undefined ? {} : { markdown: inputs.markdown }),
        ...(inputs.junit === undefined ? {} : { junit: inputs.junit })
      },
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

async function runEngine(inputs: ActionInputs): Promise<Report> {
  const config = loadConfig(inputs.config, inputs.overrides, ACTION_LABELS)
  let done = 0
  let lastBudgetLine = 0
  const plan = expandMatrix(config)
  const report = await runWithControl(plan, {
    // With a budget, a line every 30 s: the log shows the run is alive and what it has checked.
    onBudget: progress => {
      if (Date.now() - lastBudgetLine < 30_000) return
      lastBudgetLine = Date.now()
      core.info(plain(budgetWords(progress), 300))
    },
    // Cells finish in any order: the log of each comes after the run; here only progress.
    onCellDone: () => {
      done += 1
      if (done % 50 === 0) core.info(`${done} cells done`)
    }
  })
  logCells(report.cells)
  const dir = inputs.reproducer === undefined ? besideReport(inputs.json) : inputs.reproducer
  if (dir !== false && dir !== undefined && report.verdict === 'fail') {
    const record = await addReproducer(report, plan, dir)
    if (record !== undefined) core.info(`reproducer written: ${plain(record.command, 300)}`)
  }
  return report
}

function mergeInputReports(inputs: ActionInputs): Report {
  if (inputs.ignoredEngineInputs.length > 0)
    core.warning(
      `reports are merged, so these inputs are ignored: ${inputs.ignoredEngineInputs.join(', ')}`
    )
  // The merged report may be written where a glob looks, and the baseline may lie there too:
  // neither is one of the reports to merge.
  const skip = new Set(
    [inputs.json, inputs.baseline].filter(p => p !== undefined).map(p => resolve(p))
  )
  const paths = expandGlobs(inputs.reports).filter(p => !skip.has(resolve(p)))
  if (paths.length === 0)
    throw new InputError(
      'input reports',
      `no file matches ${inputs.reports.map(p => JSON.stringify(p)).join(', ')}`
    )
  core.info(
    `merging ${paths.length} report${paths.length === 1 ? '' : 's'}: ${paths.map(p => plain(p)).join(', ')}`
  )
  const sources = paths.map(path => ({
    path,
    report: readReportFile(path, 'input reports', judging(inputs))
  }))
  return mergeReports(sources, 'input reports')
}

/** How report files are judged: which custom contracts the workflow accepts from them. */
function judging(inputs: ActionInputs): { trustedContracts: string[] } {
  return { trustedContracts: inputs.trustedContracts }
}

/**
 * The Action's logic: inputs -> report (run the engine, or merge the JSON reports of a workflow
 * matrix) -> the sinks, in order -> step status. `run` is what dist/index.js calls, and what
 * `npm run local-action` calls on this TypeScript source.
 *
 * The order matters. Every input is checked (and a baseline file or the reports to merge are read
 * and validated) before anything runs or is written, so bad input leaves nothing half-written.
 * baseline auto only reads the API, while the engine runs, and never fails the step (what it
 * finds is judged like any report file, what it does not is one line). The report files are
 * written before any API call that writes, so nothing is lost when the API fails. And a
 * comment that cannot be posted is a warning: the step's status is the guard's verdict, set last,
 * so its failure line is the step's last error annotation.
 */
import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { loadConfig } from '../config/load.js'
import { InputError, oneLine } from '../errors.js'
import { echoValue, plain } from '../escape.js'
import { budgetWords } from '../report/evidence.js'
import { mergeReports, readReportFile, type ReportSource } from '../report/read/merge.js'
import { baselineWords } from '../render/words/baseline-source.js'
import type { BaselineSource, Report } from '../report/model.js'
import { expandMatrix } from '../engine/matrix.js'
import { besideReport } from '../engine/repro/folder.js'
import { addReproducer } from '../engine/repro/write.js'
import { runWithControl } from '../engine/control.js'
import { githubActionsApi } from '../sinks/github/api/actions-api.js'
import { readRunContext, type RunContext } from '../sinks/github/context.js'
import { describeApiError } from '../sinks/github/api/errors.js'
import { logCells } from '../sinks/github/log.js'
import { defaultPolicy } from '../sinks/github/api/retry.js'
import { apiTiming } from '../sinks/github/api/timing.js'
import { isRealToken, redact } from '../sinks/github/api/token.js'
import { offloadOr } from '../sinks/offload.js'
import { AUTO_BASELINE_EVENTS, findBaseline, type BaselineLookup } from './find-baseline.js'
import { expandGlobs } from './glob.js'
import { ACTION_LABELS } from '../config/options.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { writeOutputs, type OutputJob } from './outputs.js'

/** The runner systems the action supports: only Linux is tested (README, "Supported runners"). */
const SUPPORTED_PLATFORMS: readonly NodeJS.Platform[] = ['linux']

/**
 * `outputsWorker`: the bundled worker script that writes the outputs (dist/action-outputs.js);
 * without it (the TypeScript source, npm run local-action) they are written on this thread.
 */
export async function run(outputsWorker?: URL): Promise<void> {
  if (!SUPPORTED_PLATFORMS.includes(process.platform)) {
    core.setFailed(
      `callback-thread-guard runs on Linux runners only, not on ${process.platform}: use runs-on: ubuntu-latest.`
    )
    return
  }
  try {
    await act(outputsWorker)
  } catch (error) {
    core.setFailed(
      error instanceof InputError ? oneLine(error) : `could not run: ${oneLine(error)}`
    )
  }
}

async function act(outputsWorker: URL | undefined): Promise<void> {
  // 1. Everything that can be refused, before anything runs or is written.
  const inputs = readInputs(name => core.getInput(name))
  // The runner masks the workflow token by itself, but not a personal or App token passed in.
  if (isRealToken(inputs.token)) core.setSecret(inputs.token)
  const context = readRunContext(process.env, inputs.pullRequest)
  const fileBaseline =
    inputs.baseline.mode === 'file'
      ? readReportFile(inputs.baseline.path, 'input baseline', {
          ...judging(inputs),
          evidence: false
        })
      : undefined
  // The lookup never fails the step, so it runs while the engine does.
  const lookup =
    inputs.baseline.mode === 'auto' && AUTO_BASELINE_EVENTS.includes(context.eventName)
      ? autoBaseline(inputs, context)
      : undefined
  const ran = inputs.reports.length > 0 ? await mergeInputReports(inputs) : await runEngine(inputs)
  const { baseline, source } =
    inputs.baseline.mode === 'file'
      ? {
          baseline: fileBaseline,
          source: { kind: 'file' as const, path: inputs.baseline.path }
        }
      : await readAutoBaseline(inputs, lookup)
  // 2. Every output, in order, in a worker thread when the bundle has one: rendering a merge of
  // thousands of reports takes seconds, and the main thread must stay free to hear a signal.
  const job: OutputJob = {
    report: ran,
    ...(baseline === undefined ? {} : { baseline }),
    ...(source === undefined ? {} : { source }),
    inputs,
    context
  }
  core.info(`writing the outputs of ${ran.cells.length} cells`)
  const failure = await offloadOr(outputsWorker, job, writeOutputs)
  // The step's status, last: its failure line is the step's last error annotation.
  if (failure !== undefined) core.setFailed(failure)
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
      // With a budget, cells run again until it is spent: there is no total to count to.
      if (done % 50 === 0)
        core.info(
          plan.budget === undefined
            ? `${done} of ${plan.cells.length} cells done`
            : `${done} cells done (a budget runs cells again until it is spent)`
        )
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

/** The lookup of baseline auto (on the events it looks on), with its time in the log. */
async function autoBaseline(inputs: ActionInputs, context: RunContext): Promise<BaselineLookup> {
  if (!isRealToken(inputs.token))
    return { found: false, source: { kind: 'missing', reason: 'github-token is empty' } }
  const started = Date.now()
  const timing = apiTiming()
  const say = (line: string) => core.info(plain(redact(line, inputs.token), 300))
  const result = await findBaseline(
    await githubActionsApi(
      { token: inputs.token, owner: context.owner ?? '', repo: context.repo ?? '' },
      { requestTimeoutMs: timing.requestTimeoutMs, deadline: started + timing.budgetMs / 2 }
    ),
    context,
    {
      artifact: inputs.baselineArtifact,
      dir: process.env.RUNNER_TEMP ?? tmpdir(),
      policy: {
        ...defaultPolicy(timing.budgetMs / 2),
        baseDelayMs: timing.baseDelayMs,
        onRetry: (what, error, waitMs, attempt) =>
          say(
            `baseline: could not ${what} (attempt ${attempt}: ${describeApiError(error)}); trying again in ${(waitMs / 1000).toFixed(1)} s`
          )
      },
      say
    }
  ).catch((error: unknown): BaselineLookup => ({
    found: false,
    source: { kind: 'missing', reason: `the lookup failed: ${oneLine(error)}` }
  }))
  say(`baseline: lookup took ${((Date.now() - started) / 1000).toFixed(2)} s`)
  return result
}

/** The report that baseline auto found, judged like any report file; or why there is none. */
async function readAutoBaseline(
  inputs: ActionInputs,
  lookup: Promise<BaselineLookup> | undefined
): Promise<{ baseline?: Report; source?: BaselineSource }> {
  if (lookup === undefined) return {}
  const result = await lookup
  let { source } = result
  let baseline: Report | undefined
  if (result.found)
    try {
      baseline = readReportFile(result.path, 'baseline', { ...judging(inputs), evidence: false })
    } catch (error) {
      // "baseline: <path>: <why>": the path is ours, the why is the reader's one line.
      const why =
        error instanceof InputError
          ? error.problem.slice(echoValue(result.path, 200).length + 2)
          : oneLine(error)
      source = {
        kind: 'missing',
        reason: `refused: the artifact of run ${source.runId ?? '?'} is ${why}`
      }
    }
  core.info(plain(baselineWords(source), 400))
  return { ...(baseline === undefined ? {} : { baseline }), source }
}

async function mergeInputReports(inputs: ActionInputs): Promise<Report> {
  if (inputs.ignoredEngineInputs.length > 0)
    core.warning(
      `reports are merged, so these inputs are ignored: ${inputs.ignoredEngineInputs.join(', ')}`
    )
  // The merged report may be written where a glob looks, and the baseline may lie there too:
  // neither is one of the reports to merge.
  const skip = new Set(
    [inputs.json, inputs.baseline.mode === 'file' ? inputs.baseline.path : undefined]
      .filter(p => p !== undefined)
      .map(p => resolve(p))
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
  const sources: ReportSource[] = []
  for (const path of paths) {
    sources.push({ path, report: readReportFile(path, 'input reports', judging(inputs)) })
    // Thousands of files take a while: a signal is heard between two of them.
    await new Promise(resolve => setImmediate(resolve))
  }
  return mergeReports(sources, 'input reports')
}

/** How report files are judged: which custom contracts the workflow accepts from them. */
function judging(inputs: ActionInputs): { trustedContracts: string[] } {
  return { trustedContracts: inputs.trustedContracts }
}

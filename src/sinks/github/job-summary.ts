/**
 * The job summary: the Markdown report, cut to the summary's size limit. A summary that cannot be
 * written is a warning, never the step's failure.
 */
import * as core from '@actions/core'
import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { oneLine } from '../../errors.js'
import { renderReport } from '../../render/markdown/report.js'
import type { ReportSink } from '../sink.js'
import { stepRenderOptions, type StepReport } from './render-options.js'

/** The job summary of one step may hold 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1_000_000

export function jobSummarySink(step: StepReport): ReportSink {
  return {
    name: 'job summary',
    write: async run => {
      await writeSummary(
        renderReport(run.report, {
          ...stepRenderOptions(run, step),
          limit: {
            max: SUMMARY_LIMIT_BYTES,
            measure: text => Buffer.byteLength(text, 'utf8'),
            label: "the job summary's 1 MiB limit"
          }
        })
      )
    }
  }
}

async function writeSummary(markdown: string): Promise<void> {
  if ((process.env.GITHUB_STEP_SUMMARY ?? '') === '') {
    core.info('no GITHUB_STEP_SUMMARY: the job summary is skipped')
    return
  }
  try {
    // The runner creates the file; a local run (npm run local-action) may not have.
    const path = process.env.GITHUB_STEP_SUMMARY as string
    mkdirSync(dirname(path), { recursive: true })
    appendFileSync(path, '')
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`could not write the job summary: ${oneLine(error)}`)
  }
}

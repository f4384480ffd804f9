/** The render options the job summary, the comment and the check run start from. */
import { code } from '../../escape.js'
import type { RenderOptions } from '../../render/markdown/report.js'
import type { GradedRun } from '../sink.js'

/** What the step's Markdown renderings name: the report's title and the JSON report's path. */
export interface StepReport {
  title: string
  json: string
}

export function stepRenderOptions(run: GradedRun, step: StepReport): RenderOptions {
  return {
    title: step.title,
    ...(run.diff === undefined ? {} : { diff: run.diff }),
    ...(run.prepared === undefined ? {} : { prepared: run.prepared }),
    fullReport: `the JSON report ${code(step.json, 200)} written by this step (upload it as an artifact)`
  }
}

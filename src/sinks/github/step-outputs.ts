/** The step's outputs: the verdict and its figures, and the JSON report's path (action.yml lists them). */
import * as core from '@actions/core'
import { callbacksChecked, worstUpperBound } from '../../report/evidence.js'
import { newViolationsOf, type ReportSink } from '../sink.js'

/** Every output but comment-url and comment-id, which the sticky comment sets. */
export function stepOutputsSink(json: string): ReportSink {
  return {
    name: 'step outputs',
    write: run => {
      const { report, diff } = run
      const s = report.summary
      const worst = worstUpperBound(report)
      const outputs: Record<string, number | string> = {
        verdict: report.verdict,
        violations: s.violations,
        'new-violations': newViolationsOf(run),
        fixed: diff?.fixedCells ?? 0,
        changed: diff?.changedCells ?? 0,
        passed: s.passed,
        failed: s.failed,
        errors: s.errors,
        skipped: s.skipped,
        interesting: s.interesting,
        'callbacks-checked': callbacksChecked(report),
        'worst-upper-bound': worst === undefined ? '' : worst,
        report: json,
        reproducer: report.reproducer?.path ?? ''
      }
      for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value))
    }
  }
}

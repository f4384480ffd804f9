/**
 * The step's status: whether the step fails, by the fail-on input, and the warnings it gives when
 * it passes over a failing report. Pure: the Action sends the warnings with the annotations and
 * calls setFailed last, so the failure line is the step's last error annotation.
 */
import { controlMissed } from '../../render/words/control.js'
import { headline } from '../../report/summarize.js'
import { newViolationsOf, type GradedRun } from '../sink.js'

export const FAIL_ON = ['violation', 'new-violation', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export interface StepStatus {
  /** Why the step fails; undefined when it passes. */
  failure: string | undefined
  /** What a passing step says about a failing report (new-violation). */
  warnings: string[]
}

export function judgeStep(run: GradedRun, failOn: FailOn): StepStatus {
  const { report, diff } = run
  const summary = `callback-thread-guard: ${headline(report)}`
  // A run-level warning (a free-threaded runtime whose GIL came back on) is an annotation too.
  const runWarnings = (report.warnings ?? [])
    .filter(w => w.level === 'warning')
    .map(w => `${summary}: ${w.target}: ${w.message}`)
  const pass = (...warnings: string[]): StepStatus => ({
    failure: undefined,
    warnings: [...warnings, ...runWarnings]
  })
  const fail = (failure: string): StepStatus => ({ failure, warnings: [] })
  switch (failOn) {
    case 'never':
      return pass()
    case 'violation':
      if (report.verdict === 'fail') return fail(`${summary}: the contract was violated`)
      if (report.verdict === 'error') return fail(`${summary}: ${errorWords(report)}`)
      return pass()
    case 'new-violation': {
      const newViolations = newViolationsOf(run)
      if (newViolations > 0)
        return fail(
          diff === undefined
            ? `${summary}: violations, and no baseline to tell old from new`
            : `${summary}: ${newViolations} new violation${newViolations === 1 ? '' : 's'} against the baseline`
        )
      const warnings: string[] = []
      if (report.verdict === 'fail')
        warnings.push(`${summary}: every violation is already in the baseline`)
      if (report.verdict === 'error') warnings.push(`${summary}: ${errorWords(report)}`)
      return pass(...warnings)
    }
  }
}

/** Why a report is an error: cells that could not run, or a positive control caught in no run. */
function errorWords(report: GradedRun['report']): string {
  if (report.summary.errors === 0 && controlMissed(report.control))
    return 'the positive control was caught in no run, so the bound is not worth its number'
  const gil = report.warnings?.find(w => w.kind === 'gil-enabled')
  if (report.summary.errors === 0 && gil !== undefined) return `${gil.target}: ${gil.message}`
  return 'some cells could not run'
}

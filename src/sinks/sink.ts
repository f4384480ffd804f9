/**
 * The seam between a graded report and its outputs (jcstress's TestResultCollector and
 * MuxCollector): every output is a ReportSink that takes the graded run and writes one thing, and
 * fanOut hands the run to each sink in the order given. The order is the front door's to choose:
 * an output that must never be lost (the report files) comes before one that may fail (the API).
 */
import type { BaselineDiff } from '../report/compare.js'
import type { PreparedReport } from '../render/markdown/report.js'
import type { Report } from '../report/model.js'

/** What every sink receives: the graded report, and its comparison with a baseline when there is one. */
export interface GradedRun {
  report: Report
  diff: BaselineDiff | undefined
  /** The report's Markdown sections, built once for every Markdown rendering (prepareReport). */
  prepared?: PreparedReport
}

export interface ReportSink {
  /** What it writes, for a reader of a front door's list of sinks. */
  readonly name: string
  write(run: GradedRun): void | Promise<void>
}

/**
 * Each sink in turn, each finished before the next starts. A sink that must not stop the others
 * catches its own failures (a comment that cannot be posted is a warning); one that throws stops
 * the rest, as a report file that cannot be written must.
 */
export async function fanOut(run: GradedRun, sinks: readonly ReportSink[]): Promise<void> {
  for (const sink of sinks) {
    await sink.write(run)
    // A large report takes seconds to render for every sink: a signal is heard between two.
    await new Promise(resolve => setImmediate(resolve))
  }
}

/** Violations the baseline does not have; every violation when there is no baseline. */
export function newViolationsOf(run: GradedRun): number {
  return run.diff?.newViolations ?? run.report.summary.violations
}

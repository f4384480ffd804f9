/**
 * The one judgement on the GIL record (the probe only reports it, ctg_probe/gil.py; a run-level judgement on the report's runtimes, not a contract's rule): a
 * free-threaded build whose GIL was enabled after the executor's module was imported, or by the
 * end of the run, did not test a free-threaded runtime. Each such target is a run-level warning
 * (an error with `requireFreeThreading`), worded here once for every sink.
 */
import type { Report, RunWarning, TargetReport, Verdict } from './model.js'

/** The warnings of the run's targets, in target order; none for runtimes without a GIL record. */
export function gilWarnings(targets: readonly TargetReport[], required: boolean): RunWarning[] {
  const warnings: RunWarning[] = []
  for (const t of targets) {
    const gil = t.runtime?.gil
    if (gil === undefined || gil.build !== 'free-threaded') continue
    if (gil.afterImport !== true && gil.atEnd !== true) continue
    const module = t.runtime?.executor.split(':')[0] ?? ''
    const why =
      gil.beforeImport === true
        ? `the GIL was already enabled before ${module} was imported (PYTHON_GIL=1 or -X gil=1?)`
        : gil.afterImport === true
          ? `importing ${module} enabled the GIL`
          : `the GIL was enabled during the run (after importing ${module})`
    warnings.push({
      kind: 'gil-enabled',
      level: required ? 'error' : 'warning',
      target: t.name,
      message: `this run did not test a free-threaded runtime: ${why}`
    })
  }
  return warnings
}

/** Whether the run's verdict turns from pass to error: a warning `requireFreeThreading` made one. */
export function failsFreeThreading(warnings: readonly RunWarning[]): boolean {
  return warnings.some(w => w.level === 'error')
}

/**
 * A report read from files (judged or merged): its warnings derived again from its targets' GIL
 * records, never taken from the file; required when a file's warning was an error.
 */
export function rederiveGil(
  targets: readonly TargetReport[],
  read: readonly RunWarning[],
  verdict: Verdict
): Pick<Report, 'verdict' | 'warnings'> {
  const warnings = gilWarnings(
    targets,
    read.some(w => w.level === 'error')
  )
  return {
    verdict: verdict === 'pass' && failsFreeThreading(warnings) ? 'error' : verdict,
    ...(warnings.length === 0 ? {} : { warnings })
  }
}

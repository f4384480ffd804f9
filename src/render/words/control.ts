/**
 * The words every sink uses for a positive control (src/engine/control.ts). Plain words: each sink
 * escapes them for itself (the target's name came from a config).
 */
import type { ControlRecord } from '../../model/control.js'
import { plural } from '../markdown/section.js'

/** "a misroute of 1 in 10,000 on this executor was caught in 8 of 8 control runs (...)". */
export function controlWords(r: ControlRecord): string {
  if (r.status === 'not-run') return `no control: ${r.reason ?? 'it could not run'}`
  const rate = `a misroute of 1 in ${r.oneIn.toLocaleString('en-US')} on this executor`
  const seen = `was caught in ${r.caught} of ${plural(r.runs, 'control run')} (${plural(r.callbacks, 'callback')} graded${r.perturbedCallbacks ? `, ${r.perturbedCallbacks.toLocaleString('en-US')} of them on perturbed lanes` : ''}${r.errors > 0 ? `; ${r.errors} could not run` : ''})`
  if (r.status === 'caught') return `${rate} ${seen}`
  if (r.status === 'partly')
    return (
      `CONTROL CAUGHT ONLY SOMETIMES: ${rate} ${seen}. A fault at that rate is seen in only some` +
      ' runs of this size, so the bound claims more than the run shows: give it more callbacks' +
      ' (--budget, more tasks)'
    )
  return (
    `CONTROL NOT CAUGHT: ${rate} ${seen}. This run cannot see a fault at that rate, so its bound is` +
    ' not worth its number: give it more callbacks (--budget, more tasks) or a larger N'
  )
}

/** Whether any control of the report was missed: every sink says so loudly. */
export function controlMissed(controls: readonly ControlRecord[] | undefined): boolean {
  return (controls ?? []).some(r => r.status === 'missed')
}

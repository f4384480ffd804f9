/**
 * The words every sink uses for a budget's perturbed lanes (src/engine/budget.ts, the record's
 * `perturbation`): how the schedule was shaken, on which repetitions, and how many callbacks were
 * checked perturbed and plain. Plain words: each sink escapes them for itself.
 */
import type { Perturbation } from '../../model/cell.js'
import type { PerturbationRecord } from '../../model/budget.js'

/** Each setting that is on, in words: "one core", "switch interval 5 us". */
function settingsWords(how: Perturbation): string {
  const on: string[] = []
  if (how.oneCore > 0) on.push('one core')
  if (how.switchIntervalUs > 0) on.push(`switch interval ${how.switchIntervalUs} us`)
  if (how.spinBeforeUs > 0) on.push(`spins up to ${how.spinBeforeUs} us before registering`)
  if (how.spinAfterUs > 0) on.push(`spins up to ${how.spinAfterUs} us after registering`)
  if (how.spinTaskEndUs > 0) on.push(`spins up to ${how.spinTaskEndUs} us at each task's end`)
  if (how.extraThreads > 0) on.push(`${how.extraThreads} extra busy threads`)
  if (how.gatePollUs > 0) on.push(`held tasks poll their gate ${how.gatePollUs} us`)
  if (how.aimAtCompletion > 0) on.push("registration aimed at each task's end")
  return on.length === 0 ? 'no setting on' : on.join(', ')
}

/**
 * "perturbed lanes (one core) on every second repetition: python3 ThreadPoolExecutor 120,000
 * callbacks perturbed, 118,000 plain"; or "perturbed lanes: none, turned off (...)".
 */
export function perturbationWords(record: PerturbationRecord): string {
  if (record.how === undefined) return `perturbed lanes: none, ${record.off ?? 'none ran'}`
  const where = record.everySecondRepetition
    ? 'every second repetition'
    : `lane${record.lanes.length === 1 ? '' : 's'} ${record.lanes.join(', ')}`
  const counts = record.callbacks
    .map(
      c =>
        `${c.target} ${c.perturbed.toLocaleString('en-US')} callbacks perturbed, ${c.plain.toLocaleString('en-US')} plain`
    )
    .join('; ')
  return `perturbed lanes (${settingsWords(record.how)}) on ${where}: ${counts}`
}

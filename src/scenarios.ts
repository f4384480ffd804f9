/** The experiments a probe knows how to run (see docs/protocol.md, "Scenarios"). */
export const SCENARIOS = [
  'running',
  'timed',
  'done',
  'cancel',
  'shutdown',
  'order',
  'raising'
] as const
export type Scenario = (typeof SCENARIOS)[number]

/** Scenarios whose futures carry several callbacks. */
export const MULTI_CALLBACK_SCENARIOS: readonly Scenario[] = ['order', 'raising']

/**
 * How much of a time budget a scenario's cells get, relative to the others (`--budget`). The
 * rules of `running` and `timed` (which thread runs a callback added while the task runs, and
 * the worker-or-inline boundary, a race) are where a rare fault hides: they get the most trials.
 */
export const BUDGET_WEIGHT: Record<Scenario, number> = {
  running: 4,
  timed: 4,
  done: 1,
  cancel: 1,
  shutdown: 1,
  order: 2,
  raising: 1
}

/**
 * Whether a budget's repetitions of a scenario may run zero-length tasks whatever the cell's
 * `taskMs` (`--budget`): more callbacks a second, the same rules observed. Only `timed` is about
 * timing (its task length sets where the pending/done race falls), so only there the cell's
 * `taskMs` stays; every other scenario holds its tasks, waits for them, or cancels them queued.
 */
export const BUDGET_ZERO_LENGTH_TASKS: Record<Scenario, boolean> = {
  running: true,
  timed: false,
  done: true,
  cancel: true,
  shutdown: true,
  order: true,
  raising: true
}

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

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

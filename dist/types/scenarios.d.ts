/** The experiments a probe knows how to run (see docs/protocol.md, "Scenarios"). */
export declare const SCENARIOS: readonly ["running", "timed", "done", "cancel", "shutdown", "order", "raising"];
export type Scenario = (typeof SCENARIOS)[number];
/** Scenarios whose futures carry several callbacks. */
export declare const MULTI_CALLBACK_SCENARIOS: readonly Scenario[];
/**
 * How much of a time budget a scenario's cells get, relative to the others (`--budget`). The
 * rules of `running` and `timed` (which thread runs a callback added while the task runs, and
 * the worker-or-inline boundary, a race) are where a rare fault hides: they get the most trials.
 */
export declare const BUDGET_WEIGHT: Record<Scenario, number>;

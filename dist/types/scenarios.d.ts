/** The experiments a probe knows how to run (see docs/protocol.md, "Scenarios"). */
export declare const SCENARIOS: readonly ["running", "timed", "done", "cancel", "shutdown", "order", "raising"];
export type Scenario = (typeof SCENARIOS)[number];
/** Scenarios whose futures carry several callbacks. */
export declare const MULTI_CALLBACK_SCENARIOS: readonly Scenario[];
export declare const POOLS: readonly ["worker-farm", "piscina", "workerpool"];
export type PoolName = (typeof POOLS)[number];

import type { Experiment } from './schema.js';
/**
 * The default run: the tutorial's three experiments (with 100 ms tasks instead of its 1 s),
 * then the documented extras, then callback APIs' failed calls (worker-farm's rules: killed,
 * failing, timeout, overload, ending; each in-progress call killed, so none is queued behind a
 * killed one: see docs/node-pools.md), then the same rules under load with zero-length tasks.
 */
export declare const DEFAULT_EXPERIMENTS: Experiment[];
/**
 * The default run of an asyncio target (issue 22; docs/executors.md, "asyncio"): each asyncio
 * scenario once, and the bridges again under load.
 */
export declare const DEFAULT_ASYNCIO_EXPERIMENTS: Experiment[];
export declare const DEFAULT_PYTHON = "python3";
export declare const DEFAULT_EXECUTOR = "concurrent.futures:ThreadPoolExecutor";
/** A control's planted misroute when none is named: one callback in 10,000 (README, "Positive control"). */
export declare const CONTROL_ONE_IN = 10000;

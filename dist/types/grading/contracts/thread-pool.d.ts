import type { ContractInput } from '../contract.js';
/** Not done yet: `not-done` is a future without running(), which cannot say which of the two. */
export declare const NOT_DONE: string[];
/** concurrent.futures.ThreadPoolExecutor, as the tutorial measured it plus the documented extras. */
export declare const threadPool: ContractInput;

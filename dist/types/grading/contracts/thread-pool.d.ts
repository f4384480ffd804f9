import type { ContractInput } from '../contract.js';
/** concurrent.futures.ThreadPoolExecutor, as the tutorial measured it plus the documented extras. */
export declare const threadPool: ContractInput;

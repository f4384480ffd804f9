import type { ContractInput } from '../contract.js';
/**
 * multiprocessing.Pool and ThreadPool through apply_async(callback=, error_callback=): the pool's
 * result-handler thread applies the callbacks, once, when the result is ready; never the caller,
 * never inside apply_async, never the worker. A call whose worker process dies is never answered
 * in CPython (measured on 3.8 to 3.13: bench/truth/mp_pool_truth.py): a finding, not a failure.
 */
export declare const multiprocessingPool: ContractInput;

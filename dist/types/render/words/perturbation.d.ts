import type { PerturbationRecord } from '../../model/budget.js';
/**
 * "perturbed lanes (one core) on every second repetition: python3 ThreadPoolExecutor 120,000
 * callbacks perturbed, 118,000 plain"; or "perturbed lanes: none, turned off (...)".
 */
export declare function perturbationWords(record: PerturbationRecord): string;

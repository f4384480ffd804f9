/**
 * Plain-language notes on what a cell's outcomes mean when a callback did not run where, or
 * when, a thread pool would run it: said once per cell, beside the verdict, never instead of it.
 * Notes read facts only; grading stays in grade.ts.
 */
import type { Outcome } from '../probes/protocol.js';
export declare function noteOutcomes(outcomes: Outcome[]): string[];

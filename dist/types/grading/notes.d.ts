import type { Outcome } from '../probes/protocol.js';
export declare function noteOutcomes(outcomes: Outcome[]): string[];

/**
 * Expands a configuration into cells: target x scenario x workers x tasks x callback delay x
 * task duration. Repetitions of a cell are merged into one histogram (as jcstress merges its
 * iterations), so `repeat` is a property of the cell, not a dimension of the table.
 */
import type { CellMessage } from '../cell.js';
import type { Budget } from '../budget.js';
import { type Config, type FieldLabels, type TargetInput } from '../config/schema.js';
export type Target = {
    kind: 'python';
    name: string;
    contract: string;
    python: string;
    executor: string;
    pythonPath: string[];
    /** Set when the user named the contract; otherwise the run picks it by what tasks do. */
    contractGiven?: true;
} | {
    kind: 'pool';
    name: string;
    contract: string;
    pool?: PoolName;
    adapter?: string;
} | {
    kind: 'command';
    name: string;
    contract: string;
    command: string;
};
/** A built-in Node pool's name, as the configuration checked it. */
type PoolName = NonNullable<TargetInput['pool']>;
export interface Cell extends CellMessage {
    target: string;
    name?: string;
}
export interface Plan {
    targets: Target[];
    cells: Cell[];
    /** The flags or inputs that set target fields, for messages (see fieldName in run.ts). */
    labels: FieldLabels;
    /** Run the cells again until this is spent (`--budget`). */
    budget?: Budget;
}
export declare function expandMatrix(config: Config): Plan;
export {};

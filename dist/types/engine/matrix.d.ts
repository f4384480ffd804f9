/**
 * Expands a configuration into cells: target x scenario x workers x tasks x callback delay x
 * task duration. Repetitions of a cell are merged into one histogram (as jcstress merges its
 * iterations), so `repeat` is a property of the cell, not a dimension of the table.
 */
import type { Cell } from '../model/cell.js';
import type { Budget } from '../model/budget.js';
import { type Config, type FieldLabels } from '../config/schema.js';
import type { Target } from '../model/target.js';
export type { Cell };
export interface Plan {
    targets: Target[];
    cells: Cell[];
    /** The flags or inputs that set target fields, for messages (see fieldName in run.ts). */
    labels: FieldLabels;
    /** Run the cells again until this is spent (`--budget`). */
    budget?: Budget;
    /** A positive control: the planted misroute's rate, one callback in `oneIn` (src/engine/control.ts). */
    control?: {
        oneIn: number;
    };
    /** A free-threaded target whose GIL came back on makes a pass an error (report/gil.ts). */
    requireFreeThreading?: boolean;
}
export declare function expandMatrix(config: Config): Plan;

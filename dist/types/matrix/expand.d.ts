import { type Config, type FieldLabels } from '../config/schema.js';
import type { CellMessage } from '../probes/protocol.js';
import { type PoolName } from '../scenarios.js';
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
export interface Cell extends CellMessage {
    target: string;
    name?: string;
}
export interface Plan {
    targets: Target[];
    cells: Cell[];
    /** The flags or inputs that set target fields, for messages (see fieldName in run.ts). */
    labels: FieldLabels;
}
export declare function expandMatrix(config: Config): Plan;

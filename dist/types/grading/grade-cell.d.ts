/**
 * A probe's reply to one cell, graded into the cell's report: its outcomes graded by the contract
 * (grade.ts, the one place that grades), its violations and its verdict. A skip or an error keeps
 * the probe's reason; a result without outcomes is an error, never a pass.
 */
import type { Cell } from '../matrix/expand.js';
import type { CellReply } from '../probes/protocol.js';
import type { CellReport } from '../report/model.js';
import type { Contract } from './contract.js';
export declare function gradeCell(cell: Cell, reply: CellReply, contract: Contract, durationMs: number): CellReport;

/**
 * The test kit's programmatic API: run a matrix from a plain object, and grade a report against
 * any contract (a report graded by one contract can be checked against another).
 */
import { type RawConfig } from '../config/schema.js';
import { type Contract, type ContractInput } from '../grading/contract.js';
import type { Report } from '../report/model.js';
import { type RunEvents } from '../engine/run.js';
/** What runMatrix takes: the same fields as a configuration file (README, "Configuration"). */
export type MatrixInput = RawConfig;
/**
 * Runs a matrix given as an object, for example
 * `runMatrix({ targets: [{ adapter: './my-pool-adapter.mjs' }], matrix: { workers: [2, 4] } })`.
 * Bad input throws an InputError naming the field; everything else ends up in the report.
 */
export declare function runMatrix(input?: MatrixInput, events?: RunEvents): Promise<Report>;
/** A built-in contract's name, a contract file, or a contract object. */
export type ContractLike = string | ContractInput;
export declare function resolveContract(contract: ContractLike): Contract;
/**
 * Grades every cell against `contract`, whatever contract the run used, exactly as the Action and
 * the CLI judge a report file (report/read/merge.ts's parseReport: validated, then judged): the same
 * verdict on the same report everywhere. A report that is not one (an outcome counted 0 times, a
 * field of the wrong shape) throws an InputError naming the field.
 */
export declare function gradeReport(report: Report, contract: ContractLike): Report;

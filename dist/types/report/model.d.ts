/**
 * The one report object every sink renders: terminal, JSON, Markdown, JUnit, job summary,
 * pull-request comment. Its JSON form is a public interface (README.md, "JSON report").
 */
import type { BudgetRecord } from '../budget.js';
import type { Contract } from '../grading/contract.js';
import type { Evidence } from '../grading/evidence.js';
import type { GradedOutcome, Violation } from '../grading/grade.js';
import type { CellParams } from '../cell.js';
import type { Runtime } from '../probes/protocol.js';
export type Verdict = 'pass' | 'fail' | 'error';
export type CellVerdict = Verdict | 'skip';
export interface CellReport extends CellParams {
    id: string;
    target: string;
    name?: string;
    verdict: CellVerdict;
    /** Why a cell is an error or was skipped. */
    reason?: string;
    /** The last lines the probe wrote on stderr, for an error. */
    stderrTail?: string[];
    /** What the outcomes mean, in plain words, when callbacks ran late on the caller or never. */
    notes?: string[];
    durationMs: number;
    stats: Record<string, number>;
    outcomes: GradedOutcome[];
    violations: Violation[];
    /** A cell read from a report file whose claim its outcomes contradict: what it said, and why not. */
    dispute?: string;
    /** A cell read from a report file, graded by the custom contract that file carried and the workflow did not name. */
    gradedByReportContract?: string;
}
export interface TargetReport {
    name: string;
    kind: 'python' | 'pool' | 'command';
    contract: string;
    /** Why this contract, when the run picked it (no contract was given). */
    contractReason?: string;
    /** What the probe said it runs on; absent when it never started. */
    runtime?: Runtime;
    error?: string;
}
export interface Summary {
    cells: number;
    passed: number;
    failed: number;
    errors: number;
    skipped: number;
    /** (cell, rule) pairs that were broken. */
    violations: number;
    /** Callbacks graded interesting (allowed, worth a look). */
    interesting: number;
}
export interface Report {
    schemaVersion: 1;
    tool: {
        name: 'callback-thread-guard';
        version: string;
    };
    verdict: Verdict;
    startedAt: string;
    durationMs: number;
    summary: Summary;
    targets: TargetReport[];
    contracts: Record<string, Contract>;
    cells: CellReport[];
    /** Per target and rule: callbacks checked, broken, and the 95% upper bound on the rate. */
    evidence?: Evidence[];
    /** With `--budget`: how the time was spent, by the run's own clock. */
    budget?: BudgetRecord;
}

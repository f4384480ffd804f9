/**
 * Small views of the report shared by the renderers, so they all say the same thing.
 */
import type { Violation } from '../grading/grade.js';
import type { Sample } from '../probes/protocol.js';
import type { CellReport, CellVerdict, Report, Summary, Verdict } from './model.js';
export declare const PLACE_LABELS: Record<string, string>;
export interface Place {
    label: string;
    count: number;
}
/** Where the callbacks of a cell ran, largest first: "task thread 15", "caller, inline 1". */
export declare function wherePlaces(cell: CellReport): Place[];
export declare function whereText(cell: CellReport): string;
export declare function cellParams(cell: CellReport): string;
export declare function interestingCount(cell: CellReport): number;
export declare function summarize(cells: CellReport[]): Summary;
/**
 * A violation anywhere fails the run; otherwise anything that could not run makes it an error,
 * and so does a run in which no cell ran at all (every cell skipped): it checked nothing, and a
 * guard that checks nothing must not pass.
 */
export declare function overallVerdict(summary: Summary): Verdict;
export declare const VERDICT_LABELS: Record<CellVerdict, string>;
export declare function headline(report: Report): string;
/** "ranOn: other-thread (expected task-thread)" for the facts a violation got wrong. */
export declare function describeViolation(v: Violation): string;
export declare function sampleText(s: Sample): string;
export declare function cellTitle(cell: CellReport): string;
/**
 * "2,082 on worker threads, 16 cancelled before they ran, as the experiment intends" over a
 * target's cells; undefined when its probe does not say.
 */
export declare function whereTasksRan(report: Report, target: string): string | undefined;
/**
 * What judging report files found, as plain sentences for the renderers to escape: each cell whose
 * claim its outcomes contradict (the first few, then a count), and each custom contract a file
 * carried that graded cells without the workflow naming it.
 */
export declare function judgedNotes(report: Report): string[];

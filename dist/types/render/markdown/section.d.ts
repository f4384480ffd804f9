import { type BaselineDiff, type CellChange } from '../../report/compare.js';
import type { CellReport, Report } from '../../report/model.js';
export interface Section {
    /** Everything before the first item (a heading, a table header, a <details> opening). */
    head: string;
    items: string[];
    /** Everything after the last item (a closing </details>). */
    tail: string;
    /** What the cut section says instead of the items it left out; plain words, no markup. */
    more: (left: number) => string;
    /** How the left-out items are named in the closing note of a cut report. */
    noun: string;
}
export interface ReportView {
    report: Report;
    diff?: BaselineDiff;
    /** Short label of every target (current and dropped ones); the full name when there is one. */
    labels: Map<string, string>;
    multiTarget: boolean;
    /** Each cell's change against the baseline, by its position in report.cells. */
    changes: readonly (CellChange | undefined)[];
    /** Each cell's cellRank, by position: computed once, read by every table. */
    ranks: Uint8Array;
}
/** The view's per-cell figures, by position: one pass over the cells. */
export declare function cellFigures(report: Report, diff: BaselineDiff | undefined): Pick<ReportView, 'changes' | 'ranks'>;
export declare function renderSection(s: Section, take?: number): string;
export declare function plural(n: number, word: string, many?: string): string;
/**
 * The order in which cells need a reader's eyes: new violations, failures, errors, other changes
 * against the baseline, interesting passes, passes, skips.
 */
export declare function cellRank(c: CellReport, change: CellChange | undefined): number;
/** `items` ordered by rank, stable: linear, each rank computed once. */
export declare function orderByRank<T>(items: T[], rank: (item: T) => number): T[];
/**
 * Positions 0..n-1 ordered by their rank, stable. Ranks are small whole numbers, so a counting
 * sort: linear, no comparator called n log n times; any other rank falls back to a sort.
 */
export declare function positionsByRank(ranks: ArrayLike<number>): number[];
/** "c1, c2, c3 and 8 more". */
export declare function idList(cells: {
    id: string;
}[], max?: number): string;

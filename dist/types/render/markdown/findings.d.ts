import type { CellReport } from '../../report/model.js';
import { type ReportView, type Section } from './section.js';
/** A target's label, never empty: it goes between ** markers, and "****" is no bold. */
export declare function targetLabel(view: ReportView, target: string): string;
/** One entry per broken rule: its sentence and source once, then who broke it, with an example. */
export declare function whatBrokeSection(view: ReportView): Section | undefined;
/** Cells grouped by a reason: errors (with the stderr tail of the first), or skips. */
export declare function byReason(cells: CellReport[]): Map<string, CellReport[]>;
export declare function couldNotRunSection(view: ReportView): Section | undefined;
export declare function skippedSection(view: ReportView): Section | undefined;
/** Interesting outcomes grouped by the entry that allowed them and by target. */
export declare function interestingSection(view: ReportView): Section | undefined;
/** A list, not a table: executor names and paths are long words that would widen a table. */
export declare function runtimeSection(view: ReportView): Section;

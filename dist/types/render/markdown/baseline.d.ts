import { type BaselineDiff } from '../../report/compare.js';
import { type ReportView, type Section } from './section.js';
/**
 * The line under the title: the changed cells, then what they are, each cell counted once so the
 * parts add up ("2 cells changed: 🆕 1 new violation, 1 fixed"); cells no longer run; noise.
 */
export declare function baselineLine(diff: BaselineDiff): string;
/** Changes per target, verdicts first; dropped targets in one line each; noise collapsed. */
export declare function baselineSection(view: ReportView): Section | undefined;

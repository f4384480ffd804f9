import { type BaselineDiff } from '../../report/compare.js';
import { type ReportView, type Section } from './section.js';
export declare function baselineLine(diff: BaselineDiff): string;
/** Changes per target, verdicts first; dropped targets in one line each; noise collapsed. */
export declare function baselineSection(view: ReportView): Section | undefined;

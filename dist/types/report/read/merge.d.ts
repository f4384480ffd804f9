import { type JudgeOptions } from './judge.js';
import type { Report } from '../model.js';
/** Far above any real report (10,000 cells), low enough to refuse a file meant to exhaust memory. */
export declare const MAX_REPORT_BYTES: number;
/** Parses, validates and judges one report; the error says where in the file it went wrong. */
export declare function parseReport(text: string, options?: JudgeOptions): Report;
/** Reads a report file for an input; any problem is an InputError naming the input and the file. */
export declare function readReportFile(path: string, field: string, options?: JudgeOptions): Report;
export interface ReportSource {
    path: string;
    report: Report;
}
/**
 * One report from several. With more than one source, target names are prefixed with a label
 * taken from the file's path (the part that differs between the files, such as the artifact
 * folder "py3.12-ubuntu-latest"). Cells are numbered again, from one file as from many, so every
 * id is ours and every row says where it ran.
 */
export declare function mergeReports(sources: ReportSource[], field?: string): Report;
/**
 * What tells the files apart: the path below their common folder, without ".json", and without
 * the file name when every file has the same one (download-artifact puts each artifact in a
 * folder named after it, each holding the same report file name).
 */
export declare function sourceLabels(paths: string[]): string[];

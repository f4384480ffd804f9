import type { Report } from '../report/model.js';
/**
 * Rows the table shows whatever they hold. A larger report lists the cells that need a look
 * (failed, could not run, interesting, disputed, graded by a file's own contract) and counts the
 * rest, as jcstress's console prints only the tests that failed, erred or were interesting: the
 * JSON report lists every cell. (The terminal names the baseline; the changes are the Markdown's.)
 */
export declare const TERMINAL_ROWS = 1000;
export interface TerminalRenderOptions {
    /**
     * The terminal's width (`process.stdout.columns`): the grid is fitted to it, and longer lines
     * are wrapped at spaces. Unknown (a pipe, a log): the grid fits 80 columns, lines are not wrapped.
     */
    columns?: number;
    /** With several targets, `grid` (experiments x targets, the default) or one row per `cells`. */
    table?: TerminalTable;
}
export declare const TERMINAL_TABLES: readonly ["grid", "cells"];
export type TerminalTable = (typeof TERMINAL_TABLES)[number];
export declare function renderTerminal(report: Report, color?: boolean, options?: TerminalRenderOptions): string;

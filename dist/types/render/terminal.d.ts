import type { Report } from '../report/model.js';
/**
 * Rows the table shows whatever they hold. A larger report lists the cells that need a look
 * (failed, could not run, interesting, disputed, graded by a file's own contract) and counts the
 * rest, as jcstress's console prints only the tests that failed, erred or were interesting: the
 * JSON report lists every cell. (The terminal names the baseline; the changes are the Markdown's.)
 */
export declare const TERMINAL_ROWS = 1000;
export declare function renderTerminal(report: Report, color?: boolean): string;

import type { CellReport, CellVerdict } from '../../report/model.js';
import { type ReportView, type Section } from './section.js';
export declare const ICONS: Record<CellVerdict, string>;
/** Rows of the one-target table shown before the rest go to the full table. */
export declare const OVERVIEW_ROWS = 25;
/**
 * Rows the open grid (and the one-target table) shows of what needs a look: past it, the grid
 * folds experiments with the same result on every target into one row, and the table counts the
 * rest (a pool that breaks every experiment would otherwise push "What broke" down).
 */
export declare const GRID_ROWS = 5;
export declare function text(value: string, max?: number): string;
/**
 * The one-target table: the first GRID_ROWS cells that need a look (failed, could not run,
 * changed against the baseline, interesting without one), in that order; the others are counted
 * under it and listed in the full table. Undefined when no cell needs a look: the headline says it all.
 */
export declare function compactSection(view: ReportView): Section | undefined;
/** Every cell in the matrix's order, collapsed. */
export declare function fullTableSection(view: ReportView): Section;
export declare function tableHeader(view: ReportView, withTarget: boolean): string;
/** The row of the cell at `position` in report.cells. */
export declare function cellRow(c: CellReport, position: number, view: ReportView, withTarget: boolean): string;

import type { CellVerdict } from '../../report/model.js';
import { type ReportView, type Section } from './section.js';
export declare const ICONS: Record<CellVerdict, string>;
/** Target columns per grid: with the experiment column, six fit the 788 px comment box. */
export declare const GRID_COLUMNS = 6;
/** Rows of the one-target table shown before the rest go to the full table. */
export declare const OVERVIEW_ROWS = 25;
/**
 * Experiments a grid shows whatever they hold. A longer grid shows the ones that need a look
 * (a failure, an error, a change, an interesting outcome, callbacks that ran in different places
 * on different targets); the others, passed or skipped wherever they ran, are in the full table.
 */
export declare const GRID_ROWS = 100;
export declare function text(value: string, max?: number): string;
/** The grid, folded into one grid per six targets; experiments with a failure first. */
export declare function gridSections(view: ReportView): Section[];
export declare function gridLegend(view: ReportView): string;
/** The one-target table: cells in the order they need attention, the routine ones cut short. */
export declare function compactSection(view: ReportView): Section;
/** Every cell in the matrix's order, collapsed. */
export declare function fullTableSection(view: ReportView): Section;

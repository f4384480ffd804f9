import type { CellReport, Report } from '../../report/model.js';
import { type ReportView, type Section } from './section.js';
/** Target columns per grid: with the experiment column, six fit the 788 px comment box. */
export declare const GRID_COLUMNS = 6;
/** One row of the experiment grid, for the terminal: its title and its cells per target. */
export interface GridRow {
    title: string;
    /** The row's cells per target column, in `targets` order (undefined: not run there). */
    cells: (CellReport[] | undefined)[];
    /** Whether a race decides where its callbacks run. */
    race: boolean;
}
/**
 * The experiments of a report by target, failures first (the Markdown grid's rows, without a
 * baseline), and the targets' short labels: what the terminal prints as its grid.
 */
export declare function experimentGrid(report: Report): {
    targets: string[];
    labels: Map<string, string>;
    rows: GridRow[];
};
/** The grid of the experiments that need a look, folded into one grid per six targets. */
export declare function gridSections(view: ReportView): Section[];
/**
 * Every experiment on every target, collapsed, then the per-cell table (the parameters, the
 * counts, the change against the baseline): one <details>, so a passing run is a few lines.
 */
export declare function fullGridSection(view: ReportView): Section;
/**
 * One line under the grid: the symbols and place words it uses (all of them when `shown`, the
 * grid's rows, is not given).
 */
export declare function gridLegend(view: ReportView, shown?: readonly string[]): string;

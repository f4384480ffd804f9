/**
 * The Markdown report: the table that goes into the job summary and the pull-request comment.
 * One row per cell (where callbacks ran, verdict), a Mermaid chart of where callbacks ran, each
 * broken rule with its evidence, and, against a baseline, what changed.
 *
 * A pull-request comment is limited in size (65,536 characters), so the report can be rendered
 * within a budget: the failing and changed rows come first, the rest are kept while they fit, and
 * a closing note says what was left out and where the full report is.
 *
 * Every string that came from outside goes through md(), code() or mermaidText().
 */
import { type BaselineDiff } from './compare.js';
import type { CellReport, Report } from './model.js';
declare const ICONS: {
    readonly pass: "✅";
    readonly fail: "❌";
    readonly error: "⚠️";
    readonly skip: "⏭️";
};
export declare function verdictIcon(verdict: keyof typeof ICONS): string;
export interface SizeLimit {
    /** The most the document may measure. */
    max: number;
    /** How it is measured: characters by default; the job summary counts bytes. */
    measure?: (text: string) => number;
    /** How the limit is named in the note, e.g. "GitHub's 65,536-character comment limit". */
    label: string;
}
export interface RenderOptions {
    title?: string;
    /** A hidden first line (an HTML comment) that finds the sticky comment again. Trusted. */
    marker?: string;
    /** Add a Mermaid chart of where callbacks ran. */
    chart?: boolean;
    /** Mark what changed against a baseline report. */
    diff?: BaselineDiff;
    limit?: SizeLimit;
    /** Markdown saying where the full report is, used when something is left out. Trusted. */
    fullReport?: string;
    /** A closing line, such as the commit and the run. Trusted. */
    footer?: string;
}
export declare function renderMarkdown(report: Report, title?: string): string;
export declare function renderReport(report: Report, options?: RenderOptions): string;
export declare function cellTable(cells: CellReport[], showTarget: boolean): string;
export declare function cellRow(c: CellReport, showTarget: boolean): string;
export declare function failureSection(cells: CellReport[]): string;
export declare function failureLines(c: CellReport): string[];
/**
 * A Mermaid flowchart from each cell (or each scenario, for large reports) to the places its
 * callbacks ran, with the number of callbacks on each arrow; arrows of forbidden outcomes are
 * red, interesting ones amber. Node ids are generated; labels go through mermaidText().
 */
export declare function chartBlock(cells: CellReport[]): string;
/**
 * A label inside a quoted Mermaid node: letters, digits and a few signs that are plain text inside
 * quotes stay, anything else becomes a Mermaid entity code (#34; for a double quote, #60; for
 * "<"), so a label can close neither the quotes, the node, the code fence nor an HTML tag.
 */
export declare function mermaidText(text: string, max?: number): string;
export {};

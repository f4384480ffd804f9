import type { BaselineDiff } from '../../report/compare.js';
import type { Report } from '../../report/model.js';
import { type Section } from './section.js';
import { ICONS } from './tables.js';
export declare function verdictIcon(verdict: keyof typeof ICONS): string;
export interface SizeLimit {
    /** The most the document may measure. */
    max: number;
    /**
     * How it is measured: characters by default; the job summary counts bytes. Whatever it counts
     * must add up over whole strings, with a newline measuring one.
     */
    measure?: (text: string) => number;
    /** How the limit is named in the note, e.g. "GitHub's 65,536-character comment limit". */
    label: string;
}
export interface RenderOptions {
    title?: string;
    /** A hidden first line (an HTML comment) that finds the sticky comment again. Trusted. */
    marker?: string;
    /** Mark what changed against a baseline report. */
    diff?: BaselineDiff;
    limit?: SizeLimit;
    /** Markdown saying where the full report is, used when something is left out. Trusted. */
    fullReport?: string;
    /** A closing line, such as the commit and the run. Trusted. */
    footer?: string;
    /** The report's sections, built once for several renderings (prepareReport). */
    prepared?: PreparedReport;
}
export declare function renderMarkdown(report: Report, title?: string): string;
type Slot = 'overview' | 'broke' | 'errors' | 'baseline' | 'evidence' | 'skipped' | 'interesting' | 'full' | 'runtimes';
/**
 * What every rendering of one report against one baseline shares: its sections, built once. The
 * Action renders a report up to four times (the file, the job summary, the comment, the check
 * run), each within its own limit; with a prepared report they only assemble and cut.
 */
export interface PreparedReport {
    readonly report: Report;
    readonly diff: BaselineDiff | undefined;
    readonly sections: ReadonlyMap<Slot, Section[]>;
    /** Which rules broke, and where: the line before any table. */
    readonly broken: string;
    /** Which interesting outcomes' rates drifted from the history: the line after it. */
    readonly drift: string;
    readonly legend: string;
    /** The sections in print order, whole: made on first use. */
    body?: string;
}
export declare function prepareReport(report: Report, diff?: BaselineDiff): PreparedReport;
/**
 * The report as Markdown. `options.prepared` is used when it was prepared from this report and
 * this diff; otherwise the sections are built here.
 */
export declare function renderReport(report: Report, options?: RenderOptions): string;
export {};

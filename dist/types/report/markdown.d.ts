import type { BaselineDiff } from './compare.js';
import type { Report } from './model.js';
import { ICONS } from './tables.js';
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

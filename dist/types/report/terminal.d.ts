import type { Report } from './model.js';
export declare function renderTerminal(report: Report, color?: boolean): string;

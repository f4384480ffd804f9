import type { Report } from './model.js';
export declare function renderJunit(report: Report): string;

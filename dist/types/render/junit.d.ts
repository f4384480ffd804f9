import type { Report } from '../report/model.js';
export declare function renderJunit(report: Report): string;

/** The JSON report: the report object as it is, indented, with a closing newline. */
import type { Report } from '../report/model.js';
export declare function renderJson(report: Report): string;

import type { BaselineSource } from '../../report/model.js';
/** The Markdown line: "Baseline: <code>main</code> at [1a2b3c4](…), the merge base; [run 12](…) of …". */
export declare function baselineSourceMarkdown(source: BaselineSource): string;
/** The plain line for the terminal and the log, URLs written out. */
export declare function baselineWords(source: BaselineSource): string;

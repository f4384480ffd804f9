/** One table cell or inline phrase of Markdown: no newlines, no markup, no HTML. */
export declare function md(text: string, max?: number): string;
/** Inline code for a value; backticks and HTML cannot escape it. */
export declare function code(text: string, max?: number): string;
/** A plain terminal line: no control characters (no escape sequences from a probe). */
export declare function plain(text: string, max?: number): string;

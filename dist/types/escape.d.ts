/** One table cell or inline phrase of Markdown: no newlines, no markup, no HTML, no mentions. */
export declare function md(text: string, max?: number): string;
/** Inline code for a value; backticks and HTML cannot escape it. */
export declare function code(text: string, max?: number): string;
/**
 * A terminal or log line: no control byte (no escape sequence from a probe), no line break, and
 * the invisible characters that reorder or split a line shown as escapes (`\u202e`).
 */
export declare function plain(text: string, max?: number): string;
/**
 * Text that XML 1.0 can hold: characters outside its Char production (controls other than TAB,
 * LF, CR; lone surrogates; U+FFFE, U+FFFF) cannot be written even as references, so they are
 * shown as escapes (`\x1b`). `&` is escaped here: xmlbuilder2 leaves anything that looks like an
 * entity reference (`&A;`, and `&#12;` in attributes) as it is, which a parser then refuses; it
 * leaves our `&amp;` alone too, and escapes `<`, `>` and quotes itself.
 */
export declare function xmlText(text: string, max?: number): string;
/** A value from a report echoed in an error: plain, at most `max` characters, "..." when cut. */
export declare function echoValue(text: string, max?: number): string;

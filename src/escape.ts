/**
 * Every string from a probe, a config or a report file is text, whatever it holds. One function
 * per sink, applied where the string enters it: md()/code() for Markdown and HTML, plain() for the
 * terminal and the log (workflow-command messages and properties too: @actions/core escapes `%`,
 * CR, LF, `:` and `,` on top), xmlText() for JUnit; Mermaid labels go through mermaidText() in
 * markdown.ts, built on plain(). echoValue() shortens a report's value echoed in an error, made
 * plain first (errors.ts's cut() shortens a configuration's values, which quote() JSON-escapes).
 */
// Characters that start markup anywhere in a line (links, emphasis, code, HTML, tables, math).
const MARKDOWN_SPECIAL = /[\\`*_[\]|<>&~$]/g
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' }

/* eslint-disable no-control-regex -- finding control characters is the point */

/** C0 and C1 controls and DEL; CR, LF and TAB are handled before (they become a space). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g
/**
 * Invisible characters that change how a line reads: bidi embeddings, overrides and isolates
 * (the "Trojan Source" characters), line and paragraph separators, zero-width space, BOM.
 */
const INVISIBLES = /[\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g
/** What GitHub turns into a notification or a link: @mentions, #123 and GH-123, bare URLs. */
const NOTIFIERS = /@(?=[A-Za-z0-9_])|#(?=\d)|\bGH-(?=\d)|:(?=\/\/)|\bwww(?=\.\S)/gi
/** Breaks a notifier without changing what the reader sees: a zero-width space after it. */
const ZWSP = '\u200b'
/**
 * Whether md() or plain() would change anything but the length: any character one of the
 * patterns above acts on, or the start of a notifier. Most strings of a report (ids, titles,
 * parameters) have none, and a report renders hundreds of thousands of them.
 */
const NEEDS_ESCAPING =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff@#:\\`*_[\]|<>&~$]|GH-|www\./i

/** At most max characters, with "…" when cut; never splits a surrogate pair. */
function shorten(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - ellipsis.length)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}${ellipsis}`
}

/** \u202e for a character a reader would not see. */
function visibleEscape(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0
  return cp <= 0xff
    ? `\\x${cp.toString(16).padStart(2, '0')}`
    : `\\u${cp.toString(16).padStart(4, '0')}`
}

/** One table cell or inline phrase of Markdown: no newlines, no markup, no HTML, no mentions. */
export function md(text: string, max = 200): string {
  if (!NEEDS_ESCAPING.test(text)) return shorten(text, max)
  const flat = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(CONTROLS, '')
    .replace(INVISIBLES, visibleEscape)
  // Notifiers first: the entities that escaping adds (&#124;) must stay whole.
  return shorten(flat, max)
    .replace(NOTIFIERS, found => `${found}${ZWSP}`)
    .replace(MARKDOWN_SPECIAL, ch => ENTITIES[ch] ?? `\\${ch}`)
}

/** Inline code for a value; backticks and HTML cannot escape it. */
export function code(text: string, max = 120): string {
  return `<code>${md(text, max)}</code>`
}

/**
 * A terminal or log line: no control byte (no escape sequence from a probe), no line break, and
 * the invisible characters that reorder or split a line shown as escapes (`\u202e`).
 */
export function plain(text: string, max = 200): string {
  if (!NEEDS_ESCAPING.test(text)) return shorten(text, max)
  const flat = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(CONTROLS, visibleEscape)
    .replace(INVISIBLES, visibleEscape)
  return shorten(flat, max)
}

/**
 * Text that XML 1.0 can hold: characters outside its Char production (controls other than TAB,
 * LF, CR; lone surrogates; U+FFFE, U+FFFF) cannot be written even as references, so they are
 * shown as escapes (`\x1b`). `&` is escaped here: xmlbuilder2 leaves anything that looks like an
 * entity reference (`&A;`, and `&#12;` in attributes) as it is, which a parser then refuses; it
 * leaves our `&amp;` alone too, and escapes `<`, `>` and quotes itself.
 */
export function xmlText(text: string, max = 4000): string {
  return shorten(text, max)
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      visibleEscape
    )
    .replace(/&/g, '&amp;')
}

/** A value from a report echoed in an error: plain, at most `max` characters, "..." when cut. */
export function echoValue(text: string, max = 80): string {
  return shorten(plain(text, Number.MAX_SAFE_INTEGER), max, '...')
}

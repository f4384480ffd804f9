/**
 * Text from probes and configs (thread names, executor names) is untrusted: in Markdown it must
 * not break a table, open HTML, or forge the hidden comment marker.
 */
// Characters that start markup anywhere in a line (links, emphasis, code, HTML, tables, math).
const MARKDOWN_SPECIAL = /[\\`*_[\]|<>&~$]/g
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' }

/* eslint-disable no-control-regex -- stripping control characters is the point */

/** One table cell or inline phrase of Markdown: no newlines, no markup, no HTML. */
export function md(text: string, max = 200): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '')
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
  return cut.replace(MARKDOWN_SPECIAL, ch => ENTITIES[ch] ?? `\\${ch}`)
}

/** Inline code for a value; backticks and HTML cannot escape it. */
export function code(text: string, max = 120): string {
  return `<code>${md(text, max)}</code>`
}

/** A plain terminal line: no control characters (no escape sequences from a probe). */
export function plain(text: string, max = 200): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/**
 * GitHub links "@name" (and notifies that account) and "#123" (and cross-references that issue)
 * in the text of a comment, after Markdown is rendered: a word joiner after the sign breaks both
 * and reads the same. Apply after md(); code() spans are not linked.
 */
export function unmention(markdown: string): string {
  // "&#124;" is an entity md() wrote, not a reference.
  return markdown.replace(/(?<!&)([@#])(?=[\p{L}\p{N}_-])/gu, '$1\u2060')
}

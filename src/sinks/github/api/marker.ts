/**
 * The hidden marker that finds our sticky comment again: an HTML comment on the first line of the
 * body, carrying the report id, so each report id (say, one per workflow) has its own comment.
 *
 * The report id is user input. It is percent-encoded down to letters, digits, ".", "_" and "-",
 * so it can neither close the HTML comment ("-->" needs ">") nor pose as another id: two
 * different ids always give two different markers, and no marker is a prefix of another's line.
 * The rendered report cannot hold a marker either: md() escapes "<" in every outside string.
 */

const SAFE = /^[A-Za-z0-9._-]$/

export function encodeReportId(id: string): string {
  let out = ''
  for (const ch of id) {
    if (SAFE.test(ch)) out += ch
    else
      for (const byte of Buffer.from(ch, 'utf8'))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

export function commentMarker(reportId: string): string {
  return `<!-- callback-thread-guard:report-id=${encodeReportId(reportId)} -->`
}

/** Only a body that starts with the exact marker line is ours to consider (still: check its author). */
export function carriesMarker(body: string | null | undefined, marker: string): boolean {
  if (typeof body !== 'string') return false
  return body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`)
}

/** The github-token input: whether there is one to use, and keeping it out of what is logged. */

/** Empty, or (outside a workflow, npm run local-action) the unexpanded default expression. */
export function isRealToken(token: string): boolean {
  return token !== '' && !token.startsWith('${{')
}

/** The token, and its URL-encoded form, replaced by ***. */
export function redact(text: string, token: string): string {
  if (token.length < 4) return text
  let out = text
  for (const form of new Set([token, encodeURIComponent(token)])) out = out.split(form).join('***')
  return out
}

/**
 * A strict XML 1.0 parser for the tests (saxes: well-formedness and the Char production), so a
 * JUnit file is checked the way a CI tool's parser would read it, not by a pattern.
 */
import { SaxesParser } from 'saxes'

/** Throws the parser's first complaint; returns the number of elements read. */
export function parseXmlStrictly(xml: string): number {
  const parser = new SaxesParser()
  let elements = 0
  let problem: Error | undefined
  parser.on('error', error => {
    problem ??= error
  })
  parser.on('opentag', () => {
    elements += 1
  })
  parser.write(xml).close()
  if (problem !== undefined) throw problem
  return elements
}

/**
 * A YAML or JSON file the user named (a configuration, a contract) as plain data: read through
 * the capped reader, parsed strictly, a mapping at the top. Each kind of file has its own reader
 * (config/load.ts, grading/contracts/index.ts) with its own cap; this is what they share.
 */
import { isNode, isScalar, LineCounter, parseAllDocuments, visit, type Document } from 'yaml'
import { InputError } from '../errors.js'
import { readInputText } from '../read-file.js'

/**
 * The mapping at the top of a YAML or JSON file of at most `maxBytes` bytes (an empty file is an
 * empty mapping); YAML is a superset of JSON, so one parser serves both.
 */
export function readMappingFile(path: string, field: string, maxBytes: number): object {
  const text = readInputText(path, field, maxBytes)
  const value = parseYamlText(text, path)
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(path, 'expected a mapping of options at the top level')
  }
  return value
}

/**
 * YAML or JSON to plain data. Tags the parser does not know (`!foo`, `!!js/function`) and keys
 * that are not scalars are refused rather than warned about; duplicate keys are found with one
 * set per mapping (the parser's own check compares every pair with every other).
 */
export function parseYamlText(text: string, path: string): unknown {
  const lines = new LineCounter()
  const docs = parseAllDocuments(text, {
    prettyErrors: true,
    uniqueKeys: false,
    logLevel: 'silent',
    lineCounter: lines
  })
  const bad = (why: string) => new InputError(path, `not valid YAML or JSON: ${why}`)
  if (!Array.isArray(docs) || docs.length === 0) return null
  const doc = docs[0] as Document.Parsed
  if (docs.length > 1) throw bad(`more than one document${at(docs[1]?.range[0])}`)
  const first = doc.errors[0] ?? doc.warnings[0]
  if (first !== undefined) throw bad(firstLine(first))
  function at(offset: number | undefined): string {
    if (offset === undefined) return ''
    const { line, col } = lines.linePos(offset)
    return ` at line ${line}, column ${col}`
  }
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>()
      for (const pair of map.items) {
        const key: unknown = pair.key
        if (!isScalar(key))
          throw bad(`a key must be a plain value, not a list or mapping${at(rangeOf(key))}`)
        const name = String(key.value)
        if (seen.has(name)) throw bad(`Map keys must be unique${at(key.range?.[0])}`)
        seen.add(name)
      }
    }
  })
  try {
    return doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    throw bad(firstLine(error))
  }
}

function rangeOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return (text.split('\n')[0] ?? text).replace(/:$/, '').trim()
}

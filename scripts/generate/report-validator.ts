/**
 * The fast validator of report files (src/report/read/report-file.generated.ts), generated from the one
 * definition of a report file, model.ts's zod schema: zod writes it as JSON Schema, the changes
 * below make JSON Schema mean what zod means, and ajv compiles it to code at build time (no
 * compiler at run time, none in dist/). The file is this renderer's output byte for byte: written
 * only by `npm run generate`, never by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import AjvModule, { _ } from 'ajv'
import standaloneModule from 'ajv/dist/standalone/index.js'
import { z } from 'zod'
import { reportFileSchema } from '../../src/report/model.js'
import { CHECKED_BY_ZOD } from '../../src/report/read/validate.js'

// CommonJS modules: their default export is the whole module, whose `default` is the function.
const Ajv = AjvModule.default ?? AjvModule
const standaloneCode = standaloneModule.default ?? standaloneModule

export const REPORT_VALIDATOR = join(
  import.meta.dirname,
  '..',
  '..',
  'src',
  'report',
  'read',
  'report-file.generated.ts'
)

type JsonSchema = Record<string, unknown>

/** The keyword that drops an own `__proto__` key before the other keys are checked. */
const DROP_PROTO = 'dropOwnProto'

/**
 * reportFileSchema as JSON Schema, changed where JSON Schema and zod differ:
 * - an object of known keys drops the others (zod strips them): `additionalProperties: false`,
 *   which ajv's removeAdditional turns into a delete;
 * - an object that keeps or checks other keys (records, loose objects, catchall) ignores and
 *   drops an own `__proto__` key, as zod does (it never copies one, nor checks its value);
 * - `propertyNames: {type: string}` says nothing about JSON keys, and costs a loop: gone;
 * - the fields in CHECKED_BY_ZOD only need to be objects here: zod checks them after (contracts
 *   have refinements JSON Schema cannot say, and a report carries a few).
 * Numbers need nothing: ajv's strictNumbers refuses Infinity (JSON.parse('1e999')) as zod does,
 * and zod writes `.int()` as an integer within the safe range.
 */
export function reportFileJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(reportFileSchema, { io: 'input', target: 'draft-7' }) as JsonSchema
  delete schema.$schema
  const properties = schema.properties as Record<string, JsonSchema>
  for (const field of CHECKED_BY_ZOD) properties[field] = { type: 'object' }
  adjustObjects(schema)
  hoistItems(schema, schema, 'report')
  return schema
}

/**
 * Moves the items of every array of objects to a definition of its own, so that each becomes a
 * function of its own: in one function, the code is too deeply nested for TypeScript to compile.
 */
function hoistItems(root: JsonSchema, node: unknown, name: string): void {
  if (node === null || typeof node !== 'object') return
  const schema = node as JsonSchema
  for (const [key, value] of Object.entries(schema))
    hoistItems(root, value, key === 'items' ? name : key)
  const items = schema.items as JsonSchema | undefined
  if (schema.type !== 'array' || items?.type !== 'object') return
  const definitions = (root.definitions ??= {}) as Record<string, JsonSchema>
  let id = name
  for (let n = 2; Object.hasOwn(definitions, id); n++) id = `${name}${n}`
  definitions[id] = items
  schema.items = { $ref: `#/definitions/${id}` }
}

function adjustObjects(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) adjustObjects(item)
    return
  }
  if (node === null || typeof node !== 'object') return
  const schema = node as JsonSchema
  if (schema.type === 'object') {
    const names = schema.propertyNames as JsonSchema | undefined
    if (names !== undefined && Object.keys(names).length === 1 && names.type === 'string')
      delete schema.propertyNames
    if (schema.properties !== undefined && schema.additionalProperties === undefined)
      schema.additionalProperties = false
    if (schema.additionalProperties !== false) schema[DROP_PROTO] = true
  }
  for (const value of Object.values(schema)) adjustObjects(value)
}

export function renderReportValidator(): string {
  const ajv = new Ajv({
    code: { source: true, esm: true, lines: true },
    // Validation in place: what zod's copy would leave out is deleted, its defaults are filled.
    removeAdditional: true,
    useDefaults: true,
    allowUnionTypes: true,
    strict: true,
    messages: false,
    inlineRefs: false
  })
  ajv.addKeyword({
    keyword: DROP_PROTO,
    type: 'object',
    schemaType: 'boolean',
    // Before additionalProperties, which would otherwise check the value zod ignores.
    before: 'additionalProperties',
    code(cxt) {
      cxt.gen.if(_`Object.prototype.hasOwnProperty.call(${cxt.data}, "__proto__")`, () =>
        cxt.gen.code(_`delete ${cxt.data}.__proto__`)
      )
    }
  })
  ajv.addSchema(reportFileJsonSchema(), 'report-file')
  const code = standaloneCode(ajv, { checkReportFileShape: 'report-file' })
  return `// @ts-nocheck
/* eslint-disable */
/*
 * Generated from src/report/model.ts (reportFileSchema) by \`npm run generate\`
 * (__tests__/report/report-validator.ts): change the schema, not this file.
 * __tests__/report/validate-report.test.ts fails when this file is not what the schema generates.
 *
 * checkReportFileShape(value) checks a parsed report file in place, deleting what zod would
 * strip and filling its defaults; src/report/read/validate.ts is its one caller.
 */
${code.trim()}
`
}

export function readReportValidator(): string {
  return readFileSync(REPORT_VALIDATOR, 'utf8')
}

export function writeReportValidator(): void {
  writeFileSync(REPORT_VALIDATOR, renderReportValidator())
}

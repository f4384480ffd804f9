/**
 * A contract is data: rules that every outcome in their scope must satisfy, and "interesting"
 * outcomes that are allowed but worth a look (jcstress's ACCEPTABLE_INTERESTING). An outcome that
 * no rule speaks about is forbidden, as in jcstress.
 */
import { z } from 'zod'
import { quote } from '../errors.js'
import { factValue } from '../probes/protocol.js'

export const FACT_NAMES = [
  'scenario',
  'registered',
  'ranOn',
  'inline',
  'calls',
  'taskOn',
  'order',
  'role',
  'cancelled',
  'error',
  'call',
  'ranAt',
  'settled'
] as const
export type FactName = (typeof FACT_NAMES)[number]
export type FactValue = z.infer<typeof factValue>

const pattern = z.partialRecord(
  z.enum(FACT_NAMES, {
    error: issue =>
      `unknown fact ${JSON.stringify(issue.input)}; expected one of ${FACT_NAMES.join(', ')}`
  }),
  z.union([factValue, z.array(factValue).min(1, { error: 'must not be empty' })])
)

const id = z
  .string({ error: 'expected a string' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected lower-case letters, digits and dashes' })

const ruleSchema = z.strictObject({
  id,
  says: z.string().min(1),
  source: z.string().min(1),
  given: pattern.default({}),
  expect: pattern.refine(p => Object.keys(p).length > 0, { error: 'must name at least one fact' })
})

const interestingSchema = ruleSchema.extend({
  waives: z.array(id).min(1, { error: 'must name at least one rule' })
})

export const contractSchema = z
  .strictObject({
    name: id,
    title: z.string().min(1),
    description: z.string().optional(),
    sources: z.record(z.string(), z.string()),
    rules: z.array(ruleSchema).min(1, { error: 'a contract needs at least one rule' }),
    interesting: z.array(interestingSchema).default([])
  })
  .superRefine((c, ctx) => {
    const ruleIds = new Set(c.rules.map(r => r.id))
    // Own keys only: "constructor" or "toString" is not a source just because objects have one.
    for (const list of ['rules', 'interesting'] as const) {
      for (const [i, r] of c[list].entries()) {
        if (!Object.hasOwn(c.sources, r.source)) {
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'source'],
            message: `source ${quote(r.source)} is not in sources`
          })
        }
      }
    }
    for (const [i, r] of c.interesting.entries()) {
      for (const w of r.waives) {
        if (!ruleIds.has(w)) {
          ctx.addIssue({
            code: 'custom',
            path: ['interesting', i, 'waives'],
            message: `no rule "${w}" to waive`
          })
        }
      }
    }
  })

export type Contract = z.infer<typeof contractSchema>
export type ContractInput = z.input<typeof contractSchema>
export type Rule = z.infer<typeof ruleSchema>
export type Interesting = z.infer<typeof interestingSchema>
export type Pattern = z.infer<typeof pattern>

/**
 * All grading happens here: each observed outcome is checked against the contract's rules.
 *
 * - A rule applies to an outcome when its `given` matches; it holds when its `expect` matches.
 * - An outcome breaking an applicable rule is forbidden, unless an `interesting` entry matches it
 *   and waives exactly the rules it breaks: then it is interesting (allowed, worth a look).
 * - An outcome that no rule with a non-empty `given` speaks about is forbidden ("unlisted"),
 *   as jcstress forbids every outcome its test does not list.
 * - A callback on the caller's thread whose task ran there too (the `taskOn` fact: a synchronous
 *   executor, green threads) ran both on the caller's thread and where its task ran. A rule that
 *   asks for the task's thread is graded by what it means: it ran where the task ran (the rest of
 *   the rule, `inline: false`, still decides). A rule that asks for the caller's thread and not
 *   the task's cannot tell the two apart there, unless it also asks for `inline: true` (which
 *   proves the callback ran in the adding thread): it is not checked on that outcome, never broken.
 */
import { z } from 'zod'
import type { Scenario } from '../model/scenarios.js'
import { factValue, factsSchema, sampleSchema, type Outcome } from '../probes/protocol.js'
import type { Contract, FactValue, Pattern, Rule } from './contract.js'

/*
 * What grading produces, as schemas: the one definition of these shapes. The types below are
 * inferred from them, and a report read back from a file is validated with them (report/model.ts).
 */
const count = z.number().int().min(0)
/** How often an outcome was seen: an outcome seen 0 times is not evidence of anything. */
const seenCount = z.number().int().min(1)

export const gradeSchema = z.enum(['acceptable', 'interesting', 'forbidden'])

export const breachSchema = z.object({
  rule: z.string(),
  says: z.string(),
  source: z.string(),
  /** The facts the rule expected and the values it allows, only where the outcome differs. */
  expected: z.record(z.string(), z.array(factValue)),
  observed: z.record(z.string(), factValue)
})

/** A probe's outcome with its grade. Read back from a file, a sample's unknown keys are dropped. */
export const gradedOutcomeSchema = z.object({
  facts: factsSchema,
  count: seenCount,
  samples: z.array(z.object(sampleSchema.shape)).max(10).default([]),
  grade: gradeSchema,
  /** The rules that spoke about this outcome (or the interesting entry that allowed it). */
  rules: z.array(z.string()),
  broken: z.array(breachSchema)
})

export const violationSchema = z.object({
  rule: z.string(),
  says: z.string(),
  source: z.string(),
  /** How many callbacks broke the rule. */
  count,
  expected: z.record(z.string(), z.array(factValue)),
  observed: z.array(z.record(z.string(), factValue)),
  samples: z.array(z.object(sampleSchema.shape))
})

export type Grade = z.infer<typeof gradeSchema>
export type Breach = z.infer<typeof breachSchema>
export type GradedOutcome = z.infer<typeof gradedOutcomeSchema>
export type Violation = z.infer<typeof violationSchema>

export const UNLISTED: Pick<Breach, 'rule' | 'says' | 'source'> = {
  rule: 'unlisted',
  says: 'The contract has no rule for this outcome, and an outcome a contract does not list is forbidden.',
  source: 'contract'
}

export function gradeOutcomes(
  scenario: Scenario,
  outcomes: Outcome[],
  contract: Contract
): GradedOutcome[] {
  return outcomes.map(o => gradeOutcome(scenario, o, contract))
}

export function gradeOutcome(
  scenario: Scenario,
  outcome: Outcome,
  contract: Contract
): GradedOutcome {
  // The cell's scenario wins over a fact of that name: an outcome cannot choose its rules.
  const facts: Record<string, FactValue | undefined> = { ...outcome.facts, scenario }
  const speaking = contract.rules.filter(r => matches(r.given, facts))
  // A rule that cannot be told apart still speaks about the outcome (it is listed), unchecked.
  const applicable = speaking.filter(r => decides(r, facts))
  const broken = applicable
    .filter(r => !matches(r.expect, factsFor(r, facts)))
    .map(r => breach(r, factsFor(r, facts)))
  const listed = speaking.some(r => Object.keys(r.given).length > 0)

  if (broken.length === 0 && listed) {
    return { ...outcome, grade: 'acceptable', rules: applicable.map(r => r.id), broken: [] }
  }
  const waiver = contract.interesting.find(
    i =>
      matches(i.given, facts) &&
      matches(i.expect, facts) &&
      broken.every(b => i.waives.includes(b.rule))
  )
  if (waiver !== undefined)
    return { ...outcome, grade: 'interesting', rules: [waiver.id], broken: [] }
  const all = listed
    ? broken
    : [...broken, { ...UNLISTED, expected: {}, observed: { ...outcome.facts, scenario } }]
  return { ...outcome, grade: 'forbidden', rules: applicable.map(r => r.id), broken: all }
}

/** The callback ran on the caller's OS thread, where its task ran too (see the header). */
function onTaskAndCaller(facts: Record<string, FactValue | undefined>): boolean {
  return facts.taskOn !== undefined && facts.ranOn === 'caller-thread'
}

/** Which of the caller's and the task's threads a rule's `ranOn` allows. */
function threadsAllowed(rule: Rule): { caller: boolean; task: boolean } {
  const allowed = asList(rule.expect.ranOn)
  return { caller: allowed.includes('caller-thread'), task: allowed.includes('task-thread') }
}

/**
 * Whether a rule can be checked on these facts: not when the callback ran on the caller's thread
 * that also ran its task and the rule asks for the caller's thread only, with nothing (an
 * `inline: true`) that proves where. Evidence counts a rule as checked only where it decides.
 */
export function decides(rule: Rule, facts: Record<string, FactValue | undefined>): boolean {
  if (!onTaskAndCaller(facts)) return true
  const { caller, task } = threadsAllowed(rule)
  if (!caller || task) return true
  const inline = asList(rule.expect.inline)
  return inline.length === 1 && inline[0] === true
}

/** The facts a rule is checked against: the task's thread for a rule that asks for it there. */
function factsFor(
  rule: Rule,
  facts: Record<string, FactValue | undefined>
): Record<string, FactValue | undefined> {
  if (!onTaskAndCaller(facts)) return facts
  const { caller, task } = threadsAllowed(rule)
  return task && !caller ? { ...facts, ranOn: 'task-thread' } : facts
}

/** Forbidden outcomes grouped by the rule they break: what the report shows for a failing cell. */
/** A cell with a violation fails; one whose every outcome is allowed passes. */
export function verdictOf(violations: Violation[]): 'pass' | 'fail' {
  return violations.length > 0 ? 'fail' : 'pass'
}

export function violationsOf(graded: GradedOutcome[]): Violation[] {
  if (graded.every(o => o.broken.length === 0)) return []
  const byRule = new Map<string, Violation>()
  for (const o of graded) {
    for (const b of o.broken) {
      let v = byRule.get(b.rule)
      if (v === undefined) {
        v = {
          rule: b.rule,
          says: b.says,
          source: b.source,
          count: 0,
          expected: b.expected,
          observed: [],
          samples: []
        }
        byRule.set(b.rule, v)
      }
      v.count += o.count
      v.observed.push(b.observed)
      for (const s of o.samples) if (v.samples.length < 3) v.samples.push(s)
    }
  }
  return [...byRule.values()].sort((a, b) => b.count - a.count)
}

/** A pattern as (fact, allowed values) pairs, made once per pattern: grading runs per outcome. */
const patternEntries = new WeakMap<Pattern, [string, FactValue[]][]>()

export function matches(pattern: Pattern, facts: Record<string, FactValue | undefined>): boolean {
  let entries = patternEntries.get(pattern)
  if (entries === undefined) {
    entries = Object.entries(pattern).map(([name, allowed]) => [name, asList(allowed)])
    patternEntries.set(pattern, entries)
  }
  for (const [name, allowed] of entries) {
    const value = Object.hasOwn(facts, name) ? facts[name] : undefined
    if (value === undefined || !allowed.includes(value)) return false
  }
  return true
}

function breach(rule: Rule, facts: Record<string, FactValue | undefined>): Breach {
  const expected: Record<string, FactValue[]> = {}
  const observed: Record<string, FactValue> = {}
  for (const [name, allowed] of Object.entries(rule.expect)) {
    const value = facts[name]
    const list = asList(allowed)
    if (value === undefined || !list.includes(value)) {
      expected[name] = list
      observed[name] = value ?? '(absent)'
    }
  }
  return { rule: rule.id, says: rule.says, source: rule.source, expected, observed }
}

function asList(v: FactValue | FactValue[] | undefined): FactValue[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v]
}

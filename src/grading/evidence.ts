/**
 * What a run is worth: per target and rule, how many callbacks the rule was checked against, how
 * many broke it, and the exact 95% upper bound on its violation rate. Derived only from graded
 * outcome histograms and the contract (never from what a probe claims it checked), so the counts
 * always add up to the histograms.
 */
import type { Scenario } from '../model/scenarios.js'
import { rateInterval, upperBound } from './bound.js'
import type { Contract, Pattern, Rule } from './contract.js'
import { UNLISTED, decides, matches, type GradedOutcome } from './grade.js'

/** One entry of the report's `evidence`: a rule of a target's contract and its counts. */
export interface Evidence {
  target: string
  rule: string
  /** Callbacks the rule spoke about (its `given` matched them). */
  checked: number
  /** Of those, callbacks in forbidden outcomes that broke it. */
  broken: number
  /** One-sided 95% Clopper-Pearson upper bound on the rule's violation rate; 1 when unchecked. */
  upperBound: number
}

/** A graded cell, as far as evidence needs it. */
export interface GradedHistogram {
  target: string
  scenario: Scenario
  outcomes: GradedOutcome[]
}

/** A target and the name of the contract that graded it. */
export interface GradedTarget {
  name: string
  contract: string
}

/**
 * Every rule of every target's contract, in contract order; `unlisted` follows when outcomes no
 * rule speaks about were seen (it is checked against every callback).
 */
export function collectEvidence(
  targets: GradedTarget[],
  contracts: Record<string, Contract>,
  cells: GradedHistogram[]
): Evidence[] {
  const out: Evidence[] = []
  const byTarget = cellsByTarget(cells)
  for (const target of targets) {
    const contract = contractOf(contracts, target)
    if (contract === undefined) continue
    const mine = byTarget.get(target.name) ?? []
    const givens = matcherOf(contract.rules.map(r => r.given))
    const tally = new Map(contract.rules.map(r => [r.id, { checked: 0, broken: 0 }]))
    // By rule, in contract order (a contract may repeat an id: both add to its one entry).
    const byRule = contract.rules.map(r => tally.get(r.id) as { checked: number })
    let callbacks = 0
    let unlisted = 0
    for (const cell of mine)
      for (const o of cell.outcomes) {
        callbacks += o.count
        givens(cell.scenario, o.facts).forEach((hit, i) => {
          // A rule that cannot tell the caller's thread from the task's there is not checked.
          if (hit && decides(contract.rules[i] as Rule, o.facts))
            (byRule[i] as { checked: number }).checked += o.count
        })
        for (const b of o.broken) {
          const t = tally.get(b.rule)
          if (t !== undefined) t.broken += o.count
          else if (b.rule === UNLISTED.rule) unlisted += o.count
        }
      }
    for (const [rule, t] of tally) out.push(entry(target.name, rule, t.checked, t.broken))
    if (unlisted > 0) out.push(entry(target.name, UNLISTED.rule, callbacks, unlisted))
  }
  return out
}

function entry(target: string, rule: string, checked: number, broken: number): Evidence {
  return { target, rule, checked, broken, upperBound: upperBound(broken, checked) }
}

/** A target at a glance: every callback graded, how many were forbidden, and the bound. */
export interface TargetEvidence {
  target: string
  callbacks: number
  forbidden: number
  upperBound: number
}

/** Every target at a glance, in one pass over the cells (targets without cells are absent). */
export function targetsEvidence(cells: GradedHistogram[]): Map<string, TargetEvidence> {
  const totals = new Map<string, { callbacks: number; forbidden: number }>()
  for (const c of cells) {
    let t = totals.get(c.target)
    if (t === undefined) {
      t = { callbacks: 0, forbidden: 0 }
      totals.set(c.target, t)
    }
    for (const o of c.outcomes) {
      t.callbacks += o.count
      if (o.grade === 'forbidden') t.forbidden += o.count
    }
  }
  const out = new Map<string, TargetEvidence>()
  for (const [target, t] of totals)
    out.set(target, { target, ...t, upperBound: upperBound(t.forbidden, t.callbacks) })
  return out
}

/** How often an interesting entry allowed an outcome, among the callbacks its `given` speaks of. */
export interface InterestingRate {
  target: string
  entry: string
  count: number
  /** Callbacks the entry's `given` matched. */
  of: number
  /** Two-sided 95% Clopper-Pearson interval on the rate. */
  interval: [number, number]
}

export function interestingRates(
  targets: GradedTarget[],
  contracts: Record<string, Contract>,
  cells: GradedHistogram[]
): InterestingRate[] {
  // An outcome the entry allowed always matches its given; guard a hand-edited report anyway.
  return interestingTallies(targets, contracts, cells)
    .filter(t => t.count > 0)
    .map(t => {
      const of = Math.max(t.of, t.count)
      return { ...t, of, interval: rateInterval(t.count, of) }
    })
}

/** An interesting entry's count and the callbacks its `given` matched, zero or not. */
export interface InterestingTally {
  target: string
  entry: string
  count: number
  of: number
}

/** Every interesting entry of every target's contract, in contract order, seen or not. */
export function interestingTallies(
  targets: GradedTarget[],
  contracts: Record<string, Contract>,
  cells: GradedHistogram[]
): InterestingTally[] {
  const out: InterestingTally[] = []
  const byTarget = cellsByTarget(cells)
  for (const target of targets) {
    const contract = contractOf(contracts, target)
    if (contract === undefined) continue
    const mine = byTarget.get(target.name) ?? []
    const givens = matcherOf(contract.interesting.map(e => e.given))
    contract.interesting.forEach((entry, i) => {
      let count = 0
      let of = 0
      for (const cell of mine) {
        for (const o of cell.outcomes) {
          if (givens(cell.scenario, o.facts)[i] === true) of += o.count
          if (o.grade === 'interesting' && o.rules.includes(entry.id)) count += o.count
        }
      }
      out.push({ target: target.name, entry: entry.id, count, of })
    })
  }
  return out
}

/**
 * Which of the patterns an outcome's facts match, with the cell's scenario, which wins over a fact
 * of that name as it does in grading. Judged outcomes share their facts objects (report/read/judge.ts),
 * so a report of 100,000 cells matches each distinct object once.
 */
function matcherOf(patterns: Pattern[]): (scenario: Scenario, facts: object) => boolean[] {
  const seen = new Map<object, Map<Scenario, boolean[]>>()
  return (scenario, facts) => {
    let byScenario = seen.get(facts)
    if (byScenario === undefined) {
      byScenario = new Map()
      seen.set(facts, byScenario)
    }
    let hits = byScenario.get(scenario)
    if (hits === undefined) {
      const withScenario = { ...facts, scenario }
      hits = patterns.map(p => matches(p, withScenario))
      byScenario.set(scenario, hits)
    }
    return hits
  }
}

/** A target's contract by name, own properties only: a report may name "constructor". */
function contractOf(
  contracts: Record<string, Contract>,
  target: GradedTarget
): Contract | undefined {
  return Object.hasOwn(contracts, target.contract) ? contracts[target.contract] : undefined
}

/** Cells grouped by target once, so the work is linear in the cells, not targets x cells. */
function cellsByTarget(cells: GradedHistogram[]): Map<string, GradedHistogram[]> {
  const groups = new Map<string, GradedHistogram[]>()
  for (const c of cells) {
    const list = groups.get(c.target)
    if (list === undefined) groups.set(c.target, [c])
    else list.push(c)
  }
  return groups
}

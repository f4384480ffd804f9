/**
 * What a run is worth: per target and rule, how many callbacks the rule was checked against, how
 * many broke it, and the exact 95% upper bound on its violation rate. Derived only from graded
 * outcome histograms and the contract (never from what a probe claims it checked), so the counts
 * always add up to the histograms.
 */
import type { Scenario } from '../scenarios.js'
import { rateInterval, upperBound } from './bound.js'
import type { Contract } from './contract.js'
import { UNLISTED, matches, type GradedOutcome } from './grade.js'

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
    const tally = new Map(contract.rules.map(r => [r.id, { checked: 0, broken: 0 }]))
    let callbacks = 0
    let unlisted = 0
    for (const cell of mine)
      for (const o of cell.outcomes) {
        callbacks += o.count
        const facts = { scenario: cell.scenario, ...o.facts }
        for (const rule of contract.rules)
          if (matches(rule.given, facts))
            (tally.get(rule.id) as { checked: number }).checked += o.count
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

export function targetEvidence(target: string, cells: GradedHistogram[]): TargetEvidence {
  let callbacks = 0
  let forbidden = 0
  for (const c of cells) {
    if (c.target !== target) continue
    for (const o of c.outcomes) {
      callbacks += o.count
      if (o.grade === 'forbidden') forbidden += o.count
    }
  }
  return { target, callbacks, forbidden, upperBound: upperBound(forbidden, callbacks) }
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
  const out: InterestingRate[] = []
  const byTarget = cellsByTarget(cells)
  for (const target of targets) {
    const contract = contractOf(contracts, target)
    if (contract === undefined) continue
    const mine = byTarget.get(target.name) ?? []
    for (const entry of contract.interesting) {
      let count = 0
      let of = 0
      for (const cell of mine) {
        for (const o of cell.outcomes) {
          if (matches(entry.given, { scenario: cell.scenario, ...o.facts })) of += o.count
          if (o.grade === 'interesting' && o.rules.includes(entry.id)) count += o.count
        }
      }
      // An outcome the entry allowed always matches its given; guard a hand-edited report anyway.
      if (count > 0)
        out.push({
          target: target.name,
          entry: entry.id,
          count,
          of: Math.max(of, count),
          interval: rateInterval(count, Math.max(of, count))
        })
    }
  }
  return out
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

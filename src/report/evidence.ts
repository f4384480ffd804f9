/**
 * What a run is worth, in words: "no violation in 2,400,000 callbacks: at 95% confidence, fewer
 * than 1.2 in a million could break a rule", per target, and the rate of each interesting outcome with its
 * interval. The numbers come from src/grading/evidence.ts; this file only words them. Strings
 * here are plain: each sink escapes them (plain() in the terminal, text()/code() in Markdown).
 */
import {
  collectEvidence,
  interestingRates,
  targetsEvidence,
  type TargetEvidence,
  type Evidence,
  type InterestingRate
} from '../grading/evidence.js'
import type { BudgetProgress } from '../model/budget.js'
import { MIN_EARLIER_RUNS, sparkline } from '../grading/drift.js'
import type { PooledEvidence, PooledTarget, Report, Trend } from './model.js'

/** The report's evidence, or the same derived from its cells (a report that predates it). */
export function evidenceOf(report: Report): Evidence[] {
  return report.evidence ?? collectEvidence(report.targets, report.contracts, report.cells)
}

/** Callbacks graded over the whole report: the Action's `callbacks-checked`. */
export function callbacksChecked(report: Report): number {
  return report.cells.reduce((n, c) => n + c.outcomes.reduce((m, o) => m + o.count, 0), 0)
}

/**
 * The largest upper bound among rules that were checked (the Action's `worst-upper-bound`);
 * undefined when none was. Rules the matrix never exercised are listed in the report instead:
 * their bound of 1 would hide every other.
 */
export function worstUpperBound(report: Report): number | undefined {
  const checked = evidenceOf(report).filter(e => e.checked > 0)
  // A loop, not Math.max(...): a merged report's targets are not capped, nor its evidence rows.
  let worst: number | undefined
  for (const e of checked) if (worst === undefined || e.upperBound > worst) worst = e.upperBound
  return worst
}

export function interestingRatesOf(report: Report): InterestingRate[] {
  return interestingRates(report.targets, report.contracts, report.cells)
}

const UNITS: [number, string][] = [
  [1e3, 'in a thousand'],
  [1e6, 'in a million'],
  [1e9, 'in a billion'],
  [1e12, 'in a trillion']
]

/** The unit a rate reads best in: percent down to 1%, then the first "in a ..." that makes it >= 1. */
function unitOf(rate: number): [number, string] {
  if (rate >= 0.01 || rate === 0) return [100, '%']
  return UNITS.find(([scale]) => rate * scale >= 1) ?? (UNITS[UNITS.length - 1] as [number, string])
}

/** Two significant digits, no exponent: 1.2, 26, 0.31, 123. */
function figure(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en-US')
  if (value === 0) return '0'
  return Number(value.toPrecision(2)).toString()
}

function scaled(value: number, [scale, unit]: [number, string]): string {
  return unit === '%' ? `${figure(value * scale)}%` : `${figure(value * scale)} ${unit}`
}

/** Per target, counted once per report: every renderer words every target. */
const targetsEvidenceByReport = new WeakMap<Report, Map<string, TargetEvidence>>()

function targetsEvidenceOf(report: Report): Map<string, TargetEvidence> {
  let byTarget = targetsEvidenceByReport.get(report)
  if (byTarget === undefined) {
    byTarget = targetsEvidence(report.cells)
    targetsEvidenceByReport.set(report, byTarget)
  }
  return byTarget
}

/**
 * The evidence rows of each target, grouped once per evidence list: a report of 4,000 targets
 * filtered the whole list for each (10 s of a 4,000-report merge).
 */
const evidenceByTargetOf = new WeakMap<readonly Evidence[], Map<string, Evidence[]>>()

function evidenceByTarget(evidence: readonly Evidence[]): Map<string, Evidence[]> {
  let byTarget = evidenceByTargetOf.get(evidence)
  if (byTarget === undefined) {
    byTarget = new Map()
    for (const e of evidence) {
      const rows = byTarget.get(e.target)
      if (rows === undefined) byTarget.set(e.target, [e])
      else rows.push(e)
    }
    evidenceByTargetOf.set(evidence, byTarget)
  }
  return byTarget
}

/** "1.2 in a million", "26%". */
export function rateWords(rate: number): string {
  return scaled(rate, unitOf(rate))
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`
}

/**
 * What a bound says, read as a reader reads it: about violations not seen. "fewer than 31% of
 * callbacks could break done-is-done", "fewer than 1.2 in a million could break a rule".
 */
export function couldBreakWords(upperBound: number, rule?: string): string {
  const unit = unitOf(upperBound)
  const what = rule === undefined ? 'a rule' : rule
  return `fewer than ${scaled(upperBound, unit)}${unit[1] === '%' ? ' of callbacks' : ''} could break ${what}`
}

/**
 * "no violation in 2,400,000 callbacks: at 95% confidence, fewer than 1.2 in a million could
 * break a rule"; with violations, only what was seen ("8 of 8 callbacks broke a rule"): a bound
 * beside violations reads as a failure rate.
 */
export function boundSentence(
  broken: number,
  checked: number,
  upperBound: number,
  rule?: string
): string {
  if (checked === 0) return 'no callback checked, so no bound'
  if (broken > 0)
    return `${broken.toLocaleString('en-US')} of ${count(checked, 'callback')} broke ${rule ?? 'a rule'}`
  const what = `no violation in ${count(checked, 'callback')}`
  return upperBound >= 1
    ? `${what}: too few for a bound`
    : `${what}: at 95% confidence, ${couldBreakWords(upperBound, rule)}`
}

/**
 * One target in a line: its whole histogram, the rule with the least evidence (when it bounds less
 * and nothing broke), unchecked rules.
 */
export function targetEvidenceWords(report: Report, target: string): string {
  const t = targetsEvidenceOf(report).get(target) ?? {
    target,
    callbacks: 0,
    forbidden: 0,
    upperBound: 1
  }
  const rules = evidenceByTarget(evidenceOf(report)).get(target) ?? []
  const weakest = rules
    .filter(e => e.checked > 0)
    .reduce<Evidence | undefined>(
      (w, e) => (w === undefined || e.upperBound > w.upperBound ? e : w),
      undefined
    )
  const parts = [boundSentence(t.forbidden, t.callbacks, t.upperBound)]
  // The rule checked least often bounds less; say so when it is not the whole line's bound.
  if (
    t.forbidden === 0 &&
    weakest !== undefined &&
    weakest.broken === 0 &&
    weakest.upperBound > t.upperBound
  )
    parts.push(
      weakest.upperBound >= 1
        ? `${weakest.rule}: only ${count(weakest.checked, 'callback')} checked, too few for a bound`
        : `${couldBreakWords(weakest.upperBound, weakest.rule)}: only ${weakest.checked.toLocaleString('en-US')} ${weakest.checked === 1 ? 'was' : 'were'} checked`
    )
  const unchecked = rules.filter(e => e.checked === 0).map(e => e.rule)
  if (unchecked.length > 0) parts.push(`not checked: ${unchecked.join(', ')}`)
  return parts.join('; ')
}

/**
 * Several targets in a line, when none broke a rule: "no violation in 13,012 callbacks on 6
 * targets: at 95% confidence, on every target fewer than 1.4 in a thousand could break a rule"
 * (the least checked target's bound). Undefined when a target broke a rule or none was checked.
 */
export function allTargetsEvidenceWords(report: Report): string | undefined {
  const byTarget = targetsEvidenceOf(report)
  let callbacks = 0
  let worst = 0
  for (const t of report.targets) {
    const e = byTarget.get(t.name)
    if (e === undefined) continue
    if (e.forbidden > 0) return undefined
    callbacks += e.callbacks
    if (e.upperBound > worst) worst = e.upperBound
  }
  if (callbacks === 0) return undefined
  const what = `no violation in ${count(callbacks, 'callback')} on ${count(report.targets.length, 'target')}`
  return worst >= 1
    ? `${what}: too few on some target for a bound`
    : `${what}: at 95% confidence, on every target ${couldBreakWords(worst)}`
}

/** "533 of 1,000 callbacks: 53% (95% interval 50% to 56%)". */
export function interestingWords(r: InterestingRate): string {
  const unit = unitOf(r.count / r.of)
  const [low, high] = r.interval
  return `${r.count.toLocaleString('en-US')} of ${count(r.of, 'callback')}: ${scaled(r.count / r.of, unit)} (95% interval ${scaled(low, unit)} to ${scaled(high, unit)})`
}

/** "budget: 1m 05s left, 1,234,567 callbacks checked (python3.8 ThreadPoolExecutor 600,000, ...)". */
export function budgetWords(progress: BudgetProgress): string {
  const seconds = Math.ceil(progress.leftMs / 1000)
  const left =
    seconds >= 60
      ? `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`
      : `${seconds}s`
  const total = progress.callbacks.reduce((n, t) => n + t.callbacks, 0)
  const perTarget = progress.callbacks
    .map(t => `${t.target} ${t.callbacks.toLocaleString('en-US')}`)
    .join(', ')
  return `budget: ${left} left, ${total.toLocaleString('en-US')} callbacks checked (${perTarget})`
}

/** "2026-11-02": the day of an ISO date (what a history holds is checked to be a date). */
function day(iso: string): string {
  const t = Date.parse(iso)
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : 'an unknown date'
}

function boundWords(bound: number, rule?: string): string {
  return bound >= 1 ? 'too few for a bound' : `at 95% confidence, ${couldBreakWords(bound, rule)}`
}

/**
 * "no violation of worker-runs-callback in 48,213,000 callbacks over 31 runs since 2026-11-02: at
 * 95% confidence, fewer than 62 in a billion could break worker-runs-callback".
 */
export function pooledRuleWords(e: PooledEvidence): string {
  if (e.checked === 0) return `${e.rule}: no callback checked over ${count(e.runs, 'run')}`
  const over = `over ${count(e.runs, 'run')} since ${day(e.since)}`
  if (e.broken > 0)
    return `${e.broken.toLocaleString('en-US')} of ${count(e.checked, 'callback')} broke ${e.rule} ${over}`
  return `no violation of ${e.rule} in ${count(e.checked, 'callback')} ${over}: ${boundWords(e.upperBound, e.rule)}`
}

/** "pooled: no violation in 48,213,000 callbacks over 31 runs since 2026-11-02: at 95% ...". */
export function pooledTargetWords(t: PooledTarget): string {
  const over = `over ${count(t.runs, 'run')} since ${day(t.since)}`
  if (t.forbidden > 0)
    return `pooled: ${t.forbidden.toLocaleString('en-US')} of ${count(t.callbacks, 'callback')} broke a rule ${over}`
  return `pooled: no violation in ${count(t.callbacks, 'callback')} ${over}: ${boundWords(t.upperBound)}`
}

/** "now 1.9 in a thousand, 190 in a million over the 6 runs before"; "" without a test. */
export function driftWords(t: Trend): string {
  const d = t.drift
  if (d === undefined) return ''
  return `now ${rateWords(d.rate)}, ${rateWords(d.earlierRate)} over the ${count(d.earlierRuns, 'run')} before`
}

/** "▁▂▁▁█ last 5 runs, now 21 in 10,000 against 2.1 in 10,000 before: ⚠️ drift (p = 1e-9)". */
export function trendWords(t: Trend): string {
  const runs = `${sparkline(t.rates)} over ${count(t.rates.length, 'run')}`
  const d = t.drift
  if (d === undefined)
    return t.rates.length - 1 < MIN_EARLIER_RUNS
      ? `${runs} (too few runs to test for drift)`
      : `${runs} (not tested: no event, or none of its callbacks in this run)`
  const rates = driftWords(t)
  const p = d.pValue < 1e-4 ? d.pValue.toExponential(0) : figure(d.pValue)
  return d.flagged
    ? `${runs}: ${rates}: ⚠️ drift (p = ${p}, below ${figure(d.threshold)})`
    : `${runs}: ${rates}: no drift`
}

/** The trends worth a line: more than one run, and the outcome seen in at least one. */
export function shownTrends(report: Report): Trend[] {
  return (report.pooled?.trends ?? []).filter(t => t.rates.length > 1 && t.rates.some(r => r > 0))
}

/** The trends whose drift test flagged them. */
export function driftedTrends(report: Report): Trend[] {
  return (report.pooled?.trends ?? []).filter(t => t.drift?.flagged === true)
}

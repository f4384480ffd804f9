/**
 * The report's memory: foldHistory adds this run's counts (the numbers of its evidence section)
 * to the history of a trusted baseline, per target fingerprint; poolHistory derives the pooled
 * bounds, trends and drift that the sinks show. Invariant: a history's sums always add up (the
 * totals are the sums of every run folded in, the recent series a tail of them); one that does
 * not is dropped whole, with one line saying why. Only a baseline's history is ever folded, and
 * only when the caller trusts it: a merged report's own history is never read (merge.ts).
 */
import { createHash } from 'node:crypto'
import { upperBound } from '../grading/bound.js'
import type { Contract } from '../grading/contract.js'
import { testDrift } from '../grading/drift.js'
import { interestingTallies, targetsEvidence } from '../grading/evidence.js'
import { evidenceOf } from './evidence.js'
import type { History, Pooled, Report, TargetHistory } from './model.js'

/** Runs of each interesting entry kept per target, by default. */
export const HISTORY_RUNS = 30
/** Target fingerprints kept: the targets of this run first, then the most recently run. */
export const HISTORY_TARGETS = 64
/** A baseline may be dated a little after this run (clocks of two runners differ). */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000

export interface FoldOptions {
  /** Runs of each interesting entry kept (default HISTORY_RUNS). */
  runs?: number
  /** Target fingerprints kept (default HISTORY_TARGETS). */
  targets?: number
}

/** Where the earlier history comes from: a baseline report, and whether its history counts. */
export interface HistorySource {
  history: History | undefined
  /**
   * The baseline is the base branch's own report: a file the workflow names (`baseline`), or one
   * found among the base repository's runs. A report a fork could have written is not.
   */
  trusted: boolean
}

export interface Folded {
  history: History
  /** What the reader should know: a history that starts again, or was not pooled. Plain words. */
  notes: string[]
  /** A history dropped because it does not add up: one line each, for the log. */
  warnings: string[]
  /** The targets this run folded in (the others' histories are only kept). */
  current: string[]
}

/** This run's counts folded into the trusted baseline's history. */
export function foldHistory(
  previous: HistorySource | undefined,
  report: Report,
  options: FoldOptions = {}
): Folded {
  const maxRuns = options.runs ?? HISTORY_RUNS
  const maxTargets = options.targets ?? HISTORY_TARGETS
  const notes: string[] = []
  const warnings: string[] = []
  const now = report.startedAt
  const limits = { runs: maxRuns, targets: maxTargets }
  const earlier = earlierHistory(previous, now, limits, { notes, warnings })
  const byName = new Map(earlier.map(t => [t.target, t]))
  const totals = targetsEvidence(report.cells)
  // Grouped by target once: a merged report of 4,000 files has 16,000 targets, and a filter per
  // target made this fold quadratic (40 s, deaf to signals).
  const rules = groupByTarget(evidenceOf(report))
  const tallies = groupByTarget(interestingTallies(report.targets, report.contracts, report.cells))
  const hashes = new Map<Contract, string>()
  const folded: TargetHistory[] = []
  for (const target of report.targets) {
    const seen = totals.get(target.name)
    const runtime = target.runtime
    const contract = Object.hasOwn(report.contracts, target.contract)
      ? report.contracts[target.contract]
      : undefined
    // A target that did not start, or graded nothing, adds no run.
    if (runtime === undefined || contract === undefined || seen === undefined) continue
    if (seen.callbacks === 0) continue
    let hash = hashes.get(contract)
    if (hash === undefined) hashes.set(contract, (hash = contractHash(contract)))
    const fingerprint = fingerprintOf(runtime, target.contract, hash)
    const before = byName.get(target.name)
    const same = before !== undefined && sameFingerprint(before.fingerprint, fingerprint)
    if (before !== undefined && !same)
      notes.push(
        `${target.name}: ${changeWords(before.fingerprint, fingerprint)}: history starts again`
      )
    const base = same ? before : undefined
    const ruleSums = new Map((base?.rules ?? []).map(r => [r.rule, r]))
    const interesting = new Map((base?.interesting ?? []).map(e => [e.entry, e]))
    // Within the clock skew a run may start before the last one: the dates still span both.
    const at = Date.parse(now)
    folded.push({
      target: target.name,
      fingerprint,
      runs: (base?.runs ?? 0) + 1,
      first: base === undefined || at < Date.parse(base.first) ? now : base.first,
      last: base === undefined || at > Date.parse(base.last) ? now : base.last,
      callbacks: (base?.callbacks ?? 0) + seen.callbacks,
      forbidden: (base?.forbidden ?? 0) + seen.forbidden,
      rules: foldRules(ruleSums, rules.get(target.name) ?? []),
      interesting: foldInteresting(interesting, tallies.get(target.name) ?? [], maxRuns)
    })
  }
  // Targets that did not run now keep their history (a job skipped once), the newest first.
  const running = new Set(folded.map(t => t.target))
  const resting = earlier
    .filter(t => !running.has(t.target))
    .sort((a, b) => Date.parse(b.last) - Date.parse(a.last))
  const kept = [...folded, ...resting].slice(0, maxTargets)
  return {
    history: { targets: kept },
    notes,
    warnings,
    current: folded.slice(0, maxTargets).map(t => t.target)
  }
}

/** The history to fold into: none when absent, untrusted (noted) or not adding up (warned). */
function earlierHistory(
  previous: HistorySource | undefined,
  now: string,
  limits: { runs: number; targets: number },
  { notes, warnings }: Pick<Folded, 'notes' | 'warnings'>
): TargetHistory[] {
  if (previous?.history === undefined) return []
  if (!previous.trusted) {
    notes.push("the baseline's history is not pooled: only the base branch's own runs count")
    return []
  }
  const problem = historyProblem(previous.history, now, limits)
  if (problem === undefined) return previous.history.targets
  warnings.push(`the baseline's history is dropped: ${problem}`)
  notes.push(`the baseline's history was dropped (${problem}): history starts again`)
  return []
}

/** This run's tallies of interesting entries added to the sums, the last `maxRuns` runs kept. */
function foldInteresting(
  sums: Map<string, TargetHistory['interesting'][number]>,
  tallies: ReturnType<typeof interestingTallies>,
  maxRuns: number
): TargetHistory['interesting'] {
  return tallies.map(t => {
    const sum = sums.get(t.entry)
    // An entry the history lacks (none can, with the same contract hash) starts here.
    const recent = [...(sum?.recent ?? []), { count: t.count, of: t.of }]
    return {
      entry: t.entry,
      count: (sum?.count ?? 0) + t.count,
      of: (sum?.of ?? 0) + t.of,
      recent: recent.slice(Math.max(0, recent.length - maxRuns))
    }
  })
}

/**
 * This run's rules added to the sums; a rule of the history this run did not list (`unlisted`,
 * counted only when seen) keeps its sums.
 */
function foldRules(
  sums: Map<string, TargetHistory['rules'][number]>,
  now: { rule: string; checked: number; broken: number }[]
): TargetHistory['rules'] {
  const out = now.map(e => {
    const sum = sums.get(e.rule)
    return {
      rule: e.rule,
      checked: (sum?.checked ?? 0) + e.checked,
      broken: (sum?.broken ?? 0) + e.broken
    }
  })
  const listed = new Set(now.map(e => e.rule))
  for (const [rule, sum] of sums) if (!listed.has(rule)) out.push({ ...sum })
  return out
}

/** Rows by their target, each list in the order given. */
function groupByTarget<T extends { target: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const row of rows) {
    const list = out.get(row.target)
    if (list === undefined) out.set(row.target, [row])
    else list.push(row)
  }
  return out
}

function fingerprintOf(
  runtime: NonNullable<Report['targets'][number]['runtime']>,
  name: string,
  hash: string
): TargetHistory['fingerprint'] {
  const version = runtime.executorVersion
  return {
    implementation: runtime.implementation,
    version: runtime.version,
    executor: runtime.executor,
    ...(version === undefined ? {} : { executorVersion: version }),
    contract: name,
    contractHash: hash
  }
}

/** The contract's content, hashed: an edited contract is another contract. */
export function contractHash(contract: Contract): string {
  return createHash('sha256').update(JSON.stringify(contract)).digest('hex').slice(0, 16)
}

const FINGERPRINT_FIELDS = [
  'implementation',
  'version',
  'executor',
  'executorVersion',
  'contract',
  'contractHash'
] as const

function sameFingerprint(a: TargetHistory['fingerprint'], b: TargetHistory['fingerprint']) {
  return FINGERPRINT_FIELDS.every(f => a[f] === b[f])
}

/** "new CPython 3.12.1 (was CPython 3.11.9)", "contract thread-pool edited". */
function changeWords(was: TargetHistory['fingerprint'], now: TargetHistory['fingerprint']) {
  const parts: string[] = []
  if (was.implementation !== now.implementation || was.version !== now.version)
    parts.push(
      `new ${now.implementation} ${now.version} (was ${was.implementation} ${was.version})`
    )
  if (was.executor !== now.executor || was.executorVersion !== now.executorVersion)
    parts.push(
      `new executor ${now.executor}${now.executorVersion === undefined ? '' : ` ${now.executorVersion}`}`
    )
  if (was.contract !== now.contract) parts.push(`new contract ${now.contract}`)
  else if (was.contractHash !== now.contractHash) parts.push(`contract ${now.contract} edited`)
  return parts.join(', ')
}

/**
 * Why a history cannot be right, in a few words; undefined when its sums add up. Checked: sizes
 * within the caps, whole sums no part exceeds, per-run series no longer than the runs and adding
 * up to the totals when they cover every run, and dates in order, not after this run.
 */
export function historyProblem(
  history: History,
  now: string,
  caps: { runs: number; targets: number }
): string | undefined {
  if (history.targets.length > caps.targets)
    return `${history.targets.length} targets, at most ${caps.targets}`
  const names = new Set<string>()
  const latest = Date.parse(now) + CLOCK_SKEW_MS
  for (const t of history.targets) {
    const where = `target ${JSON.stringify(t.target.slice(0, 80))}`
    if (names.has(t.target)) return `${where} twice`
    names.add(t.target)
    const first = Date.parse(t.first)
    const last = Date.parse(t.last)
    if (!Number.isFinite(first) || !Number.isFinite(last)) return `${where}: a date is not a date`
    if (first > last || last > latest) return `${where}: dates out of order`
    if (t.runs < 1) return `${where}: no runs`
    if (t.forbidden > t.callbacks) return `${where}: more forbidden than callbacks`
    const ids = new Set<string>()
    for (const r of t.rules) {
      if (ids.has(r.rule)) return `${where}: rule ${r.rule.slice(0, 60)} twice`
      ids.add(r.rule)
      if (r.checked > t.callbacks || r.broken > r.checked || r.broken > t.forbidden)
        return `${where}: rule ${r.rule.slice(0, 60)} does not add up`
    }
    const entries = new Set<string>()
    for (const e of t.interesting) {
      const what = `${where}: interesting ${e.entry.slice(0, 60)}`
      if (entries.has(e.entry)) return `${what} twice`
      entries.add(e.entry)
      if (e.recent.length > Math.min(t.runs, caps.runs))
        return `${what}: ${e.recent.length} runs listed, more than ${Math.min(t.runs, caps.runs)}`
      if (e.count > e.of || e.of > t.callbacks) return `${what} does not add up`
      let count = 0
      let of = 0
      for (const r of e.recent) {
        if (r.count > r.of) return `${what}: a run does not add up`
        count += r.count
        of += r.of
      }
      const whole = e.recent.length === t.runs
      if (count > e.count || of > e.of || (whole && (count !== e.count || of !== e.of)))
        return `${what}: the runs do not add up to the totals`
    }
  }
  return undefined
}

/**
 * The report with its history: this run folded into the baseline's (when the caller trusts it),
 * and the pooled view of it. The warnings are for the log, one line each.
 */
export function withHistory(
  report: Report,
  baseline: { report: Report; trusted: boolean } | undefined,
  options: FoldOptions = {}
): { report: Report; warnings: string[] } {
  const folded = foldHistory(
    baseline === undefined
      ? undefined
      : { history: baseline.report.history, trusted: baseline.trusted },
    report,
    options
  )
  return {
    report: { ...report, history: folded.history, pooled: poolHistory(folded) },
    warnings: folded.warnings
  }
}

/** Family-wise false-alarm rate of the drift test per report (Bonferroni over its series). */
export const DRIFT_ALPHA = 0.01

/** The pooled view of the targets this run folded in (the others' histories are only kept). */
export function poolHistory(folded: Folded): Pooled {
  const running = new Set(folded.current)
  const mine = folded.history.targets.filter(t => running.has(t.target))
  const series = mine.flatMap(t =>
    t.interesting.map(e => ({ target: t.target, entry: e.entry, recent: e.recent }))
  )
  const drifts = testDrift(
    series.map(s => s.recent),
    DRIFT_ALPHA
  )
  return {
    notes: folded.notes,
    alpha: DRIFT_ALPHA,
    targets: mine.map(t => ({
      target: t.target,
      callbacks: t.callbacks,
      forbidden: t.forbidden,
      runs: t.runs,
      since: t.first,
      upperBound: upperBound(t.forbidden, t.callbacks)
    })),
    evidence: mine.flatMap(t =>
      t.rules.map(r => ({
        target: t.target,
        rule: r.rule,
        checked: r.checked,
        broken: r.broken,
        runs: t.runs,
        since: t.first,
        upperBound: upperBound(r.broken, r.checked)
      }))
    ),
    trends: series.map((s, i) => {
      const drift = drifts[i]
      return {
        target: s.target,
        entry: s.entry,
        rates: s.recent.filter(r => r.of > 0).map(r => r.count / r.of),
        ...(drift === undefined ? {} : { drift })
      }
    })
  }
}

/**
 * The report's history: three simulated main runs fold their counts into exact sums; a new Python
 * version starts that target's history again; a merged report's history never enters; a history
 * whose sums do not add up is dropped with a warning; the pooled line, trend and drift come out
 * in the Markdown and the terminal. The runs are the fixture report of a real CPython 3.13 run
 * with its counts scaled and its registration race set, so each test knows the exact sums.
 */
import { describe, expect, it } from '@jest/globals'
import { upperBound } from '../../src/grading/bound.js'
import { collectEvidence } from '../../src/grading/evidence.js'
import { foldHistory, poolHistory, type Folded } from '../../src/report/history.js'
import { renderReport } from '../../src/render/markdown/report.js'
import { mergeReports, parseReport } from '../../src/report/read/merge.js'
import type { History, Report } from '../../src/report/model.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { renderJson } from '../../src/render/json.js'
import { readFixture } from '../browser/scenarios.js'
import { PYTHON_FIXTURES, runWith } from '../helpers/engine.js'

const fixture = readFixture('current/guard-py3.13-ubuntu-latest')
const TARGET = fixture.targets[0]!.name

interface RunOptions {
  day: number
  /** Every outcome's count times this. */
  scale?: number
  /** The registration race's count in the timed cell (its `done` outcome takes the rest). */
  race?: number
  version?: string
}

/** One simulated main run: the fixture's histograms scaled, dated 2026-11-<day>. */
function simulatedRun({ day, scale = 1000, race = 1, version = '3.13.0' }: RunOptions): Report {
  const cells = fixture.cells.map(c => ({
    ...c,
    outcomes: c.outcomes.map(o => {
      if (o.grade !== 'interesting') return { ...o, count: o.count * scale }
      return { ...o, count: race }
    })
  }))
  const { evidence: _derived, ...rest } = fixture
  return {
    ...rest,
    startedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    targets: fixture.targets.map(t => ({ ...t, runtime: { ...t.runtime!, version } })),
    cells
  }
}

function chain(runs: Report[]): { folded: Folded; report: Report }[] {
  let history: History | undefined
  return runs.map(report => {
    const folded = foldHistory(
      history === undefined ? undefined : { history, trusted: true },
      report
    )
    history = folded.history
    return { folded, report: { ...report, history, pooled: poolHistory(folded) } }
  })
}

function evidenceOf(report: Report) {
  return collectEvidence(report.targets, report.contracts, report.cells)
}

describe('three simulated main runs', () => {
  const runs = [
    simulatedRun({ day: 2, scale: 1000, race: 3 }),
    simulatedRun({ day: 9, scale: 2000, race: 5 }),
    simulatedRun({ day: 16, scale: 1500, race: 4 })
  ]
  const [, , third] = chain(runs)

  it("pool into the third: every rule's checked and broken are the exact sums of the three runs", () => {
    const pooled = third!.report.pooled!
    for (const rule of evidenceOf(runs[0]!)) {
      const sum = (field: 'checked' | 'broken') =>
        runs.reduce((n, r) => n + evidenceOf(r).find(e => e.rule === rule.rule)![field], 0)
      const entry = pooled.evidence.find(e => e.rule === rule.rule)!
      expect(entry).toMatchObject({ runs: 3, checked: sum('checked'), broken: sum('broken') })
      expect(entry.since).toBe('2026-11-02T10:00:00.000Z')
      expect(entry.upperBound).toBe(upperBound(entry.broken, entry.checked))
    }
    const callbacks = runs.reduce(
      (n, r) => n + r.cells.reduce((m, c) => m + c.outcomes.reduce((k, o) => k + o.count, 0), 0),
      0
    )
    expect(pooled.targets[0]).toMatchObject({ runs: 3, callbacks, forbidden: 0 })
    const race = third!.report.history!.targets[0]!.interesting[0]!
    expect(race.count).toBe(3 + 5 + 4)
    expect(race.recent.map(r => r.count)).toEqual([3, 5, 4])
  })

  it('show the pooled figures in the Markdown, the terminal and the JSON', () => {
    const report = third!.report
    const exactly = report.pooled!.evidence.find(e => e.rule === 'worker-runs-callback')!
    const checked = exactly.checked.toLocaleString('en-US')
    const line = `no violation of worker-runs-callback in ${checked} callbacks over 3 runs since 2026-11-02: at 95% confidence, fewer than`
    const markdown = renderReport(report)
    expect(markdown).toContain(line)
    expect(markdown).toContain('pooled: no violation in')
    const terminal = renderTerminal(report)
    expect(terminal).toContain('pooled: no violation in')
    expect(terminal).toMatch(/registration-race on .*: █▇█ over 3 runs/)
    const json = JSON.parse(renderJson(report)) as Report
    expect(json.history!.targets[0]!.runs).toBe(3)
    expect(json.pooled!.evidence.find(e => e.rule === 'worker-runs-callback')!.checked).toBe(
      exactly.checked
    )
  })

  it('keep only the last N runs of each interesting outcome, with totals of every run', () => {
    const many = Array.from({ length: 5 }, (_, i) => simulatedRun({ day: i + 1, race: i + 1 }))
    let history: History | undefined
    for (const r of many)
      history = foldHistory(history && { history, trusted: true }, r, { runs: 3 }).history
    const race = history!.targets[0]!.interesting[0]!
    expect(race.recent.map(r => r.count)).toEqual([3, 4, 5])
    expect(race.count).toBe(1 + 2 + 3 + 4 + 5)
    expect(history!.targets[0]!.runs).toBe(5)
  })
})

describe('a history kept', () => {
  it('for a target that graded nothing this run: not folded, not pooled, not tested', () => {
    const earlier = chain([1, 2, 3, 4].map(day => simulatedRun({ day }))).at(-1)!.report.history!
    const idle = simulatedRun({ day: 9 })
    idle.cells = idle.cells.map(c => ({ ...c, verdict: 'error', outcomes: [], violations: [] }))
    const folded = foldHistory({ history: earlier, trusted: true }, idle)
    expect(folded.history.targets).toEqual(earlier.targets)
    expect(folded.current).toEqual([])
    expect(poolHistory(folded)).toMatchObject({ targets: [], evidence: [], trends: [] })
  })

  it('with a rule this run did not list (unlisted, counted only when seen) and its sums', () => {
    const earlier = foldHistory(undefined, simulatedRun({ day: 2 })).history
    earlier.targets[0]!.rules.push({ rule: 'unlisted', checked: 10, broken: 0 })
    const folded = foldHistory({ history: earlier, trusted: true }, simulatedRun({ day: 9 }))
    expect(folded.warnings).toEqual([])
    expect(folded.history.targets[0]!.rules.at(-1)).toEqual({
      rule: 'unlisted',
      checked: 10,
      broken: 0
    })
  })
})

describe('a history starts again', () => {
  it('when the Python version changes, and the report says so', () => {
    const [, second] = chain([
      simulatedRun({ day: 2 }),
      simulatedRun({ day: 9, version: '3.13.1' })
    ])
    expect(second!.report.history!.targets[0]!.runs).toBe(1)
    expect(second!.folded.notes).toEqual([
      `${TARGET}: new CPython 3.13.1 (was CPython 3.13.0): history starts again`
    ])
    expect(renderReport(second!.report)).toContain(
      'new CPython 3.13.1 (was CPython 3.13.0): history starts again'
    )
    expect(renderTerminal(second!.report)).toContain(
      `history: ${TARGET}: new CPython 3.13.1 (was CPython 3.13.0): history starts again`
    )
    // One run pooled is this run's own line: no pooled line.
    expect(renderReport(second!.report)).not.toContain('pooled: ')
  })

  it("when the executor package's version changes, as the real probe reports it", async () => {
    const report = await runWith({
      executor: 'versioned_pool:VersionedPool',
      pythonPath: [PYTHON_FIXTURES],
      scenarios: ['done'],
      tasks: [4],
      workers: [2]
    })
    expect(report.targets[0]!.runtime!.executorVersion).toBe('2.4.1')
    const earlier = structuredClone(foldHistory(undefined, report).history)
    expect(earlier.targets[0]!.fingerprint.executorVersion).toBe('2.4.1')
    const same = foldHistory({ history: earlier, trusted: true }, report)
    expect(same.history.targets[0]!.runs).toBe(2)
    earlier.targets[0]!.fingerprint.executorVersion = '2.4.0'
    const folded = foldHistory({ history: earlier, trusted: true }, report)
    expect(folded.history.targets[0]!.runs).toBe(1)
    expect(folded.notes[0]).toContain(
      'new executor versioned_pool:VersionedPool 2.4.1: history starts again'
    )
  }, 60_000)

  it('when the contract is edited', () => {
    const first = simulatedRun({ day: 2 })
    const edited = simulatedRun({ day: 9 })
    const contract = edited.contracts['thread-pool']!
    edited.contracts = { 'thread-pool': { ...contract, rules: contract.rules.slice(1) } }
    const folded = foldHistory(
      { history: foldHistory(undefined, first).history, trusted: true },
      edited
    )
    expect(folded.history.targets[0]!.runs).toBe(1)
    expect(folded.notes[0]).toContain('contract thread-pool edited: history starts again')
  })
})

describe('a history that cannot be trusted', () => {
  const earlier = foldHistory(undefined, simulatedRun({ day: 2, scale: 1_000_000 })).history

  it('is not folded from an untrusted baseline', () => {
    const folded = foldHistory({ history: earlier, trusted: false }, simulatedRun({ day: 9 }))
    expect(folded.history.targets[0]!.runs).toBe(1)
    expect(folded.notes[0]).toContain('not pooled')
  })

  it('in a merged report (a fork could write it) never enters the history', () => {
    const run = simulatedRun({ day: 9 })
    const file = parseReport(JSON.stringify({ ...run, history: earlier }))
    expect(file.history?.targets[0]!.runs).toBe(1)
    const merged = mergeReports([{ path: 'fork/report.json', report: file }])
    expect(merged.history).toBeUndefined()
    const twoMerged = mergeReports([
      { path: 'a/report.json', report: file },
      { path: 'b/report.json', report: file }
    ])
    expect(twoMerged.history).toBeUndefined()
    // And the run folds only its own counts.
    const folded = foldHistory(undefined, merged)
    expect(folded.history.targets[0]!.callbacks).toBe(
      run.cells.reduce((n, c) => n + c.outcomes.reduce((m, o) => m + o.count, 0), 0)
    )
  })

  it('of the wrong shape refuses the baseline file, naming the field', () => {
    const history = structuredClone(earlier)
    history.targets[0]!.runs = -1
    const file = JSON.stringify({ ...simulatedRun({ day: 9 }), history })
    expect(() => parseReport(file)).toThrow(/history\.targets\[0\]\.runs/)
  })

  const broken: [string, (h: History) => void, RegExp][] = [
    [
      'per-run series that do not add up to the totals',
      h => (h.targets[0]!.interesting[0]!.count += 7),
      /the runs do not add up to the totals/
    ],
    [
      'a rule broken more often than checked',
      h => (h.targets[0]!.rules[0]!.broken = 10 ** 9),
      /does not add up/
    ],
    [
      'dates out of order',
      h => (h.targets[0]!.first = '2026-12-30T00:00:00.000Z'),
      /dates out of order/
    ],
    [
      'a last date after this run',
      h => (h.targets[0]!.last = '2027-01-30T00:00:00.000Z'),
      /dates out of order/
    ],
    [
      'more runs listed than kept',
      h => {
        const t = h.targets[0]!
        t.runs = 40
        t.interesting[0]!.recent = Array.from({ length: 31 }, () => ({ count: 0, of: 1 }))
      },
      /31 runs listed, more than 30/
    ],
    [
      'too many targets',
      h =>
        (h.targets = Array.from({ length: 65 }, (_, i) => ({ ...h.targets[0]!, target: `t${i}` }))),
      /65 targets, at most 64/
    ]
  ]
  it.each(broken)('is dropped with a one-line warning: %s', (_name, breakIt, why) => {
    const history = structuredClone(earlier)
    breakIt(history)
    const folded = foldHistory({ history, trusted: true }, simulatedRun({ day: 9 }))
    expect(folded.warnings).toHaveLength(1)
    expect(folded.warnings[0]).toMatch(why)
    expect(folded.warnings[0]).not.toContain('\n')
    expect(folded.history.targets[0]!.runs).toBe(1)
  })

  it('that adds up is folded (the cases above fail only for what they break)', () => {
    const folded = foldHistory(
      { history: structuredClone(earlier), trusted: true },
      simulatedRun({ day: 9 })
    )
    expect(folded.warnings).toEqual([])
    expect(folded.history.targets[0]!.runs).toBe(2)
  })
})

describe('drift in the report', () => {
  it('flags a tenfold registration race, and not the same rate again', () => {
    const steady = Array.from({ length: 6 }, (_, i) => simulatedRun({ day: i + 1, race: 20 }))
    const same = chain([...steady, simulatedRun({ day: 8, race: 23 })]).at(-1)!.report
    const moved = chain([...steady, simulatedRun({ day: 8, race: 200 })]).at(-1)!.report
    expect(same.pooled!.trends[0]!.drift).toMatchObject({ flagged: false })
    expect(moved.pooled!.trends[0]!.drift).toMatchObject({ flagged: true })
    expect(renderReport(moved)).toMatch(
      /<code>registration-race<\/code>: ▁▁▁▁▁▁█ over 7 runs: .*⚠️ drift/
    )
    expect(renderReport(same)).not.toContain('⚠️ drift')
    // On the first screen, before any table.
    const head = renderReport(moved).split('| cell |')[0]!
    expect(head).toContain(
      '**⚠️ Rate drift:** <code>registration-race</code>: now 1.9 in a thousand'
    )
    expect(renderReport(same)).not.toContain('Rate drift')
  })

  it('shows no trend line for an outcome never seen in the window (it is in the JSON)', () => {
    const quiet = chain([1, 2, 3, 4].map(day => simulatedRun({ day, race: 0 }))).at(-1)!.report
    expect(quiet.pooled!.trends[0]!.rates).toEqual([0, 0, 0, 0])
    expect(renderReport(quiet)).not.toMatch(/registration-race<\/code>: ▁/)
    expect(renderReport(quiet)).toContain('pooled: no violation in')
    expect(renderTerminal(quiet)).not.toContain('registration-race on')
  })

  it('escapes every string of a history in the Markdown', () => {
    const run = simulatedRun({ day: 9 })
    const hostile = {
      ...run,
      targets: run.targets.map(t => ({
        ...t,
        runtime: { ...t.runtime!, version: '<img src=x onerror=alert(1)>' }
      }))
    }
    const [, second] = chain([simulatedRun({ day: 2 }), hostile])
    const markdown = renderReport(second!.report)
    expect(markdown).toContain('history starts again')
    expect(markdown).not.toContain('<img')
  })
})

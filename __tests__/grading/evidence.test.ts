/**
 * Evidence: per target and rule, the callbacks checked and broken, from the graded histograms.
 * The sums are checked against the histograms of a real run (a real Python, a real broken
 * executor), against hand-made histograms for the cases a run does not reliably produce
 * (waived and unlisted outcomes), and against what a report file claims (it is derived again).
 */
import { describe, expect, it } from '@jest/globals'
import { upperBound } from '../../src/grading/bound.js'
import { loadContract } from '../../src/grading/contracts/index.js'
import { collectEvidence, interestingRates } from '../../src/grading/evidence.js'
import { gradeOutcomes } from '../../src/grading/grade.js'
import type { Outcome } from '../../src/probes/protocol.js'
import { boundSentence, rateWords } from '../../src/report/evidence.js'
import { mergeReports, parseReport } from '../../src/report/read/merge.js'
import { renderReport } from '../../src/render/markdown/report.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { countWhere, runBroken } from '../helpers/engine.js'

const threadPool = loadContract('thread-pool')
const outcome = (facts: Outcome['facts'], count: number): Outcome => ({ facts, count, samples: [] })

describe('evidence from a real run', () => {
  it('adds up to the histograms: every callback once per rule that speaks about it', async () => {
    const report = await runBroken('RareMovedCallbacks', {
      workers: [4],
      tasks: [1500],
      taskMs: [0],
      scenarios: ['running', 'done']
    })
    const target = report.targets[0]!.name
    const evidence = new Map(report.evidence!.map(e => [e.rule, e]))
    const total = report.cells.flatMap(c => c.outcomes).reduce((n, o) => n + o.count, 0)
    expect(total).toBe(3000)
    const running = report.cells.find(c => c.scenario === 'running')!
    const done = report.cells.find(c => c.scenario === 'done')!

    // exactly-once speaks about every callback; the others about one scenario's callbacks.
    expect(evidence.get('exactly-once')).toMatchObject({ target, checked: 3000, broken: 0 })
    expect(evidence.get('held-task-is-running')).toMatchObject({ checked: 1500, broken: 0 })
    expect(evidence.get('done-is-done')).toMatchObject({ checked: 1500, broken: 0 })
    expect(evidence.get('done-runs-inline')!.checked).toBe(countWhere(done, { registered: 'done' }))
    // The moved callbacks, as the histograms and the cells' violations count them.
    const moved =
      countWhere(running, { ranOn: 'other-thread' }) + countWhere(done, { ranOn: 'other-thread' })
    expect(moved).toBeGreaterThan(0)
    const violations = report.cells
      .flatMap(c => c.violations)
      .filter(v => v.rule === 'worker-runs-callback' || v.rule === 'done-runs-inline')
      .reduce((n, v) => n + v.count, 0)
    const worker = evidence.get('worker-runs-callback')!
    const late = evidence.get('done-runs-inline')!
    expect(worker.checked).toBe(1500)
    expect(worker.broken + late.broken).toBe(moved)
    expect(worker.broken + late.broken).toBe(violations)
    for (const e of report.evidence!) expect(e.upperBound).toBe(upperBound(e.broken, e.checked))
    // Rules that no cell exercised are listed, with no bound.
    expect(evidence.get('callbacks-in-order')).toMatchObject({
      checked: 0,
      broken: 0,
      upperBound: 1
    })
  })
})

describe('evidence from hand-made histograms', () => {
  const cell = (scenario: 'timed' | 'running' | 'shutdown', outcomes: Outcome[]) => ({
    target: 't',
    scenario,
    outcomes: gradeOutcomes(scenario, outcomes, threadPool)
  })
  const targets = [{ name: 't', contract: 'thread-pool' }]
  const contracts = { 'thread-pool': threadPool }

  it('counts a waived race as checked, not broken, and gives its rate an interval', () => {
    const cells = [
      cell('timed', [
        outcome({ registered: 'pending', ranOn: 'task-thread', inline: false, calls: 1 }, 996),
        outcome({ registered: 'pending', ranOn: 'caller-thread', inline: true, calls: 1 }, 4)
      ])
    ]
    const worker = collectEvidence(targets, contracts, cells).find(
      e => e.rule === 'worker-runs-callback'
    )
    expect(worker).toMatchObject({ checked: 1000, broken: 0 })
    const [rate] = interestingRates(targets, contracts, cells)
    expect(rate).toMatchObject({ entry: 'registration-race', count: 4, of: 1000 })
    // SciPy: beta.ppf(0.025, 4, 997), beta.ppf(0.975, 5, 996).
    expect(rate!.interval[0]).toBeCloseTo(0.0010909, 6)
    expect(rate!.interval[1]).toBeCloseTo(0.0102097, 6)
  })

  it('adds an unlisted entry, checked against every callback, only when one was seen', () => {
    const clean = cell('running', [
      outcome({ registered: 'running', ranOn: 'task-thread', inline: false, calls: 1 }, 9)
    ])
    expect(
      collectEvidence(targets, contracts, [clean]).find(e => e.rule === 'unlisted')
    ).toBeUndefined()
    // No rule of thread-pool speaks about a running future in `shutdown` but exactly-once.
    const odd = cell('shutdown', [
      outcome({ registered: 'running', ranOn: 'caller-thread', inline: false, calls: 1 }, 1)
    ])
    expect(odd.outcomes[0]?.grade).toBe('forbidden')
    const unlisted = collectEvidence(targets, contracts, [clean, odd]).find(
      e => e.rule === 'unlisted'
    )
    expect(unlisted).toMatchObject({ checked: 10, broken: 1, upperBound: upperBound(1, 10) })
  })

  it("counts an outcome by its cell's scenario, as grading does, whatever fact it names", () => {
    // A fact named scenario cannot move an outcome under another scenario's rules here either.
    const posing = cell('running', [
      outcome(
        { registered: 'running', ranOn: 'task-thread', inline: false, calls: 1, scenario: 'done' },
        5
      )
    ])
    const evidence = new Map(collectEvidence(targets, contracts, [posing]).map(e => [e.rule, e]))
    expect(evidence.get('held-task-is-running')).toMatchObject({ checked: 5, broken: 0 })
    expect(evidence.get('done-is-done')).toMatchObject({ checked: 0 })
  })

  it('a report file cannot claim evidence its cells contradict', async () => {
    const report = await runBroken('RareMovedCallbacks', {
      workers: [2],
      tasks: [50],
      taskMs: [0],
      scenarios: ['running']
    })
    const forged = {
      ...report,
      evidence: [{ target: 'x', rule: 'exactly-once', checked: 1e9, broken: 0, upperBound: 3e-9 }]
    }
    expect(parseReport(JSON.stringify(forged)).evidence).toEqual(report.evidence)
  })
})

describe('evidence in words', () => {
  it('says what the issue promises for 2,400,000 clean callbacks', () => {
    expect(boundSentence(0, 2_400_000, upperBound(0, 2_400_000))).toBe(
      'no violation in 2,400,000 callbacks: at 95% confidence, fewer than 1.2 in a million could break a rule'
    )
    expect(boundSentence(3, 1_000, upperBound(3, 1_000))).toBe('3 of 1,000 callbacks broke a rule')
    expect(boundSentence(0, 0, 1)).toBe('no callback checked, so no bound')
    expect(rateWords(0.26)).toBe('26%')
    expect(rateWords(2e-5)).toBe('20 in a million')
  })

  it('reaches the terminal and the Markdown report', async () => {
    const report = await runBroken('RareMovedCallbacks', {
      workers: [2],
      tasks: [50],
      taskMs: [0],
      scenarios: ['running']
    })
    expect(renderTerminal(report)).toMatch(
      /Evidence \(95% confidence\)\n {2}python3 RareMovedCallbacks: no violation in 50 callbacks: at 95% confidence, fewer than 5\.8% of callbacks could break a rule/
    )
    const md = renderReport(report)
    expect(md).toContain(
      '**Evidence:** no violation in 50 callbacks: at 95% confidence, fewer than 5.8% of callbacks could break a rule'
    )
    expect(md).toMatch(/\| <code>worker-runs-callback<\/code> \| 50 \| 0 \| fewer than 5\.8% \|/)
  })

  it('with several targets, sits in the runtimes details, a line per target, and adds up again', async () => {
    const one = await runBroken('RareMovedCallbacks', {
      workers: [2],
      tasks: [30],
      taskMs: [0],
      scenarios: ['running']
    })
    const merged = mergeReports([
      { path: 'a/py3.8/report.json', report: parseReport(JSON.stringify(one)) },
      { path: 'a/py3.13/report.json', report: parseReport(JSON.stringify(one)) }
    ])
    expect(merged.evidence!.filter(e => e.rule === 'exactly-once')).toEqual([
      expect.objectContaining({ target: 'py3.8', checked: 30 }),
      expect.objectContaining({ target: 'py3.13', checked: 30 })
    ])
    const md = renderReport(merged)
    expect(md).toContain(
      '<details><summary>Runtimes, contracts and evidence (95% confidence; 60 callbacks checked)</summary>'
    )
    expect(md).toContain(
      '- **py3.8**: no violation in 30 callbacks: at 95% confidence, fewer than 9.5% of callbacks could break a rule'
    )
    expect(md).not.toContain('### Evidence')
  })
})

/**
 * The probe's windowed path: with a tiny in-flight window (CTG_PROBE_WINDOW), callbacks that a
 * dispatcher runs after their window's wait ended are "late", and the late path must classify
 * them exactly as one window would. The dispatcher-style SlowDispatcher runs every callback on
 * its own thread 0.5 s late, so with timeoutMs 300 every window closes before its callbacks run.
 * (A later window gives its held tasks GRACE_S, 0.2 s, to start: a shorter timeoutMs made a busy
 * machine's slow thread start an error cell, as it should be, and this test flaky.)
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Report } from '../../src/report/model.js'
import { runBroken } from '../helpers/engine.js'

const CELLS = { scenarios: ['running', 'order'], workers: [2], tasks: [4], timeoutMs: 300 }

function histogram(report: Report) {
  return report.cells.map(c =>
    c.outcomes.map(o => ({ facts: o.facts, count: o.count })).sort((a, b) => b.count - a.count)
  )
}

describe('late callbacks of closed windows', () => {
  afterEach(() => {
    delete process.env.CTG_PROBE_WINDOW
  })

  it('are classified as one window classifies them: on the dispatcher thread, once, in order', async () => {
    process.env.CTG_PROBE_WINDOW = '2'
    const windowed = await runBroken('SlowDispatcher', CELLS)
    delete process.env.CTG_PROBE_WINDOW
    const whole = await runBroken('SlowDispatcher', CELLS)
    expect(histogram(windowed)).toEqual([
      [
        {
          facts: { registered: 'running', ranOn: 'other-thread', inline: false, calls: 1 },
          count: 4
        }
      ],
      [
        {
          facts: {
            registered: 'running',
            ranOn: 'other-thread',
            inline: false,
            calls: 1,
            order: 'in-order'
          },
          count: 12
        }
      ]
    ])
    expect(histogram(windowed)).toEqual(histogram(whole))
    expect(windowed.cells.map(c => c.violations.map(v => v.rule))).toEqual([
      ['worker-runs-callback'],
      ['worker-runs-callback']
    ])
  })
})

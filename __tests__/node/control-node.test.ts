/**
 * The positive control on a Node pool (issue 19: "a control ... on one Node pool is caught"),
 * through the real engine and the real Node probe with piscina: every N-th handler is moved to
 * the probe's control thread (src/probes/node/control.ts; counted, so the rate is exact), and each
 * of the 8 control runs must see it as a violation of its own (samples naming CTG-Control),
 * without any of it counted as the target's. A configuration too small to see the planted rate
 * (one in a billion) is missed, and the run says its bound is not worth its number (an error).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { loadConfig, type Overrides } from '../../src/config/load.js'
import { CONTROL_RUNS, CONTROL_THREAD, runWithControl } from '../../src/engine/control.js'
import { expandMatrix } from '../../src/engine/matrix.js'
import { CONTROL_THREAD_NAME } from '../../src/probes/node/control.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { useBuiltProbe } from './helpers/probe-build.js'

function piscinaConfig(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ctg-node-control-')), 'config.json')
  writeFileSync(file, JSON.stringify({ targets: [{ pool: 'piscina' }] }))
  return file
}

async function runControlled(overrides: Overrides) {
  return runWithControl(expandMatrix(loadConfig(piscinaConfig(), { taskMs: [0], ...overrides })))
}

describe('a positive control on a Node pool (piscina)', () => {
  beforeAll(() => {
    useBuiltProbe()
  })

  it('names its thread as the engine looks for it', () => {
    expect(CONTROL_THREAD_NAME).toBe(CONTROL_THREAD)
  })

  it('a misroute of 1 in 10 is caught in every run, and none of it counts as the target’s', async () => {
    // 200 handlers a run, one in 10 moved (every 10th, exactly): 20 moved handlers a run.
    const report = await runControlled({
      scenarios: ['running', 'done'],
      workers: [2],
      tasks: [100],
      control: 10
    })
    expect(report.control).toEqual([
      expect.objectContaining({
        target: report.targets[0]!.name,
        oneIn: 10,
        runs: CONTROL_RUNS,
        caught: CONTROL_RUNS,
        errors: 0,
        status: 'caught'
      })
    ])
    expect(report.control![0]!.callbacks).toBe(CONTROL_RUNS * 200)
    // The target's own cells: untouched by the control, and passing.
    expect(report.verdict).toBe('pass')
    for (const cell of report.cells) {
      expect(cell.verdict).toBe('pass')
      for (const o of cell.outcomes) expect(o.facts.ranOn).toBe('caller-thread')
    }
  }, 240_000)

  it('a rate too rare for the run (1 in a billion) is missed, and the run does not pass', async () => {
    const report = await runControlled({
      scenarios: ['running'],
      workers: [2],
      tasks: [20],
      control: 1_000_000_000
    })
    expect(report.control).toEqual([
      expect.objectContaining({ oneIn: 1_000_000_000, caught: 0, status: 'missed' })
    ])
    expect(report.cells.every(c => c.verdict === 'pass')).toBe(true)
    expect(report.verdict).toBe('error')
  }, 240_000)
})

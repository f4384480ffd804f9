/**
 * Deliberately broken pool adapters (fixtures/*.mjs), each run through the real probe and graded
 * by the real event-loop contract: each must fail, naming its rule, with the evidence counted.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { runMatrix, type Report } from '../../src/kit.js'
import { brokenRules, cellsOf, countWhere } from '../helpers/engine.js'
import { FIXTURES, useBuiltProbe } from './helpers/probe-build.js'

beforeAll(() => {
  useBuiltProbe()
}, 120_000)

function runAdapter(file: string, scenarios = ['running', 'done']): Promise<Report> {
  return runMatrix({
    targets: [{ adapter: join(FIXTURES, file) }],
    matrix: { scenarios: scenarios as ['running'], workers: [2], tasks: [10], taskMs: [0] },
    timeoutMs: 1_000
  })
}

describe('broken adapters are caught by the event-loop contract', () => {
  it('handlers moved onto the worker that ran the task break caller-runs-handler', async () => {
    const report = await runAdapter('moved-handlers.mjs', ['running', 'done', 'order'])
    expect(report.verdict).toBe('fail')
    expect(brokenRules(report)).toEqual(['caller-runs-handler'])
    for (const cell of report.cells) {
      expect(countWhere(cell, { ranOn: 'task-thread', inline: false })).toBe(
        cell.tasks * cell.callbacks
      )
      expect(cell.violations[0]?.samples[0]?.callback).toMatch(/^worker thread \d+$/)
    }
  })

  it('handlers lost once the task settled break exactly-once, counted as never run', async () => {
    const report = await runAdapter('lost-handlers.mjs')
    expect(brokenRules(report)).toEqual(['exactly-once'])
    expect(cellsOf(report, 'running')[0]?.verdict).toBe('pass')
    const done = cellsOf(report, 'done')[0]!
    expect(done.verdict).toBe('fail')
    expect(countWhere(done, { registered: 'done', ranOn: 'never', calls: 0 })).toBe(10)
    expect(done.violations[0]?.count).toBe(10)
  })

  it('handlers run twice break exactly-once and nothing else', async () => {
    const report = await runAdapter('twice-handlers.mjs', ['running', 'done', 'order'])
    expect(brokenRules(report)).toEqual(['exactly-once'])
    for (const cell of report.cells) {
      expect(countWhere(cell, { ranOn: 'caller-thread', calls: 2 })).toBe(
        cell.tasks * cell.callbacks
      )
    }
  })

  it('a correct adapter module passes the same cells', async () => {
    const report = await runAdapter('piscina-adapter.mjs', ['running', 'done', 'order', 'cancel'])
    expect(report.cells.map(c => c.verdict)).toEqual(['pass', 'pass', 'pass', 'pass'])
    expect(report.targets[0]?.runtime?.executor).toBe('piscina through an adapter module')
  })

  it('a module that is not an adapter is bad input, naming the adapter and what is missing', async () => {
    await expect(runAdapter('not-an-adapter.mjs')).rejects.toThrow(
      /^adapter \(target ".*not-an-adapter\.mjs"\): .*not a pool adapter: the module does not export a function "run"/
    )
    await expect(runAdapter('throws-on-import.mjs')).rejects.toThrow(
      /cannot be imported: Error: this adapter is broken at import/
    )
    await expect(runAdapter('no-such-adapter.mjs')).rejects.toThrow(
      /^adapter: cannot read .*no such file/
    )
  })
})

/**
 * The positive control, through the real engine and real python3: the stdlib ThreadPoolExecutor
 * made to misroute callbacks at a known rate is caught in every control run, without a single
 * control violation counted as the target's; a configuration too small to see the planted rate
 * says so, and the run does not pass.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { readInputs } from '../../src/action/inputs.js'
import { loadConfig, type Overrides } from '../../src/config/load.js'
import { CONTROL_RUNS, runWithControl } from '../../src/engine/control.js'
import { expandMatrix } from '../../src/engine/matrix.js'
import { controlMissed, controlWords } from '../../src/render/words/control.js'
import { renderMarkdown } from '../../src/render/markdown/report.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { judgeStep } from '../../src/sinks/github/step-status.js'
import { PYTHON_FIXTURES } from '../helpers/engine.js'

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

async function runControlled(overrides: Overrides) {
  return runWithControl(expandMatrix(loadConfig(undefined, { taskMs: [0], ...overrides })))
}

describe('a positive control', () => {
  it('on the stdlib ThreadPoolExecutor, a misroute of 1 in 10 is caught in every run, and none of it counts as the target’s', async () => {
    // 200 callbacks a run at 1 in 10: a run misses with chance 0.9^200, about 7e-10.
    const report = await runControlled({
      scenarios: ['running', 'done'],
      workers: [2],
      tasks: [100],
      control: 10
    })
    expect(report.control).toEqual([
      expect.objectContaining({
        target: 'python3 ThreadPoolExecutor',
        oneIn: 10,
        runs: CONTROL_RUNS,
        caught: CONTROL_RUNS,
        errors: 0,
        status: 'caught'
      })
    ])
    expect(report.control?.[0]?.callbacks).toBe(CONTROL_RUNS * 200)
    expect(report.verdict).toBe('pass')
    expect(report.summary.violations).toBe(0)
    expect(report.cells.map(c => c.target)).toEqual([
      'python3 ThreadPoolExecutor',
      'python3 ThreadPoolExecutor'
    ])
    expect(report.cells.every(c => c.verdict === 'pass')).toBe(true)
    expect(renderTerminal(report)).toContain(
      'python3 ThreadPoolExecutor: a misroute of 1 in 10 on this executor was caught in 8 of 8 control runs (1,600 callbacks graded)'
    )
    expect(renderMarkdown(report)).toContain(
      '- 🎯 **Positive control:** a misroute of 1 in 10 on this executor was caught in 8 of 8 control runs'
    )
  })

  it('a blind configuration (4 callbacks a run against 1 in a billion): the control is not caught, the run says so and does not pass', async () => {
    // 32 callbacks in all: any of them moved with chance about 3e-8.
    const report = await runControlled({
      scenarios: ['running'],
      workers: [2],
      tasks: [4],
      control: 1_000_000_000
    })
    const control = report.control?.[0]
    expect(control).toMatchObject({
      oneIn: 1_000_000_000,
      runs: CONTROL_RUNS,
      caught: 0,
      callbacks: 32,
      status: 'missed'
    })
    expect(report.summary.violations).toBe(0)
    expect(report.cells[0]?.verdict).toBe('pass')
    expect(report.verdict).toBe('error')
    const terminal = renderTerminal(report)
    expect(terminal).toMatch(
      /CONTROL NOT CAUGHT: a misroute of 1 in 1,000,000,000 on this executor was caught in 0 of 8 control runs \(32 callbacks graded\)\. This run cannot see a fault at that rate, so its bound is not worth its number/
    )
    expect(terminal).toMatch(
      /^ERROR: .*; the positive control was not caught, so this run proves little$/m
    )
    expect(renderMarkdown(report)).toContain('- ⚠️ **Positive control:** CONTROL NOT CAUGHT')
    expect(judgeStep({ report, diff: undefined }, 'violation').failure).toMatch(
      /: the positive control was caught in no run, so the bound is not worth its number$/
    )
  })
})

describe('a control is not run where it proves nothing', () => {
  it('a target that broke a rule gets no control, and the record says why', async () => {
    const report = await runControlled({
      executor: 'broken_executors:MovedCallbacks',
      pythonPath: [PYTHON_FIXTURES],
      scenarios: ['running'],
      workers: [2],
      tasks: [4],
      control: 10
    })
    expect(report.verdict).toBe('fail')
    expect(report.control).toEqual([
      {
        target: 'python3 MovedCallbacks',
        oneIn: 10,
        runs: 0,
        caught: 0,
        errors: 0,
        callbacks: 0,
        status: 'not-run',
        reason: 'the target broke a rule, so there is no pass for a control to vouch for'
      }
    ])
    expect(renderTerminal(report)).toContain(
      'python3 MovedCallbacks: no control: the target broke a rule, so there is no pass for a control to vouch for'
    )
  })
})

describe('what the sinks say about a control caught only sometimes', () => {
  it('warns in the terminal and the Markdown, without changing the verdict', () => {
    const record = {
      target: 't',
      oneIn: 10_000,
      runs: 8,
      caught: 3,
      errors: 0,
      callbacks: 20_000,
      status: 'partly' as const
    }
    expect(controlWords(record)).toBe(
      'CONTROL CAUGHT ONLY SOMETIMES: a misroute of 1 in 10,000 on this executor was caught in 3 of 8 control runs (20,000 callbacks graded). A fault at that rate is seen in only some runs of this size, so the bound claims more than the run shows: give it more callbacks (--budget, more tasks)'
    )
    expect(controlMissed([record])).toBe(false)
  })
})

describe('the control option is read in one place from each front door', () => {
  it('config key, flag and input give the same plan', () => {
    expect(expandMatrix(loadConfig(undefined, { control: true })).control).toEqual({
      oneIn: 10_000
    })
    expect(expandMatrix(loadConfig(undefined, { control: 500 })).control).toEqual({ oneIn: 500 })
    expect(expandMatrix(loadConfig(undefined, { control: false })).control).toBeUndefined()
    const input = (values: Record<string, string>) => (name: string) => values[name] ?? ''
    expect(readInputs(input({ control: '250' })).overrides.control).toBe(250)
    expect(readInputs(input({ control: 'true' })).overrides.control).toBe(true)
    expect(() => readInputs(input({ control: 'often' }))).toThrow(
      'input control: expected true, false or a whole number N (a misroute of one callback in N), got "often"'
    )
    expect(() => loadConfig(undefined, { control: 1 })).toThrow(
      '--control: expected true, false or a whole number N from 2 to 1,000,000,000 (a misroute of one callback in N)'
    )
  })

  it('the CLI refuses a --control that is not a number, in one line, exit 2', () => {
    const r = spawnSync(process.execPath, [CLI, '--control', 'often'], { encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(
      'callback-thread-guard: --control: expected a whole number, got "often"\n'
    )
  })
})

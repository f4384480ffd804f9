#!/usr/bin/env node
/**
 * The budget's worth (`--budget`), after `npm ci && npm run bundle`:
 *
 *   node bench/budget.mjs [--only throughput,detection] [--seconds N] [--runs N] [--rates 10000,...]
 *                         [--python PATH] [--markdown]
 *
 * throughput: callbacks checked per second in budget mode (`timed`, zero-length tasks, 1,000 a
 *   cell, a fresh executor each repetition) against the raw executor loop (bench/raw_executor.py:
 *   submit, add a do-nothing callback), at 1, 4 and 16 workers, medians of --runs, ratio in the
 *   same run. The budget run's rate is its callbacks over its own recorded time (report.budget.endedMs,
 *   probe start-up included).
 * detection: a fault planted at one callback in 10,000, 100,000 and 1,000,000 (the fixture
 *   MisroutesOneIn, `running`, 4 workers) under a --seconds budget, --runs times each: how often
 *   it was found, how long it took, and the chance of finding it that the callbacks checked give.
 * Nothing asserts on time (docs/performance.md).
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BENCH, CLI, fmt, median, pythonOf, requireBundle, run, say, table } from './lib/util.mjs'

const FIXTURES = join(BENCH, '..', '__tests__', 'fixtures', 'python')

function parse(argv) {
  const options = {
    only: ['throughput', 'detection'],
    seconds: 20,
    runs: 3,
    markdown: false,
    rates: [10_000, 100_000, 1_000_000]
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => argv[++i]
    if (arg === '--only') options.only = value().split(',')
    else if (arg === '--seconds') options.seconds = Number(value())
    else if (arg === '--runs') options.runs = Number(value())
    else if (arg === '--rates') options.rates = value().split(',').map(Number)
    else if (arg === '--python') options.python = value()
    else if (arg === '--markdown') options.markdown = true
    else throw new Error(`unknown argument ${JSON.stringify(arg)}`)
  }
  return options
}

/** One CLI run with a budget; the report it wrote. */
async function budgetRun(args, env = {}) {
  const json = join(mkdtempSync(join(tmpdir(), 'ctg-bench-budget-')), 'report.json')
  const r = await run(process.execPath, [CLI, ...args, '--json', json, '--quiet'], { env })
  if (r.code !== 0 && r.code !== 1) throw new Error(`the CLI exited ${r.code}: ${r.stderr}`)
  return JSON.parse(readFileSync(json, 'utf8'))
}

const callbacksOf = report => report.cells.flatMap(c => c.outcomes).reduce((n, o) => n + o.count, 0)

async function throughput(options) {
  const python = pythonOf(options)
  const rows = []
  for (const workers of [1, 4, 16]) {
    const raw = []
    const fresh = []
    const budget = []
    for (let i = 0; i < options.runs; i++) {
      const r = await run(python, [join(BENCH, 'raw_executor.py'), String(workers), '50000'])
      raw.push(50_000 / (JSON.parse(r.stdout).wallMs / 1000))
      const f = await run(python, [
        join(BENCH, 'raw_executor.py'),
        String(workers),
        '50000',
        '1000'
      ])
      fresh.push(50_000 / (JSON.parse(f.stdout).wallMs / 1000))
      const report = await budgetRun([
        '--python',
        python,
        '--scenarios',
        'timed',
        '--workers',
        String(workers),
        '--tasks',
        '1000',
        '--task-ms',
        '0',
        '--budget',
        `${options.seconds}s`
      ])
      budget.push(callbacksOf(report) / (report.budget.endedMs / 1000))
      say(
        `throughput ${workers}w run ${i + 1}: raw ${fmt.int(raw.at(-1))}/s, budget ${fmt.int(budget.at(-1))}/s`
      )
    }
    const ratios = raw.map((r, i) => budget[i] / r)
    const freshRatios = fresh.map((r, i) => budget[i] / r)
    rows.push([
      workers,
      fmt.int(median(raw)),
      fmt.int(median(fresh)),
      fmt.int(median(budget)),
      fmt.ratio(median(ratios)),
      fmt.ratio(median(freshRatios))
    ])
  }
  return table(
    [
      'workers',
      'raw loop callbacks/s',
      'raw, fresh executor per 1,000',
      'budget mode callbacks/s',
      'ratio to raw',
      'ratio to raw, fresh executors'
    ],
    rows,
    { markdown: options.markdown, right: [0, 1, 2, 3, 4, 5] }
  )
}

async function detection(options) {
  const python = pythonOf(options)
  const rows = []
  for (const oneIn of options.rates) {
    const found = []
    const rates = []
    for (let i = 0; i < options.runs; i++) {
      const report = await budgetRun(
        [
          '--python',
          python,
          '--executor',
          'broken_executors:MisroutesOneIn',
          '--python-path',
          FIXTURES,
          '--scenarios',
          'running',
          '--workers',
          '4',
          '--tasks',
          '1000',
          '--task-ms',
          '0',
          '--budget',
          `${options.seconds}s`
        ],
        { CTG_FAULT_ONE_IN: String(oneIn) }
      )
      if (report.verdict === 'fail') found.push(report.budget.endedMs)
      rates.push(callbacksOf(report) / report.budget.endedMs)
      say(
        `detection 1/${oneIn} run ${i + 1}: ${report.verdict}, ${fmt.int(callbacksOf(report))} callbacks, ${fmt.s(report.budget.endedMs)}`
      )
    }
    // What a full budget checks, at the rate the runs checked (a run that found it stopped early).
    const perBudget = median(rates) * options.seconds * 1000
    const predicted = 1 - Math.pow(1 - 1 / oneIn, perBudget)
    rows.push([
      `1 in ${oneIn.toLocaleString('en-US')}`,
      `${found.length}/${options.runs}`,
      found.length > 0 ? fmt.s(median(found)) : '-',
      fmt.int(perBudget),
      fmt.pct(predicted)
    ])
  }
  return table(
    [
      'fault',
      'found',
      'median time to find',
      'callbacks a full budget checks',
      'chance the bound predicts'
    ],
    rows,
    { markdown: options.markdown, right: [1, 2, 3, 4] }
  )
}

const options = parse(process.argv.slice(2))
requireBundle()
const out = []
if (options.only.includes('throughput'))
  out.push(
    `Throughput, ${options.seconds} s budgets, medians of ${options.runs}\n\n${await throughput(options)}`
  )
if (options.only.includes('detection'))
  out.push(
    `Detection, ${options.seconds} s budgets, ${options.runs} runs each\n\n${await detection(options)}`
  )
process.stdout.write(`${out.join('\n\n')}\n`)

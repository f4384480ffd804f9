#!/usr/bin/env node
/**
 * The budget's worth (`--budget`), after `npm ci && npm run bundle`:
 *
 *   node bench/budget.mjs [--only throughput,detection] [--seconds N] [--runs N] [--rates 10000,...]
 *                         [--workers 1,4,16] [--python PATH] [--pypy PATH|none] [--markdown]
 *
 * throughput: callbacks checked per second in budget mode (`timed`, zero-length tasks, 1,000 a
 *   cell, a fresh executor each repetition) against the raw executor loop (bench/raw_executor.py:
 *   submit, add a do-nothing callback; on one executor, and with a fresh executor every 1,000
 *   tasks as the budget's repetitions have), at 1, 4 and 16 workers, medians of --runs, ratios in
 *   the same run: the raw loop runs just before and just after each budget run, and its rate is
 *   the mean of the two, so that both see the same load. Budget mode twice: on one probe
 *   (CTG_BUDGET_LANES=1) and with its default lanes (one probe a core, at most 4). Its rate is its
 *   callbacks over its own recorded time (report.budget.endedMs, probe start-up and the matrix
 *   run included). Then the same on PyPy (`pypy3` on PATH, or --pypy), or "not installed".
 * detection: a fault planted at one callback in 10,000, 100,000 and 1,000,000 (the fixture
 *   MisroutesOneIn, `running`, 4 workers) under a --seconds budget, --runs times each: how often
 *   it was found, how long it took, and the chance of finding it that the callbacks checked give.
 * The interpreter is resolved to its real executable first (a pyenv shim costs a quarter of a
 * second at every start, which only the budget runs would pay). Nothing asserts on time
 * (docs/performance.md).
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
    rates: [10_000, 100_000, 1_000_000],
    workers: [1, 4, 16],
    pypy: 'pypy3'
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => argv[++i]
    if (arg === '--only') options.only = value().split(',')
    else if (arg === '--seconds') options.seconds = Number(value())
    else if (arg === '--runs') options.runs = Number(value())
    else if (arg === '--rates') options.rates = value().split(',').map(Number)
    else if (arg === '--workers') options.workers = value().split(',').map(Number)
    else if (arg === '--python') options.python = value()
    else if (arg === '--pypy') options.pypy = value()
    else if (arg === '--markdown') options.markdown = true
    else throw new Error(`unknown argument ${JSON.stringify(arg)}`)
  }
  return options
}

/** The interpreter's own executable (not a shim in front of it), or undefined when it does not run. */
async function realPython(python) {
  try {
    const r = await run(python, ['-c', 'import sys; print(sys.executable)'])
    return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : undefined
  } catch {
    return undefined
  }
}

/** One CLI run with a budget; the report it wrote. */
async function budgetRun(args, env = {}) {
  const json = join(mkdtempSync(join(tmpdir(), 'ctg-bench-budget-')), 'report.json')
  const r = await run(process.execPath, [CLI, ...args, '--json', json, '--quiet'], { env })
  if (r.code !== 0 && r.code !== 1) throw new Error(`the CLI exited ${r.code}: ${r.stderr}`)
  return JSON.parse(readFileSync(json, 'utf8'))
}

const callbacksOf = report => report.cells.flatMap(c => c.outcomes).reduce((n, o) => n + o.count, 0)

/** The raw loop's callbacks a second: 50,000 tasks, a fresh executor every `perExecutor`. */
async function rawRate(python, workers, perExecutor) {
  const args = [join(BENCH, 'raw_executor.py'), String(workers), '50000']
  const r = await run(python, perExecutor === undefined ? args : [...args, String(perExecutor)])
  return 50_000 / (JSON.parse(r.stdout).wallMs / 1000)
}

/** Budget mode's callbacks a second on `lanes` lanes (undefined: the default). */
async function budgetRate(python, workers, seconds, lanes) {
  const report = await budgetRun(
    [
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
      `${seconds}s`
    ],
    lanes === undefined ? {} : { CTG_BUDGET_LANES: String(lanes) }
  )
  return { rate: callbacksOf(report) / (report.budget.endedMs / 1000), lanes: report.budget.lanes }
}

async function throughputRows(python, label, options) {
  const rows = []
  for (const workers of options.workers) {
    const m = { raw: [], fresh: [], one: [], lanes: [], r1: [], rN: [], f1: [], fN: [] }
    let lanes = 1
    for (let i = 0; i < options.runs; i++) {
      const around = async budget => {
        const before = [await rawRate(python, workers), await rawRate(python, workers, 1000)]
        const got = await budget()
        const after = [await rawRate(python, workers), await rawRate(python, workers, 1000)]
        return { raw: (before[0] + after[0]) / 2, fresh: (before[1] + after[1]) / 2, got }
      }
      const one = await around(() => budgetRate(python, workers, options.seconds, 1))
      const all = await around(() => budgetRate(python, workers, options.seconds))
      lanes = all.got.lanes
      m.raw.push(one.raw, all.raw)
      m.fresh.push(one.fresh, all.fresh)
      m.one.push(one.got.rate)
      m.lanes.push(all.got.rate)
      m.r1.push(one.got.rate / one.raw)
      m.f1.push(one.got.rate / one.fresh)
      m.rN.push(all.got.rate / all.raw)
      m.fN.push(all.got.rate / all.fresh)
      say(
        `throughput ${label} ${workers}w run ${i + 1}: raw ${fmt.int(one.raw)}/s, fresh ${fmt.int(one.fresh)}/s, budget 1 probe ${fmt.int(one.got.rate)}/s, ${lanes} probes ${fmt.int(all.got.rate)}/s`
      )
    }
    rows.push([
      label,
      workers,
      fmt.int(median(m.raw)),
      fmt.int(median(m.fresh)),
      fmt.int(median(m.one)),
      fmt.ratio(median(m.r1)),
      fmt.ratio(median(m.f1)),
      `${fmt.int(median(m.lanes))} (${lanes})`,
      fmt.ratio(median(m.rN)),
      fmt.ratio(median(m.fN))
    ])
  }
  return rows
}

async function throughput(options) {
  const rows = []
  const python = await realPython(pythonOf(options))
  if (python === undefined) throw new Error(`${pythonOf(options)} does not run`)
  rows.push(...(await throughputRows(python, 'CPython', options)))
  const pypy = options.pypy === 'none' ? undefined : await realPython(options.pypy)
  if (pypy === undefined)
    rows.push(['PyPy', '-', 'not installed', '-', '-', '-', '-', '-', '-', '-'])
  else rows.push(...(await throughputRows(pypy, 'PyPy', options)))
  return table(
    [
      'Python',
      'workers',
      'raw loop/s',
      'raw, fresh executors/s',
      'budget, 1 probe/s',
      'to raw',
      'to fresh',
      'budget, lanes/s (probes)',
      'to raw',
      'to fresh'
    ],
    rows,
    { markdown: options.markdown, right: [1, 2, 3, 4, 5, 6, 7, 8, 9] }
  )
}

async function detection(options) {
  const python = (await realPython(pythonOf(options))) ?? pythonOf(options)
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

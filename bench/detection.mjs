#!/usr/bin/env node
/**
 * Detection power of the budget with and without its perturbed lanes (issue 19), after
 * `npm ci && npm run bundle`:
 *
 *   node bench/detection.mjs [--only reach,found,false-alarm] [--seconds 60] [--runs 20]
 *                            [--reach-seconds 20] [--reach-runs 3] [--alarm-seconds 20]
 *                            [--alarm-runs 20] [--one-in 20000] [--python PATH] [--markdown]
 *
 * Fixture: WindowRace (__tests__/fixtures/python/window_race.py), a callback that starts less
 * than 10 us after its add_done_callback began runs on a stray thread with chance 1 in --one-in.
 * Every run is the CLI with the default matrix and `--budget`, plain (`--no-perturb`) and with
 * the default perturbed lanes, one after the other (so both see the same load); ratios are
 * perturbed over plain, from the same run of this script.
 * reach: the window's reach, with CTG_WINDOW_ONE_IN=1 (every in-window callback moves) and
 *   --keep-going: in-window callbacks a run (forbidden callbacks), medians of --reach-runs; a
 *   fault at 1 in N is then found with chance about 1 - exp(-reach / N).
 * found: the fixture at 1 in --one-in, --runs budgets of --seconds each, plain and perturbed:
 *   found in how many, and after how long (median).
 * false-alarm (run before found, the longest): the stdlib ThreadPoolExecutor, --alarm-runs budgets of --alarm-seconds with the
 *   default (perturbed) lanes: how many runs reported a violation (should be 0).
 * Nothing asserts on time (docs/performance.md).
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BENCH, CLI, fmt, median, requireBundle, run, table } from './lib/util.mjs'

const FIXTURES = join(BENCH, '..', '__tests__', 'fixtures', 'python')
const WINDOW_RACE = ['--python-path', FIXTURES, '--executor', 'window_race:WindowRace']

function parse(argv) {
  const o = {
    only: ['reach', 'found', 'false-alarm'],
    seconds: 60,
    runs: 20,
    reachSeconds: 20,
    reachRuns: 3,
    alarmSeconds: 20,
    alarmRuns: 20,
    oneIn: 20_000,
    python: 'python3',
    markdown: false
  }
  const numbers = {
    '--seconds': 'seconds',
    '--runs': 'runs',
    '--reach-seconds': 'reachSeconds',
    '--reach-runs': 'reachRuns',
    '--alarm-seconds': 'alarmSeconds',
    '--alarm-runs': 'alarmRuns',
    '--one-in': 'oneIn'
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--only') o.only = argv[++i].split(',')
    else if (arg in numbers) o[numbers[arg]] = Number(argv[++i])
    else if (arg === '--python') o.python = argv[++i]
    else if (arg === '--markdown') o.markdown = true
    else throw new Error(`unknown argument ${JSON.stringify(arg)}`)
  }
  return o
}

/** One CLI run with a budget; its report. */
async function budgetRun(args, env = {}) {
  const json = join(mkdtempSync(join(tmpdir(), 'ctg-bench-detect-')), 'report.json')
  const r = await run(
    process.execPath,
    [CLI, ...args, '--no-reproducer', '--json', json, '--quiet'],
    {
      env
    }
  )
  if (r.code !== 0 && r.code !== 1)
    throw new Error(`the CLI exited ${r.code}: ${r.stderr.slice(-2000)}`)
  return JSON.parse(readFileSync(json, 'utf8'))
}

const forbidden = report =>
  report.cells
    .flatMap(c => c.outcomes)
    .reduce((n, o) => n + (o.grade === 'forbidden' ? o.count : 0), 0)
const callbacks = report => report.cells.flatMap(c => c.outcomes).reduce((n, o) => n + o.count, 0)
const perturbedOf = report =>
  (report.budget?.perturbation?.callbacks ?? []).reduce((n, t) => n + t.perturbed, 0)

const MODES = [
  { name: 'plain', args: ['--no-perturb'] },
  { name: 'perturbed', args: [] }
]

async function reach(o, python) {
  const m = Object.fromEntries(MODES.map(x => [x.name, { hits: [], callbacks: [], perturbed: [] }]))
  for (let i = 0; i < o.reachRuns; i++) {
    for (const mode of MODES) {
      const report = await budgetRun(
        [
          '--python',
          python,
          ...WINDOW_RACE,
          '--budget',
          `${o.reachSeconds}s`,
          '--keep-going',
          ...mode.args
        ],
        { CTG_WINDOW_ONE_IN: '1' }
      )
      m[mode.name].hits.push(forbidden(report))
      m[mode.name].callbacks.push(callbacks(report))
      m[mode.name].perturbed.push(perturbedOf(report))
      say(
        `reach ${mode.name} run ${i + 1}: ${forbidden(report)} in-window callbacks of ${callbacks(report)} (${perturbedOf(report)} on perturbed lanes)`
      )
    }
  }
  const base = median(m.plain.hits)
  return MODES.map(x => {
    const hits = median(m[x.name].hits)
    return [
      x.name,
      `${o.reachSeconds} s`,
      fmt.int(median(m[x.name].callbacks)),
      fmt.int(median(m[x.name].perturbed)),
      fmt.int(hits),
      m[x.name].hits.join(', '),
      fmt.ratio(hits / base),
      fmt.pct(1 - Math.exp(-((hits * o.seconds) / o.reachSeconds) / o.oneIn))
    ]
  })
}

async function found(o, python) {
  const m = Object.fromEntries(
    MODES.map(x => [x.name, { found: 0, runs: 0, ms: [], callbacks: [] }])
  )
  for (let i = 0; i < o.runs; i++) {
    for (const mode of MODES) {
      const report = await budgetRun(
        ['--python', python, ...WINDOW_RACE, '--budget', `${o.seconds}s`, ...mode.args],
        { CTG_WINDOW_ONE_IN: String(o.oneIn) }
      )
      const hit = report.verdict === 'fail'
      const r = m[mode.name]
      r.runs += 1
      if (hit) {
        r.found += 1
        r.ms.push(report.budget?.endedMs ?? report.durationMs)
      }
      r.callbacks.push(callbacks(report))
      say(
        `found ${mode.name} run ${i + 1}: ${hit ? `FOUND after ${fmt.s(report.budget?.endedMs)}` : 'not found'}, ${callbacks(report)} callbacks`
      )
    }
  }
  const base = m.plain.found / Math.max(1, m.plain.runs)
  return MODES.map(x => {
    const r = m[x.name]
    const share = r.found / Math.max(1, r.runs)
    return [
      x.name,
      `${o.seconds} s`,
      `1 in ${o.oneIn.toLocaleString('en-US')}`,
      `${r.found} of ${r.runs}`,
      fmt.s(median(r.ms)),
      fmt.int(median(r.callbacks)),
      base > 0 ? fmt.ratio(share / base) : share > 0 ? 'plain found none' : '-'
    ]
  })
}

async function falseAlarm(o, python) {
  let alarms = 0
  let errors = 0
  const perturbed = []
  const all = []
  for (let i = 0; i < o.alarmRuns; i++) {
    const report = await budgetRun(['--python', python, '--budget', `${o.alarmSeconds}s`])
    if (report.verdict === 'fail') alarms += 1
    if (report.verdict === 'error') errors += 1
    perturbed.push(perturbedOf(report))
    all.push(callbacks(report))
    say(
      `false-alarm run ${i + 1}: ${report.verdict}, ${callbacks(report)} callbacks, ${perturbedOf(report)} perturbed`
    )
  }
  return [
    [
      'ThreadPoolExecutor',
      `${o.alarmSeconds} s`,
      `${alarms} of ${o.alarmRuns}`,
      String(errors),
      fmt.int(median(all)),
      fmt.int(median(perturbed))
    ]
  ]
}

function say(text) {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`)
}

async function main() {
  requireBundle()
  const o = parse(process.argv.slice(2))
  const python = o.python
  const t = (headers, rows, right) => table(headers, rows, { markdown: o.markdown, right })
  const out = []
  if (o.only.includes('reach')) {
    const rows = await reach(o, python)
    out.push(
      `reach: in-window callbacks a run (WindowRace, CTG_WINDOW_ONE_IN=1, --keep-going), medians of ${o.reachRuns}\n` +
        t(
          [
            'lanes',
            'budget',
            'callbacks',
            'on perturbed lanes',
            'in window',
            'runs',
            'ratio',
            `predicted find, ${o.seconds} s at 1 in ${o.oneIn}`
          ],
          rows,
          [2, 3, 4, 6, 7]
        )
    )
    console.log(out.at(-1))
  }
  if (o.only.includes('false-alarm')) {
    const rows = await falseAlarm(o, python)
    out.push(
      'false alarms: stdlib pool, default budget lanes (perturbed)\n' +
        t(
          [
            'executor',
            'budget',
            'violations in',
            'errors',
            'median callbacks',
            'on perturbed lanes'
          ],
          rows,
          [2, 3, 4, 5]
        )
    )
    console.log(out.at(-1))
  }
  if (o.only.includes('found')) {
    const rows = await found(o, python)
    out.push(
      `found: WindowRace at 1 in ${o.oneIn}, ${o.runs} budgets each, plain and perturbed in turn\n` +
        t(
          [
            'lanes',
            'budget',
            'fault',
            'found in',
            'median time to find',
            'median callbacks',
            'ratio'
          ],
          rows,
          [3, 4, 5, 6]
        )
    )
    console.log(out.at(-1))
  }
}

await main()

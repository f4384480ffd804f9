/**
 * Drift: does the drift test of the report's history (src/grading/drift.ts) flag a race whose
 * rate moves tenfold, and stay quiet on an unchanged pool? Goal (docs/performance.md): a tenfold
 * rise flagged in the first run after it at the measured workload, and at most 1 false alarm in
 * 100 runs of an unchanged pool.
 *
 * The rate is measured, the runs are simulated. First the real probe runs a real
 * ThreadPoolExecutor (`--scenarios timed`, 1,000 zero-length tasks, `--repeat 20`) several times
 * and gives, per run, the registration race's count and the callbacks its `given` matched. Then
 * a seeded generator draws each simulated run's count from that rate (Poisson, with the measured
 * per-run callbacks) and the test runs as the report does: this run against the pooled earlier
 * runs of a 30-run window, at the report's alpha (Bonferroni over one series). A second noise
 * model multiplies each run's rate by a log-normal factor (sigma 0.5: the load of a shared
 * machine moving the rate by about half, run to run), which a pure counting test would flag.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CLI, ROOT, fmt, median, pythonOf, run, say, scratch } from './lib/util.mjs'

const BUILD = join(ROOT, 'node_modules', '.cache', 'ctg-bench-drift')
/** What the report keeps per interesting entry (src/report/history.ts, HISTORY_RUNS). */
const WINDOW = 30
const RUNS = 100
const CHANGE_AT = 31

export async function drift(options) {
  const m = await compiled()
  const real = await measure(options)
  const rate = real.count / real.of
  const ofPerRun = Math.round(real.of / real.runs.length)
  const trials = options.quick ? 20 : 50
  const rows = []
  const data = { measured: real, trials, alpha: m.history.DRIFT_ALPHA }
  for (const [workload, of] of [
    ['as measured', ofPerRun],
    ['10x callbacks', ofPerRun * 10]
  ]) {
    for (const sigma of [0, 0.5]) {
      const noise = sigma === 0 ? 'counting only' : `load, sigma ${sigma}`
      const random = mulberry32(18)
      const alarms = []
      for (let t = 0; t < trials; t++)
        alarms.push(simulate(m, random, { of, rate, sigma, factor: 1 }).flagged.length)
      const detect = factor => {
        const delays = []
        for (let t = 0; t < trials; t++) {
          const { flagged } = simulate(m, random, { of, rate, sigma, factor })
          const first = flagged.find(i => i >= CHANGE_AT)
          delays.push(first === undefined ? Infinity : first - CHANGE_AT + 1)
        }
        return delays
      }
      const up = detect(10)
      const down = detect(0.1)
      const runsWords = d => (Number.isFinite(d) ? fmt.int(d) : `not in ${RUNS - CHANGE_AT + 1}`)
      rows.push([
        workload,
        fmt.int(of),
        fmt.ratio(rate * of),
        noise,
        `${fmt.ratio(median(alarms))} (max ${Math.max(...alarms)})`,
        `${runsWords(median(up))} (max ${runsWords(Math.max(...up))})`,
        `${runsWords(median(down))} (max ${runsWords(Math.max(...down))})`
      ])
      data[`${workload}, ${noise}`] = { of, alarms, up, down }
    }
  }
  const perRun = real.runs.map(r => `${r.count}/${fmt.int(r.of)}`).join(', ')
  return {
    title: `Drift test: ${RUNS} simulated runs at the measured race rate, ${trials} trials each (seeded)`,
    headers: [
      'workload',
      'callbacks per run',
      'race events per run',
      'run-to-run noise',
      `false alarms in ${RUNS} runs, median`,
      '10x rise flagged after, runs',
      '10x fall flagged after, runs'
    ],
    right: [1, 2],
    rows,
    data,
    notes: [
      `measured: the registration race in ${real.runs.length} real probe runs (python3 ThreadPoolExecutor, timed, 1,000 zero-length tasks, repeat 20): ${perRun}, pooled ${fmt.ratio(rate * 10_000)} in 10,000; dispersion index ${fmt.ratio(real.dispersion)} (1 is pure counting noise).`,
      `test: this run against the pooled earlier runs of a ${WINDOW}-run window, exact conditional binomial on the counts divided by the earlier runs' dispersion, p below ${m.history.DRIFT_ALPHA} (one series), at least ${m.drift.MIN_EARLIER_RUNS} earlier runs, and a change of at least ${m.drift.MIN_RATIO}x.`,
      `the rate moves at run ${CHANGE_AT} in the detection columns; "after 1" is the run of the change itself.`
    ]
  }
}

/** The real probe, run a few times: per run, the race's count and the callbacks it could hit. */
async function measure(options) {
  const python = pythonOf(options)
  const dir = scratch()
  const runs = []
  const times = options.quick ? 4 : 8
  for (let i = 0; i < times; i++) {
    say(`drift: real probe run ${i + 1} of ${times}`)
    const json = join(dir, `timed-${i}.json`)
    const result = await run(process.execPath, [
      CLI,
      '--python',
      python,
      '--scenarios',
      'timed',
      '--tasks',
      '1000',
      '--workers',
      '4',
      '--callback-delay-ms',
      '0',
      '--task-ms',
      '0',
      '--repeat',
      '20',
      '--json',
      json
    ])
    if (result.code !== 0) throw new Error(`probe run failed: ${result.stderr}`)
    const report = JSON.parse(readFileSync(json, 'utf8'))
    let count = 0
    let of = 0
    for (const c of report.cells)
      for (const o of c.outcomes) {
        if (o.facts.registered === 'pending' || o.facts.registered === 'running') of += o.count
        if (o.grade === 'interesting') count += o.count
      }
    runs.push({ count, of })
  }
  const count = runs.reduce((n, r) => n + r.count, 0)
  const of = runs.reduce((n, r) => n + r.of, 0)
  // Observed variance of the counts against what counting alone gives (each run's expectation).
  const rate = count / of
  const variance = runs.reduce((n, r) => n + (r.count - rate * r.of) ** 2, 0) / (runs.length - 1)
  const expected = runs.reduce((n, r) => n + rate * r.of, 0) / runs.length
  return { runs, count, of, dispersion: expected > 0 ? variance / expected : NaN }
}

/** One pool's history of RUNS runs; the rate times `factor` from run CHANGE_AT on. */
function simulate(m, random, { of, rate, sigma, factor }) {
  const series = []
  const flagged = []
  for (let i = 1; i <= RUNS; i++) {
    const base = i >= CHANGE_AT ? rate * factor : rate
    const load = sigma === 0 ? 1 : Math.exp(sigma * normal(random) - (sigma * sigma) / 2)
    series.push({ count: poisson(random, base * load * of), of })
    const window = series.slice(-WINDOW)
    const [d] = m.drift.testDrift([window], m.history.DRIFT_ALPHA)
    if (d?.flagged === true) flagged.push(i)
  }
  return { flagged }
}

/** A small seeded generator (mulberry32): the same figures on every machine. */
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Knuth's method, in steps of at most 500 (e^-500 is still a double). */
function poisson(random, mean) {
  let k = 0
  let left = mean
  while (left > 0) {
    const step = Math.min(left, 500)
    left -= step
    const limit = Math.exp(-step)
    let p = random()
    while (p > limit) {
      k += 1
      p *= random()
    }
  }
  return k
}

function normal(random) {
  const u = 1 - random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

/** The drift and history modules of src/, compiled with the project's own TypeScript. */
async function compiled() {
  mkdirSync(BUILD, { recursive: true })
  const tsc = await run(process.execPath, [
    join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    join(ROOT, 'tsconfig.build.json'),
    '--outDir',
    BUILD,
    '--declaration',
    'false'
  ])
  if (tsc.code !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`)
  const load = path => import(pathToFileURL(join(BUILD, path)).href)
  return { drift: await load('grading/drift.js'), history: await load('report/history.js') }
}

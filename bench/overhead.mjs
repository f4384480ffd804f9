/**
 * Probe overhead: tasks per second through the probe's `timed` scenario (zero-length tasks, one
 * callback each, no delay) against the raw executor on the same interpreter: a plain loop that
 * submits the same tasks to a ThreadPoolExecutor and adds a do-nothing callback
 * (raw_executor.py). The raw loop is the ceiling; the goal is at least 0.8 of its rate.
 *
 * Each run measures the raw loop and the probe back to back (alternating which goes first), so
 * both see the same machine; the table shows medians over the runs and the ratio of the medians.
 * The probe's rate is taken from the round trip of the cell (sent to result parsed, in Node),
 * so it includes the protocol; interpreter start-up is excluded from both.
 */
import { join } from 'node:path'
import { ProbeClient } from './lib/probe-client.mjs'
import { BENCH, fmt, median, pythonOf, run, say, spread } from './lib/util.mjs'

export const GOAL = 0.8

export async function overhead(options) {
  const python = pythonOf(options)
  const tasks = options.quick ? 30_000 : 100_000
  const runs = options.runs ?? (options.quick ? 3 : 9)
  const rows = []
  for (const workers of [1, 4, 16]) {
    const raw = []
    const probe = []
    for (let r = 0; r < runs; r++) {
      const order = r % 2 === 0 ? [measureRaw, measureProbe] : [measureProbe, measureRaw]
      for (const measure of order) {
        const m = await measure(python, workers, tasks)
        ;(measure === measureRaw ? raw : probe).push(m)
      }
      say(`  overhead: ${workers} workers, run ${r + 1}/${runs}`)
    }
    const rawRate = tasks / (median(raw.map(m => m.wallMs)) / 1000)
    const probeRate = tasks / (median(probe.map(m => m.wallMs)) / 1000)
    const inProbeRate = tasks / (median(probe.map(m => m.elapsedMs)) / 1000)
    // Noise only ever adds time: the best run of each is the other usual estimate.
    const bestRatio = Math.min(...raw.map(m => m.wallMs)) / Math.min(...probe.map(m => m.wallMs))
    const cpuRatio = median(raw.map(m => m.cpuMs)) / median(probe.map(m => m.cpuMs))
    rows.push({
      workers,
      tasks,
      runs,
      rawRate,
      probeRate,
      inProbeRate,
      ratio: probeRate / rawRate,
      bestRatio,
      cpuRatio,
      rawSpread: spread(raw.map(m => m.wallMs)),
      probeSpread: spread(probe.map(m => m.wallMs)),
      met: probeRate / rawRate >= GOAL
    })
  }
  return {
    title: `Probe overhead: timed scenario, ${fmt.int(tasks)} zero-length tasks, 1 callback each (medians of ${runs} runs)`,
    headers: [
      'workers',
      'raw loop tasks/s',
      'probe tasks/s',
      'ratio',
      'CPU ratio',
      'best-run ratio',
      'spread raw/probe',
      `goal >= ${GOAL}`
    ],
    right: [0, 1, 2, 3, 4, 5],
    rows: rows.map(r => [
      r.workers,
      fmt.int(r.rawRate),
      fmt.int(r.probeRate),
      fmt.ratio(r.ratio),
      fmt.ratio(r.cpuRatio),
      fmt.ratio(r.bestRatio),
      `${fmt.pct(r.rawSpread)} / ${fmt.pct(r.probeSpread)}`,
      r.met ? 'met' : 'NOT met'
    ]),
    notes: [
      'ratio = probe rate / raw rate, medians of wall time (the goal); CPU ratio = raw CPU time / probe',
      'CPU time, medians; best-run ratio = fastest raw run / fastest probe run; spread = (max - min) / median.'
    ],
    data: rows
  }
}

async function measureRaw(python, workers, tasks) {
  const out = await run(python, [join(BENCH, 'raw_executor.py'), String(workers), String(tasks)])
  if (out.code !== 0) throw new Error(`raw_executor.py failed: ${out.stderr}`)
  return JSON.parse(out.stdout)
}

async function measureProbe(python, workers, tasks) {
  const client = await ProbeClient.start(python)
  try {
    const { result, ms, cpuMs } = await client.runCell({
      scenario: 'timed',
      workers,
      tasks,
      callbackDelayMs: 0,
      taskMs: 0,
      callbacks: 1,
      repeat: 1,
      timeoutMs: 60_000
    })
    const counted = result.outcomes.reduce((n, o) => n + o.count, 0)
    if (counted !== tasks) throw new Error(`the probe counted ${counted} callbacks, not ${tasks}`)
    return { wallMs: ms, cpuMs, elapsedMs: result.stats.elapsedMs }
  } finally {
    await client.close()
  }
}

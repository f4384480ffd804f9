/**
 * Scale: one `timed` cell of 10k, 100k and 1M zero-length tasks (4 workers) through the real CLI,
 * with the peak resident memory of the probe process and of the Node process (goal: under 150 MB
 * each at 1M, and flat as tasks grow). The probe keeps a bounded window of futures in flight and
 * sends histograms; the Node side reads the stream line by line.
 *
 * Baselines measured in the same run: the raw executor loop (raw_executor.py, which keeps nothing)
 * at the same task count, and an idle Node process with nothing loaded. With --full-compare, also
 * the probe with one window as big as the cell (CTG_PROBE_WINDOW), i.e. what the window saves.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  BENCH,
  CLI,
  NODE_RSS_PRELOAD,
  fmt,
  measuringPython,
  median,
  pythonOf,
  readNumber,
  run,
  say,
  scratch
} from './lib/util.mjs'

export const GOAL_MB = 150

export async function scale(options) {
  const python = pythonOf(options)
  const runs = options.runs ?? (options.quick ? 1 : 3)
  const sizes = [10_000, 100_000, 1_000_000]
  const dir = scratch()
  const idleNode = []
  for (let r = 0; r < runs; r++) idleNode.push(await nodeIdle(dir))
  const rows = []
  for (const tasks of sizes) {
    const cli = []
    const raw = []
    const oneWindow = []
    for (let r = 0; r < runs; r++) {
      cli.push(await throughCli(dir, python, tasks))
      // The raw loop's memory does not vary from run to run: once is enough.
      if (r === 0) raw.push(await rawLoop(python, tasks))
      if (!options.quick && tasks <= 100_000) {
        oneWindow.push(await throughCli(dir, python, tasks, { CTG_PROBE_WINDOW: String(tasks) }))
      }
      say(`  scale: ${fmt.int(tasks)} tasks, run ${r + 1}/${runs}`)
    }
    rows.push({
      tasks,
      runs,
      probeKb: median(cli.map(c => c.probeKb)),
      nodeKb: median(cli.map(c => c.nodeKb)),
      rawKb: median(raw.map(c => c.maxRssKb)),
      oneWindowKb: median(oneWindow.map(c => c.probeKb)),
      wallMs: median(cli.map(c => c.ms)),
      rate: tasks / (median(cli.map(c => c.elapsedMs)) / 1000)
    })
  }
  const idleKb = median(idleNode)
  const first = rows[0]
  const last = rows[rows.length - 1]
  const met = last.probeKb / 1024 < GOAL_MB && last.nodeKb / 1024 < GOAL_MB
  return {
    title: `Scale: one timed cell, zero-length tasks, 4 workers, through the CLI (medians of ${runs} run${runs === 1 ? '' : 's'})`,
    headers: [
      'tasks',
      'probe peak RSS',
      'x 10k',
      'raw loop peak RSS',
      'probe / raw',
      'one-window probe',
      'Node peak RSS',
      'x 10k',
      'Node / idle Node',
      'cell tasks/s',
      'CLI wall'
    ],
    right: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    rows: rows.map(r => [
      fmt.int(r.tasks),
      fmt.mb(r.probeKb),
      fmt.ratio(r.probeKb / first.probeKb),
      fmt.mb(r.rawKb),
      fmt.ratio(r.probeKb / r.rawKb),
      fmt.mb(r.oneWindowKb),
      fmt.mb(r.nodeKb),
      fmt.ratio(r.nodeKb / first.nodeKb),
      fmt.ratio(r.nodeKb / idleKb),
      fmt.int(r.rate),
      fmt.s(r.wallMs)
    ]),
    notes: [
      `goal: under ${GOAL_MB} MB each at 1M, flat: ${met ? 'met' : 'NOT met'} (probe ${fmt.mb(last.probeKb)}, Node ${fmt.mb(last.nodeKb)}).`,
      `idle Node (node -e "" with the same preload): ${fmt.mb(idleKb)}. "one-window probe": CTG_PROBE_WINDOW=tasks, i.e.`,
      'without the window (full runs only, up to 100k). x 10k = peak at this size / peak at 10k.'
    ],
    data: { rows, idleKb, met }
  }
}

async function throughCli(dir, python, tasks, env = {}) {
  const tag = Math.random().toString(36).slice(2)
  const probeRss = join(dir, `probe-${tag}`)
  const nodeRss = join(dir, `node-${tag}`)
  const json = join(dir, `report-${tag}.json`)
  const wrapper = measuringPython(dir, python, { rssFile: probeRss })
  const out = await run(
    process.execPath,
    [
      ...NODE_RSS_PRELOAD,
      CLI,
      '--python',
      wrapper,
      '--scenarios',
      'timed',
      '--workers',
      '4',
      '--tasks',
      String(tasks),
      '--task-ms',
      '0',
      '--callback-delay-ms',
      '0',
      '--quiet',
      '--json',
      json
    ],
    { env: { ...env, CTG_BENCH_NODE_RSS_FILE: nodeRss } }
  )
  if (out.code !== 0) throw new Error(`the CLI exited with ${out.code}: ${out.stderr}`)
  const report = JSON.parse(readFileSync(json, 'utf8'))
  const cell = report.cells[0]
  return {
    probeKb: readNumber(probeRss),
    nodeKb: readNumber(nodeRss),
    ms: out.ms,
    elapsedMs: cell.stats.elapsedMs
  }
}

async function rawLoop(python, tasks) {
  const out = await run(python, [join(BENCH, 'raw_executor.py'), '4', String(tasks)])
  if (out.code !== 0) throw new Error(`raw_executor.py failed: ${out.stderr}`)
  return JSON.parse(out.stdout)
}

async function nodeIdle(dir) {
  const file = join(dir, `idle-${Math.random().toString(36).slice(2)}`)
  await run(process.execPath, [...NODE_RSS_PRELOAD, '-e', ''], {
    env: { CTG_BENCH_NODE_RSS_FILE: file }
  })
  return readNumber(file)
}

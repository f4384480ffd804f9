#!/usr/bin/env node
/**
 * How often a callback lands in the window-race fixture's window, per scenario and perturbation:
 * the figures the budget's perturbation (src/engine/budget.ts PERTURBATION) is chosen from.
 *
 *   node bench/window_race_reach.mjs [seconds] [settings JSON] [cells JSON]
 *
 * Talks to the Python probe (src/probes/python/probe.py) directly, with the executor
 * window_race:WindowRace at CTG_WINDOW_ONE_IN=1 (every callback started less than CTG_WINDOW_US,
 * default 10, microseconds after its add_done_callback began runs on a stray thread): for each
 * cell and each `perturb` setting (null: plain), repetitions of 20 for `seconds` (default 6),
 * and prints the in-window callbacks, a second and per million. Settings are the cell message's
 * `perturb` objects (docs/protocol.md). PY picks the interpreter (default python3).
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import { BENCH, ROOT } from './lib/util.mjs'

const secs = Number(process.argv[2] ?? 6)
const settings = JSON.parse(process.argv[3] ?? 'null') ?? [
  null,
  { switchIntervalUs: 1 },
  { spinBeforeUs: 20 },
  { spinAfterUs: 20 },
  { spinTaskEndUs: 20 },
  { extraThreads: 2 },
  { gatePollUs: 2000 },
  { oneCore: 1 }
]
const cells = JSON.parse(process.argv[4] ?? 'null') ?? [
  { scenario: 'running', workers: 4, tasks: 16, taskMs: 0, callbackDelayMs: 0, callbacks: 1 },
  { scenario: 'order', workers: 4, tasks: 16, taskMs: 0, callbackDelayMs: 0, callbacks: 3 },
  { scenario: 'timed', workers: 4, tasks: 16, taskMs: 0, callbackDelayMs: 0, callbacks: 1 }
]
const python = process.env.PY ?? 'python3'
const child = spawn(
  python,
  ['-u', join(ROOT, 'src', 'probes', 'python', 'probe.py'), '--executor', 'window_race:WindowRace'],
  {
    env: {
      ...process.env,
      PYTHONPATH: join(BENCH, '..', '__tests__', 'fixtures', 'python'),
      CTG_WINDOW_ONE_IN: '1'
    },
    stdio: ['pipe', 'pipe', 'inherit']
  }
)
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
const next = async () => JSON.parse((await lines.next()).value)
await next() // hello
console.log(
  'cell                    perturb                                   in window  per s   per million  callbacks/s'
)
for (const cell of cells) {
  for (const perturb of settings) {
    let all = 0
    let hits = 0
    const end = Date.now() + secs * 1000
    while (Date.now() < end) {
      const message = {
        type: 'cell',
        id: 'reach',
        ...cell,
        repeat: 20,
        timeoutMs: 10_000,
        ...(perturb ? { perturb } : {})
      }
      child.stdin.write(`${JSON.stringify(message)}\n`)
      let m
      do m = await next()
      while (m.type === 'progress')
      if (m.type !== 'result') throw new Error(`the probe answered ${JSON.stringify(m)}`)
      for (const o of m.outcomes) {
        all += o.count
        if (o.facts.ranOn === 'other-thread') hits += o.count
      }
    }
    const name = `${cell.scenario} ${cell.workers}w ${cell.tasks}t ${cell.taskMs}ms`.padEnd(23)
    const how = (perturb ? JSON.stringify(perturb) : 'plain').padEnd(41)
    console.log(
      `${name} ${how} ${String(hits).padStart(9)} ${(hits / secs).toFixed(1).padStart(6)} ${String(Math.round((1e6 * hits) / all)).padStart(12)} ${String(Math.round(all / secs)).padStart(12)}`
    )
  }
}
child.stdin.end('{"type":"bye"}\n')

/**
 * The standalone Node reproducer's program (issue 19): a Node pool's failing cell, written by
 * engine/repro/node.ts with its CONFIG_JSON line filled in. It needs only Node, the adapter and
 * the adapter's pool package, nothing of the guard's own code: it writes a small task module of
 * its own, runs the cell's experiment (held or timed or done, the handlers attached as the probe
 * attaches them), records where each handler ran in shared memory (so a handler a pool runs on a
 * worker records itself too), grades each by the contract's rules carried in CONFIG_JSON, prints
 * the broken rule and the threads it saw, and exits 1 as soon as a try reproduces it, 0 after
 * every try came out clean, 2 when it cannot run. Kept as text here (no template literal inside),
 * so that it ships inside the bundle.
 */
export const NODE_REPRODUCER_TEMPLATE = String.raw`#!/usr/bin/env node
// A standalone reproducer of one failing experiment on a Node pool, written by
// callback-thread-guard. It needs only Node, the adapter and its pool package. Exit code: 1 when
// it reproduced the broken rule, 0 when every try came out clean, 2 when it could not run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { threadId } from 'node:worker_threads'

const CONFIG_JSON = "{}" // replaced by callback-thread-guard
const CONFIG = JSON.parse(CONFIG_JSON)

// The task module the pool's workers load: a task waits taskMs and says where it ran; runHandler
// records a handler a pool runs on a worker (calls, then pid and thread of its first run).
const TASK_MODULE = [
  "const { threadId } = require('node:worker_threads')",
  'function record(handler) {',
  '  const cells = new Int32Array(handler.ledger)',
  '  const base = handler.slot * 4',
  '  if (Atomics.add(cells, base, 1) === 0) {',
  '    Atomics.store(cells, base + 1, process.pid)',
  '    Atomics.store(cells, base + 2, threadId)',
  '  }',
  '}',
  'exports.record = record',
  'exports.probeTask = async input => {',
  '  await new Promise(resolve => setTimeout(resolve, input.taskMs))',
  '  return { pid: process.pid, threadId }',
  '}',
  'exports.probeTaskCallback = (input, callback) => {',
  '  exports.probeTask(input).then(r => callback(null, r), e => callback(e))',
  '}',
  'exports.runHandler = record'
].join('\n')

function fail(message) {
  process.stderr.write('reproducer: ' + message + '\n')
  process.exit(2)
}

function matches(pattern, facts) {
  for (const [name, allowed] of Object.entries(pattern)) {
    const list = Array.isArray(allowed) ? allowed : [allowed]
    if (facts[name] === undefined || !list.includes(facts[name])) return false
  }
  return true
}

/** The rules of CONFIG.rules this handler's facts break, unless an interesting entry waives them. */
function brokenRules(facts) {
  const contract = CONFIG.contract
  const broken = contract.rules.filter(r => matches(r.given, facts) && !matches(r.expect, facts))
  const waived = contract.interesting.some(
    i =>
      matches(i.given, facts) &&
      matches(i.expect, facts) &&
      broken.every(b => i.waives.includes(b.id))
  )
  if (waived) return []
  return broken.filter(b => CONFIG.rules.includes(b.id))
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))
const threadName = (pid, thread) =>
  (pid === process.pid ? '' : 'process ' + pid + ' ') +
  (thread === 0 ? 'main thread' : 'worker thread ' + thread)

async function tryOnce(adapter, taskModule, record) {
  const tasks = CONFIG.tasks
  const per = CONFIG.callbacks
  const ledger = new SharedArrayBuffer(4 * 4 * tasks * per)
  const cells = new Int32Array(ledger)
  const inline = new Array(tasks * per).fill(false)
  const registered = new Array(tasks * per).fill('pending')
  const places = new Array(tasks).fill(undefined)
  const settled = new Array(tasks).fill(false)
  let attaching = -1
  const handlerFor = slot => {
    const portable = { ledger, slot, raises: false }
    const run = () => {
      if (attaching === slot) inline[slot] = true
      // The order of first runs: a sequence number per slot, kept beside its record.
      if (Atomics.load(cells, slot * 4) === 0) Atomics.store(cells, slot * 4 + 3, ++handlerFor.seq)
      record(portable)
    }
    return Object.assign(run, { portable, fulfilled: run, rejected: run })
  }
  handlerFor.seq = 0
  const tracker = i => {
    const done = value => {
      settled[i] = true
      if (value && typeof value.pid === 'number') places[i] = value
    }
    const portable = { ledger: new SharedArrayBuffer(16), slot: 0, raises: false }
    return Object.assign(done, { portable, fulfilled: done, rejected: () => (settled[i] = true) })
  }
  const pool = await adapter.create({ workers: CONFIG.workers, taskModule })
  try {
    const submitted = []
    for (let i = 0; i < tasks; i++) {
      const task = adapter.run(pool, { run: 1, index: i, taskMs: CONFIG.taskMs, gate: '' })
      submitted.push(task)
      adapter.attach(task, tracker(i))
    }
    const attachAll = () => {
      for (let i = 0; i < tasks; i++)
        for (let k = 0; k < per; k++) {
          const slot = i * per + k
          registered[slot] = settled[i] ? 'done' : 'pending'
          attaching = slot
          try {
            adapter.attach(submitted[i], handlerFor(slot))
          } finally {
            attaching = -1
          }
        }
    }
    const deadline = Date.now() + CONFIG.timeoutMs
    if (CONFIG.experiment === 'done') {
      while (!settled.every(Boolean) && Date.now() < deadline) await sleep(2)
    } else if (CONFIG.experiment === 'timed' && CONFIG.delayMs > 0) {
      await sleep(CONFIG.delayMs)
    }
    attachAll()
    const ran = () => Array.from({ length: tasks * per }, (_, s) => Atomics.load(cells, s * 4)).every(c => c > 0)
    while (!ran() && Date.now() < deadline) await sleep(2)
  } finally {
    await adapter.close(pool)
  }
  for (let i = 0; i < tasks; i++) {
    let latest = 0
    for (let k = 0; k < per; k++) {
      const slot = i * per + k
      const calls = Atomics.load(cells, slot * 4)
      const pid = Atomics.load(cells, slot * 4 + 1)
      const thread = Atomics.load(cells, slot * 4 + 2)
      const seq = Atomics.load(cells, slot * 4 + 3)
      const task = places[i]
      const ranOn =
        calls === 0
          ? 'never'
          : pid === process.pid && thread === threadId
            ? 'caller-thread'
            : task !== undefined && pid === task.pid && thread === task.threadId
              ? 'task-thread'
              : pid !== process.pid
                ? 'other-process'
                : 'other-thread'
      const facts = {
        scenario: CONFIG.scenario,
        registered: registered[slot],
        ranOn,
        inline: calls > 0 && inline[slot],
        calls
      }
      if (CONFIG.facts.includes('order')) {
        facts.order = calls > 0 && seq > 0 && seq < latest ? 'out-of-order' : 'in-order'
        if (seq > 0) latest = Math.max(latest, seq)
      }
      const broken = brokenRules(facts)
      if (broken.length > 0)
        return {
          broken,
          facts,
          callback: calls > 0 ? threadName(pid, thread) : 'never',
          task: task === undefined ? 'unknown' : threadName(task.pid, task.threadId)
        }
    }
  }
  return undefined
}

async function main() {
  process.stdout.write(CONFIG.found + '\n')
  const folder = mkdtempSync(join(tmpdir(), 'ctg-repro-'))
  const taskModule = join(folder, 'task.cjs')
  writeFileSync(taskModule, TASK_MODULE)
  process.env.CTG_TASK_MODULE = taskModule
  try {
    let loaded
    try {
      loaded = await import(pathToFileURL(CONFIG.adapter).href)
    } catch (error) {
      fail('cannot import the adapter ' + JSON.stringify(CONFIG.adapter) + ': ' + error)
    }
    const adapter = typeof loaded.create === 'function' ? loaded : loaded.default
    if (!adapter || typeof adapter.create !== 'function') fail('the adapter exports no create()')
    const { record } = await import(pathToFileURL(taskModule).href)
    for (let t = 1; t <= CONFIG.tries; t++) {
      const found = await tryOnce(adapter, taskModule, record)
      if (found !== undefined) {
        for (const rule of found.broken) {
          process.stdout.write(
            'reproduced in try ' + t + ': rule ' + rule.id + ' broken: ' + rule.says + '\n'
          )
        }
        process.stdout.write(
          'facts: ' + JSON.stringify(found.facts) + '\n' +
            'callback ran on: ' + found.callback + '; task ran on: ' + found.task +
            '; caller: main thread\n'
        )
        return 1
      }
    }
    process.stdout.write('did not reproduce in ' + CONFIG.tries + ' tries\n')
    return 0
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

main().then(
  code => process.exit(code),
  error => fail(String(error && error.stack ? error.stack : error))
)
`

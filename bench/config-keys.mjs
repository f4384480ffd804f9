#!/usr/bin/env node
/**
 * How reading a config grows with its number of keys: `node bench/config-keys.mjs [--runs N]`
 * (after `npm run bundle`). Runs the CLI on JSON configs of 5,000 to 40,000 top-level keys (each
 * refused as an unknown key once parsed, so only reading and parsing are timed) and on an empty
 * config as the baseline; prints medians and the growth from 10,000 to 40,000 keys: about 4 when
 * linear, about 16 when quadratic (the duplicate-key check of issue 10 took 33 s at 40,000).
 * Nothing here asserts on time.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI, median, requireBundle } from './lib/util.mjs'

const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3
const SIZES = [0, 5_000, 10_000, 20_000, 40_000]

requireBundle()
const dir = mkdtempSync(join(tmpdir(), 'ctg-bench-keys-'))
const timeOf = path => {
  const started = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [CLI, '--config', path], { encoding: 'utf8' })
  if (r.status !== 2) throw new Error(`expected exit 2 (unknown key), got ${r.status}: ${r.stderr}`)
  return Number(process.hrtime.bigint() - started) / 1e6
}
const rows = SIZES.map(n => {
  const path = join(dir, `keys-${n}.json`)
  const keys = Array.from({ length: n }, (_, i) => `"k${i}":${i}`)
  // The empty config is refused too, by an unknown key, so every run takes the same path.
  writeFileSync(path, `{${['"unknown":0', ...keys].join(',')}}`)
  return { n, ms: median(Array.from({ length: RUNS }, () => timeOf(path))) }
})
const base = rows[0].ms
console.log('keys      median ms   above the baseline')
for (const { n, ms } of rows)
  console.log(
    `${String(n).padStart(6)}  ${ms.toFixed(0).padStart(10)}  ${(ms - base).toFixed(0).padStart(10)}`
  )
const at = n => rows.find(r => r.n === n).ms - base
console.log(
  `growth from 10,000 to 40,000 keys: ${(at(40_000) / at(10_000)).toFixed(1)} (linear: 4, quadratic: 16)`
)

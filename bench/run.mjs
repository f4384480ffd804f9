#!/usr/bin/env node
/**
 * callback-thread-guard's benchmarks: `npm run bench` (after `npm ci && npm run bundle`).
 *
 *   node bench/run.mjs [--quick] [--only overhead,scale,tutorial,startup,report,reports,drift] [--runs N]
 *                      [--python PATH] [--markdown] [--json FILE]
 *
 * Prints five tables, each with ratios against a baseline measured in the same run: probe
 * overhead vs the raw executor, memory at scale, the tutorial end to end, start-up and bundle
 * size, the Action's report at 100,000 cells, and reports of 10k to 100k cells merged, compared and
 * rendered in process (vs merge alone); and the history's drift test on simulated runs at the race
 * rate the real probe measures (false alarms and runs to flag a tenfold move: counts, not times).
 * Medians of several runs: the machine is noisy, so read ratios, not absolute times.
 * Nothing here asserts on time; goals are reported as met or not (docs/performance.md).
 */
import { writeFileSync } from 'node:fs'
import { cpus, release } from 'node:os'
import { drift } from './drift.mjs'
import { overhead } from './overhead.mjs'
import { report } from './report.mjs'
import { reports } from './reports.mjs'
import { scale } from './scale.mjs'
import { startup } from './startup.mjs'
import { tutorial } from './tutorial.mjs'
import { pythonOf, requireBundle, run, say, table } from './lib/util.mjs'

const BENCHES = { overhead, scale, tutorial, startup, report, reports, drift }

function parse(argv) {
  const options = { only: Object.keys(BENCHES), markdown: false, quick: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`)
      return argv[++i]
    }
    if (arg === '--quick') options.quick = true
    else if (arg === '--markdown') options.markdown = true
    else if (arg === '--only')
      options.only = value()
        .split(',')
        .map(s => s.trim())
    else if (arg === '--runs') options.runs = Number(value())
    else if (arg === '--python') options.python = value()
    else if (arg === '--json') options.json = value()
    else if (arg === '--help' || arg === '-h') options.help = true
    else throw new Error(`unknown argument ${JSON.stringify(arg)} (see --help)`)
  }
  for (const name of options.only) {
    if (!(name in BENCHES))
      throw new Error(
        `unknown benchmark ${JSON.stringify(name)}; expected ${Object.keys(BENCHES).join(', ')}`
      )
  }
  if (options.runs !== undefined && !(Number.isInteger(options.runs) && options.runs >= 1))
    throw new Error('--runs needs a whole number >= 1')
  return options
}

async function main() {
  const options = parse(process.argv.slice(2))
  if (options.help) {
    process.stdout.write(
      'usage: node bench/run.mjs [--quick] [--only overhead,scale,tutorial,startup,report,reports,drift] [--runs N] [--python PATH] [--markdown] [--json FILE]\n'
    )
    return
  }
  requireBundle()
  const python = pythonOf(options)
  const version = await run(python, [
    '-c',
    'import platform; print(platform.python_implementation(), platform.python_version())'
  ])
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Linux ${release()}, Node ${process.version}, ${version.stdout.trim()}`
  process.stdout.write(
    `callback-thread-guard benchmarks${options.quick ? ' (--quick)' : ''}: ${machine}\n\n`
  )
  const results = {}
  const begun = performance.now()
  for (const name of options.only) {
    say(`${name}...`)
    const t = await BENCHES[name](options)
    results[name] = t
    const print = part =>
      `${options.markdown ? '#### ' : ''}${part.title}\n\n${table(part.headers, part.rows, { markdown: options.markdown, right: part.right })}\n`
    process.stdout.write(print(t))
    if (t.extra) process.stdout.write(`\n${print(t.extra)}`)
    if (t.notes) process.stdout.write(`\n${t.notes.join('\n')}\n`)
    process.stdout.write('\n')
  }
  say(`done in ${((performance.now() - begun) / 1000).toFixed(0)} s`)
  if (options.json) {
    const data = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.data]))
    writeFileSync(
      options.json,
      `${JSON.stringify({ machine, quick: options.quick, results: data }, null, 2)}\n`
    )
  }
}

main().catch(error => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})

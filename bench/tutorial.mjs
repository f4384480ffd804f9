/**
 * End to end: the tutorial's three experiments with their original one-second tasks.
 *
 * Baseline: the tutorial's three scripts (bench/tutorial/*.py, rewritten from its text) run one
 * after another, as a reader of the tutorial would, start-up of each interpreter included.
 * Harness: `node dist/cli.js --config examples/tutorial.yml`, with all its checking and reporting
 * (it writes the JSON report too). Goal: the harness finishes sooner than the baseline.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BENCH, CLI, ROOT, fmt, median, pythonOf, run, say, scratch } from './lib/util.mjs'

const SCRIPTS = ['tutorial1_one_task.py', 'tutorial2_many_tasks.py', 'tutorial3_after_done.py']

export async function tutorial(options) {
  const python = pythonOf(options)
  const runs = options.runs ?? (options.quick ? 1 : 3)
  const dir = scratch()
  const baseline = []
  const harness = []
  const perScript = SCRIPTS.map(() => [])
  const perCell = []
  for (let r = 0; r < runs; r++) {
    const order = r % 2 === 0 ? ['baseline', 'harness'] : ['harness', 'baseline']
    for (const which of order) {
      if (which === 'baseline') {
        let total = 0
        for (const [i, script] of SCRIPTS.entries()) {
          const out = await run(python, [join(BENCH, 'tutorial', script)])
          if (out.code !== 0) throw new Error(`${script} failed: ${out.stderr}`)
          perScript[i].push(out.ms)
          total += out.ms
        }
        baseline.push(total)
      } else {
        const json = join(dir, `tutorial-${r}.json`)
        const out = await run(process.execPath, [
          CLI,
          '--config',
          join(ROOT, 'examples', 'tutorial.yml'),
          '--python',
          python,
          '--quiet',
          '--json',
          json
        ])
        const report = JSON.parse(readFileSync(json, 'utf8'))
        if (out.code !== 0 || report.verdict !== 'pass')
          throw new Error(`the tutorial config did not pass (exit ${out.code}): ${out.stderr}`)
        checkTutorialFacts(report)
        harness.push(out.ms)
        perCell.push(report.cells.map(c => c.durationMs))
      }
    }
    say(`  tutorial: run ${r + 1}/${runs}`)
  }
  const b = median(baseline)
  const h = median(harness)
  const rows = [
    ...SCRIPTS.map((script, i) => [
      `script ${i + 1} (${script})`,
      fmt.s(median(perScript[i])),
      fmt.s(median(perCell.map(c => c[i]))),
      ''
    ]),
    ['total, wall clock', fmt.s(b), fmt.s(h), fmt.ratio(h / b)]
  ]
  return {
    title: `End to end: the tutorial's three experiments, 1 s tasks (medians of ${runs} run${runs === 1 ? '' : 's'})`,
    headers: [
      'experiment',
      'scripts one after another',
      'callback-thread-guard',
      'harness / scripts'
    ],
    right: [1, 2, 3],
    rows,
    notes: [
      `goal: the harness takes less time than the scripts: ${h < b ? 'met' : 'NOT met'} (${fmt.ratio(b / h)}x as fast).`,
      'Harness rows per experiment are the cell durations from its JSON report (the cells run side by',
      'side); its total is the wall clock of the whole CLI run, start-up, checking and reporting included.'
    ],
    data: { baselineMs: b, harnessMs: h, met: h < b }
  }
}

/** The harness must observe what the tutorial observed, or the comparison means nothing. */
function checkTutorialFacts(report) {
  const where = cell => {
    const counts = new Map()
    for (const o of cell.outcomes) {
      const key = `${o.facts.ranOn}${o.facts.inline ? ' inline' : ''}`
      counts.set(key, (counts.get(key) ?? 0) + o.count)
    }
    return [...counts].map(([key, n]) => `${key} ${n}`).join(', ')
  }
  const expected = ['task-thread 1', 'task-thread 16', 'caller-thread inline 1']
  report.cells.forEach((cell, i) => {
    if (where(cell) !== expected[i])
      throw new Error(`tutorial cell ${i + 1} observed "${where(cell)}", not "${expected[i]}"`)
  })
}

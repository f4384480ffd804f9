/**
 * Report: the Action (dist/index.js) reading a JSON report of 10,000 and of 100,000 cells, with a
 * baseline of as many, comparing them and rendering the job summary and the comment's Markdown
 * (comment: never, so no API). Goal: linear, so 100,000 cells take about ten times 10,000 and
 * finish in seconds; a search per cell or a sort by a searched key would make it a hundred.
 *
 * Baseline measured in the same run: the same Action on the same 100,000-cell report without a
 * baseline (what comparing adds), and the 10,000-cell run (the ratio says linear or not). Cells
 * are the real cells of __tests__/browser/fixtures (CPython 3.12 and the relay pool), repeated
 * with other worker counts, without thread-name samples to stay under the 64 MiB report limit.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DIST, ROOT, fmt, median, run, say, scratch } from './lib/util.mjs'

const FIXTURES = join(ROOT, '__tests__', 'browser', 'fixtures', 'current')

function cellsOf(name) {
  const report = JSON.parse(readFileSync(join(FIXTURES, name, 'report.json'), 'utf8'))
  return { report, cells: report.cells }
}

/** n cells, one in `failEvery` from the failing pool; `shift` moves which ones fail. */
function makeReport(n, failEvery, shift) {
  const pass = cellsOf('guard-py3.12-ubuntu-latest')
  const fail = cellsOf('guard-relay-pool-ubuntu-latest')
  const cells = []
  for (let i = 0; i < n; i++) {
    const from = (i + shift) % failEvery === 0 ? fail.cells : pass.cells
    const base = from[i % from.length]
    cells.push({
      ...base,
      id: `c${i + 1}`,
      target: pass.report.targets[0].name,
      workers: 1 + Math.floor(i / 11),
      stats: {},
      stderrTail: undefined,
      outcomes: base.outcomes.map(o => ({ ...o, samples: [] })),
      violations: base.violations.map(v => ({ ...v, samples: [] }))
    })
  }
  return { ...pass.report, cells }
}

export async function report(options) {
  const runs = options.runs ?? (options.quick ? 1 : 3)
  const dir = scratch()
  const time = async (n, withBaseline) => {
    const current = join(dir, `current-${n}.json`)
    const baseline = join(dir, `baseline-${n}.json`)
    writeFileSync(current, JSON.stringify(makeReport(n, 97, 0)))
    if (withBaseline) writeFileSync(baseline, JSON.stringify(makeReport(n, 97, 5)))
    const times = []
    for (let r = 0; r < runs; r++) {
      // The runner creates these files; the action appends to them.
      writeFileSync(join(dir, 'summary.md'), '')
      writeFileSync(join(dir, 'output.txt'), '')
      const result = await run(process.execPath, [join(DIST, 'index.js')], {
        cwd: dir,
        env: {
          INPUT_REPORTS: current,
          ...(withBaseline ? { INPUT_BASELINE: baseline } : {}),
          INPUT_COMMENT: 'never',
          'INPUT_FAIL-ON': 'never',
          'INPUT_REPORT-ID': 'default',
          INPUT_JSON: join(dir, 'out.json'),
          GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
          GITHUB_OUTPUT: join(dir, 'output.txt')
        }
      })
      if (result.code !== 0) throw new Error(`the action failed: ${result.stdout.slice(-500)}`)
      times.push(result.ms)
    }
    return median(times)
  }
  say('report: 10,000 cells with a baseline')
  const small = await time(10_000, true)
  say('report: 100,000 cells without a baseline')
  const bigAlone = await time(100_000, false)
  say('report: 100,000 cells with a baseline')
  const big = await time(100_000, true)
  const ratio = big / small
  return {
    title: `Report: the Action reading, comparing and rendering (median of ${runs})`,
    headers: ['case', 'wall time', 'vs 10,000 with a baseline'],
    right: [1, 2],
    rows: [
      ['10,000 cells, with a baseline', fmt.ms(small), '1.0x'],
      ['100,000 cells, without a baseline', fmt.ms(bigAlone), `${(bigAlone / small).toFixed(1)}x`],
      ['100,000 cells, with a baseline', fmt.ms(big), `${ratio.toFixed(1)}x`]
    ],
    notes: [
      `Goal: linear (about 10x for ten times the cells; a quadratic step would make it about 100x) and in seconds: ${ratio < 20 && big < 30_000 ? 'met' : 'NOT met'}.`
    ],
    data: { smallMs: small, bigAloneMs: bigAlone, bigMs: big, ratio }
  }
}

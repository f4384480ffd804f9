/**
 * Reports at size: a JSON report of 10k to 100k cells and a baseline of the same size are read
 * (validated and judged: every cell graded again), compared and rendered (terminal, the full
 * Markdown, the job summary cut to 1 MB and the comment cut to 65,000 characters, from sections
 * built once), as the Action does with `reports` and `baseline`. Goal: all of it under 5 s at 100,000 cells, and the time per
 * cell flat as the cells grow (no quadratic step). The baseline in the same run is merge alone
 * (reading one report); JUnit is shown apart, since it is written only when asked for.
 *
 * The stages are the compiled modules of src/ (tsc into node_modules/.cache/ctg-bench), called in
 * this process, so each is timed alone. Each stage is measured as wall time and as this process's
 * CPU time (user + system): on a shared machine the wall time counts the others' work too, and
 * the goal is judged on CPU time, which is what the stages cost.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT, fmt, median, run, say, scratch } from './lib/util.mjs'

export const GOAL_MS = 5_000
const BUILD = join(ROOT, 'node_modules', '.cache', 'ctg-bench')

export async function reports(options) {
  const runs = options.runs ?? (options.quick ? 1 : 3)
  const sizes = options.quick ? [10_000, 100_000] : [10_000, 20_000, 40_000, 100_000]
  const m = await compiled()
  const dir = scratch()
  const rows = []
  const data = []
  for (const cells of sizes) {
    say(`reports: ${cells.toLocaleString('en-US')} cells`)
    const current = join(dir, `current-${cells}.json`)
    const baseline = join(dir, `baseline-${cells}.json`)
    writeFileSync(current, JSON.stringify(syntheticReport(cells, 'current')))
    writeFileSync(baseline, JSON.stringify(syntheticReport(cells, 'baseline')))
    const t = { merge: [], compare: [], render: [], junit: [], wall: [] }
    for (let r = 0; r < runs; r++) {
      const wall = performance.now()
      let begun = cpuMs()
      const report = m.merge.mergeReports([
        { path: current, report: m.merge.readReportFile(current, 'reports') }
      ])
      t.merge.push(cpuMs() - begun)

      begun = cpuMs()
      // As the Action reads a baseline: judged, without the evidence it never shows.
      const diff = m.compare.compareReports(
        report,
        m.merge.readReportFile(baseline, 'baseline', { evidence: false })
      )
      t.compare.push(cpuMs() - begun)

      begun = cpuMs()
      m.terminal.renderTerminal(report)
      // As the Action does: the sections once, then the file, the job summary and the comment.
      const prepared = m.markdown.prepareReport(report, diff)
      const common = { title: 'bench', diff, prepared, fullReport: 'the JSON report' }
      m.markdown.renderReport(report, common)
      m.markdown.renderReport(report, {
        ...common,
        limit: {
          max: 1_000_000,
          measure: text => Buffer.byteLength(text, 'utf8'),
          label: 'the summary limit'
        }
      })
      m.markdown.renderReport(report, {
        ...common,
        limit: { max: 65_000, label: 'the comment limit' }
      })
      t.render.push(cpuMs() - begun)
      t.wall.push(performance.now() - wall)

      begun = cpuMs()
      m.junit.renderJunit(report)
      t.junit.push(cpuMs() - begun)
    }
    const merge = median(t.merge)
    const total = median(t.merge.map((v, i) => v + t.compare[i] + t.render[i]))
    rows.push([
      fmt.int(cells),
      fmt.s(merge),
      fmt.s(median(t.compare)),
      fmt.s(median(t.render)),
      fmt.s(total),
      fmt.ratio(total / merge),
      `${((total / cells) * 1000).toFixed(1)} µs`,
      fmt.s(median(t.wall)),
      fmt.s(median(t.junit)),
      cells === 100_000 ? (total < GOAL_MS ? 'yes' : 'NO') : ''
    ])
    data.push({ cells, runs, ...t })
  }
  return {
    title: `Reports at size: merge, compare against a baseline of the same size, render (CPU time, median of ${runs})`,
    headers: [
      'cells',
      'merge alone',
      'compare',
      'render',
      'merge + compare + render',
      'x merge',
      'per cell',
      'wall time',
      'JUnit',
      'under 5 s'
    ],
    right: [0, 1, 2, 3, 4, 5, 6, 7, 8],
    rows,
    data,
    notes: [
      'merge alone: read, validate and judge one report (each cell graded again from its outcomes) and number its cells.',
      'compare: read and judge the baseline, then match every cell. render: terminal, then the sections built once (prepareReport) and assembled as the full Markdown, the job summary (1 MB) and the comment (65,000 characters).',
      'A flat "per cell" column as the cells grow is the point: a quadratic step would double it at each doubling.'
    ]
  }
}

/** CPU time of this process so far (user + system), in ms. */
function cpuMs() {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** The report modules of src/, compiled once with the project's own TypeScript. */
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
  const load = name => import(pathToFileURL(join(BUILD, 'report', `${name}.js`)).href)
  return {
    merge: await load('merge'),
    compare: await load('compare'),
    markdown: await load('markdown'),
    terminal: await load('terminal'),
    junit: await load('junit')
  }
}

/**
 * A report of n cells over 4 targets and every scenario, as the engine writes them: a passing
 * cell has one outcome on the task thread; every 50th cell fails (another thread), and in the
 * current report every 97th cell changed, so the comparison has work to do.
 */
export function syntheticReport(n, which) {
  const scenarios = ['running', 'order', 'raising', 'timed']
  const targets = ['CPython 3.9', 'CPython 3.12', 'PyPy 3.10', 'CPython 3.13'].map(name => ({
    name,
    kind: 'python',
    contract: 'thread-pool',
    runtime: {
      implementation: 'CPython',
      version: '3.12.1',
      executor: 'concurrent.futures:ThreadPoolExecutor'
    }
  }))
  const cells = []
  for (let i = 0; i < n; i++) {
    const bad = i % 50 === 49 || (which === 'current' && i % 97 === 0)
    const scenario = scenarios[i % scenarios.length]
    const sample = {
      task: 'ThreadPoolExecutor-0_0',
      callback: bad ? 'Dispatcher' : 'ThreadPoolExecutor-0_0',
      caller: 'MainThread'
    }
    const facts = {
      registered: 'running',
      ranOn: bad ? 'other-thread' : 'task-thread',
      inline: false,
      calls: 1,
      ...(scenario === 'order' || scenario === 'raising' ? { order: 'in-order' } : {})
    }
    cells.push({
      id: `c${i + 1}`,
      target: targets[i % targets.length].name,
      name: `experiment ${Math.floor(i / 4)}`,
      scenario,
      workers: 4,
      tasks: 16,
      callbackDelayMs: 0,
      taskMs: 10,
      callbacks: 1,
      repeat: 1,
      verdict: bad ? 'fail' : 'pass',
      durationMs: 12,
      stats: { futures: 16, callbacks: 16 },
      outcomes: [
        {
          facts,
          count: 16,
          samples: [sample],
          grade: bad ? 'forbidden' : 'acceptable',
          rules: [],
          broken: []
        }
      ],
      violations: []
    })
  }
  return {
    schemaVersion: 1,
    tool: { name: 'callback-thread-guard', version: '0.1.0' },
    verdict: 'pass',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1000,
    summary: {
      cells: n,
      passed: n,
      failed: 0,
      errors: 0,
      skipped: 0,
      violations: 0,
      interesting: 0
    },
    targets,
    contracts: {},
    cells
  }
}

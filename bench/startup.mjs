/**
 * Start-up: the time from starting `node dist/cli.js` (and the Action, `node dist/index.js`) to
 * the first probe process spawned, and the size of the bundle.
 *
 * The "interpreter" is a stand-in script that writes the time it was started and then runs
 * python3 (bench/lib/util.mjs, measuringPython), so the clock stops when the harness spawns its
 * first probe. Baseline measured in the same run: a Node process that spawns the same stand-in
 * at once (lib/spawn-floor.mjs): Node's own start-up plus one spawn, the floor for any harness.
 * The bundle table lists each file of dist/ with its size and which entries load it up front
 * (statically imported; a dynamic import() loads only when needed).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import {
  BENCH,
  CLI,
  DIST,
  fmt,
  measuringPython,
  median,
  pythonOf,
  run,
  say,
  scratch
} from './lib/util.mjs'

export async function startup(options) {
  const python = pythonOf(options)
  const runs = options.runs ?? (options.quick ? 5 : 11)
  const dir = scratch()
  const stamp = join(dir, 'started')
  const wrapper = measuringPython(dir, python, { startFile: stamp })
  const cases = [
    {
      name: 'floor: node spawning at once',
      args: [join(BENCH, 'lib', 'spawn-floor.mjs'), wrapper, '-c', 'pass']
    },
    {
      name: 'node dist/cli.js',
      args: [
        CLI,
        '--python',
        wrapper,
        '--scenarios',
        'done',
        '--workers',
        '1',
        '--tasks',
        '1',
        '--task-ms',
        '0',
        '--quiet'
      ]
    },
    {
      name: 'node dist/index.js (the Action)',
      args: [join(DIST, 'index.js')],
      env: {
        INPUT_PYTHON: wrapper,
        INPUT_SCENARIOS: 'done',
        INPUT_WORKERS: '1',
        INPUT_TASKS: '1',
        'INPUT_TASK-MS': '0',
        INPUT_COMMENT: 'never',
        INPUT_JSON: join(dir, 'action-report.json'),
        GITHUB_OUTPUT: join(dir, 'github-output'),
        GITHUB_STEP_SUMMARY: join(dir, 'github-summary')
      }
    }
  ]
  // The Action appends its outputs and job summary to these files; they must exist.
  writeFileSync(join(dir, 'github-output'), '')
  writeFileSync(join(dir, 'github-summary'), '')
  const times = cases.map(() => ({ first: [], total: [] }))
  for (let r = 0; r < runs; r++) {
    for (const [i, c] of cases.entries()) {
      const begunEpochMs = performance.timeOrigin + performance.now()
      const out = await run(process.execPath, c.args, { env: c.env ?? {} })
      if (out.code !== 0)
        throw new Error(`${c.name} exited with ${out.code}: ${out.stderr}${out.stdout}`)
      const startedNs = readFileSync(stamp, 'utf8').trim()
      times[i].first.push(Number(BigInt(startedNs) / 1000n) / 1000 - begunEpochMs)
      times[i].total.push(out.ms)
    }
    say(`  start-up: run ${r + 1}/${runs}`)
  }
  const floor = median(times[0].first)
  const entries = [null, 'cli.js', 'index.js']
  const rows = cases.map((c, i) => {
    const loaded = entries[i] === null ? null : staticGraph(join(DIST, entries[i]))
    return [
      c.name,
      fmt.ms(median(times[i].first)),
      fmt.ratio(median(times[i].first) / floor),
      fmt.ms(median(times[i].first) - floor),
      fmt.ms(median(times[i].total)),
      loaded === null ? '-' : `${fmt.kb(loaded.bytes)} (${loaded.files.length} files)`
    ]
  })
  const bundle = bundleRows()
  return {
    title: `Start-up: time to the first probe spawned, and bundle size (medians of ${runs} runs)`,
    headers: [
      'entry',
      'to first probe',
      'x floor',
      'over floor',
      'whole run (1 cell)',
      'loaded before the first probe'
    ],
    right: [1, 2, 3, 4],
    rows,
    notes: [
      '"to first probe": from spawning node to the stand-in interpreter starting; the floor is Node start-up',
      'plus one spawn. "loaded before the first probe": the entry and the files it imports statically.'
    ],
    extra: {
      title: 'Bundle: dist/ files, and which entry loads each before it runs',
      headers: ['file', 'size', 'loaded up front by'],
      right: [1],
      rows: bundle.rows
    },
    data: {
      floorMs: floor,
      cliMs: median(times[1].first),
      actionMs: median(times[2].first),
      bundle: bundle.data
    }
  }
}

/** The files an ES module loads before it runs: itself and its static relative imports. */
function staticGraph(entry) {
  const seen = new Set()
  const visit = file => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    const spec =
      /(?:^|[;\n])\s*(?:import|export)\s+(?:[^'"()]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g
    for (const m of text.matchAll(spec)) visit(join(dirname(file), m[1]))
  }
  visit(entry)
  const files = [...seen]
  return { files, bytes: files.reduce((n, f) => n + statSync(f).size, 0) }
}

function bundleRows() {
  const files = []
  const walk = d => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.push(path)
    }
  }
  walk(DIST)
  files.sort((a, b) => statSync(b).size - statSync(a).size)
  const entries = { cli: 'cli.js', action: 'index.js', kit: 'kit.js' }
  const graphs = Object.entries(entries).map(([name, file]) => [
    name,
    new Set(staticGraph(join(DIST, file)).files)
  ])
  const rows = []
  const data = []
  let total = 0
  for (const file of files) {
    const size = statSync(file).size
    total += size
    const by = graphs.filter(([, set]) => set.has(file)).map(([name]) => name)
    rows.push([relative(DIST, file), fmt.kb(size), by.join(', ') || '-'])
    data.push({ file: relative(DIST, file), bytes: size, loadedUpFrontBy: by })
  }
  rows.push(['total', fmt.kb(total), ''])
  return { rows, data: { files: data, totalBytes: total } }
}

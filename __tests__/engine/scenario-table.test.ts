/**
 * The one table of scenarios (src/model/scenarios.ts) reaches the Python probe and the doc. The probe
 * reads the scenarios and the facts' words from one generated file
 * (src/probes/python/ctg_probe/generated.py), and that file is what the table generates now: a
 * change to the table fails here until `npm run generate` (scripts/generate/python-module.ts)
 * writes the file again. The probe dispatches on the table's `experiment` trait and refuses one
 * it does not have. docs/protocol.md has a row for every scenario, in the table's order.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { PYTHON_VOCABULARY } from '../../src/probes/fact-values.js'
import { PROTOCOL_VERSION } from '../../src/probes/protocol-version.js'
import { SCENARIO_TRAITS, SCENARIOS } from '../../src/model/scenarios.js'
import {
  PYTHON_TABLE,
  readPythonTable,
  renderPythonTable
} from '../../scripts/generate/python-module.js'

/** Python run in the folder that holds the probe's package (ctg_probe), writing no bytecode there. */
const PYTHON_OPTIONS = {
  cwd: dirname(dirname(PYTHON_TABLE)),
  encoding: 'utf8',
  env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' }
} as const

describe("the Python probe's scenarios", () => {
  it('are what src/model/scenarios.ts generates, byte for byte', () => {
    const committed = readPythonTable()
    if (committed !== renderPythonTable())
      throw new Error(
        'src/probes/python/ctg_probe/generated.py is not what src/model/scenarios.ts generates now: run `npm run generate` and commit it'
      )
    expect(committed).toBe(renderPythonTable())
  })

  it('are the ones the probe itself reads: names, experiments, callbacks, facts and their words', () => {
    // The probe's own module, imported by a real interpreter, says what it will run.
    const script = [
      'import json, sys',
      'from ctg_probe import generated as g, protocol as p',
      'print(json.dumps({"protocol": g.PROTOCOL, "scenarios": list(g.SCENARIOS),',
      '  "experiments": {s: p.Cell({"id": "c", "scenario": s, "workers": 1, "tasks": 1}).experiment',
      '    for s in g.SCENARIOS},',
      '  "facts": {s: list(p.extra_fact_names(s)) for s in g.SCENARIOS},',
      '  "callbacks": {s: p.Cell({"id": "c", "scenario": s, "workers": 1, "tasks": 1,',
      '    "callbacks": 3}).callbacks for s in g.SCENARIOS},',
      '  "words": {k: list(getattr(g, k + "_WORDS")) for k in ("REGISTERED", "RAN_ON", "TASK_ON", "ORDER", "ROLE")}}))'
    ].join('\n')
    const run = spawnSync('python3', ['-c', script], PYTHON_OPTIONS)
    expect(run.stderr).toBe('')
    const seen = JSON.parse(run.stdout) as Record<string, unknown>
    expect(seen).toEqual({
      protocol: PROTOCOL_VERSION,
      scenarios: SCENARIOS,
      experiments: Object.fromEntries(SCENARIOS.map(s => [s, SCENARIO_TRAITS[s].experiment])),
      facts: Object.fromEntries(SCENARIOS.map(s => [s, [...SCENARIO_TRAITS[s].facts]])),
      // The setting where the table says so; `cancel` adds its second callback after cancel().
      callbacks: Object.fromEntries(
        SCENARIOS.map(s => [
          s,
          SCENARIO_TRAITS[s].callbacks === 'setting'
            ? 3
            : SCENARIO_TRAITS[s].experiment === 'cancel'
              ? 2
              : 1
        ])
      ),
      words: Object.fromEntries(
        Object.entries(PYTHON_VOCABULARY).map(([prefix, words]) => [prefix, [...words]])
      )
    })
  })

  it('runs the experiment the table names, and refuses one it does not have', () => {
    // The injected fault: `timed` made to name an experiment the probe lacks. The cell must be an
    // error naming it, never another experiment's result (the old fallthrough ran `shutdown`).
    const script = [
      'import io, json',
      'from ctg_probe import generated, serve',
      'from ctg_probe.cells import Probe',
      'from ctg_probe.experiments import EXPERIMENTS',
      'import concurrent.futures',
      'out = io.BytesIO()',
      'probe = Probe(out, "concurrent.futures:ThreadPoolExecutor", concurrent.futures.ThreadPoolExecutor)',
      'cell = {"type": "cell", "scenario": "timed", "workers": 1, "tasks": 2}',
      'probe.run_cell(dict(cell, id="as-is"))',
      'generated.EXPERIMENT_OF["timed"] = "replay"',
      'probe.run_cell(dict(cell, id="unknown"))',
      'generated.EXPERIMENT_OF["timed"] = "timed"',
      'del EXPERIMENTS["timed"]',
      'probe.run_cell(dict(cell, id="missing"))',
      'probe.close()',
      'print(json.dumps([json.loads(line) for line in out.getvalue().decode().splitlines()]))'
    ].join('\n')
    const run = spawnSync('python3', ['-c', script], PYTHON_OPTIONS)
    expect(run.stderr).toBe('')
    const lines = JSON.parse(run.stdout) as { type: string; id: string; message?: string }[]
    expect(lines.map(l => [l.id, l.type])).toEqual([
      ['as-is', 'result'],
      ['unknown', 'cell-error'],
      ['missing', 'cell-error']
    ])
    expect(lines[1]!.message).toBe(
      "scenario 'timed' asks for the 'replay' experiment, which the Python probe does not have"
    )
    expect(lines[2]!.message).toBe(
      "scenario 'timed' asks for the 'timed' experiment, which the Python probe does not have"
    )
  })

  it('has an experiment for every scenario it runs, and says why for every other', () => {
    const script = [
      'import json',
      'from ctg_probe.asyncio_experiments import ASYNCIO_EXPERIMENTS',
      'from ctg_probe.callback_api import CALLBACK_EXPERIMENTS',
      'from ctg_probe.experiments import EXPERIMENTS',
      // A futures executor's experiments, a callback-API pool's (multiprocessing.Pool) and an
      // asyncio target's.
      'print(json.dumps(sorted(set(EXPERIMENTS) | set(CALLBACK_EXPERIMENTS) | set(ASYNCIO_EXPERIMENTS))))'
    ].join('\n')
    const run = spawnSync('python3', ['-c', script], PYTHON_OPTIONS)
    expect(run.stderr).toBe('')
    const have = new Set(JSON.parse(run.stdout) as string[])
    for (const s of SCENARIOS) {
      const python = (SCENARIO_TRAITS[s] as { python?: string }).python
      expect([s, have.has(SCENARIO_TRAITS[s].experiment)]).toEqual([s, python === undefined])
    }
  })
})

describe('docs/protocol.md', () => {
  it('has a row for every scenario in its Scenarios table, in the table order', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'protocol.md'), 'utf8')
    const start = doc.indexOf('\n## Scenarios')
    const end = doc.slice(start + 1).search(/\n##+ /)
    const section = doc.slice(start, end === -1 ? undefined : start + 1 + end)
    const rows = [...section.matchAll(/^\| `([a-z-]+)` +\|/gm)].map(m => m[1])
    expect(rows).toEqual(SCENARIOS)
  })
})

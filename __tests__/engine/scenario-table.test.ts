/**
 * The one table of scenarios (src/scenarios.ts) reaches the Python probe and the doc. The probe
 * reads the scenarios from one generated file (src/probes/python/probe_generated.py), and that
 * file is what the table generates now: a change to the table fails here until `npm run generate`
 * writes the file again (it runs this file with CTG_WRITE_GENERATED=1, which writes the file
 * instead of comparing it). docs/protocol.md has a row for every scenario, in the table's order.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { PROTOCOL_VERSION } from '../../src/probes/protocol-version.js'
import { SCENARIO_TRAITS, SCENARIOS, scenariosWhere } from '../../src/scenarios.js'
import {
  PYTHON_TABLE,
  readPythonTable,
  renderPythonTable,
  writePythonTable
} from './python-table.js'

const WRITE = process.env.CTG_WRITE_GENERATED === '1'

describe("the Python probe's scenarios", () => {
  if (WRITE) {
    it('writes probe_generated.py (npm run generate)', () => {
      writePythonTable()
      expect(readPythonTable()).toBe(renderPythonTable())
    })
    return
  }

  it('are what src/scenarios.ts generates, byte for byte', () => {
    const committed = readPythonTable()
    if (committed !== renderPythonTable())
      throw new Error(
        'src/probes/python/probe_generated.py is not what src/scenarios.ts generates now: run `npm run generate` and commit it'
      )
    expect(committed).toBe(renderPythonTable())
  })

  it('are the ones the probe itself reads: names, held ones, callbacks and facts per scenario', () => {
    // The probe's own module, imported by a real interpreter, says what it will run.
    const script = [
      'import json, sys',
      'import probe_protocol as p',
      'print(json.dumps({"protocol": p.PROTOCOL, "scenarios": list(p.SCENARIOS),',
      '  "held": list(p.HELD_SCENARIOS),',
      '  "facts": {s: list(p._extra_fact_names(s)) for s in p.SCENARIOS},',
      '  "callbacks": {s: p.Cell({"id": "c", "scenario": s, "workers": 1, "tasks": 1,',
      '    "callbacks": 3}).callbacks for s in p.SCENARIOS}}))'
    ].join('\n')
    const run = spawnSync('python3', ['-c', script], {
      cwd: dirname(PYTHON_TABLE),
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    const seen = JSON.parse(run.stdout) as Record<string, unknown>
    expect(seen).toEqual({
      protocol: PROTOCOL_VERSION,
      scenarios: SCENARIOS,
      held: scenariosWhere(t => t.experiment === 'held'),
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
      )
    })
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

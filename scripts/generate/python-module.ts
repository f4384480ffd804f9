/**
 * The Python probe's copy of what it shares with the engine (src/probes/python/ctg_probe/generated.py):
 * the protocol version, the scenarios' traits it reads, the words of its facts and the default
 * executor, rendered from src/probes/protocol-version.ts, src/model/scenarios.ts,
 * src/probes/fact-values.ts, src/model/cell.ts and src/config/defaults.ts. The file is this
 * renderer's output byte for byte: written only by `npm run generate`, never by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_EXECUTOR } from '../../src/config/defaults.js'
import { PERTURBATION_LIMITS } from '../../src/model/cell.js'
import { PYTHON_VOCABULARY } from '../../src/probes/fact-values.js'
import { PROTOCOL_VERSION } from '../../src/probes/protocol-version.js'
import { SCENARIO_TRAITS, SCENARIOS, scenariosWhere } from '../../src/model/scenarios.js'

export const PYTHON_TABLE = join(
  import.meta.dirname,
  '..',
  '..',
  'src',
  'probes',
  'python',
  'ctg_probe',
  'generated.py'
)

/** A tuple of strings, as Python writes it (one item keeps its comma). */
function tuple(items: readonly string[]): string {
  const quoted = items.map(item => JSON.stringify(item))
  return quoted.length === 1 ? `(${quoted[0]},)` : `(${quoted.join(', ')})`
}

function dict(entries: [string, string][]): string {
  return `{\n${entries.map(([key, value]) => `    ${JSON.stringify(key)}: ${value},`).join('\n')}\n}`
}

/** Each word of each vocabulary as a constant (REGISTERED_NOT_DONE = "not-done"), and the tuple. */
function vocabulary(): string {
  return Object.entries(PYTHON_VOCABULARY)
    .map(([prefix, words]) => {
      const constants = words.map(
        word => `${prefix}_${word.toUpperCase().replace(/-/g, '_')} = ${JSON.stringify(word)}`
      )
      return `${constants.join('\n')}\n${prefix}_WORDS = ${tuple(words)}`
    })
    .join('\n\n')
}

export function renderPythonTable(): string {
  const unsupported = SCENARIOS.flatMap(s => {
    const why = (SCENARIO_TRAITS[s] as { python?: string }).python
    return why === undefined ? [] : [[s, why] as [string, string]]
  })
  return `"""What the Python probe shares with the engine: the protocol version, the scenarios' traits, the
words of the facts and the default executor.

Generated from src/probes/protocol-version.ts, src/model/scenarios.ts (the one table of scenarios),
src/probes/fact-values.ts, src/model/cell.ts and src/config/defaults.ts by \`npm run generate\`
(scripts/generate/python-module.ts): change those, not this file.
__tests__/engine/scenario-table.test.ts fails when this file is not what they generate.

Python 3.8 syntax and standard library only.
"""

PROTOCOL = ${PROTOCOL_VERSION}

# The executor a target runs when it names none (src/config/defaults.ts).
DEFAULT_EXECUTOR = ${JSON.stringify(DEFAULT_EXECUTOR)}

# Every scenario, in the table's order (docs/protocol.md, "Scenarios").
SCENARIOS = ${tuple(SCENARIOS)}

# Each perturbation setting and its largest value (src/model/cell.ts, PERTURBATION_LIMITS).
PERTURBATION_LIMITS = ${dict(Object.entries(PERTURBATION_LIMITS).map(([name, most]) => [name, String(most)]))}

# How the probe runs each scenario: the experiment it dispatches on (the probe has no other).
EXPERIMENT_OF = ${dict(SCENARIOS.map(s => [s, JSON.stringify(SCENARIO_TRAITS[s].experiment)]))}

# Scenarios whose cells say how many callbacks each future gets (at least 2); the others get one.
SET_CALLBACKS_SCENARIOS = ${tuple(scenariosWhere(t => t.callbacks === 'setting'))}

# The facts an outcome carries after (registered, ranOn, inline, calls), by scenario.
EXTRA_FACTS = ${dict(SCENARIOS.map(s => [s, tuple(SCENARIO_TRAITS[s].facts)]))}

# Why the probe does not run each of these scenarios (its hello says so).
UNSUPPORTED = ${dict(unsupported.map(([s, why]) => [s, JSON.stringify(why)]))}

# The words of the facts (docs/protocol.md, "Outcomes"), each once.
${vocabulary()}
`
}

export function readPythonTable(): string {
  return readFileSync(PYTHON_TABLE, 'utf8')
}

export function writePythonTable(): void {
  writeFileSync(PYTHON_TABLE, renderPythonTable())
}

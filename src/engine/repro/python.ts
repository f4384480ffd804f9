/**
 * Renders the standalone Python reproducer of one failing cell: the template shipped beside the
 * probe (probes/python/repro_template.py) with the experiment, the executor and the contract's
 * rules filled in as one JSON text. Everything that came from a config or a report enters the
 * file only inside that JSON, written as a Python string literal: no other text is spliced in.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CellMessage, Perturbation } from '../../model/cell.js'
import type { Contract } from '../../grading/contract.js'
import { assetPath } from '../../probes/assets.js'
import { SCENARIO_TRAITS } from '../../model/scenarios.js'

/**
 * The one experiment a reproducer runs (a cell's dimensions, without its repetitions: the
 * reproducer repeats by `tries`; the cancel experiment adds its own second callback), and what it
 * looks for.
 */
export interface ReproducerSpec extends Omit<CellMessage, 'id' | 'repeat'> {
  executor: string
  pythonPath: string[]
  /** Fresh executors it tries before it says the fault did not reproduce. */
  tries: number
  /** The rules the guard saw broken in the cell: the reproducer reproduces when one of these breaks. */
  rules: string[]
  contract: Contract
  /** One line on what the guard found, printed first (text: it goes through JSON). */
  found: string
  /** The perturbation of the guard's run, which the reproducer applies too (absent: none). */
  perturb?: Perturbation
}

/** The line of the template that carries the configuration. */
const CONFIG_LINE = /^CONFIG_JSON = "\{\}".*$/m

export function renderPythonReproducer(spec: ReproducerSpec): string {
  const template = readFileSync(assetPath('python/repro_template.py'), 'utf8')
  if (!CONFIG_LINE.test(template))
    throw new Error('the reproducer template has no CONFIG_JSON line')
  const traits = SCENARIO_TRAITS[spec.scenario]
  const config = {
    executor: spec.executor,
    pythonPath: spec.pythonPath.map(p => resolve(p)),
    scenario: spec.scenario,
    experiment: traits.experiment,
    facts: traits.facts,
    workers: spec.workers,
    tasks: spec.tasks,
    callbacks: spec.callbacks,
    delayS: spec.callbackDelayMs / 1000,
    taskS: spec.taskMs / 1000,
    timeoutS: spec.timeoutMs / 1000,
    tries: spec.tries,
    rules: spec.rules,
    contract: { rules: spec.contract.rules, interesting: spec.contract.interesting },
    found: spec.found,
    perturb: spec.perturb ?? null
  }
  // The JSON, in ASCII (JSON's own \u escapes, which json.loads joins into pairs), written as a
  // JSON string: that is a valid Python string literal (its escapes are Python's too), so the
  // data never becomes code.
  const ascii = JSON.stringify(config).replace(
    /[\u007f-\uffff]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  const literal = JSON.stringify(ascii)
  return template.replace(CONFIG_LINE, () => `CONFIG_JSON = ${literal}`)
}

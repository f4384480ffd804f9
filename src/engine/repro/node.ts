/**
 * Renders the standalone Node reproducer of one failing cell of a Node pool (an adapter target):
 * the program in node-template.ts with the experiment, the adapter and the contract's rules filled
 * in as one JSON text. Everything that came from a config or a report enters the file only inside
 * that JSON, written as a JavaScript string literal: no other text is spliced in.
 */
import { resolve } from 'node:path'
import { SCENARIO_TRAITS } from '../../model/scenarios.js'
import type { ReproducerSpec } from './python.js'
import { NODE_REPRODUCER_TEMPLATE } from './node-template.js'

/** The line of the template that carries the configuration. */
const CONFIG_LINE = /^const CONFIG_JSON = "\{\}".*$/m

/** The experiments the Node reproducer runs: a promise API's held, timed and done, by the order rule too. */
export function nodeReproducerRuns(scenario: ReproducerSpec['scenario']): boolean {
  const traits = SCENARIO_TRAITS[scenario]
  return (
    ['held', 'timed', 'done'].includes(traits.experiment) &&
    traits.facts.every(f => f === 'order') &&
    traits.adapter.callbackApi !== true
  )
}

export function renderNodeReproducer(
  spec: Omit<ReproducerSpec, 'executor' | 'pythonPath'> & { adapter: string }
): string {
  if (!CONFIG_LINE.test(NODE_REPRODUCER_TEMPLATE))
    throw new Error('the Node reproducer template has no CONFIG_JSON line')
  const traits = SCENARIO_TRAITS[spec.scenario]
  const config = {
    adapter: resolve(spec.adapter),
    scenario: spec.scenario,
    experiment: traits.experiment,
    facts: traits.facts,
    workers: spec.workers,
    tasks: spec.tasks,
    callbacks: spec.callbacks,
    delayMs: spec.callbackDelayMs,
    // A held task is one that runs while its handlers are attached: without the probe's gate,
    // long enough to be running then.
    taskMs: traits.experiment === 'held' ? Math.max(spec.taskMs, 50) : spec.taskMs,
    timeoutMs: spec.timeoutMs,
    tries: spec.tries,
    rules: spec.rules,
    contract: { rules: spec.contract.rules, interesting: spec.contract.interesting },
    found: spec.found
  }
  // JSON inside a JSON string: a valid JavaScript string literal, so the data never becomes code
  // (U+2028 and U+2029 are escaped too, for engines older than ES2019).
  const literal = JSON.stringify(JSON.stringify(config)).replace(
    /[\u2028\u2029]/g,
    c => `\\u${c.charCodeAt(0).toString(16)}`
  )
  return NODE_REPRODUCER_TEMPLATE.replace(CONFIG_LINE, () => `const CONFIG_JSON = ${literal}`)
}

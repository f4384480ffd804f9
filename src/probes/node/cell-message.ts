/**
 * A cell message of the probe protocol, checked field by field as the Node probe reads it: a
 * malformed one is the probe's own cell-error, named by its field.
 */
import type { CellMessage } from '../../model/cell.js'
import { SCENARIO_TRAITS, SCENARIOS, type Scenario } from '../../model/scenarios.js'
import { perturbationOf } from './perturb.js'

export type Cell = CellMessage

export function parseCell(message: Record<string, unknown>, id: string): Cell {
  const scenario = message.scenario
  if (typeof scenario !== 'string' || !(SCENARIOS as readonly string[]).includes(scenario))
    throw new Error(
      `field 'scenario' must be one of ${SCENARIOS.join(', ')}, got ${JSON.stringify(scenario)}`
    )
  const s = scenario as Scenario
  const traits = SCENARIO_TRAITS[s]
  const perturb = perturbationOf(message)
  return {
    ...(perturb === undefined ? {} : { perturb }),
    id,
    scenario: s,
    workers: number(message, 'workers', undefined, 1, true),
    tasks: number(message, 'tasks', undefined, 0, true),
    callbackDelayMs: number(message, 'callbackDelayMs', 0, 0, false),
    taskMs: number(message, 'taskMs', 0, 0, false),
    repeat: number(message, 'repeat', 1, 1, true),
    timeoutMs: number(message, 'timeoutMs', 30_000, 0, false),
    callbacks:
      traits.callbacks === 'setting'
        ? number(message, 'callbacks', 2, 2, true)
        : traits.experiment === 'cancel'
          ? 2 // one attached before cancel, one after
          : 1
  }
}

function number(
  message: Record<string, unknown>,
  name: string,
  fallback: number | undefined,
  minimum: number,
  integer: boolean
): number {
  const value = message[name] ?? fallback
  if (value === undefined) throw new Error(`field '${name}' is missing`)
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= minimum &&
    (!integer || Number.isInteger(value))
  if (!ok)
    throw new Error(
      `field '${name}' must be ${integer ? 'an integer' : 'a number'} >= ${minimum}, got ${JSON.stringify(value)}`
    )
  return value as number
}

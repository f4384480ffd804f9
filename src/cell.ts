/**
 * What one experiment (a cell) is: the dimensions of the matrix, as the matrix makes them and the
 * probe protocol sends them (docs/protocol.md, `cell`). It sits below both, so that neither the
 * matrix nor the probes import the other for it.
 */
import type { Scenario } from './scenarios.js'

/** What an experiment is: the dimensions of the matrix (docs/protocol.md, `cell`). */
export interface CellParams {
  scenario: Scenario
  workers: number
  tasks: number
  callbackDelayMs: number
  taskMs: number
  /** Callbacks per future in `order` and `raising`; 1 elsewhere. */
  callbacks: number
  repeat: number
}

/**
 * How a perturbed lane shakes the schedule (docs/protocol.md, `perturb`; 0: not this one): the
 * probe's switch interval, random spins of up to N us just before and after each registration and
 * at each task's end, extra busy threads, and how long a held task polls its gate before it blocks.
 * It changes no observation, only where the threads are when they make them.
 */
export interface Perturbation {
  switchIntervalUs: number
  spinBeforeUs: number
  spinAfterUs: number
  spinTaskEndUs: number
  extraThreads: number
  gatePollUs: number
  /** 1: the probe's driver and the threads it starts share one core (Linux), 0: as the OS likes. */
  oneCore: number
}

/** The `cell` message the runner sends (without its `type`). */
export interface CellMessage extends CellParams {
  id: string
  timeoutMs: number
  /** Only on a perturbed lane's repetitions (budget.ts); a probe that does not know it ignores it. */
  perturb?: Perturbation
}

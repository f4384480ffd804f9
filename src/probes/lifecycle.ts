/**
 * A probe's life in a run: started (every target's at once), asked to run cells, restarted when a
 * timeout or a crash killed it (so one bad cell costs only itself), closed. A probe that did not
 * start answers every cell with an error naming why; a scenario it does not know is a skip.
 */
import type { CellMessage } from '../model/cell.js'
import type { CellReply } from './protocol.js'
import { ProbeSession, type LaunchSpec, type StartResult } from './session.js'

/** A probe process, and what it said when it started. */
export interface Started {
  session: ProbeSession
  start: StartResult
}

export async function startProbe(spec: LaunchSpec): Promise<Started> {
  return ProbeSession.start(spec)
}

/** Starts one probe per target at once; the caller checks each start before any cell runs. */
export async function startProbes(specs: Map<string, LaunchSpec>): Promise<Map<string, Started>> {
  const entries = await Promise.all(
    [...specs].map(async ([name, spec]) => [name, await ProbeSession.start(spec)] as const)
  )
  return new Map(entries)
}

export async function closeProbes(probes: Iterable<Started>): Promise<void> {
  await Promise.all([...probes].map(p => p.session.close()))
}

/**
 * The probe itself while it lives; a new one when a timeout or a crash killed it. A probe that
 * never started is not started again: its cells are errors naming why.
 */
export async function restartIfDead(current: Started, spec: LaunchSpec): Promise<Started> {
  if (current.session.alive || current.start.kind !== 'hello') return current
  current.session.killTree() // whatever the dead probe left behind in its process group
  return ProbeSession.start(spec)
}

/** One cell on one probe, killed past `limitMs`. */
export async function runCellOn(
  started: Started,
  cell: CellMessage,
  limitMs: number,
  onProgress?: (done: number, total: number) => void
): Promise<CellReply> {
  if (started.start.kind !== 'hello') {
    return { kind: 'error', reason: `probe did not start: ${startFailure(started.start)}` }
  }
  const hello = started.start.hello
  if (!hello.scenarios.includes(cell.scenario)) {
    // The probe's own reason when it gave one (own keys only: a hostile name is not a reason).
    const given = hello.unsupported
    const reason =
      given !== undefined && Object.hasOwn(given, cell.scenario) ? given[cell.scenario] : undefined
    return {
      kind: 'skipped',
      reason: reason ?? `the probe cannot run "${cell.scenario}" on ${runtimeName(started.start)}`
    }
  }
  return started.session.runCell(cell, limitMs, onProgress)
}

/** Why a probe did not start, in words ('' when it did). */
export function startFailure(start: StartResult): string {
  switch (start.kind) {
    case 'hello':
      return ''
    case 'fatal':
      return `${start.field}: ${start.message}`
    case 'not-found':
      return start.message
    case 'failed':
      return start.message
  }
}

function runtimeName(start: Extract<StartResult, { kind: 'hello' }>): string {
  const r = start.hello.runtime
  return `${r.implementation} ${r.version}`
}

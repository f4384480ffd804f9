/**
 * Perturbed lanes on Node pools (issue 19, the Node side): the Node probe applies a cell's
 * `perturb` settings (src/probes/node/perturb.ts). A fault that only a perturbed schedule reaches
 * (fixtures/one-core-moves-handlers.mjs: every handler moved to a worker while the probe's main
 * thread is narrowed to one core, deterministic, no timing) passes plain cells and a matrix run,
 * and is caught on a budget's perturbed lane; --no-perturb turns the lanes off and the fault is
 * not seen; a correct pool (piscina) with every perturbation at once raises no false alarm, and
 * the probe's extra busy threads are gone after the cell.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { PERTURBATION } from '../../src/engine/budget.js'
import { loadConfig } from '../../src/config/load.js'
import { runConfig } from '../../src/engine/run.js'
import type { CellMessage, Perturbation } from '../../src/model/cell.js'
import { nodePoolLaunch } from '../../src/probes/node/launch.js'
import { ProbeSession } from '../../src/probes/session.js'
import { FIXTURES, useBuiltProbe } from './helpers/probe-build.js'
import { childrenOf, eventually, threadCount } from './helpers/processes.js'

const FIXTURE = join(FIXTURES, 'one-core-moves-handlers.mjs')
const ZERO: Perturbation = {
  switchIntervalUs: 0,
  spinBeforeUs: 0,
  spinAfterUs: 0,
  spinTaskEndUs: 0,
  extraThreads: 0,
  gatePollUs: 0,
  oneCore: 0,
  aimAtCompletion: 0
}

// The one-core perturbation narrows the probe to one of several cores: it needs Linux and two.
const linuxMultiCore =
  threadCount(process.pid) !== undefined && availableParallelism() >= 2 ? it : it.skip

function cell(scenario: 'running' | 'timed', perturb?: Perturbation): CellMessage {
  return {
    id: `${scenario}-${perturb === undefined ? 'plain' : 'perturbed'}`,
    scenario,
    workers: 2,
    tasks: 8,
    callbackDelayMs: 0,
    taskMs: 0,
    callbacks: 1,
    repeat: 2,
    timeoutMs: 10_000,
    ...(perturb === undefined ? {} : { perturb })
  }
}

async function session(adapter: string): Promise<ProbeSession> {
  const started = await ProbeSession.start(
    nodePoolLaunch({ kind: 'pool', name: 'p', contract: 'event-loop', adapter })
  )
  expect(started.start.kind).toBe('hello')
  return started.session
}

function configFile(target: object, extra: object = {}): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ctg-node-perturb-')), 'config.json')
  writeFileSync(file, JSON.stringify({ targets: [target], ...extra }))
  return file
}

const SMALL = { scenarios: ['running' as const], workers: [2], tasks: [20], taskMs: [0] }

describe('the Node probe, perturbed', () => {
  beforeAll(() => {
    useBuiltProbe()
  })

  linuxMultiCore(
    'applies oneCore to a cell that asks for it, and only to that cell',
    async () => {
      const probe = await session(FIXTURE)
      try {
        const ranOn = async (perturb?: Perturbation) => {
          const reply = await probe.runCell(cell('running', perturb), 60_000)
          if (reply.kind !== 'result') throw new Error(`not a result: ${JSON.stringify(reply)}`)
          return [...new Set(reply.outcomes.map(o => o.facts.ranOn))]
        }
        expect(await ranOn()).toEqual(['caller-thread'])
        expect(await ranOn({ ...ZERO, oneCore: 1 })).toEqual(['task-thread'])
        // Undone after the cell: the next plain cell is plain again.
        expect(await ranOn()).toEqual(['caller-thread'])
      } finally {
        await probe.close()
      }
    },
    120_000
  )

  linuxMultiCore(
    'every setting at once on a correct pool: no false alarm, extra threads gone after',
    async () => {
      const probe = await session(join(FIXTURES, 'piscina-adapter.mjs'))
      try {
        const pid = childrenOf(process.pid).find(p => p.args.includes('--adapter'))?.pid
        if (pid === undefined) throw new Error('the probe process is not among our children')
        const baseline = threadCount(pid) as number
        const how: Perturbation = {
          ...ZERO,
          spinBeforeUs: 200,
          spinAfterUs: 200,
          spinTaskEndUs: 200,
          extraThreads: 3,
          oneCore: 1
        }
        for (const scenario of ['running', 'timed'] as const) {
          const reply = await probe.runCell(cell(scenario, how), 60_000)
          if (reply.kind !== 'result') throw new Error(`not a result: ${JSON.stringify(reply)}`)
          for (const o of reply.outcomes)
            expect(o.facts).toMatchObject({ ranOn: 'caller-thread', inline: false, calls: 1 })
          expect(
            await eventually(
              () => threadCount(pid),
              n => n === baseline
            )
          ).toBe(baseline)
        }
      } finally {
        await probe.close()
      }
    },
    120_000
  )
})

describe('a budget with perturbed lanes on a Node pool', () => {
  const saved = process.env.CTG_BUDGET_LANES
  beforeEach(() => {
    process.env.CTG_BUDGET_LANES = '2'
    useBuiltProbe()
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.CTG_BUDGET_LANES
    else process.env.CTG_BUDGET_LANES = saved
  })

  linuxMultiCore(
    'catches the fault only a perturbed lane reaches, and counts its callbacks apart',
    async () => {
      const report = await runConfig(
        loadConfig(configFile({ adapter: FIXTURE }), { ...SMALL, budget: '60s' })
      )
      expect(report.verdict).toBe('fail')
      const b = report.budget!
      expect(b.stoppedBy).toBe('violation')
      expect(b.repetitions).toBeGreaterThan(0)
      const forbidden = report.cells[0]!.outcomes.filter(o => o.grade === 'forbidden')
      expect(forbidden.map(o => o.facts.ranOn)).toEqual(['task-thread'])
      // A Node pool is perturbed as the defaults say, but not aimed (that is the Python probe's).
      expect(b.perturbation).toMatchObject({
        how: { ...PERTURBATION, aimAtCompletion: 0 },
        lanes: [1]
      })
      expect(b.perturbation.callbacks).toHaveLength(1)
      expect(b.perturbation.callbacks[0]!.perturbed).toBeGreaterThan(0)
    },
    120_000
  )

  linuxMultiCore(
    'with perturb: false the same fault is not seen, and the report says so',
    async () => {
      const report = await runConfig(
        loadConfig(configFile({ adapter: FIXTURE }, { perturb: false }), { ...SMALL, budget: '3s' })
      )
      expect(report.verdict).toBe('pass')
      expect(report.budget!.repetitions).toBeGreaterThan(0)
      expect(report.budget!.perturbation).toMatchObject({
        off: expect.stringMatching(/turned off/),
        lanes: []
      })
    },
    120_000
  )
})

/**
 * The standalone Node reproducer (issue 19), run as a user would: the file alone, copied to a
 * folder outside the project with the adapter beside it and, where the adapter needs one, its pool
 * package (a node_modules holding piscina only), run with `node`. Each broken adapter is found by
 * the real engine, shrunk, written, and its reproducer exits 1 naming the rule; on a correct pool
 * (piscina) a reproducer of each scenario it runs exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { loadContract } from '../../src/grading/contracts/index.js'
import { expandMatrix } from '../../src/engine/matrix.js'
import { nodeReproducerRuns, renderNodeReproducer } from '../../src/engine/repro/node.js'
import { addReproducer } from '../../src/engine/repro/write.js'
import { runPlan } from '../../src/engine/run.js'
import { reproducerWords } from '../../src/render/words/reproducer.js'
import { SCENARIO_TRAITS, SCENARIOS } from '../../src/model/scenarios.js'
import { FIXTURES, ROOT, useBuiltProbe } from './helpers/probe-build.js'

const folders: string[] = []
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctg-node-repro-'))
  folders.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

/** A user's folder: the adapter (and the files it imports), piscina if asked, nothing else. */
function userFolder(files: string[], piscina: boolean): string {
  const dir = folder()
  for (const file of files) copyFileSync(join(FIXTURES, file), join(dir, file))
  if (piscina) {
    mkdirSync(join(dir, 'node_modules'))
    symlinkSync(join(ROOT, 'node_modules', 'piscina'), join(dir, 'node_modules', 'piscina'))
  }
  return dir
}

/** Runs a reproducer alone, from the user's folder, with a bare environment. */
function runAlone(dir: string, text: string) {
  writeFileSync(join(dir, 'repro.mjs'), text)
  const run = spawnSync(process.execPath, ['repro.mjs'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
    timeout: 120_000
  })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

describe('a reproducer of a broken Node pool, run alone, exits 1 and names the rule', () => {
  beforeAll(() => {
    useBuiltProbe()
  })

  const cases: [string, string, string, string[], boolean][] = [
    ['moved-handlers', 'running', 'caller-runs-handler', ['moved-handlers.mjs'], false],
    ['twice-handlers', 'done', 'exactly-once', ['twice-handlers.mjs'], true],
    ['lost-handlers', 'done', 'exactly-once', ['lost-handlers.mjs', 'say-what-is-up.mjs'], true]
  ]
  it.each(cases)(
    '%s in %s: %s',
    async (_name, scenario, rule, files, piscina) => {
      const dir = userFolder(files, piscina)
      const adapter = join(dir, files[0]!)
      const plan = expandMatrix(
        loadConfig(undefined, {
          adapter,
          scenarios: [scenario as (typeof SCENARIOS)[number]],
          workers: [2],
          tasks: [6],
          taskMs: [0],
          timeoutMs: 3000
        })
      )
      const report = await runPlan(plan)
      expect(report.verdict).toBe('fail')
      const record = await addReproducer(report, plan, folder(), 10_000)
      expect(record).toBeDefined()
      expect(record!.rules).toContain(rule)
      expect(basename(record!.path)).toBe('repro_c1.mjs')
      expect(record!.command).toMatch(/^node .*repro_c1\.mjs$/)
      expect(reproducerWords(record!)).toContain(
        'it needs only Node, the adapter and its pool package'
      )
      const text = readFileSync(record!.path, 'utf8')
      expect(text).not.toMatch(/callback-thread-guard'|from '\.\.?\//)
      const run = runAlone(dir, text)
      // (lost-handlers says what is up on stderr when a handler is lost: its words, not ours.)
      expect(run.err).not.toMatch(/^reproducer:/m)
      expect(run.code).toBe(1)
      expect(run.out).toContain(`reproduced in try 1: rule ${rule} broken`)
      expect(run.out).toMatch(/callback ran on: /)
    },
    120_000
  )
})

describe('a reproducer on a correct Node pool (piscina), run alone, exits 0', () => {
  const contract = loadContract('event-loop')
  const scenarios = SCENARIOS.filter(nodeReproducerRuns)

  it('runs the promise API experiments: running, timed, done, order', () => {
    expect(scenarios).toEqual(['running', 'timed', 'done', 'order'])
  })

  it.each(scenarios)('%s', scenario => {
    const dir = userFolder(['piscina-adapter.mjs'], true)
    const text = renderNodeReproducer({
      adapter: join(dir, 'piscina-adapter.mjs'),
      scenario,
      workers: 2,
      tasks: 4,
      callbackDelayMs: 0,
      taskMs: 0,
      callbacks: SCENARIO_TRAITS[scenario].callbacks === 'setting' ? 3 : 1,
      timeoutMs: 10_000,
      tries: 3,
      rules: contract.rules.map(r => r.id),
      contract,
      found: 'no fault: a correct pool'
    })
    const run = runAlone(dir, text)
    expect(run.err).toBe('')
    expect(run.out).toContain('did not reproduce in 3 tries')
    expect(run.code).toBe(0)
  })
})

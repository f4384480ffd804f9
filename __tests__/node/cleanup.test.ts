/**
 * Pools are always closed: after a run, after a failure, after handlers time out and after the
 * engine kills a hung probe, nothing the probe started is left: no child process, no extra worker
 * thread. The probe runs from a copy of its bundle in a fresh temporary folder (so it must run
 * without node_modules), and every process it starts has that folder on its command line.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { runMatrix } from '../../src/kit.js'
import { nodePoolLaunch } from '../../src/probes/node/launch.js'
import { POOL_NAMES } from '../../src/model/pools.js'
import type { Scenario } from '../../src/model/scenarios.js'
import type { CellMessage } from '../../src/model/cell.js'
import { ProbeSession } from '../../src/probes/session.js'
import { FIXTURES, useProbeCopy } from './helpers/probe-build.js'
import { childrenOf, eventually, processesMentioning, threadCount } from './helpers/processes.js'

let copy: ReturnType<typeof useProbeCopy>

beforeAll(() => {
  copy = useProbeCopy()
}, 120_000)

afterAll(() => copy?.remove())

/** Every probe a test started: closed after the test, also when it failed half-way (else Jest waits on them). */
const started: ProbeSession[] = []
afterEach(async () => {
  await Promise.all(started.splice(0).map(session => session.close()))
})

const leftovers = () => processesMentioning(copy.folder)
const gone = async () => eventually(leftovers, l => l.length === 0)

function cell(id: string, scenario: Scenario, extra: Partial<CellMessage> = {}): CellMessage {
  return {
    id,
    scenario,
    workers: 2,
    tasks: 6,
    callbackDelayMs: 0,
    taskMs: 0,
    callbacks: 1,
    repeat: 1,
    timeoutMs: 2_000,
    ...extra
  }
}

/** Starts the probe for a built-in pool or an adapter fixture; returns its session and pid. */
async function startProbe(target: { pool?: 'piscina'; adapter?: string }) {
  const { session, start } = await ProbeSession.start(
    nodePoolLaunch({ kind: 'pool', name: 'cleanup', contract: 'event-loop', ...target })
  )
  started.push(session)
  expect(start.kind).toBe('hello')
  // The session's own pid: a search of our children by command line could find another probe.
  const pid = session.pid
  const probe = childrenOf(process.pid).find(p => p.pid === pid)
  if (pid === undefined || probe === undefined || !probe.args.includes(copy.folder))
    throw new Error(`the probe process (${pid}) is not among our children, run from the copy`)
  return { session, pid }
}

/**
 * Runs a cell while sampling `read` every 20 ms; returns the reply and the largest value seen,
 * counting what the fixture said was up during this cell (`up#K: threads=N children=M` on stderr,
 * from /proc): on a busy machine a pool's threads can come and go between two samples.
 */
async function runSampling(
  session: ProbeSession,
  request: CellMessage,
  read: () => number,
  /** What the fixture says on stderr, if it says anything. */
  said: 'threads' | 'children' | undefined,
  budgetMs = 60_000
) {
  const earlier = said === undefined ? 0 : Math.max(0, ...saidUp(session, said).map(s => s.k))
  let most = read()
  const timer = setInterval(() => (most = Math.max(most, read())), 20)
  try {
    const reply = await session.runCell(request, budgetMs)
    if (said === undefined) return { reply, most }
    // stderr is another pipe: its line can come after the reply.
    const now = await eventually(
      () => saidUp(session, said).filter(s => s.k > earlier),
      lines => lines.length > 0,
      1_000
    )
    return { reply, most: Math.max(most, ...now.map(s => s.count)) }
  } finally {
    clearInterval(timer)
  }
}

/** The counts a fixture reported on stderr with sayWhatIsUp, numbered. */
function saidUp(session: ProbeSession, what: 'threads' | 'children') {
  const pattern = new RegExp(`^up#(\\d+): .*\\b${what}=(\\d+)`)
  return session.stderrTail.flatMap(line => {
    const m = pattern.exec(line)
    return m === null ? [] : [{ k: Number(m[1]), count: Number(m[2]) }]
  })
}

describe('pools are always closed', () => {
  it('after a full run of every scenario on every pool, from a copy of the bundle alone', async () => {
    let seenDuringRun = 0
    const report = await runMatrix(
      {
        targets: [{ pool: 'worker-farm' }, { pool: 'piscina' }, { pool: 'workerpool' }],
        matrix: { workers: [2], tasks: [8], taskMs: [0] },
        // worker-farm 1.7.0 loses the calls queued behind a killed one (docs/node-pools.md): the
        // `killed` cell waits this long for them, then counts them as never run.
        timeoutMs: 10_000
      },
      { onCellDone: () => (seenDuringRun = Math.max(seenDuringRun, leftovers().length)) }
    )
    expect(report.cells.filter(c => c.verdict === 'error')).toEqual([])
    // worker-farm: timed, shutdown and the callback-API scenarios its options allow (killed,
    // failing, ending); the promise pools: the seven promise-style ones.
    expect(report.cells.filter(c => c.verdict !== 'skip')).toHaveLength(5 + 7 + 7)
    // The check sees the probes while they run, and nothing once the run is over.
    expect(seenDuringRun).toBeGreaterThan(0)
    expect(await gone()).toEqual([])
  })

  it('the probe exits by itself after bye, with code 0', async () => {
    for (const pool of POOL_NAMES) {
      const probe = spawn(process.execPath, [copy.probe, '--pool', pool], {
        stdio: ['pipe', 'pipe', 'inherit']
      })
      const request = { type: 'cell', ...cell('c1', 'timed') }
      probe.stdin.end(`${JSON.stringify(request)}\n{"type":"bye"}\n`)
      let output = ''
      probe.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const [code] = (await once(probe, 'exit')) as [number | null]
      expect(code).toBe(0)
      expect(output).toContain('"type":"result"')
      expect(await gone()).toEqual([])
    }
  })

  it('after run() throws with child processes up: cell error, probe alive, no child left', async () => {
    const { session, pid } = await startProbe({ adapter: join(FIXTURES, 'failing-processes.mjs') })
    for (const id of ['c1', 'c2']) {
      const { reply, most } = await runSampling(
        session,
        cell(id, 'timed'),
        () => childrenOf(pid).length,
        'children'
      )
      expect(reply).toMatchObject({
        kind: 'error',
        reason: 'timed scenario failed: Error: deliberate failure in run()'
      })
      expect(most).toBeGreaterThanOrEqual(2)
      expect(session.alive).toBe(true)
      expect(
        await eventually(
          () => childrenOf(pid),
          c => c.length === 0
        )
      ).toEqual([])
    }
    await session.close()
    expect(await gone()).toEqual([])
  })

  const linux = threadCount(process.pid) !== undefined ? it : it.skip

  linux(
    'after run() throws, or handlers time out, with worker threads up: no thread left',
    async () => {
      for (const fixture of ['failing-threads.mjs', 'lost-handlers.mjs']) {
        const { session, pid } = await startProbe({ adapter: join(FIXTURES, fixture) })
        const baseline = threadCount(pid) as number
        for (const id of ['c1', 'c2', 'c3']) {
          const { reply, most } = await runSampling(
            session,
            cell(id, fixture === 'failing-threads.mjs' ? 'timed' : 'done', { timeoutMs: 500 }),
            () => threadCount(pid) ?? 0,
            'threads'
          )
          if (fixture === 'failing-threads.mjs') expect(reply.kind).toBe('error')
          else expect(reply).toMatchObject({ kind: 'result' }) // with 6 handlers never run
          expect(most).toBeGreaterThanOrEqual(baseline + 2)
          expect(
            await eventually(
              () => threadCount(pid),
              n => n === baseline
            )
          ).toBe(baseline)
        }
        await session.close()
      }
      expect(await gone()).toEqual([])
    }
  )

  it('after the engine times out a hung probe: its whole process tree is killed', async () => {
    const { session, pid } = await startProbe({ adapter: join(FIXTURES, 'hanging-close.mjs') })
    const { reply, most } = await runSampling(
      session,
      cell('c1', 'timed'),
      () => childrenOf(pid).length,
      undefined, // hanging-close says nothing: its cell takes the whole budget
      3_000
    )
    expect(reply).toMatchObject({ kind: 'error', reason: expect.stringMatching(/timed out/) })
    expect(most).toBeGreaterThanOrEqual(2)
    await session.close()
    expect(await gone()).toEqual([])
  })
})

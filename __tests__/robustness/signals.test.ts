/**
 * SIGINT, SIGTERM and SIGHUP mid-run, to the bundled CLI (probes stuck in a deadlocked executor)
 * and the bundled action (a process pool's workers): sent to the process group as Ctrl-C sends
 * it, and to the process alone as a runner does. Every probe's
 * process tree is gone afterwards (checked by process group in /proc, never by name), the exit
 * code is 128 + the signal's number, one line says why, and no report file is written.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { makeReport } from '../action/reports.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SIGNALS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const
type Signal = keyof typeof SIGNALS

interface ProcInfo {
  pid: number
  ppid: number
  pgid: number
}

/** Every process of the machine, with its parent and process group, from /proc. */
function processes(): ProcInfo[] {
  const out: ProcInfo[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // The command name (field 2) may hold spaces and parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      out.push({ pid: Number(name), ppid: Number(fields[1]), pgid: Number(fields[2]) })
    } catch {
      // Gone while we looked.
    }
  }
  return out
}

/** The processes below `root` (children, grandchildren, ...). */
function descendants(root: number): ProcInfo[] {
  const all = processes()
  const found: ProcInfo[] = []
  let frontier = [root]
  while (frontier.length > 0) {
    const next = all.filter(p => frontier.includes(p.ppid))
    found.push(...next)
    frontier = next.map(p => p.pid)
  }
  return found
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

async function waitFor<T>(what: string, probe: () => T | undefined, ms: number): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(100)
  }
}

/** The number of threads of a process, from /proc (0 once it is gone). */
function threadsOf(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/task`).length
  } catch {
    return 0
  }
}

interface Setup {
  config: string[]
  /** Whether the run is where the signal should find it: probes deep in their cells. */
  ready: (root: number, below: ProcInfo[]) => boolean
}

/**
 * A deadlocked executor: every third task of broken_executors:NeverFinishes blocks for good and
 * the callback timeout is an hour. Its cells (tasks of a minute) run side by side, each in a probe
 * of its own; ready once both probes run their cells (worker threads started).
 */
const DEADLOCKED: Setup = {
  config: [
    'targets:',
    '  - executor: broken_executors:NeverFinishes',
    `    pythonPath: [${JSON.stringify(join(ROOT, '__tests__/fixtures/python'))}]`,
    'matrix:',
    '  scenarios: [running, order]',
    '  workers: [2]',
    '  tasks: [6]',
    '  taskMs: [60000]',
    'timeoutMs: 3600000'
  ],
  ready: (_root, below) => below.filter(p => threadsOf(p.pid) >= 3).length >= 2
}

/** A process pool whose tasks run for a minute: ready once its worker processes exist. */
const PROCESS_TREE: Setup = {
  config: [
    'targets:',
    '  - executor: concurrent.futures:ProcessPoolExecutor',
    'matrix:',
    '  scenarios: [running]',
    '  workers: [2]',
    '  tasks: [4]',
    '  taskMs: [60000]',
    'timeoutMs: 3600000'
  ],
  ready: (root, below) => below.filter(p => p.ppid !== root).length >= 2
}

function writeConfig(dir: string, setup: Setup): string {
  const path = join(dir, 'stuck.yml')
  writeFileSync(path, `${setup.config.join('\n')}\n`)
  return path
}

interface Stopped {
  code: number | null
  stderr: string
  stdout: string
  left: ProcInfo[]
  treeSize: number
}

/**
 * Starts `child` (its own process group, as a shell starts a job), waits until its probes and their
 * workers run, sends `signal` to the group or to the process, and lists what is left afterwards
 * of every process group its tree had.
 */
async function stopMidRun(
  child: ChildProcess,
  setup: Setup,
  signal: Signal,
  to: 'group' | 'process'
): Promise<Stopped> {
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s))
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s))
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
  const pid = child.pid as number
  let groups: Set<number>
  try {
    const tree = await waitFor(
      'the probes to be deep in their cells',
      () => {
        const below = descendants(pid)
        return setup.ready(pid, below) ? below : undefined
      },
      90_000
    )
    await sleep(1_000) // a moment more, for the stuck task to be stuck
    groups = new Set([...tree, ...descendants(pid)].map(p => p.pgid))
  } catch (error) {
    for (const p of descendants(pid)) process.kill(p.pid, 'SIGKILL')
    process.kill(-pid, 'SIGKILL')
    throw error
  }
  if (to === 'group') process.kill(-pid, signal)
  else process.kill(pid, signal)
  let timer: NodeJS.Timeout | undefined
  const code = await Promise.race([
    exited,
    new Promise<'hung'>(resolve => (timer = setTimeout(() => resolve('hung'), 30_000)))
  ])
  clearTimeout(timer)
  if (code === 'hung') {
    process.kill(-pid, 'SIGKILL')
    throw new Error(`the process did not exit within 30 s of ${signal}`)
  }
  // The kernel reaps a killed group within moments; give it a little time before looking.
  let left: ProcInfo[] = []
  for (let i = 0; i < 30; i++) {
    left = processes().filter(p => groups.has(p.pgid))
    if (left.length === 0) break
    await sleep(100)
  }
  for (const p of left) process.kill(p.pid, 'SIGKILL') // leave the machine clean either way
  return { code, stderr, stdout, left, treeSize: groups.size }
}

const CASES = (Object.keys(SIGNALS) as Signal[]).flatMap(signal =>
  (['group', 'process'] as const).map(to => [signal, to] as const)
)

describe('a signal mid-run', () => {
  it.each(CASES)(
    'E01 CLI, %s to the %s: every probe tree killed, exit 128+n, one line, no report',
    async (signal, to) => {
      const dir = mkdtempSync(join(tmpdir(), 'ctg-signal-'))
      const child = spawn(
        process.execPath,
        [
          join(ROOT, 'dist/cli.js'),
          '--config',
          writeConfig(dir, DEADLOCKED),
          '--json',
          join(dir, 'r.json'),
          '--junit',
          join(dir, 'r.xml')
        ],
        { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }
      )
      const stopped = await stopMidRun(child, DEADLOCKED, signal, to)
      expect(stopped.left).toEqual([])
      expect(stopped.treeSize).toBeGreaterThanOrEqual(3)
      expect(stopped.code).toBe(SIGNALS[signal])
      expect(stopped.stderr).toBe(
        `callback-thread-guard: interrupted by ${signal}: every probe was stopped\n`
      )
      expect(readdirSync(dir)).toEqual(['stuck.yml'])
    },
    120_000
  )

  it.each([['SIGTERM', 'process'] as const, ['SIGINT', 'group'] as const])(
    'E02 action, %s to the %s: every probe tree killed, the step fails with one line',
    async (signal, to) => {
      const dir = mkdtempSync(join(tmpdir(), 'ctg-signal-'))
      const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: string }>
      }
      const inputs: Record<string, string> = Object.fromEntries(
        Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')])
      )
      Object.assign(inputs, {
        config: writeConfig(dir, PROCESS_TREE),
        json: 'r.json',
        comment: 'never'
      })
      const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: dir }
      for (const [name, value] of Object.entries(inputs))
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
      const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], {
        cwd: dir,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe']
      })
      const stopped = await stopMidRun(child, PROCESS_TREE, signal, to)
      expect(stopped.left).toEqual([])
      expect(stopped.code).toBe(SIGNALS[signal])
      const errors = stopped.stdout.split('\n').filter(l => l.startsWith('::error'))
      expect(errors).toEqual([`::error::interrupted by ${signal}: every probe was stopped`])
      expect(existsSync(join(dir, 'r.json'))).toBe(false)
    },
    120_000
  )

  it('E22 action, SIGTERM while it reads 4,000 reports to merge: exit 143, one line, no merged report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-signal-'))
    mkdirSync(join(dir, 'reports'))
    const one = JSON.stringify(
      makeReport([{ verdict: 'pass' }, { verdict: 'pass', scenario: 'done' }])
    )
    for (let i = 0; i < 4000; i++) writeFileSync(join(dir, 'reports', `r${i}.json`), one)
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: dir }
    for (const [name, input] of Object.entries(action.inputs))
      env[`INPUT_${name.toUpperCase()}`] = String(input.default ?? '')
    Object.assign(env, {
      INPUT_REPORTS: 'reports/*.json',
      INPUT_JSON: 'merged.json',
      INPUT_COMMENT: 'never'
    })
    const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
    // The action names the files before it reads the first: from then on it is reading them.
    await new Promise<void>(resolve =>
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        stdout += s
        if (stdout.includes('merging 4000 reports')) resolve()
      })
    )
    child.kill('SIGTERM')
    expect(await exited).toBe(143)
    const errors = stdout.split('\n').filter(l => l.startsWith('::error'))
    expect(errors).toEqual(['::error::interrupted by SIGTERM: every probe was stopped'])
    // Heard between two files, not after the merge: the merged report was never written.
    expect(existsSync(join(dir, 'merged.json'))).toBe(false)
  }, 120_000)

  it('E23 action, SIGTERM once a 44,000-cell merge starts rendering its outputs: exit 143 at once, no report file, none cut short', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-signal-'))
    mkdirSync(join(dir, 'reports'))
    // 4,000 files of 11 cells (one failing, so every section has rows): 44,000 cells, 4,000 targets.
    const specs = Array.from({ length: 11 }, (_, i) => ({
      verdict: i === 10 ? ('fail' as const) : ('pass' as const),
      scenario: (['running', 'done', 'order', 'raising'] as const)[i % 4]
    }))
    const one = JSON.stringify(makeReport(specs))
    for (let i = 0; i < 4000; i++) writeFileSync(join(dir, 'reports', `r${i}.json`), one)
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: dir }
    for (const [name, input] of Object.entries(action.inputs))
      env[`INPUT_${name.toUpperCase()}`] = String(input.default ?? '')
    Object.assign(env, {
      INPUT_REPORTS: 'reports/*.json',
      INPUT_JSON: 'merged.json',
      INPUT_MARKDOWN: 'merged.md',
      INPUT_COMMENT: 'never',
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md')
    })
    const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
    // Every file is read and merged; the outputs (seconds of rendering at this size) come next.
    await new Promise<void>(resolve =>
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        stdout += s
        if (stdout.includes('writing the outputs of 44000 cells')) resolve()
      })
    )
    const sent = Date.now()
    child.kill('SIGTERM')
    expect(await exited).toBe(143)
    const errors = stdout.split('\n').filter(l => l.startsWith('::error'))
    expect(errors).toEqual(['::error::interrupted by SIGTERM: every probe was stopped'])
    // Heard before any report file was put in place, and no temporary file left behind. Before,
    // the rendering held the signal until the report files were written.
    expect(readdirSync(dir).sort()).toEqual(['reports'])
    // Not a measure, a ceiling far above the worst seen (0.6 s on a loaded 2-core machine): before,
    // the signal was heard once the report files were written, 6 s later.
    expect(Date.now() - sent).toBeLessThan(5_000)
  }, 180_000)
})

/**
 * A run ends when its probe has exited, whatever the probe left behind (docs/robustness.md, P14):
 * a daemon in a session of its own, a double-forked grandchild, or one started mid-cell, each
 * holding the probe's stdout and stderr. Through the bundled CLI and the bundled Action: the run
 * ends with its verdict, says in one line what still held the output, and the holder is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeGitHub } from '../helpers/github-server.js'
import { ROOT, runAction, tempDir } from '../action/run-action.js'

const FAULTY = join(ROOT, '__tests__/fixtures/probes/faulty.mjs')
const CLI = join(ROOT, 'dist/cli.js')
/** The left-behind process sleeps 120 s: a run that waited for it would be killed at this. */
const KILL_AFTER_MS = 40_000
const MATRIX = ['--scenarios', 'running,done', '--workers', '2', '--tasks', '4', '--task-ms', '0']

const github = new FakeGitHub()
beforeAll(async () => {
  await github.start()
})
afterAll(async () => {
  await github.stop()
})

/** Running, not a zombie waiting to be reaped (a container's PID 1 may never reap it). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) [ZX] /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/** SIGKILL is delivered, not awaited: the holder may take a moment to die on a loaded machine. */
async function gone(pid: number): Promise<boolean> {
  for (const until = Date.now() + 10_000; Date.now() < until;)
    if (alive(pid)) await new Promise(resolve => setTimeout(resolve, 50))
    else return true
  return !alive(pid)
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

const FAULTS = [
  ['daemon-at-exit', 'a daemon in its own session, started as the probe exits'],
  ['double-fork-at-exit', 'a double-forked grandchild, started as the probe exits'],
  ['daemon-mid-cell', 'a double-forked grandchild, started during a cell']
]

describe('a probe that leaves a process holding its output', () => {
  it.each(FAULTS)(
    'CLI, %s (%s): the run ends with its verdict and the holder is killed',
    async fault => {
      const pidFile = join(mkdtempSync(join(tmpdir(), 'ctg-leftover-')), 'pid')
      const probe = `${process.execPath} ${FAULTY} --fault ${fault} --cell c1 --pid-file ${pidFile}`
      const run = await runCli(['--probe', probe, ...MATRIX, '--quiet'])
      expect(run.code).toBe(0) // not null: it ended by itself, long before the holder would have
      expect(run.stdout).toMatch(/^PASS: 2 passed/)
      const pid = Number(readFileSync(pidFile, 'utf8'))
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(
            `^callback-thread-guard: .*: pid ${pid} still held the probe's output after it exited; killed and stopped reading$`
          )
        )
      ])
      expect(await gone(pid)).toBe(true)
    },
    KILL_AFTER_MS + 5_000
  )

  it(
    'Action, a daemon started as the probe exits: the step ends with its report and outputs',
    async () => {
      const dir = tempDir()
      const pidFile = join(dir, 'pid')
      const run = await runAction({
        github,
        dir,
        killAfterMs: KILL_AFTER_MS,
        inputs: {
          reports: '',
          comment: 'never',
          probe: `${process.execPath} ${FAULTY} --fault daemon-at-exit --pid-file ${pidFile}`,
          scenarios: 'running,done',
          workers: '2',
          tasks: '4',
          'task-ms': '0'
        }
      })
      expect(run.code).toBe(0)
      expect(run.report?.verdict).toBe('pass')
      expect(run.outputs.verdict).toBe('pass')
      const pid = Number(readFileSync(pidFile, 'utf8'))
      expect(run.stderr).toMatch(new RegExp(`pid ${pid} still held the probe's output`))
      expect(await gone(pid)).toBe(true)
    },
    KILL_AFTER_MS + 5_000
  )
})

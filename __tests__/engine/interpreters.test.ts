/**
 * The probe on every Python interpreter this machine has: each CPython from 3.8 and PyPy must run
 * it and pass; an older one must be refused as bad input. CI only guarantees python3, so the list
 * is discovered, never assumed (pyenv's versions, pythonX.Y and pypy3 on PATH).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { runWith } from '../helpers/engine.js'

interface Interpreter {
  path: string
  version: [number, number]
  implementation: string
}

function probeVersion(path: string): Interpreter | undefined {
  try {
    const out = execFileSync(
      path,
      [
        '-c',
        'import sys, platform; print("%d %d %s" % (sys.version_info[0], sys.version_info[1], platform.python_implementation()))'
      ],
      { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }
    )
    const [major, minor, implementation] = out.trim().split(' ')
    return { path, version: [Number(major), Number(minor)], implementation: implementation ?? '?' }
  } catch {
    return undefined
  }
}

function discover(): Interpreter[] {
  const candidates = [
    'python3',
    'pypy3',
    ...Array.from({ length: 10 }, (_, i) => `python3.${i + 6}`)
  ]
  const pyenv = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions')
  if (existsSync(pyenv)) {
    for (const v of readdirSync(pyenv)) {
      for (const exe of ['python', 'pypy3']) {
        const path = join(pyenv, v, 'bin', exe)
        if (existsSync(path)) candidates.push(path)
      }
    }
  }
  const seen = new Set<string>()
  const found: Interpreter[] = []
  for (const c of candidates) {
    const i = probeVersion(c)
    const key = i === undefined ? '' : `${i.implementation} ${i.version.join('.')}`
    if (i !== undefined && i.version[0] === 3 && !seen.has(key)) {
      seen.add(key)
      found.push(i)
    }
  }
  return found
}

const interpreters = discover()
const supported = interpreters.filter(i => i.version[1] >= 8)
const tooOld = interpreters.filter(i => i.version[1] < 8)

describe('the probe across interpreters', () => {
  it('finds at least python3', () => {
    expect(supported.length).toBeGreaterThanOrEqual(1)
  })

  it.each(supported.map(i => [`${i.implementation} ${i.version.join('.')}`, i] as const))(
    '%s runs every scenario and passes the thread-pool contract',
    async (_label, interpreter) => {
      const report = await runWith({
        python: interpreter.path,
        workers: [2],
        tasks: [8],
        taskMs: [0]
      })
      const verdicts = Object.fromEntries(report.cells.map(c => [c.scenario, c.verdict]))
      const shutdownSupported = interpreter.version[1] >= 9
      expect(verdicts).toEqual({
        running: 'pass',
        timed: 'pass',
        done: 'pass',
        cancel: 'pass',
        shutdown: shutdownSupported ? 'pass' : 'skip',
        order: 'pass',
        raising: 'pass',
        // Callback-API scenarios (apply_async's, worker-farm's rules): not for an executor's
        // futures, and no Python pool has a per-call time limit; the probe says so.
        killed: 'skip',
        failing: 'skip',
        timeout: 'skip',
        overload: 'skip',
        ending: 'skip'
      })
      for (const cell of report.cells.filter(
        c => c.scenario !== 'shutdown' && c.verdict === 'skip'
      ))
        expect(cell.reason).toMatch(
          /^a scenario for pools (that take their callbacks with the call|with a per-call time limit)/
        )
      expect(report.targets[0]?.runtime?.version).toMatch(
        new RegExp(`^${interpreter.version.join('\\.')}`)
      )
      // The GIL on record: none of these is a free-threaded build, so the GIL is on throughout.
      expect(report.targets[0]?.runtime?.gil).toEqual({
        build: 'default',
        beforeImport: true,
        afterImport: true,
        atEnd: true,
        observedWith:
          interpreter.implementation === 'CPython' && interpreter.version[1] >= 13
            ? 'sys._is_gil_enabled'
            : 'build'
      })
      expect(report.warnings).toBeUndefined()
    }
  )

  it.each(supported.map(i => [`${i.implementation} ${i.version.join('.')}`, i] as const))(
    '%s runs every asyncio scenario on its own asyncio and passes the asyncio contract',
    async (_label, interpreter) => {
      const report = await runWith({
        python: interpreter.path,
        asyncio: true,
        workers: [2],
        tasks: [8],
        timeoutMs: 5000
      })
      expect(report.targets[0]?.contract).toBe('asyncio')
      expect(report.cells.map(c => [c.scenario, c.verdict])).toEqual(
        [
          'aio-pending',
          'aio-done',
          'aio-bridge',
          'aio-underlying',
          'aio-cancel',
          'aio-closing',
          'aio-portal'
        ].map(s => [s, 'pass'])
      )
    }
  )

  const old = tooOld.map(i => [`${i.implementation} ${i.version.join('.')}`, i] as const)
  const itOld =
    old.length > 0 ? it.each(old) : it.skip.each([['(none on this machine)', undefined]])
  itOld('%s is refused as bad input, naming the python field', async (_label, interpreter) => {
    const run = runWith({ python: (interpreter as Interpreter).path, scenarios: ['done'] })
    await expect(run).rejects.toThrow(InputError)
    await expect(run).rejects.toThrow(
      /^--python: Python 3\.\d+ is too old for the probe: it needs Python 3\.8 or newer$/
    )
  })
})

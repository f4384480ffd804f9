/**
 * The reproducer through the bundled CLI (dist/cli.js), as a user runs it: written beside --json
 * or into --reproducer DIR, its command in the terminal and the Markdown, none with
 * --no-reproducer, and a --reproducer that is not a folder refused before anything runs.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { besideReport } from '../../src/engine/repro/folder.js'
import { PYTHON_FIXTURES } from '../helpers/engine.js'

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const BROKEN = [
  '--executor',
  'broken_executors:MovedCallbacks',
  '--python-path',
  PYTHON_FIXTURES,
  '--scenarios',
  'running',
  '--workers',
  '2',
  '--tasks',
  '8',
  '--task-ms',
  '0',
  '--timeout-ms',
  '1500'
]

describe('the CLI writes a reproducer on a violation', () => {
  it('beside --json, shows its command in the terminal and the Markdown, and it reproduces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-repro-cli-'))
    const r = cli(dir, ...BROKEN, '--json', 'out/r.json', '--markdown', 'out/r.md')
    expect(r.code).toBe(1)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['r.json', 'r.md', 'repro_c1.py'])
    expect(r.stdout).toMatch(
      /^Reproduce it alone\n {2}python3 out\/repro_c1\.py\n {6}reruns cell c1 \(worker-runs-callback\) alone, shrunk to 1 worker and 1 task: /m
    )
    expect(readFileSync(join(dir, 'out/r.md'), 'utf8')).toContain(
      // code() escapes Markdown inside <code> too (GitHub renders `\_` as `_` there).
      '**Reproduce it alone:** <code>python3 out/repro\\_c1.py</code> reruns cell c1'
    )
    const json = JSON.parse(readFileSync(join(dir, 'out/r.json'), 'utf8')) as {
      reproducer: { path: string; rules: string[]; workers: number; tasks: number }
    }
    expect(json.reproducer).toMatchObject({
      path: 'out/repro_c1.py',
      rules: ['worker-runs-callback'],
      workers: 1,
      tasks: 1
    })
    const repro = spawnSync('python3', ['out/repro_c1.py'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', PYTHONPATH: PYTHON_FIXTURES },
      timeout: 60_000
    })
    expect(repro.status).toBe(1)
    expect(repro.stdout).toContain('REPRODUCED on try 1: rule worker-runs-callback')
  })

  it('into --reproducer DIR; none with --no-reproducer, and none on a pass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-repro-cli-'))
    expect(cli(dir, ...BROKEN, '--reproducer', 'repros', '--quiet').code).toBe(1)
    expect(readdirSync(join(dir, 'repros'))).toEqual(['repro_c1.py'])
    expect(cli(dir, ...BROKEN, '--json', 'a/r.json', '--no-reproducer', '--quiet').code).toBe(1)
    expect(readdirSync(join(dir, 'a'))).toEqual(['r.json'])
    const pass = cli(dir, '--scenarios', 'running', '--tasks', '4', '--json', 'b/r.json')
    expect(pass.code).toBe(0)
    expect(readdirSync(join(dir, 'b'))).toEqual(['r.json'])
    expect(pass.stdout).not.toContain('Reproduce it alone')
  })

  it('beside --json only when the report is a file: not in the folder of /dev/stdout', () => {
    expect(besideReport('/dev/stdout')).toBeUndefined()
    expect(besideReport('reports/r.json')).toBe('reports')
    expect(besideReport(undefined)).toBeUndefined()
  })

  it('refuses a --reproducer that is a file, in one line, before anything runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-repro-cli-'))
    writeFileSync(join(dir, 'file'), '')
    const r = cli(dir, ...BROKEN, '--reproducer', 'file', '--json', 'r.json')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'callback-thread-guard: --reproducer: "file" is not a folder, so no reproducer can be written there\n'
    )
    expect(existsSync(join(dir, 'r.json'))).toBe(false)
  })
})

/**
 * The CLI's edges, through the bundled CLI: a closed stdout ends the run quietly with the verdict's
 * exit code; bad input of every odd shape (a flag where a value belongs, numbers past the safe
 * range, names that objects inherit, YAML tags, complex keys, FIFOs and oversized files, huge
 * values) is one line naming the field, exit 2, no stack trace, nothing written.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { readInputs } from '../../src/action/inputs.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const QUICK = ['--scenarios', 'done', '--tasks', '2', '--workers', '1']

interface EdgeCase {
  id: string
  what: string
  /** Files to create in the case's empty folder before the run; `{dir}` in args is that folder. */
  setup?: (dir: string) => void
  args: string[]
  message: RegExp
}

const CASES: EdgeCase[] = [
  {
    id: 'E09',
    what: 'a flag where a value belongs',
    args: ['--json', '--quiet'],
    message: /^--json: expected a value, got the flag "--quiet"; is the value missing\?$/
  },
  {
    id: 'E10',
    what: 'an unknown flag with a value, close to a known one',
    args: ['--frob=1'],
    message: /^unknown option '--frob=1' \(Did you mean --probe\?\)$/
  },
  {
    id: 'E11',
    what: 'a number past the safe range',
    args: ['--workers', '9007199254740993'],
    message: /^--workers: must be at most 256$/
  },
  {
    id: 'E11',
    what: 'a number past the safe range, in a config file',
    setup: dir => writeFileSync(join(dir, 'c.yml'), 'repeat: 99999999999999999999\n'),
    args: ['--config', '{dir}/c.yml'],
    message: /^.*c\.yml: repeat: must be at most 100,000$/
  },
  ...['constructor', 'toString', '__proto__', 'hasOwnProperty'].map(name => ({
    id: 'E12',
    what: `a contract named ${name}`,
    args: ['--contract', name],
    message: new RegExp(
      `^--contract: unknown contract "${name}"; expected one of thread-pool, process-pool, event-loop, multiprocessing-pool, asyncio or a contract file$`
    )
  })),
  {
    id: 'E13',
    what: 'a contract rule whose source is "constructor"',
    setup: dir =>
      writeFileSync(
        join(dir, 'contract.yml'),
        readFileSync(join(ROOT, '__tests__/fixtures/contracts/malformed.yml'), 'utf8').replace(
          'source: b',
          'source: constructor'
        )
      ),
    args: ['--contract', '{dir}/contract.yml'],
    message: /^.*contract\.yml: rules\[0\]\.source: source "constructor" is not in sources$/
  },
  {
    id: 'E14',
    what: 'a probe command that is a folder',
    args: ['--probe', '{dir}'],
    message: /^--probe: cannot run ".*": is a folder$/
  },
  ...['!foo 1', '!!js/function "return 1"'].map(value => ({
    id: 'E15',
    what: `a YAML tag: ${value}`,
    setup: (dir: string) => writeFileSync(join(dir, 'c.yml'), `repeat: ${value}\n`),
    args: ['--config', '{dir}/c.yml'],
    message: /^.*c\.yml: not valid YAML or JSON: Unresolved tag: .* at line 1, column 9$/
  })),
  {
    id: 'E16',
    what: 'a complex key',
    setup: dir => writeFileSync(join(dir, 'c.yml'), '? [repeat]\n: 1\n'),
    args: ['--config', '{dir}/c.yml'],
    message:
      /^.*c\.yml: not valid YAML or JSON: a key must be a plain value, not a list or mapping at line 1, column 3$/
  },
  {
    id: 'E17',
    what: 'a JSON config of a million keys',
    setup: dir =>
      writeFileSync(
        join(dir, 'c.json'),
        `{${Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`
      ),
    args: ['--config', '{dir}/c.json'],
    message: /^--config: cannot read ".*c\.json": larger than 4 MiB$/
  },
  {
    id: 'E17',
    what: 'a contract file over the cap',
    setup: dir => writeFileSync(join(dir, 'big.yml'), `# ${'x'.repeat(5 * 1024 * 1024)}\n`),
    args: ['--contract', '{dir}/big.yml'],
    message: /^--contract: cannot read ".*big\.yml": larger than 4 MiB$/
  },
  {
    id: 'E18',
    what: 'a 100 KB scenario name (the most one argument may hold)',
    args: ['--scenarios', `running,${'x'.repeat(100_000)}`],
    message: new RegExp(
      `^--scenarios: unknown scenario "${'x'.repeat(80)}\\.\\.\\."; expected one of running, timed, done, cancel, shutdown, order, raising, killed, failing, timeout, overload, ending, aio-pending, aio-done, aio-bridge, aio-underlying, aio-cancel, aio-closing, aio-portal$`
    )
  },
  {
    id: 'E18',
    what: 'a 3 MB pool name in a config file',
    setup: dir =>
      writeFileSync(join(dir, 'c.yml'), `targets:\n  - pool: ${'x'.repeat(3_000_000)}\n`),
    args: ['--config', '{dir}/c.yml'],
    message: new RegExp(
      `^.*c\\.yml: targets\\[0\\]\\.pool: unknown pool "${'x'.repeat(80)}\\.\\.\\."; expected one of`
    )
  },
  {
    id: 'E19',
    what: 'a FIFO as --config, with nobody writing to it',
    setup: dir => expect(spawnSync('mkfifo', [join(dir, 'c.yml')]).status).toBe(0),
    args: ['--config', '{dir}/c.yml'],
    message: /^--config: cannot read ".*c\.yml": is a FIFO, not a regular file$/
  },
  {
    id: 'E19',
    what: 'a FIFO as --contract',
    setup: dir => expect(spawnSync('mkfifo', [join(dir, 'c.yml')]).status).toBe(0),
    args: ['--contract', '{dir}/c.yml'],
    message: /^--contract: cannot read ".*c\.yml": is a FIFO, not a regular file$/
  }
]

describe('bad input at the edges', () => {
  it.each(CASES.map(c => [c.id, c.what, c] as const))(
    '%s %s: exit 2, one line, nothing written',
    (_id, _what, c) => {
      const dir = mkdtempSync(join(tmpdir(), 'ctg-edge-'))
      c.setup?.(dir)
      const before = readdirSync(dir).sort()
      const args = c.args.map(a => a.replace('{dir}', dir))
      const reports = args.includes('--json')
        ? []
        : ['--json', join(dir, 'r.json'), '--markdown', join(dir, 'r.md')]
      const r = spawnSync(
        process.execPath,
        [join(ROOT, 'dist/cli.js'), ...QUICK, ...args, ...reports],
        { cwd: dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }
      )
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      const lines = r.stderr.split('\n').filter(l => l !== '')
      expect(lines).toHaveLength(1)
      expect(lines[0]?.length).toBeLessThan(400)
      expect(lines[0]?.replace(/^callback-thread-guard: /, '')).toMatch(c.message)
      expect(readdirSync(dir).sort()).toEqual(before)
    },
    90_000
  )

  it('E20 a FIFO as the action baseline: refused while the inputs are read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-edge-'))
    const fifo = join(dir, 'baseline.json')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const inputs: Record<string, string> = { baseline: fifo, json: join(dir, 'r.json') }
    expect(() => readInputs(name => inputs[name] ?? '')).toThrow(
      `input baseline: cannot read ${JSON.stringify(fifo)}: is a FIFO, not a regular file`
    )
  })
})

describe('a closed stdout', () => {
  it.each([['| head -1'], ['| true']])(
    "E08 %s: the run ends with the verdict's exit code, no trace",
    async how => {
      const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), ...QUICK], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
      if (how === '| true')
        child.stdout.destroy() // the reader is gone before the first line
      else child.stdout.once('data', () => child.stdout.destroy()) // gone after the first line
      const code = await new Promise(resolve => child.on('exit', resolve))
      expect(code).toBe(0)
      expect(stderr).not.toMatch(/EPIPE|\n\s+at /)
      expect(stderr.split('\n').filter(l => l !== '')).toEqual([
        expect.stringMatching(/^c1 done: pass \(/)
      ])
    },
    60_000
  )
})

describe('docs/robustness.md', () => {
  it('lists every E row once, in order, each with a test, and no test without a row', () => {
    const doc = readFileSync(join(ROOT, 'docs/robustness.md'), 'utf8')
    const rows = [...doc.matchAll(/^\| (E\d\d) \|/gm)].map(m => m[1] as string)
    const files = ['signals', 'files', 'cli-edges'].map(name =>
      readFileSync(join(ROOT, '__tests__/robustness', `${name}.test.ts`), 'utf8')
    )
    const tested = new Set(
      files.flatMap(text =>
        [...text.matchAll(/(?:\b(?:it|it\.each\([^)]*\))\(\s*|id: )['"`](E\d\d)\b/g)].map(
          m => m[1] as string
        )
      )
    )
    expect(new Set(rows).size).toBe(rows.length)
    expect([...rows].sort()).toEqual(rows)
    expect(rows).toEqual([...tested].sort())
  })
})

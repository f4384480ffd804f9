/**
 * Report paths that are not plain files, through the bundled CLI: a FIFO is written through and
 * stays a FIFO, a symbolic link is followed and stays a link, a socket is refused before anything
 * runs, and a path under a broken link is bad input before anything runs. Missing folders are
 * created. The `reports` glob never leaves the folder it starts from.
 */
import { spawn, spawnSync } from 'node:child_process'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { expandGlobs } from '../../src/action/glob.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** A run that passes in well under a second. */
const QUICK = ['--scenarios', 'done', '--tasks', '2', '--workers', '1', '--quiet']

function cli(args: string[], cwd: string) {
  return spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...QUICK, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000
  })
}

describe('report paths', () => {
  it('E03 a FIFO as --json: the report is written through it, and it stays a FIFO', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-files-'))
    const fifo = join(dir, 'report.fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    // A reader, as `--json >(jq .)` has one.
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] })
    let received = ''
    reader.stdout.setEncoding('utf8').on('data', (s: string) => (received += s))
    const readerDone = new Promise(resolve => reader.on('exit', resolve))
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), ...QUICK, '--json', fifo], {
      cwd: dir,
      stdio: 'ignore'
    })
    const code = await new Promise(resolve => child.on('exit', resolve))
    await readerDone
    expect(code).toBe(0)
    expect((JSON.parse(received) as { verdict: string }).verdict).toBe('pass')
    expect(lstatSync(fifo).isFIFO()).toBe(true)
    expect(readdirSync(dir)).toEqual(['report.fifo'])
  }, 60_000)

  it('E21 SIGTERM while --json is a FIFO nobody reads: the run ends with 143 and one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-files-'))
    const fifo = join(dir, 'report.fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const child = spawn(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), ...QUICK, '--markdown', 'report.md', '--json', fifo],
      { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] }
    )
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
    // Files are written before streams: once report.md is in place, the run waits on the FIFO.
    while (!readdirSync(dir).includes('report.md')) await new Promise(r => setTimeout(r, 50))
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.kill('SIGTERM')
    const code = await exited
    clearTimeout(killer)
    expect(code).toBe(143) // not null: it ended by itself, not by the SIGKILL 20 s later
    expect(stderr.trim().split('\n')).toEqual([
      'callback-thread-guard: interrupted by SIGTERM: every probe was stopped'
    ])
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  }, 60_000)

  it('E04 a symbolic link as --json: its target gets the report, and the link stays', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-files-'))
    mkdirSync(join(dir, 'out'))
    symlinkSync('out/target.json', join(dir, 'link.json'))
    const r = cli(['--json', 'link.json'], dir)
    expect(r.status).toBe(0)
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, 'link.json'))).toBe('out/target.json')
    const report = JSON.parse(readFileSync(join(dir, 'out/target.json'), 'utf8')) as {
      verdict: string
    }
    expect(report.verdict).toBe('pass')
  }, 60_000)

  it('E05 a socket as --junit: refused before anything runs, exit 2, and the socket stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-files-'))
    const socket = join(dir, 'report.sock')
    const server = createServer()
    await new Promise<void>(resolve => server.listen(socket, resolve))
    try {
      const r = cli(['--junit', socket, '--json', join(dir, 'r.json')], dir)
      expect(r.status).toBe(2)
      expect(r.stderr).toBe(
        `callback-thread-guard: --junit: ${JSON.stringify(socket)} is a socket; a report goes to a file, a FIFO or a character device\n`
      )
      expect(lstatSync(socket).isSocket()).toBe(true)
      expect(readdirSync(dir)).toEqual(['report.sock'])
    } finally {
      server.close()
    }
  }, 60_000)

  it('E06 a report under a broken link: bad input before anything runs; missing folders are created', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-files-'))
    symlinkSync('nowhere', join(dir, 'gone'))
    const r = cli(['--json', 'gone/r.json'], dir)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(
      /^callback-thread-guard: --json: cannot create "gone\/r\.json": ".*gone" is a broken link\n$/
    )
    expect(r.stdout).toBe('')
    // A folder that is merely missing is created.
    const made = cli(['--json', 'new/deeper/r.json'], dir)
    expect(made.status).toBe(0)
    expect(readdirSync(join(dir, 'new/deeper'))).toEqual(['r.json'])
  }, 60_000)
})

describe('the reports glob', () => {
  it('E07 a link planted among the reports, pointing out of their folder, is not a match', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-glob-'))
    mkdirSync(join(dir, 'reports/a'), { recursive: true })
    writeFileSync(join(dir, 'secret.txt'), 'root:x:0:0:the secret\n')
    writeFileSync(join(dir, 'outside.json'), '{}')
    writeFileSync(join(dir, 'reports/a/ok.json'), '{}')
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'reports/a/evil.json'))
    symlinkSync(dir, join(dir, 'reports/up'))
    symlinkSync('ok.json', join(dir, 'reports/a/alias.json'))
    expect(expandGlobs([`${dir}/reports/*/*.json`])).toEqual([
      join(dir, 'reports/a/alias.json'),
      join(dir, 'reports/a/ok.json')
    ])
    expect(expandGlobs([`${dir}/reports/a/evil.json`])).toEqual([])
    expect(expandGlobs([`${dir}/reports/**/*.json`])).toEqual([
      join(dir, 'reports/a/alias.json'),
      join(dir, 'reports/a/ok.json')
    ])
  })
})

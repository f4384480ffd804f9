/**
 * Faulty probes, through `command` targets: each fault makes only its own cell an error (with the
 * reason and the last stderr lines), the other cells still run, the verdict is error and the
 * report is complete. A hung probe is killed with its whole process tree.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { loadConfig } from '../../src/config/load.js'
import { runConfig } from '../../src/engine/run.js'
import { renderJson } from '../../src/render/json.js'

const FAULTY = fileURLToPath(new URL('../fixtures/probes/faulty.mjs', import.meta.url))
const MATRIX = {
  scenarios: ['running', 'done', 'order'],
  workers: [2],
  tasks: [4],
  taskMs: [0],
  timeoutMs: 500
}

async function runFault(fault: string, cell = 'c2', extra = '', timeoutMs = MATRIX.timeoutMs) {
  const probe = `${process.execPath} ${FAULTY} --fault ${fault} --cell ${cell} ${extra}`
  return runConfig(loadConfig(undefined, { probe, ...MATRIX, timeoutMs }))
}

/** Running, not a zombie waiting to be reaped (a container's PID 1 may never reap it). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/^\d+ \(.*\) [ZX] /.test(stat)
  } catch {
    return false
  }
}

describe('faulty probes cost only their own cell', () => {
  it.each([
    ['crash', /^exited with code 3$/, 'fake probe: crashing mid-stream'],
    ['garbage', /^probe wrote a line that is not JSON: "this is not json"$/, undefined],
    ['truncated', /^exited with code 0$/, undefined],
    ['huge-line', /^probe wrote a line longer than 1 MiB$/, undefined],
    ['invalid', /^probe sent an invalid message \(outcomes\[0\]\.count: .*\)/, undefined],
    ['wrong-id', /^probe answered for cell "somebody-else" while c2 was running$/, undefined]
  ])(
    '%s: cell c2 is an error with the reason, c1 and c3 still pass',
    async (fault, reason, stderr) => {
      const report = await runFault(fault)
      expect(report.cells.map(c => c.verdict)).toEqual(['pass', 'error', 'pass'])
      expect(report.verdict).toBe('error')
      expect(report.cells[1]?.reason).toMatch(reason)
      if (stderr !== undefined) expect(report.cells[1]?.stderrTail).toContain(stderr)
      const json = JSON.parse(renderJson(report))
      expect(json.cells).toHaveLength(3)
      expect(json.summary).toEqual({
        cells: 3,
        passed: 2,
        failed: 0,
        errors: 1,
        skipped: 0,
        violations: 0,
        interesting: 0
      })
    }
  )

  it('hang: the cell times out, the probe and its children are killed, the next cell runs', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'ctg-hang-')), 'pid')
    const report = await runFault('hang', 'c2', `--pid-file ${pidFile}`)
    expect(report.cells.map(c => c.verdict)).toEqual(['pass', 'error', 'pass'])
    expect(report.cells[1]?.reason).toMatch(
      /^timed out after \d+\.\d s without an answer; the probe's process tree was killed$/
    )
    expect(report.cells[1]?.stderrTail).toContain('fake probe: hanging')
    expect(existsSync(pidFile)).toBe(true)
    const grandchild = Number(readFileSync(pidFile, 'utf8'))
    await new Promise(r => setTimeout(r, 200))
    expect(alive(grandchild)).toBe(false)
  })

  it('a flood of stderr keeps only a bounded tail and the cell still passes', async () => {
    const report = await runFault('stderr-flood', 'c2', '', 20_000)
    expect(report.cells.map(c => c.verdict)).toEqual(['pass', 'pass', 'pass'])
  })

  it('a flood of stderr before a crash: the error keeps the last 20 lines, each cut at 400 characters', async () => {
    // 20 MiB of stderr takes longer than the usual 500 ms on a busy machine: the crash, not a
    // timeout, must end the cell.
    const report = await runFault('stderr-flood-crash', 'c2', '', 20_000)
    expect(report.cells.map(c => c.verdict)).toEqual(['pass', 'error', 'pass'])
    expect(report.cells[1]?.reason).toMatch(/exited with code 4/)
    const tail = report.cells[1]?.stderrTail ?? []
    expect(tail).toHaveLength(20)
    expect(tail.at(-1)).toBe('fake probe: last words')
    // Each noise line is 18,000 characters: kept as its first 400 and "...".
    for (const line of tail.slice(0, -1)) expect(line).toMatch(/^fake probe: noise .{382}\.\.\.$/)
  })

  it.each([
    ['exit-before-hello', /exited with code 1/],
    ['bad-protocol', /speaks protocol 2; this version needs 1/]
  ])('%s: every cell of the target is an error that says why', async (fault, reason) => {
    const report = await runFault(fault)
    expect(report.verdict).toBe('error')
    expect(report.cells.map(c => c.verdict)).toEqual(['error', 'error', 'error'])
    expect(report.targets[0]?.error).toMatch(reason)
    expect(report.cells[0]?.reason).toMatch(reason)
  })
})

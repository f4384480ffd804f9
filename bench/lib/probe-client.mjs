/**
 * A minimal client of the probe protocol (docs/protocol.md) for the overhead benchmark: it talks
 * to dist/probes/python/probe.py directly, so what is timed is the probe and the protocol, not
 * the rest of callback-thread-guard. It also reads the probe's CPU time from /proc (Linux), which
 * is steadier than wall time on a busy machine.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { PROBE } from './util.mjs'

/** Clock ticks per second of /proc/<pid>/stat times: 100 on every Linux we know of. */
const CLK_TCK = 100

export class ProbeClient {
  static async start(python, env = {}) {
    const client = new ProbeClient(python, env)
    const hello = await client.next()
    if (hello.type !== 'hello') throw new Error(`probe said ${JSON.stringify(hello)}`)
    return client
  }

  constructor(python, env) {
    this.child = spawn(python, ['-u', PROBE], {
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env },
      stdio: ['pipe', 'pipe', 'inherit']
    })
    this.buffer = ''
    this.lines = []
    this.waiting = undefined
    this.child.stdout.setEncoding('utf8').on('data', chunk => {
      this.buffer += chunk
      let nl
      while ((nl = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, nl)
        this.buffer = this.buffer.slice(nl + 1)
        if (line.trim() !== '') this.lines.push(JSON.parse(line))
      }
      this.wake()
    })
    this.child.on('exit', () => {
      this.exited = true
      this.wake()
    })
  }

  wake() {
    if (this.waiting && (this.lines.length > 0 || this.exited)) {
      const resolve = this.waiting
      this.waiting = undefined
      resolve()
    }
  }

  async next() {
    for (;;) {
      if (this.lines.length > 0) return this.lines.shift()
      if (this.exited) throw new Error('the probe exited')
      await new Promise(resolve => (this.waiting = resolve))
    }
  }

  /** CPU seconds the probe has used so far (user + system), or NaN off Linux. */
  cpuMs() {
    try {
      const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK
    } catch {
      return NaN
    }
  }

  /** Runs one cell; resolves with its result message, the round-trip wall time and CPU time. */
  async runCell(cell) {
    const cpu = this.cpuMs()
    const begun = performance.now()
    this.child.stdin.write(`${JSON.stringify({ type: 'cell', id: 'b1', ...cell })}\n`)
    for (;;) {
      const m = await this.next()
      if (m.type === 'progress') continue
      const ms = performance.now() - begun
      if (m.type !== 'result') throw new Error(`probe answered ${JSON.stringify(m)}`)
      return { result: m, ms, cpuMs: this.cpuMs() - cpu }
    }
  }

  async close() {
    this.child.stdin.end(`${JSON.stringify({ type: 'bye' })}\n`)
    if (!this.exited) await new Promise(resolve => this.child.once('exit', resolve))
  }
}

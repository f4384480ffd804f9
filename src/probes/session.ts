/**
 * One probe process: spawn it, read its line-delimited JSON incrementally, send cells one at a
 * time, and kill its whole process tree on a timeout or at the end. It never trusts the probe:
 * every line is size-limited and validated, and a probe that dies or hangs becomes a cell error.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { statSync } from 'node:fs'
import { probeEnvironment } from './environment.js'
import { outputPipesOf, processesHolding } from './pipe-holders.js'
import { StderrTail } from './stderr-tail.js'
import { fieldPath } from '../errors.js'
import type { Readable } from 'node:stream'
import {
  PROTOCOL_VERSION,
  type CellMessage,
  probeMessageSchema,
  type CellReply,
  type End,
  type Hello,
  type ProbeMessage
} from './protocol.js'

export const MAX_LINE_BYTES = 1024 * 1024
const KILL_GRACE_MS = 2_000
/** How long output may still arrive after the probe exited, when its pipes stay open. */
const PIPE_GRACE_MS = 500

export interface LaunchSpec {
  command: string
  args: string[]
  env?: Record<string, string>
  /** How the user named this probe, for messages. */
  describe: string
  /** How long the probe may take to say hello (start-up and loading the executor). */
  startTimeoutMs?: number
}

export type StartResult =
  | { kind: 'hello'; hello: Hello }
  | { kind: 'fatal'; field: string; message: string }
  | { kind: 'not-found'; message: string }
  | {
      kind: 'failed'
      message: string
      stderrTail: string[]
      /** Why the program itself could not be started ("is a folder"), when that was the failure. */
      notStarted?: string
    }

/**
 * Every probe whose process group may still hold a process: a signal to us kills them all
 * (killAllProbes). A session leaves once its group was killed after its leader exited.
 */
const LIVE_SESSIONS = new Set<ProbeSession>()

/** Kills the process tree of every probe still running; for a signal, so synchronous. */
export function killAllProbes(): void {
  for (const session of [...LIVE_SESSIONS]) session.killTree()
}

/** Why spawning a program failed, in words: a folder or a file without execute permission. */
function whyNotStarted(command: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES') {
    let folder = false
    try {
      folder = statSync(command).isDirectory()
    } catch {
      // Not a path we can see: found on PATH, or gone.
    }
    return folder ? 'is a folder' : 'permission denied (is it executable?)'
  }
  return error.code ?? error.message
}

type Waiter = (message: ProbeMessage | { type: 'exit'; why: string }) => void

export class ProbeSession {
  private readonly child: ChildProcess
  private buffer = ''
  private readonly stderr = new StderrTail()
  private waiter: Waiter | undefined
  private exited: string | undefined
  private onProgress: ((done: number, total: number) => void) | undefined
  private treeKilled = false
  private notStarted: string | undefined
  /** The probe's stdout and stderr as /proc names them (`socket:[inode]`); Linux only. */
  private readonly outputPipes: string[]

  private constructor(readonly spec: LaunchSpec) {
    this.child = spawn(spec.command, spec.args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: probeEnvironment(process.env, spec.env),
      // Its own process group, so that a timeout kills the probe and everything it started.
      detached: process.platform !== 'win32',
      windowsHide: true
    })
    LIVE_SESSIONS.add(this)
    this.child.stdout?.setEncoding('utf8')
    this.child.stderr?.setEncoding('utf8')
    this.child.stdout?.on('data', (chunk: string) => this.onStdout(chunk))
    this.child.stderr?.on('data', (chunk: string) => this.stderr.add(chunk))
    this.child.stdin?.on('error', () => undefined) // a dead probe's stdin; the exit handler reports it
    this.child.on('error', (error: NodeJS.ErrnoException) => {
      if (this.child.pid === undefined) this.notStarted = whyNotStarted(spec.command, error)
      this.finish(error.message)
    })
    this.outputPipes = outputPipesOf(this.child.pid)
    this.child.on('exit', (code, signal) => {
      if (this.treeKilled) LIVE_SESSIONS.delete(this)
      const why = signal !== null ? `killed by ${signal}` : `exited with code ${code}`
      // 'exit' can come before the last output is read (its last words on stderr, a final
      // message): finish once both pipes have ended, or after a short grace when a process the
      // probe started still holds them open; then the pipes are let go, whoever holds them.
      void this.pipesEnded().then(ended => {
        this.finish(why)
        if (!ended) this.releasePipes()
      })
    })
  }

  /** Starts a probe and waits for its hello (or fatal) line. */
  static async start(spec: LaunchSpec): Promise<{ session: ProbeSession; start: StartResult }> {
    const session = new ProbeSession(spec)
    const message = await session.next(spec.startTimeoutMs ?? 60_000)
    const start = session.toStart(message)
    if (start.kind !== 'hello') await session.close()
    return { session, start }
  }

  get stderrTail(): string[] {
    return this.stderr.tail
  }

  /** The probe's process id (undefined when it could not be started). */
  get pid(): number | undefined {
    return this.child.pid
  }

  get alive(): boolean {
    return this.exited === undefined
  }

  /** Runs one cell; resolves with its reply whatever happens (never rejects, never hangs). */
  async runCell(
    cell: CellMessage,
    budgetMs: number,
    onProgress?: (done: number, total: number) => void
  ): Promise<CellReply> {
    if (!this.alive)
      return {
        kind: 'error',
        reason: `probe is not running (${this.exited})`,
        stderrTail: this.stderrTail
      }
    this.onProgress = onProgress
    this.send({ type: 'cell', ...cell })
    try {
      for (;;) {
        const m = await this.next(budgetMs)
        if (m.type === 'exit') return { kind: 'error', reason: m.why, stderrTail: this.stderrTail }
        if ('id' in m && m.id !== cell.id) {
          await this.close()
          return {
            kind: 'error',
            reason: `probe answered for cell ${JSON.stringify(m.id)} while ${cell.id} was running`,
            stderrTail: this.stderrTail
          }
        }
        if (m.type === 'result') return { kind: 'result', outcomes: m.outcomes, stats: m.stats }
        if (m.type === 'skipped') return { kind: 'skipped', reason: m.reason }
        if (m.type === 'cell-error')
          return { kind: 'error', reason: m.message, stderrTail: this.stderrTail }
        if (m.type !== 'progress') {
          await this.close()
          return {
            kind: 'error',
            reason: `probe sent an unexpected ${m.type} message during a cell`,
            stderrTail: this.stderrTail
          }
        }
      }
    } finally {
      this.onProgress = undefined
    }
  }

  /** What the probe said on its way out (its `end` message), once closed; undefined if nothing. */
  ending: End | undefined

  /**
   * Says bye, waits briefly for the probe's `end` message (a probe may skip it) and a clean exit,
   * then kills the process group.
   */
  async close(): Promise<void> {
    if (this.alive) {
      const exited = this.child.exitCode !== null || this.child.signalCode !== null
      const done = exited
        ? Promise.resolve()
        : new Promise<void>(resolve => this.child.once('exit', () => resolve()))
      this.send({ type: 'bye' })
      this.child.stdin?.end()
      // One grace for the whole goodbye: a probe that keeps talking after bye is not waited on.
      const deadline = Date.now() + KILL_GRACE_MS
      for (;;) {
        const m = await this.next(Math.max(1, deadline - Date.now()))
        if (m.type === 'exit') break
        if (m.type === 'end') {
          this.ending = m
          break
        }
      }
      const timer = new Promise<void>(resolve => setTimeout(resolve, KILL_GRACE_MS).unref())
      await Promise.race([done, timer])
    }
    this.killTree()
  }

  killTree(): void {
    const pid = this.child.pid
    // Once the leader is gone and its group killed, the group id may be reused: never again.
    this.treeKilled = true
    if (pid === undefined || this.child.exitCode !== null || this.child.signalCode !== null)
      LIVE_SESSIONS.delete(this)
    if (pid === undefined) return
    try {
      if (process.platform === 'win32') this.child.kill('SIGKILL')
      else process.kill(-pid, 'SIGKILL')
    } catch {
      // Already gone: nothing to kill.
    }
  }

  private toStart(m: ProbeMessage | { type: 'exit'; why: string }): StartResult {
    if (m.type === 'hello') {
      if (m.protocol !== PROTOCOL_VERSION) {
        return {
          kind: 'failed',
          message: `probe speaks protocol ${m.protocol}; this version needs ${PROTOCOL_VERSION}`,
          stderrTail: this.stderrTail
        }
      }
      return { kind: 'hello', hello: m }
    }
    if (m.type === 'fatal') return { kind: 'fatal', field: m.field, message: m.message }
    if (m.type === 'exit' && /ENOENT/.test(m.why)) return { kind: 'not-found', message: m.why }
    const why = m.type === 'exit' ? m.why : `its first message was ${m.type}, not hello`
    return {
      kind: 'failed',
      message: why,
      stderrTail: this.stderrTail,
      ...(this.notStarted === undefined ? {} : { notStarted: this.notStarted })
    }
  }

  private send(message: object): void {
    if (this.alive && this.child.stdin?.writable)
      this.child.stdin.write(`${JSON.stringify(message)}\n`)
  }

  /** The next protocol message, or an 'exit' pseudo-message when the probe dies or times out. */
  private next(timeoutMs: number): Promise<ProbeMessage | { type: 'exit'; why: string }> {
    if (this.exited !== undefined) return Promise.resolve({ type: 'exit', why: this.exited })
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.waiter = undefined
        this.killTree()
        this.exited = `timed out after ${(timeoutMs / 1000).toFixed(1)} s without an answer; the probe's process tree was killed`
        resolve({ type: 'exit', why: this.exited })
      }, timeoutMs)
      this.waiter = m => {
        clearTimeout(timer)
        this.waiter = undefined
        resolve(m)
      }
      this.drain()
    })
  }

  private readonly queue: ProbeMessage[] = []

  private drain(): void {
    while (this.waiter !== undefined && this.queue.length > 0) {
      const m = this.queue.shift() as ProbeMessage
      this.waiter(m)
    }
    if (this.waiter !== undefined && this.exited !== undefined)
      this.waiter({ type: 'exit', why: this.exited })
  }

  private onStdout(chunk: string): void {
    this.buffer += chunk
    let newline: number
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).trim()
      this.buffer = this.buffer.slice(newline + 1)
      if (line !== '') this.onLine(line)
      if (this.exited !== undefined) return
    }
    if (this.buffer.length > MAX_LINE_BYTES) {
      this.fail(`probe wrote a line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB`)
    }
  }

  private onLine(line: string): void {
    if (line.length > MAX_LINE_BYTES)
      return this.fail(`probe wrote a line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB`)
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      return this.fail(`probe wrote a line that is not JSON: ${JSON.stringify(line.slice(0, 120))}`)
    }
    const parsed = probeMessageSchema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = fieldPath(issue?.path ?? [])
      return this.fail(
        `probe sent an invalid message (${where === '' ? '' : `${where}: `}${issue?.message ?? 'invalid'}): ${JSON.stringify(line.slice(0, 120))}`
      )
    }
    if (parsed.data.type === 'progress') {
      this.onProgress?.(parsed.data.done, parsed.data.total)
      return
    }
    this.queue.push(parsed.data)
    this.drain()
  }

  /** A broken stream: kill the probe; the cell in flight becomes an error with this reason. */
  private fail(why: string): void {
    this.buffer = ''
    this.killTree()
    this.finish(why)
  }

  /**
   * The probe exited and something it started still holds its stdout or stderr (a daemon in a
   * session of its own, a double-forked grandchild: outside its process group). Kill what holds
   * them, found by the pipes themselves in /proc, and close our ends: nothing the probe left
   * behind may keep the run from ending.
   */
  private releasePipes(): void {
    const holders = processesHolding(this.outputPipes)
    for (const pid of holders) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // Gone already, or not ours to kill: our ends are closed below all the same.
      }
    }
    this.child.stdout?.destroy()
    this.child.stderr?.destroy()
    // None found: what held the pipes was already on its way out (a process pool's workers,
    // killed with the probe's group, on a busy machine): nothing to tell the user.
    if (holders.length === 0) return
    process.stderr.write(
      `callback-thread-guard: ${this.spec.describe.slice(0, 200)}: pid ${holders.join(', ')} still held the probe's output after it exited; killed and stopped reading\n`
    )
  }

  /** True when both pipes ended; false when the grace ran out first. */
  private pipesEnded(): Promise<boolean> {
    const ended = (stream: Readable | null): Promise<void> =>
      stream === null || stream.readableEnded
        ? Promise.resolve()
        : new Promise(resolve => {
            stream.once('end', () => resolve())
            stream.once('close', () => resolve())
          })
    const grace = new Promise<boolean>(resolve =>
      setTimeout(() => resolve(false), PIPE_GRACE_MS).unref()
    )
    return Promise.race([
      Promise.all([ended(this.child.stdout), ended(this.child.stderr)]).then(() => true),
      grace
    ])
  }

  private finish(why: string): void {
    if (this.exited === undefined) this.exited = why
    this.drain()
  }
}

/**
 * The gate: how tasks tell the probe that they run, and wait until the probe lets them go on.
 *
 * A local socket (a named pipe on Windows) rather than shared memory, because tasks may run in
 * other processes (worker-farm) as well as in worker threads. Every task announces itself with
 * (run, index, pid, threadId) and waits for one byte back: the probe answers at once, or, for a
 * held task, after it has attached the task's handlers. So the probe has always seen a task start
 * before the task can finish.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'

export interface TaskIdentity {
  pid: number
  threadId: number
}

/** Decides, when a task announces itself, whether to hold it until release(). */
export type OnStart = (index: number) => 'hold' | 'go'

// --- task side --------------------------------------------------------------------------------

/** Announces the task and resolves when the probe lets it go on (or has gone away). */
export function announce(gate: string, run: number, index: number): Promise<void> {
  return new Promise(resolve => {
    const socket = createConnection(gate)
    const done = () => {
      socket.destroy()
      resolve()
    }
    socket.on('connect', () => socket.write(`${run} ${index} ${process.pid} ${threadId}\n`))
    socket.on('data', done)
    // A probe that went away releases everything: the task runs on and its pool is closed.
    socket.on('error', done)
    socket.on('close', done)
  })
}

// --- probe side -------------------------------------------------------------------------------

export class GateServer {
  private run = -1
  private onStart: OnStart = () => 'go'
  private readonly held = new Map<number, Socket[]>()
  private readonly started = new Map<number, TaskIdentity>()
  private readonly sockets = new Set<Socket>()
  private released = false

  private constructor(
    private readonly server: Server,
    readonly address: string,
    private readonly folder: string | undefined
  ) {}

  static async open(): Promise<GateServer> {
    let address: string
    let folder: string | undefined
    if (process.platform === 'win32') {
      address = `\\\\.\\pipe\\callback-thread-guard-${process.pid}-${Date.now()}`
    } else {
      const made = mkdtempSync(join(tmpdir(), 'ctg-'))
      // However the probe ends (short of being killed), the socket's folder goes with it.
      process.once('exit', () => rmSync(made, { recursive: true, force: true }))
      folder = made
      address = join(folder, 'gate.sock')
    }
    const server = createServer()
    const gate = new GateServer(server, address, folder)
    server.on('connection', socket => gate.accept(socket))
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(address, () => resolve())
    })
    // Not a reason to keep the probe alive on its own.
    server.unref()
    return gate
  }

  /** Starts a new repetition: earlier announcements are forgotten, nothing is held. */
  begin(run: number, onStart: OnStart): void {
    this.releaseAll()
    this.run = run
    this.onStart = onStart
    this.started.clear()
    this.released = false
  }

  /** The identity a task announced in the current run, if it did. */
  identity(index: number): TaskIdentity | undefined {
    return this.started.get(index)
  }

  hasStarted(index: number): boolean {
    return this.started.has(index)
  }

  release(index: number): void {
    const sockets = this.held.get(index)
    if (sockets === undefined) return
    this.held.delete(index)
    for (const s of sockets) go(s)
  }

  /** Lets every held task go, and every task of this run that announces itself later. */
  releaseAll(): void {
    this.released = true
    const held = [...this.held.values()].flat()
    this.held.clear()
    for (const s of held) go(s)
  }

  async close(): Promise<void> {
    this.releaseAll()
    for (const s of this.sockets) s.destroy()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
    if (this.folder !== undefined) rmSync(this.folder, { recursive: true, force: true })
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    socket.setEncoding('utf8')
    let text = ''
    socket.on('data', (chunk: string) => {
      text += chunk
      const newline = text.indexOf('\n')
      if (newline < 0) {
        if (text.length > 200) socket.destroy()
        return
      }
      const [run, index, pid, thread] = text.slice(0, newline).split(' ').map(Number)
      text = ''
      this.announced(socket, run, index, pid, thread)
    })
  }

  private announced(
    socket: Socket,
    run: number | undefined,
    index: number | undefined,
    pid: number | undefined,
    thread: number | undefined
  ): void {
    const valid = [run, index, pid, thread].every(n => Number.isInteger(n))
    // A task of an earlier run (or garbage): not ours to hold.
    if (!valid || run !== this.run) return go(socket)
    const i = index as number
    // A task run twice announces itself twice: the first identity is the one that counts.
    if (!this.started.has(i))
      this.started.set(i, { pid: pid as number, threadId: thread as number })
    if (this.released || this.onStart(i) === 'go') return go(socket)
    const sockets = this.held.get(i) ?? []
    sockets.push(socket)
    this.held.set(i, sockets)
  }
}

function go(socket: Socket): void {
  if (!socket.destroyed) socket.end('1')
}

/**
 * Who holds a probe's output: its stdout and stderr as /proc names them, and every other process
 * that has one of them open (a daemon the probe left behind, outside its process group). Linux
 * only; elsewhere nothing is found and nothing is killed.
 */
import { readdirSync, readlinkSync } from 'node:fs'

/** The pipes a just-started process has as stdout and stderr, by their /proc names. */
export function outputPipesOf(pid: number | undefined): string[] {
  if (pid === undefined || process.platform !== 'linux') return []
  const pipes: string[] = []
  for (const fd of [1, 2]) {
    try {
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`)
      // libuv's stdio pipes are socket pairs; a pipe when a caller's own pipe is passed on.
      if (link.startsWith('socket:') || link.startsWith('pipe:')) pipes.push(link)
    } catch {
      // Exited already: nothing can hold what it never handed on.
    }
  }
  return pipes
}

/** Every other process with one of these pipes open (our own read ends excluded). */
export function processesHolding(pipes: string[]): number[] {
  if (pipes.length === 0) return []
  const holders: number[] = []
  let pids: string[] = []
  try {
    pids = readdirSync('/proc').filter(name => /^\d+$/.test(name))
  } catch {
    return []
  }
  for (const name of pids) {
    const pid = Number(name)
    if (pid === process.pid) continue
    let fds: string[]
    try {
      fds = readdirSync(`/proc/${name}/fd`)
    } catch {
      continue // gone, or another user's
    }
    const holds = fds.some(fd => {
      try {
        return pipes.includes(readlinkSync(`/proc/${name}/fd/${fd}`))
      } catch {
        return false
      }
    })
    if (holds) holders.push(pid)
  }
  return holders
}

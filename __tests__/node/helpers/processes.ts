/** What runs on this machine, for the tests that check that pools are always closed. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface Process {
  pid: number
  ppid: number
  pgid: number
  args: string
}

export function processes(): Process[] {
  const text = execFileSync('ps', ['-eo', 'pid=,ppid=,pgid=,args='], { encoding: 'utf8' })
  return text
    .split('\n')
    .map(line => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(m => ({ pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), args: m[4] ?? '' }))
}

/** Processes whose command line mentions `text` (a unique folder), other than `ps` itself. */
export function processesMentioning(text: string): Process[] {
  return processes().filter(p => p.args.includes(text) && !p.args.startsWith('ps '))
}

export function childrenOf(pid: number): Process[] {
  return processes().filter(p => p.ppid === pid)
}

/** OS threads of a process (Linux only: undefined elsewhere). */
export function threadCount(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const m = /^Threads:\s+(\d+)/m.exec(status)
    return m === null ? undefined : Number(m[1])
  } catch {
    return undefined
  }
}

/**
 * Polls until `check` holds or `timeoutMs` passes; returns its last value. The default is long: a
 * killed process under a loaded disk and CPU can take seconds to go, and a check that holds
 * returns at once.
 */
export async function eventually<T>(
  read: () => T,
  check: (value: T) => boolean,
  timeoutMs = 10_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = read()
  while (!check(value) && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 50))
    value = read()
  }
  return value
}

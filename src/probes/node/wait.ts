/** The two ways the Node probe waits: for a while, and for one turn of the event loop. */

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

export function turn(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve))
}

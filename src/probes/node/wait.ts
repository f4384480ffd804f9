/** The ways the Node probe waits: for a while, for one turn of the event loop, for a while or an event. */

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

export function turn(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve))
}

/** A nap that an event cuts short: sleep(ms) ends after ms, or at wake(), whichever comes first. */
export class Alarm {
  private ring: (() => void) | undefined

  wake(): void {
    this.ring?.()
  }

  async sleep(ms: number): Promise<void> {
    await new Promise<void>(resolve => {
      const timer = setTimeout(resolve, ms)
      this.ring = () => {
        clearTimeout(timer)
        resolve()
      }
    })
    this.ring = undefined
  }
}

/**
 * The end of a probe's stderr, kept for its error messages: the last 20 lines, each cut at 400
 * characters, and the line being written. Bounded whatever the probe prints.
 */
const STDERR_LINES = 20
const STDERR_LINE_CHARS = 400

function cutLine(line: string): string {
  return line.length > STDERR_LINE_CHARS ? `${line.slice(0, STDERR_LINE_CHARS)}...` : line
}

export class StderrTail {
  private readonly lines: string[] = []
  private partial = ''

  /** The kept lines, the one being written last. */
  get tail(): string[] {
    return this.partial === '' ? [...this.lines] : [...this.lines, cutLine(this.partial)]
  }

  add(chunk: string): void {
    const pieces = chunk.split('\n')
    const rest = pieces.pop() ?? ''
    for (const piece of pieces) {
      this.extend(piece)
      const line = this.partial
      this.partial = ''
      this.lines.push(cutLine(line))
      if (this.lines.length > STDERR_LINES) this.lines.shift()
    }
    this.extend(rest)
  }

  /** The line being written keeps its start (where an error says what it is), one past the cut. */
  private extend(text: string): void {
    const room = STDERR_LINE_CHARS + 1 - this.partial.length
    if (room > 0) this.partial += text.slice(0, room)
  }
}

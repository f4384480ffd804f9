/**
 * Bad input: the user can fix it. Printed as one line naming the field, exit code 2.
 */
export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string
  ) {
    super(`${field}: ${problem}`)
    this.name = 'InputError'
  }
}

/** Exit codes, as documented in README.md. */
export const ExitCode = {
  pass: 0,
  violation: 1,
  badInput: 2,
  couldNotRun: 3
} as const

/** One line, no stack: the message of an error for the user. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

/** How much of a value an error message echoes: enough to recognise it, never a flood. */
export const ECHO_CHARS = 80

/** Text cut to about 80 characters, with "..." when it was longer. */
export function cut(text: string): string {
  return text.length > ECHO_CHARS ? `${text.slice(0, ECHO_CHARS)}...` : text
}

/** A value as an error message quotes it: JSON-quoted (control characters as escapes), cut. */
export function quote(value: unknown): string {
  return JSON.stringify(cut(typeof value === 'string' ? value : String(value)))
}

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

/**
 * One line, no stack: the message of an error for the user. `named` puts the error's class first
 * ("TypeError: boom", the class alone when there is no message), for errors thrown by code that
 * is not ours (a pool, an adapter), where the class is half of what a reader needs.
 */
export function oneLine(error: unknown, { named = false }: { named?: boolean } = {}): string {
  const text = (error instanceof Error ? error.message : String(error))
    .replace(/\s*\n\s*/g, ' ')
    .trim()
  if (!named || !(error instanceof Error)) return text
  return text === '' ? error.name : `${error.name}: ${text}`
}

/**
 * Where a zod issue is, as every error message names a field: `targets[0].poolOptions.size`.
 * `key` writes each name (a name read from a file is cut); symbols are left out.
 */
export function fieldPath(
  path: readonly PropertyKey[],
  key: (name: string) => string = name => name
): string {
  let text = ''
  for (const p of path) {
    if (typeof p === 'symbol') continue
    text += typeof p === 'number' ? `[${p}]` : text === '' ? key(p) : `.${key(p)}`
  }
  return text
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

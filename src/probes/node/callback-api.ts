/**
 * What the Node probe observes of a callback API's failed calls (worker-farm's documented rules):
 * the type of the error a callback got, as data. It names; it never grades (src/grading does).
 */
import type { ErrorType } from '../protocol.js'

/** Where a call stood in `overload` and `ending` (the `call` fact). */
export type CallRole = 'within-limit' | 'past-limit' | 'in-progress' | 'queued'

// worker-farm's own errors (its README says to check err.type); any other error is 'other'.
const OWN_ERRORS: readonly ErrorType[] = [
  'ProcessTerminatedError',
  'TimeoutError',
  'MaxConcurrentCallsError'
]

/** The `error` fact of a callback's first argument: none, one of worker-farm's, or other. */
export function errorTypeOf(first: unknown): ErrorType {
  if (first === null || first === undefined) return 'none'
  if (typeof first === 'object') {
    const { type, name } = first as { type?: unknown; name?: unknown }
    for (const label of [type, name])
      if (typeof label === 'string' && (OWN_ERRORS as readonly string[]).includes(label))
        return label as ErrorType
  }
  return 'other'
}

/** The cell's event cannot happen with this pool (said as the cell's skip reason). */
export class NotApplicable extends Error {}

/**
 * A probe that cannot start because of what the user gave it is bad input (exit 2), named by the
 * field that set it: a fatal hello, a program that does not exist or cannot be run, an
 * interpreter that did not start the probe, a built-in contract for the other kind of Python
 * target (futures, or callbacks given with the call). Any other failure to start is the cell's
 * error.
 */
import { InputError, quote } from '../errors.js'
import { takesCallbacksWithCall } from '../model/scenarios.js'
import type { Target } from '../model/target.js'
import type { StartResult } from './session.js'

/** `fieldName` names a target's field as the user set it (a flag, an input, a config field). */
export function inputProblem(
  target: Target,
  start: StartResult,
  fieldName: (field: string) => string
): InputError | undefined {
  if (start.kind === 'fatal') return new InputError(fieldName(start.field), start.message)
  if (start.kind === 'not-found') {
    const field =
      target.kind === 'python' ? 'python' : target.kind === 'command' ? 'command' : 'pool'
    const program =
      target.kind === 'python' ? target.python : target.kind === 'command' ? target.command : 'node'
    return new InputError(fieldName(field), `cannot run ${quote(program)}: no such program`)
  }
  if (start.kind === 'failed' && target.kind === 'command' && start.notStarted !== undefined)
    return new InputError(
      fieldName('command'),
      `cannot run ${quote(target.command)}: ${start.notStarted}`
    )
  if (start.kind === 'failed' && target.kind === 'python') {
    const last = start.stderrTail.filter(l => l.trim() !== '').at(-1)
    return new InputError(
      fieldName('python'),
      `${quote(target.python)} did not start the probe (${start.message}${last === undefined ? '' : `: ${last.trim()}`}); is it a Python 3.8+ interpreter?`
    )
  }
  if (start.kind === 'hello' && target.kind === 'python' && target.contractGiven === true)
    return contractMismatch(target, takesCallbacksWithCall(start.hello.scenarios), fieldName)
  return undefined
}

// The built-in contracts for futures (add_done_callback), and the one for apply_async's callbacks.
const FOR_FUTURES = ['thread-pool', 'process-pool']
const FOR_CALLBACK_API = 'multiprocessing-pool'

/** A built-in contract given for the other kind of Python target: refused, saying which fits. */
function contractMismatch(
  target: Extract<Target, { kind: 'python' }>,
  withCall: boolean,
  fieldName: (field: string) => string
): InputError | undefined {
  if (withCall && FOR_FUTURES.includes(target.contract))
    return new InputError(
      fieldName('contract'),
      `${quote(target.contract)} is for executors that hand back futures, and ${quote(target.executor)} takes its callbacks with the call (apply_async): use ${FOR_CALLBACK_API} or a contract file`
    )
  if (!withCall && target.contract === FOR_CALLBACK_API)
    return new InputError(
      fieldName('contract'),
      `${quote(target.contract)} is for pools that take their callbacks with the call (apply_async), and ${quote(target.executor)} hands back futures: use ${FOR_FUTURES.join(' or ')} or a contract file`
    )
  return undefined
}

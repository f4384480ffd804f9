/**
 * Plain-language notes on what a cell's outcomes mean when a callback did not run where, or
 * when, a thread pool would run it: said once per cell, beside the verdict, never instead of it.
 * Notes read facts only; grading stays in grade.ts.
 */
import { NOT_DONE_STATES } from '../probes/fact-values.js'
import type { Outcome } from '../probes/protocol.js'

/** The registered states before the future was done (fact-values.ts, as the contracts use them). */
const NOT_DONE = new Set<unknown>(NOT_DONE_STATES)

export function noteOutcomes(outcomes: Outcome[]): string[] {
  const never = count(outcomes, o => o.facts.ranOn === 'never')
  // A hub: the task ran elsewhere and the caller's thread ran its callback later. Not when the
  // task ran on the caller's thread too (taskOn): that callback ran where its task ran.
  const onCallerLater = count(
    outcomes,
    o =>
      NOT_DONE.has(o.facts.registered) &&
      o.facts.ranOn === 'caller-thread' &&
      !o.facts.inline &&
      o.facts.taskOn === undefined
  )
  const inSubmit = count(outcomes, o => o.facts.taskOn === 'caller-thread')
  const green = count(outcomes, o => o.facts.taskOn === 'green-thread')
  const notes: string[] = []
  if (inSubmit > 0)
    notes.push(
      `tasks ran on the caller's own thread, inside submit() (a synchronous executor): ${callbacks(inSubmit)} had the caller's thread as their task's thread`
    )
  if (green > 0)
    notes.push(
      `tasks ran on the caller's own thread, in green threads (other greenlets of it): ${callbacks(green)} had the caller's thread as their task's thread, and one run there later, not inline, ran where its task ran`
    )
  if (onCallerLater > 0)
    notes.push(
      `${callbacks(onCallerLater)} added before the task was done ran later on the caller's own thread, not inline: the executor hands completions to the caller (an event hub), which ran them only once it yielded`
    )
  if (never > 0)
    notes.push(
      `${callbacks(never)} never ran while the caller waited for them (blocked, yielding only by short sleeps) until the callback timeout: the executor lost them, or they wait for the caller's event hub, which never ran while the caller blocked`
    )
  return notes
}

function count(outcomes: Outcome[], test: (o: Outcome) => boolean): number {
  return outcomes.filter(test).reduce((n, o) => n + o.count, 0)
}

function callbacks(n: number): string {
  return n === 1 ? '1 callback' : `${n.toLocaleString('en-US')} callbacks`
}

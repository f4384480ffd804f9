/**
 * Grading when the caller's thread also ran the task (the `taskOn` fact: a synchronous executor,
 * green threads; issue 21, item 1): a callback there ran where its task ran, so the task-thread
 * rule is graded by what it means (not inline decides); a rule that asks for the caller's thread
 * and cannot tell it from the task's is not checked, never broken; the hub note appears only when
 * the task ran elsewhere. Real probe runs against real executors are in
 * __tests__/thirdparty/green-sync-executors.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { loadContract } from '../../src/grading/contracts/index.js'
import { collectEvidence } from '../../src/grading/evidence.js'
import { gradeOutcome, gradeOutcomes } from '../../src/grading/grade.js'
import { noteOutcomes } from '../../src/grading/notes.js'
import type { Outcome } from '../../src/probes/protocol.js'

const threadPool = loadContract('thread-pool')
const eventLoop = loadContract('event-loop')
const outcome = (facts: Outcome['facts'], count = 1): Outcome => ({ facts, count, samples: [] })

/** A green thread ran the task and, later, its callback: the caller's OS thread both times. */
const greenLater = outcome({
  registered: 'pending',
  ranOn: 'caller-thread',
  inline: false,
  calls: 1,
  taskOn: 'green-thread'
})

describe('the task-thread rule where the task ran on the caller thread', () => {
  it('holds for a callback run later, where the task ran (green threads): no worker-runs-callback failure', () => {
    const g = gradeOutcome('timed', greenLater, threadPool)
    expect(g.grade).toBe('acceptable')
    expect(g.rules).toContain('worker-runs-callback')
  })

  it('still breaks it when the callback ran inline in a held cell (not inline is checked)', () => {
    const g = gradeOutcome(
      'running',
      outcome({
        registered: 'running',
        ranOn: 'caller-thread',
        inline: true,
        calls: 1,
        taskOn: 'green-thread'
      }),
      threadPool
    )
    expect(g.grade).toBe('forbidden')
    expect(g.broken.map(b => b.rule)).toEqual(['worker-runs-callback'])
    expect(g.broken[0]?.observed).toEqual({ inline: true })
  })

  it('still breaks it when the callback ran on another thread than the one both share', () => {
    const g = gradeOutcome(
      'timed',
      outcome({ ...greenLater.facts, ranOn: 'other-thread' }),
      threadPool
    )
    expect(g.broken.map(b => b.rule)).toEqual(['worker-runs-callback'])
  })

  it('without the fact, a later callback on the caller thread is the failure it always was', () => {
    const { taskOn: _taskOn, ...facts } = greenLater.facts
    const g = gradeOutcome('timed', outcome(facts), threadPool)
    expect(g.broken.map(b => b.rule)).toEqual(['worker-runs-callback'])
  })

  it('checks done-runs-inline as before: inline proves the adding thread (synchronous executor)', () => {
    const facts = {
      registered: 'done',
      ranOn: 'caller-thread',
      inline: true,
      calls: 1,
      taskOn: 'caller-thread'
    } as const
    expect(gradeOutcome('done', outcome(facts), threadPool).grade).toBe('acceptable')
    const late = gradeOutcome('done', outcome({ ...facts, inline: false }), threadPool)
    expect(late.broken.map(b => b.rule)).toEqual(['done-runs-inline'])
  })
})

describe('a rule that cannot tell the caller thread from the task thread', () => {
  // event-loop's caller-runs-handler asks for the caller's thread only, with no inline: true.
  const facts = { ...greenLater.facts }

  it('is not checked there, never broken, and the outcome stays listed', () => {
    const g = gradeOutcome('timed', outcome(facts), eventLoop)
    expect(g.grade).toBe('acceptable')
    expect(g.rules).not.toContain('caller-runs-handler')
    expect(g.rules).toContain('never-inline-pending')
  })

  it('counts as not checked in the evidence for those callbacks only', () => {
    const targets = [{ name: 't', contract: 'event-loop' }]
    const outcomes = [
      outcome(facts, 7),
      outcome({ registered: 'pending', ranOn: 'caller-thread', inline: false, calls: 1 }, 3)
    ]
    const cells = [
      {
        target: 't',
        scenario: 'timed' as const,
        outcomes: gradeOutcomes('timed', outcomes, eventLoop)
      }
    ]
    const handler = collectEvidence(targets, { 'event-loop': eventLoop }, cells).find(
      e => e.rule === 'caller-runs-handler'
    )
    expect(handler).toMatchObject({ checked: 3, broken: 0 })
  })
})

describe('notes', () => {
  it('say that tasks ran on the caller thread, and give no hub note, for green threads', () => {
    const notes = noteOutcomes([outcome(greenLater.facts, 4)]).join(' ')
    expect(notes).toMatch(
      /tasks ran on the caller's own thread, in green threads .*: 4 callbacks had the caller's thread as their task's thread/
    )
    expect(notes).not.toMatch(/event hub/)
  })

  it('say inside submit() for a synchronous executor', () => {
    const notes = noteOutcomes([
      outcome(
        {
          registered: 'done',
          ranOn: 'caller-thread',
          inline: true,
          calls: 1,
          taskOn: 'caller-thread'
        },
        2
      )
    ])
    expect(notes.join(' ')).toMatch(/inside submit\(\) \(a synchronous executor\)/)
  })

  it('give the hub note when the facts show a hub: the task ran elsewhere', () => {
    const { taskOn: _taskOn, ...facts } = greenLater.facts
    const notes = noteOutcomes([outcome(facts, 2)])
    expect(notes.join(' ')).toMatch(/hands completions to the caller \(an event hub\)/)
    expect(notes.join(' ')).not.toMatch(/green threads/)
  })
})

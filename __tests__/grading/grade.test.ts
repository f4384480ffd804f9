/**
 * Grading semantics: rules, interesting waivers, unlisted outcomes, user contracts.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { loadContract } from '../../src/grading/contracts/index.js'
import { gradeOutcome, violationsOf } from '../../src/grading/grade.js'
import type { Outcome } from '../../src/probes/protocol.js'

const threadPool = loadContract('thread-pool')
const outcome = (facts: Outcome['facts'], count = 1): Outcome => ({ facts, count, samples: [] })

describe('grading against thread-pool', () => {
  it('accepts a callback on the task thread, naming the rules it satisfied', () => {
    const g = gradeOutcome(
      'running',
      outcome({ registered: 'running', ranOn: 'task-thread', inline: false, calls: 1 }),
      threadPool
    )
    expect(g.grade).toBe('acceptable')
    expect(g.rules).toEqual(['exactly-once', 'worker-runs-callback', 'held-task-is-running'])
  })

  it('grades the registration race in timed as interesting, not forbidden', () => {
    const g = gradeOutcome(
      'timed',
      outcome({ registered: 'running', ranOn: 'caller-thread', inline: true, calls: 1 }),
      threadPool
    )
    expect(g.grade).toBe('interesting')
    expect(g.rules).toEqual(['registration-race'])
  })

  it('does not let the race waiver hide the race in running, where the task is held', () => {
    const g = gradeOutcome(
      'running',
      outcome({ registered: 'running', ranOn: 'caller-thread', inline: true, calls: 1 }),
      threadPool
    )
    expect(g.grade).toBe('forbidden')
    expect(g.broken.map(b => b.rule)).toEqual(['worker-runs-callback'])
  })

  it('does not let the waiver excuse a second breach (a raced callback run twice)', () => {
    const g = gradeOutcome(
      'timed',
      outcome({ registered: 'running', ranOn: 'caller-thread', inline: true, calls: 2 }),
      threadPool
    )
    expect(g.grade).toBe('forbidden')
    expect(g.broken.map(b => b.rule).sort()).toEqual(['exactly-once', 'worker-runs-callback'])
  })

  it('forbids an outcome no rule lists', () => {
    const g = gradeOutcome(
      'shutdown',
      outcome({ registered: 'running', ranOn: 'task-thread', inline: false, calls: 1 }),
      threadPool
    )
    expect(g.grade).toBe('forbidden')
    expect(g.broken.map(b => b.rule)).toEqual(['unlisted'])
  })

  it('groups violations by rule with the expected and observed facts', () => {
    const graded = [
      gradeOutcome(
        'running',
        outcome({ registered: 'running', ranOn: 'other-thread', inline: false, calls: 1 }, 3),
        threadPool
      ),
      gradeOutcome(
        'running',
        outcome({ registered: 'running', ranOn: 'never', inline: false, calls: 0 }, 2),
        threadPool
      )
    ]
    const v = violationsOf(graded)
    expect(v.map(x => [x.rule, x.count])).toEqual([
      ['worker-runs-callback', 5],
      ['exactly-once', 2]
    ])
    expect(v[0]?.expected).toEqual({ ranOn: ['task-thread'] })
    expect(v[0]?.observed).toEqual([{ ranOn: 'other-thread' }, { ranOn: 'never' }])
  })
})

describe('contracts', () => {
  it('loads a user contract file and grades with it', () => {
    const path = fileURLToPath(new URL('../fixtures/contracts/anything-once.yml', import.meta.url))
    const contract = loadContract(path)
    expect(
      gradeOutcome(
        'running',
        outcome({ registered: 'running', ranOn: 'other-thread', inline: false, calls: 1 }),
        contract
      ).grade
    ).toBe('acceptable')
    expect(
      gradeOutcome(
        'running',
        outcome({ registered: 'running', ranOn: 'task-thread', inline: false, calls: 2 }),
        contract
      ).broken[0]?.rule
    ).toBe('ran-once')
  })

  it('refuses an unknown contract name, listing the built-in ones', () => {
    expect(() => loadContract('thread-poool')).toThrow(InputError)
    expect(() => loadContract('thread-poool')).toThrow(
      /unknown contract "thread-poool"; expected one of thread-pool, process-pool/
    )
  })

  it('refuses a missing contract file naming it', () => {
    const path = fileURLToPath(new URL('../fixtures/contracts/missing.yml', import.meta.url))
    expect(() => loadContract(path)).toThrow(/cannot read .*missing\.yml": no such file/)
  })

  it('refuses a malformed contract naming the field', () => {
    const path = fileURLToPath(new URL('../fixtures/contracts/malformed.yml', import.meta.url))
    expect(() => loadContract(path)).toThrow(
      /malformed\.yml: rules\[0\]\.source: source "b" is not in sources/
    )
  })

  it('validates every built-in contract', () => {
    for (const name of ['thread-pool', 'process-pool'])
      expect(loadContract(name).rules.length).toBeGreaterThan(3)
  })
})

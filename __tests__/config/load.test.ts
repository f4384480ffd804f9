/**
 * Configuration: files and flags are validated, and every problem is one line naming the field.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { loadConfig, type Overrides } from '../../src/config/load.js'
import { InputError } from '../../src/errors.js'
import { expandMatrix } from '../../src/engine/matrix.js'

const dir = mkdtempSync(join(tmpdir(), 'ctg-config-'))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

function errorOf(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('loadConfig', () => {
  it('defaults to python3 ThreadPoolExecutor and the default experiments', () => {
    const plan = expandMatrix(loadConfig(undefined))
    expect(plan.targets).toEqual([
      {
        kind: 'python',
        name: 'python3 ThreadPoolExecutor',
        contract: 'thread-pool',
        python: 'python3',
        executor: 'concurrent.futures:ThreadPoolExecutor',
        pythonPath: []
      }
    ])
    expect(plan.cells.slice(0, 3).map(c => c.name)).toEqual([
      'tutorial 1: one task, callback added at once',
      'tutorial 2: 16 tasks on 4 workers',
      'tutorial 3: callback added after the task is done'
    ])
  })

  it('reads YAML, expands the matrix as a cross product and drops the delay where it means nothing', () => {
    const path = file(
      'm.yml',
      'matrix:\n  scenarios: [timed, running]\n  workers: [1, 4]\n  tasks: [10]\n  callbackDelayMs: [0, 50]\n  taskMs: [5]\nrepeat: 3\n'
    )
    const plan = expandMatrix(loadConfig(path))
    expect(plan.cells.map(c => `${c.scenario}/${c.workers}/${c.callbackDelayMs}`)).toEqual([
      'timed/1/0',
      'timed/1/50',
      'timed/4/0',
      'timed/4/50',
      'running/1/0',
      'running/4/0'
    ])
    expect(plan.cells.every(c => c.repeat === 3 && c.tasks === 10 && c.taskMs === 5)).toBe(true)
  })

  it('reads JSON with several targets and names them apart', () => {
    const path = file(
      't.json',
      JSON.stringify({
        targets: [
          { python: 'python3' },
          { python: 'python3' },
          { executor: 'concurrent.futures:ProcessPoolExecutor' }
        ],
        experiments: [{ scenario: 'done', workers: 2, tasks: 4 }]
      })
    )
    const plan = expandMatrix(loadConfig(path))
    expect(plan.targets.map(t => [t.name, t.contract])).toEqual([
      ['python3 ThreadPoolExecutor', 'thread-pool'],
      ['python3 ThreadPoolExecutor #2', 'thread-pool'],
      ['python3 ProcessPoolExecutor', 'process-pool']
    ])
    expect(plan.cells).toHaveLength(3)
  })

  it('lets flags override the file, naming the flag when its value is wrong', () => {
    const path = file('o.yml', 'matrix:\n  workers: [2]\n')
    const config = loadConfig(path, { workers: [8], contract: 'process-pool' })
    expect(config.matrix?.workers).toEqual([8])
    expect(config.targets[0]?.contract).toBe('process-pool')
    expect(errorOf(() => loadConfig(path, { workers: [0] })).message).toBe(
      '--workers: must be at least 1'
    )
  })

  const cases: [string, () => unknown, RegExp][] = [
    [
      'unknown top-level key with a suggestion',
      () => loadConfig(file('a.yml', 'repet: 3\n')),
      /a\.yml: repet: unknown key; did you mean "repeat"\?$/
    ],
    [
      'unknown matrix key with a suggestion',
      () => loadConfig(file('b.yml', 'matrix:\n  wokers: [2]\n')),
      /matrix\.wokers: unknown key; did you mean "workers"\?/
    ],
    [
      'unknown target key',
      () => loadConfig(file('c.yml', 'targets:\n  - exector: a:b\n')),
      /targets\[0\]\.exector: unknown key; did you mean "executor"\?/
    ],
    [
      'invalid YAML',
      () => loadConfig(file('d.yml', 'matrix: [1, 2\n')),
      /d\.yml: not valid YAML or JSON: /
    ],
    [
      'a list at the top level',
      () => loadConfig(file('e.yml', '- 1\n- 2\n')),
      /expected a mapping of options at the top level/
    ],
    [
      'a missing file',
      () => loadConfig(join(dir, 'missing.yml')),
      /^--config: cannot read ".*missing\.yml": no such file$/
    ],
    [
      'a string where a number belongs',
      () => loadConfig(file('f.yml', 'repeat: lots\n')),
      /repeat: expected a number/
    ],
    [
      'an absurd size, with the bound',
      () => loadConfig(undefined, { tasks: [5_000_000] }),
      /^--tasks: must be at most 1,000,000$/
    ],
    [
      'a negative delay',
      () => loadConfig(undefined, { callbackDelayMs: [-1] }),
      /^--callback-delay-ms: must be at least 0$/
    ],
    [
      'an empty list',
      () => loadConfig(file('g.yml', 'matrix:\n  tasks: []\n')),
      /matrix\.tasks: must not be empty/
    ],
    [
      'an unknown scenario',
      () => loadConfig(undefined, { scenarios: ['runing'] }),
      /^--scenarios: unknown scenario "runing"; expected one of running, timed/
    ],
    [
      'an executor that is not module:attr',
      () => loadConfig(undefined, { executor: 'mymodule' }),
      /^--executor: expected "module:attr"/
    ],
    [
      'two kinds of target at once',
      () => loadConfig(file('h.yml', 'targets:\n  - python: python3\n    command: ./probe\n')),
      /targets\[0\]: choose one of python\/executor, command, not several/
    ],
    [
      'too many cells',
      () =>
        expandMatrix(
          loadConfig(undefined, {
            workers: Array.from({ length: 100 }, (_, i) => i + 1),
            tasks: Array.from({ length: 20 }, (_, i) => i + 1)
          })
        ),
      /^matrix: expands to 24,000 cells; at most 10,000$/
    ],
    [
      'a cross product of 1.3e13 cells, counted from the lists before any is built',
      () => {
        const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1)
        // Built, these cells would never fit in memory: the count comes from the lists' lengths.
        return expandMatrix(
          loadConfig(undefined, {
            workers: upTo(256),
            tasks: upTo(1000),
            taskMs: upTo(1000),
            callbackDelayMs: upTo(50_000)
          })
        )
      },
      // timed crosses the 50,000 delays; the eleven other scenarios take one each.
      new RegExp(
        `^matrix: expands to ${(256 * 1000 * 1000 * (50_000 + 11)).toLocaleString('en-US')} cells; at most 10,000$`
      )
    ]
  ]
  it.each(cases)('refuses %s in one line', (_name, fn, pattern) => {
    const error = errorOf(fn)
    expect(error.message).toMatch(pattern)
    expect(error.message).not.toMatch(/\n/)
  })

  it('counts the cells of a matrix exactly as it builds them (repeated values, delays outside timed, explicit experiments)', () => {
    const path = file(
      'count.yml',
      [
        'targets: [{ name: a }, { name: b }]',
        'matrix:',
        '  scenarios: [timed, done, timed, running]',
        '  workers: [1, 2, 2]',
        '  tasks: [4]',
        '  callbackDelayMs: [0, 5, 5, 7]',
        '  taskMs: [0, 1]',
        'experiments:',
        '  - { scenario: done, workers: 1, tasks: 4, taskMs: 0 }'
      ].join('\n')
    )
    const plan = expandMatrix(loadConfig(path))
    // Per target: timed 2 workers x 2 task lengths x 3 delays, done and running 2 x 2 each, one explicit.
    expect(plan.cells).toHaveLength(2 * (12 + 4 + 4 + 1))
    // One cell under the limit is built; one over is refused by the count alone.
    const limitOf = (cells: number) =>
      errorOf(() =>
        expandMatrix(
          loadConfig(undefined, {
            scenarios: ['done'],
            workers: [1],
            tasks: Array.from({ length: cells }, (_, i) => i + 1)
          })
        )
      )
    expect(limitOf(10_001).message).toBe('matrix: expands to 10,001 cells; at most 10,000')
    expect(
      expandMatrix(
        loadConfig(undefined, {
          scenarios: ['done'],
          workers: [1],
          tasks: Array.from({ length: 10_000 }, (_, i) => i + 1)
        })
      ).cells
    ).toHaveLength(10_000)
  })

  it('keeps an override that only sets the contract on every target of the file', () => {
    const path = file('k.yml', 'targets:\n  - name: a\n  - name: b\n    executor: x:y\n')
    const overrides: Overrides = { contract: 'process-pool' }
    expect(loadConfig(path, overrides).targets.map(t => [t.name, t.executor, t.contract])).toEqual([
      ['a', undefined, 'process-pool'],
      ['b', 'x:y', 'process-pool']
    ])
  })
})

describe('flags that pick a kind of target', () => {
  it('--python keeps the file executor; --probe replaces the python fields', () => {
    const path = join(dir, 'kind.yml')
    writeFileSync(path, 'targets:\n  - executor: pkg:Pool\n    pythonPath: [lib]\n')
    expect(loadConfig(path, { python: 'python3.12' }).targets[0]).toMatchObject({
      python: 'python3.12',
      executor: 'pkg:Pool',
      pythonPath: ['lib']
    })
    expect(loadConfig(path, { probe: './my-probe' }).targets[0]).toEqual({ command: './my-probe' })
  })
})

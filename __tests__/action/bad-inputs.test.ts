/**
 * Bad action inputs, through the bundled action as the runner runs it: the step fails with one
 * `::error::` line naming the input and the problem, and nothing is written or sent (no report
 * file, no job summary, no outputs, no request to the API). Each case is an A row of
 * docs/robustness.md.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { FakeGitHub } from '../helpers/github-server.js'
import { runAction } from './run-action.js'

const github = new FakeGitHub()
beforeAll(() => github.start())
afterAll(() => github.stop())

/** Inputs for a run of the engine (no reports to merge), the bad one on top. */
const engine = (bad: Record<string, string>) => ({ reports: '', scenarios: 'done', ...bad })

describe('bad action inputs', () => {
  it.each([
    [
      'A01 an unknown comment mode',
      engine({ comment: 'sometimes' }),
      'input comment: expected one of always, on-failure, changes, update-only, never, got "sometimes"'
    ],
    [
      'A02 an unknown fail-on',
      engine({ 'fail-on': 'any' }),
      'input fail-on: expected one of violation, new-violation, never, got "any"'
    ],
    [
      'A03 a word among the workers',
      engine({ workers: '4,x' }),
      'input workers: expected whole numbers separated by commas, got "x"'
    ],
    ['A04 zero workers', engine({ workers: '0' }), 'input workers: must be at least 1'],
    [
      'A05 an empty item in the tasks',
      engine({ tasks: '4,,8' }),
      'input tasks: expected a comma-separated list without empty items, got "4,,8"'
    ],
    [
      'A06 an absurd task count',
      engine({ tasks: '99999999999' }),
      'input tasks: must be at most 1,000,000'
    ],
    [
      'A07 a list for repeat',
      engine({ repeat: '2,3' }),
      'input repeat: expected a whole number, got "2,3"'
    ],
    [
      'A08 a negative callback delay',
      engine({ 'callback-delay-ms': '-1' }),
      'input callback-delay-ms: must be at least 0'
    ],
    [
      'A09 a timeout too short',
      engine({ 'timeout-ms': '5' }),
      'input timeout-ms: must be at least 100'
    ],
    [
      'A10 an unknown scenario',
      engine({ scenarios: 'sideways' }),
      'input scenarios: unknown scenario "sideways"; expected one of running, timed, done, cancel, shutdown, order, raising, killed, failing, timeout, overload, ending, aio-pending, aio-done, aio-bridge, aio-underlying, aio-cancel, aio-closing, aio-portal'
    ],
    [
      'A11 an unknown contract',
      engine({ contract: 'no-such' }),
      'input contract: unknown contract "no-such"; expected one of thread-pool, process-pool, event-loop, multiprocessing-pool, asyncio or a contract file'
    ],
    [
      'A12 a config file that does not exist',
      engine({ config: 'missing.yml' }),
      'input config: cannot read "missing.yml": no such file'
    ],
    [
      'A13 an executor that is not module:attr',
      engine({ executor: 'nocolon' }),
      'input executor: expected "module:attr", for example concurrent.futures:ThreadPoolExecutor'
    ],
    [
      'A14 an interpreter that does not exist',
      engine({ python: '/nonexistent/python' }),
      'input python: cannot run "/nonexistent/python": no such program'
    ],
    [
      'A15 an unknown pool',
      engine({ pool: 'nosuchpool' }),
      'input pool: unknown pool "nosuchpool"; expected one of worker-farm, piscina, workerpool'
    ],
    [
      'A16 an empty item in the Python path',
      engine({ 'python-path': 'a,,b' }),
      'input python-path: expected a comma-separated list without empty items, got "a,,b"'
    ],
    [
      'A17 a pull request that is not a number',
      engine({ 'pull-request': '#12' }),
      'input pull-request: expected a pull request number, got "#12"'
    ],
    [
      'A18 a report id with a control character',
      engine({ 'report-id': 'a\u0007b' }),
      'input report-id: must not contain line breaks or control characters'
    ],
    [
      'A19 two reports on one path',
      engine({ json: 'r.json', junit: './r.json' }),
      'input junit: "./r.json" is also the json report'
    ],
    [
      'A20 a report path that is a folder',
      engine({ json: '.' }),
      'input json: "." is a folder, not a file'
    ],
    [
      'A21 a reports glob that matches nothing',
      { reports: 'nothing/*.json' },
      'input reports: no file matches "nothing/*.json"'
    ],
    [
      'A22 a baseline that does not exist',
      { baseline: 'missing.json' },
      'input baseline: cannot read "missing.json": no such file'
    ],
    [
      'A23 a budget that is not a duration',
      engine({ budget: 'soon' }),
      'input budget: expected a duration such as 90s, 2m, 1h or a number of seconds, got "soon"'
    ],
    [
      'A24 keep-going that is not true or false',
      engine({ 'keep-going': 'yes' }),
      'input keep-going: expected one of true, false, got "yes"'
    ],
    [
      'A25 the json report on the baseline it would overwrite',
      { baseline: 'reports/one.json', json: 'reports/one.json' },
      'input baseline: "reports/one.json" is also the json report'
    ]
  ])(
    '%s: the step fails with one line naming it; nothing written or sent',
    async (_name, inputs, message) => {
      github.reset()
      const run = await runAction({ github, inputs })
      expect(run.code).toBe(1)
      const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'))
      expect(errors).toEqual([`::error::${message}`])
      expect(run.stdout).not.toMatch(/\n\s+at /)
      expect(run.summary).toBe('')
      expect(run.outputs).toEqual({})
      expect(run.reportText).toBeUndefined()
      for (const name of ['callback-thread-guard-report.json', 'r.json'])
        expect(existsSync(join(run.dir, name))).toBe(false)
      expect(github.requests).toHaveLength(0)
    }
  )
})

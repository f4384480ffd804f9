/**
 * The probe does not inherit what only the action may read: on a runner, the action's process
 * holds its inputs (`INPUT_GITHUB-TOKEN`) and the runner's tokens, which a pull request's own
 * `run:` steps never see; the probe runs the user's executor, which may be that pull request's
 * code (src/probes/environment.ts, SECURITY.md). Run as the runner runs the bundled action, with
 * an executor module that records the environment its process got.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../helpers/github-server.js'
import { PYTHON_FIXTURES } from '../helpers/engine.js'
import { runAction, tempDir, TOKEN } from './run-action.js'

const github = new FakeGitHub()

beforeAll(async () => {
  await github.start()
})

afterAll(async () => {
  await github.stop()
})

describe("the probe's environment under the action", () => {
  it('holds neither the inputs nor the runner tokens, and keeps the rest', async () => {
    const dir = tempDir()
    const dump = join(dir, 'probe-env.json')
    const run = await runAction({
      github,
      dir,
      inputs: {
        reports: '',
        executor: 'env_dump:ThreadPoolExecutor',
        'python-path': PYTHON_FIXTURES,
        scenarios: 'done',
        tasks: '2',
        comment: 'never'
      },
      env: {
        CTG_TEST_ENV_DUMP: dump,
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results'
      }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    const names = JSON.parse(readFileSync(dump, 'utf8')) as string[]
    expect(names.filter(n => /^INPUT_/i.test(n))).toEqual([])
    expect(names.filter(n => /^ACTIONS_/.test(n))).toEqual([])
    // What the probe needs and what the user set for their code are still there.
    expect(names).toEqual(
      expect.arrayContaining(['PATH', 'GITHUB_REPOSITORY', 'CTG_TEST_ENV_DUMP'])
    )
    // And the token the action was given is nowhere in what it printed, but in its mask command.
    const printed = (run.stdout + run.stderr)
      .split('\n')
      .filter(line => line !== `::add-mask::${TOKEN}`)
    expect(printed.join('\n')).not.toContain(TOKEN)
  })
})

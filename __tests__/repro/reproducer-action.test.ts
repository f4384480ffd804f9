/**
 * The reproducer through the bundled action (dist/index.js), run as the runner runs it against a
 * local GitHub API: written beside the JSON report, named by the `reproducer` output and the log,
 * shown in the comment, and it reproduces alone; `reproducer: false` writes none.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { FakeGitHub } from '../helpers/github-server.js'
import { COMMENTS_PATH, runAction, tempDir } from '../action/run-action.js'
import { PYTHON_FIXTURES } from '../helpers/engine.js'

const github = new FakeGitHub()
beforeAll(async () => {
  await github.start()
})
afterAll(async () => {
  await github.stop()
})

const BROKEN = {
  reports: '',
  scenarios: 'running',
  tasks: '6',
  workers: '2',
  'task-ms': '0',
  executor: 'broken_executors:MovedCallbacks',
  'python-path': PYTHON_FIXTURES
}

describe('the action writes a reproducer on a violation', () => {
  it('beside the JSON report, names it in its output, log and comment; it reproduces alone', async () => {
    github.reset()
    const run = await runAction({ github, dir: tempDir(), inputs: BROKEN })
    expect(run.code).toBe(1)
    const path = run.outputs.reproducer ?? ''
    expect(path).toMatch(/repro_c1\.py$/)
    const folder = readdirSync(dirname(path))
    expect(folder).toEqual(expect.arrayContaining(['report.json', 'repro_c1.py']))
    expect(run.stdout).toContain(`reproducer written: python3 ${path}`)
    const comment = github.requested('POST', COMMENTS_PATH)[0]?.body as { body: string }
    expect(comment.body).toContain('**Reproduce it alone:**')
    const repro = spawnSync('python3', [path], {
      cwd: tempDir(),
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', PYTHONPATH: PYTHON_FIXTURES },
      timeout: 60_000
    })
    expect(repro.status).toBe(1)
    expect(repro.stdout).toContain('rule worker-runs-callback is broken by 1 of 1 callbacks')
  })

  it('refuses a reproducer input that names a file, before anything runs', async () => {
    github.reset()
    const dir = tempDir()
    writeFileSync(join(dir, 'taken'), '')
    const run = await runAction({ github, dir, inputs: { ...BROKEN, reproducer: 'taken' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::input reproducer: "taken" is not a folder, so no reproducer can be written there$/m
    )
    expect(run.report).toBeUndefined()
  })

  it('writes none with reproducer: false', async () => {
    github.reset()
    const run = await runAction({
      github,
      dir: tempDir(),
      inputs: { ...BROKEN, reproducer: 'false' }
    })
    expect(run.code).toBe(1)
    expect(run.outputs.reproducer).toBe('')
    expect(readdirSync(run.dir).some(f => f.startsWith('repro_'))).toBe(false)
  })
})

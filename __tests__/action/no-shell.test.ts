/**
 * No input reaches a shell (H08 of docs/robustness.md): the bundled action runs a probe command
 * as a program and its arguments, split but never expanded, and an interpreter path as a program
 * name. Variables, command substitutions and backticks arrive as literal text; shell operators
 * are refused before anything runs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../helpers/github-server.js'
import { problems, ROOT, runAction, tempDir } from './run-action.js'

const PROBE = join(ROOT, '__tests__', 'action', 'fixtures', 'argv-probe.mjs')
const github = new FakeGitHub()

beforeAll(async () => {
  await github.start()
})
afterAll(async () => {
  await github.stop()
})

const engine = { reports: '', comment: 'never', scenarios: 'done', workers: '1', tasks: '1' }

describe('no input reaches a shell', () => {
  it('H08 probe commands and interpreter paths are never given to a shell: nothing expands, operators are refused', async () => {
    const dir = tempDir()
    const out = join(dir, 'argv.json')
    const pwned = (n: number) => join(dir, `pwned${n}`)
    const run = await runAction({
      github,
      dir,
      inputs: {
        ...engine,
        probe: `node ${PROBE} ${out} $HOME "$(touch ${pwned(1)})" '\`touch ${pwned(2)}\`' ~`
      }
    })
    expect(run.code).toBe(1) // the "probe" never says hello: its cells could not run
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual([
      '$HOME',
      `$(touch ${pwned(1)})`,
      `\`touch ${pwned(2)}\``,
      '~'
    ])
    expect(existsSync(pwned(1))).toBe(false)
    expect(existsSync(pwned(2))).toBe(false)

    // Shell operators: refused in one line before anything runs.
    for (const probe of [
      `node ${PROBE} ${out}2; touch ${pwned(3)}`,
      `node ${PROBE} ${out}2 && touch ${pwned(3)}`,
      `node ${PROBE} ${out}2 | tee ${pwned(3)}`,
      `node ${PROBE} $(touch ${pwned(3)})`
    ]) {
      const refused = await runAction({ github, dir, inputs: { ...engine, probe } })
      expect(refused.code).toBe(1)
      expect(problems(refused)).toEqual([
        expect.stringMatching(
          /^::error::.*must be a program and its arguments, without shell operators$/
        )
      ])
      expect(refused.report).toBeUndefined()
    }
    expect(existsSync(`${out}2`)).toBe(false)
    expect(existsSync(pwned(3))).toBe(false)

    // An interpreter "path" with a command in it is one program name that does not exist.
    const python = await runAction({
      github,
      dir,
      inputs: { ...engine, probe: '', python: `python3; touch ${pwned(4)}` }
    })
    expect(python.code).toBe(1)
    expect(problems(python)[0]).toMatch(/cannot run "python3; touch .*pwned4": no such program/)
    expect(existsSync(pwned(4))).toBe(false)
    expect(readdirSync(dir).filter(f => f.startsWith('pwned'))).toEqual([])
    expect(github.requests).toHaveLength(0)
  })
})

/**
 * docs/action.md and .env.example describe action.yml: every input and output with its default,
 * and workflow examples that parse and use only inputs that exist. Where the docs list the
 * built-in Node pools, they list the pool registry's, in its order.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { POOL_NAMES } from '../../src/model/pools.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; default: string }>
  outputs: Record<string, { description: string }>
}
const docs = readFileSync(join(ROOT, 'docs', 'action.md'), 'utf8')
// The complete workflows live in the README; the reference in docs/action.md.
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

interface Step {
  uses?: string
  with?: Record<string, unknown>
}

describe('action.yml', () => {
  it('runs the bundle on node24 and describes every input and output', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(10)
      expect(typeof input.default).toBe('string')
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/)
    }
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining(['verdict', 'violations', 'report', 'comment-url'])
    )
  })
})

describe('docs/action.md and the README', () => {
  it('lists every input with its default and every output', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = input.default === '' ? '(empty)' : `\`${input.default}\``
      expect(docs).toMatch(
        new RegExp(`^\\| \`${name}\` +\\| ${shown.replace(/[$()[\]{}.]/g, '\\$&')} +\\|`, 'm')
      )
    }
    for (const name of Object.keys(action.outputs))
      expect(docs).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'))
  })

  it('gives workflows that parse and use only inputs the action has', () => {
    const blocks = [...(docs + readme).matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map(m => m[1] as string)
      .filter(block => /^jobs:/m.test(block)) // workflows, not config files
    expect(blocks.length).toBeGreaterThanOrEqual(5)
    let uses = 0
    for (const block of blocks) {
      const workflow = parseYaml(block) as { jobs: Record<string, { steps: Step[] }> }
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps) {
          if (step.uses !== 'OWNER/callback-thread-guard@v1') continue
          uses += 1
          for (const key of Object.keys(step.with ?? {}))
            expect(Object.keys(action.inputs)).toContain(key)
        }
    }
    expect(uses).toBeGreaterThanOrEqual(6)
  })
})

describe('.env.example', () => {
  it('names only inputs the action has, as the runner would', () => {
    const text = readFileSync(join(ROOT, '.env.example'), 'utf8')
    const names = [...text.matchAll(/^#? ?INPUT_([A-Z0-9-]+)=/gm)].map(m =>
      (m[1] as string).toLowerCase()
    )
    expect(names.length).toBeGreaterThan(5)
    for (const name of names) expect(Object.keys(action.inputs)).toContain(name)
  })
})

describe('the built-in pools in the docs', () => {
  const page = (path: string) => readFileSync(join(ROOT, path), 'utf8')
  /** The line of a page that starts with a prefix. */
  const lineOf = (text: string, prefix: string) =>
    text.split('\n').find(line => line.startsWith(prefix)) ?? `(no line starts with ${prefix})`
  /** The registry's pool names in the order a text mentions them. */
  const mentioned = (text: string) =>
    POOL_NAMES.map(name => ({ name, at: text.search(new RegExp(`\\b${name}\\b`)) }))
      .filter(p => p.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map(p => p.name)

  it('are every pool of the registry, in its order, wherever a page lists them', () => {
    const lists = {
      'action.yml, input pool': action.inputs.pool?.description ?? '',
      'docs/action.md, input pool': lineOf(docs, '| `pool`'),
      'README.md, --pool NAME': lineOf(readme, '| `--pool NAME`')
    }
    for (const [where, text] of Object.entries(lists))
      expect({ where, pools: mentioned(text) }).toEqual({ where, pools: POOL_NAMES })
  })

  it('are the choices of --pool wherever a page writes them as one', () => {
    const choices = `--pool ${POOL_NAMES.join('|')}`
    for (const path of ['README.md', 'docs/node-pools.md', 'docs/adapter.md']) {
      const written = [...page(path).matchAll(/--pool [a-z-]+(?:\|[a-z-]+)+/g)].map(m => m[0])
      expect({ path, written }).toEqual({ path, written: [choices] })
    }
  })
})

/**
 * What the Marketplace and a user see: action.yml's description fits (under 125 characters), its
 * author is a name, its branding is kept; the README's and docs' examples use the action at @v1;
 * and on a runner system it does not support, the bundled action fails at once with one line.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  name: string
  description: string
  author: string
  branding: { icon: string; color: string }
}

describe('action.yml for the Marketplace', () => {
  it('has a description under 125 characters, a real author and its branding', () => {
    expect(action.description.length).toBeLessThan(125)
    expect(action.author).toBe('callback-thread-guard contributors')
    expect(action.branding).toEqual({ icon: 'git-pull-request', color: 'purple' })
  })

  it('is used at @v1 in every example of README.md and docs/', () => {
    const pages = [
      'README.md',
      ...readdirSync(join(ROOT, 'docs'))
        .filter(name => name.endsWith('.md'))
        .map(name => `docs/${name}`)
    ]
    const uses = pages.flatMap(page =>
      [
        ...readFileSync(join(ROOT, page), 'utf8').matchAll(/uses: (\S*callback-thread-guard\S*)/g)
      ].map(m => m[1])
    )
    expect(uses.length).toBeGreaterThan(0)
    expect(uses.filter(ref => !ref!.endsWith('@v1'))).toEqual([])
  })
})

describe('the bundled action on an unsupported runner system', () => {
  it.each(['win32', 'darwin'])(
    'fails on %s with one line saying so, before any probe and with no report',
    platform => {
      const dir = mkdtempSync(join(tmpdir(), 'ctg-platform-'))
      try {
        // The runner's process.platform, as Node on that system reports it, set before the bundle loads.
        const preload = join(dir, 'platform.mjs')
        writeFileSync(
          preload,
          `Object.defineProperty(process, 'platform', { value: ${JSON.stringify(platform)} })\n`
        )
        const outputs = join(dir, 'github-output')
        writeFileSync(outputs, '')
        const run = spawnSync(
          process.execPath,
          ['--import', preload, join(ROOT, 'dist/index.js')],
          {
            cwd: dir,
            encoding: 'utf8',
            timeout: 30_000,
            env: { PATH: process.env.PATH, GITHUB_OUTPUT: outputs, GITHUB_WORKSPACE: dir }
          }
        )
        expect(run.status).toBe(1)
        expect(run.stdout.trim().split('\n')).toEqual([
          `::error::callback-thread-guard runs on Linux runners only, not on ${platform}: use runs-on: ubuntu-latest.`
        ])
        expect(run.stderr).toBe('')
        expect(readdirSync(dir).sort()).toEqual(['github-output', 'platform.mjs'])
        expect(readFileSync(outputs, 'utf8')).toBe('')
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  )
})

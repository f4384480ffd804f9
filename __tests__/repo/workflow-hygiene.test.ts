/**
 * The project's own workflows hold to what the most trusted actions do: every workflow declares its
 * permissions, and no more than the minimum written here (a new write scope fails this test until
 * someone decides it is needed, with a comment saying why on its line); every third-party action
 * is pinned by a full commit SHA with its version in a comment (Dependabot keeps both current).
 * And README's "Releases" section says what the release workflow does.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const WORKFLOWS = join(ROOT, '.github/workflows')

type Permissions = Record<string, string>

/** The minimum each workflow needs, jobs' blocks and the top-level block together. */
const MINIMUM: Record<string, Permissions> = {
  'check-dist.yml': { contents: 'read' },
  'ci.yml': { contents: 'read' },
  'codeql.yml': { contents: 'read', 'security-events': 'write' },
  'release.yml': { contents: 'write', 'id-token': 'write', attestations: 'write' },
  'self-test.yml': { contents: 'read', 'pull-requests': 'write' }
}

interface Workflow {
  permissions?: Permissions | string
  jobs: Record<string, { permissions?: Permissions | string; steps?: { uses?: string }[] }>
}

const files = readdirSync(WORKFLOWS).filter(name => /\.ya?ml$/.test(name))
const read = (name: string): { text: string; workflow: Workflow } => {
  const text = readFileSync(join(WORKFLOWS, name), 'utf8')
  return { text, workflow: parseYaml(text) as Workflow }
}

/** Every scope any block of the workflow grants, with the strongest level granted. */
function grantedScopes(workflow: Workflow): Permissions {
  const granted: Permissions = {}
  const blocks = [workflow.permissions, ...Object.values(workflow.jobs).map(j => j.permissions)]
  for (const block of blocks) {
    if (block === undefined) continue
    if (typeof block === 'string') throw new Error(`permissions: ${block} grants every scope`)
    for (const [scope, level] of Object.entries(block))
      if (granted[scope] !== 'write') granted[scope] = level
  }
  return granted
}

describe('the project workflows', () => {
  it('are the ones this test knows', () => {
    expect(files.sort()).toEqual(Object.keys(MINIMUM).sort())
  })

  it.each(files)('%s declares its permissions at the top level', name => {
    const { workflow } = read(name)
    expect(workflow.permissions).toBeDefined()
    expect(typeof workflow.permissions).toBe('object')
  })

  it.each(files)('%s grants no more than its minimum', name => {
    expect(grantedScopes(read(name).workflow)).toEqual(MINIMUM[name])
  })

  it.each(files)('%s says on the line of each write scope why it needs it', name => {
    const bare = read(name)
      .text.split('\n')
      .filter(line => /^\s+[a-z-]+:\s*write\s*(#.*)?$/.test(line) && !/#\s*\S/.test(line))
    expect(bare).toEqual([])
  })

  it.each(files)('%s pins every third-party action by a full commit SHA and its version', name => {
    const uses = read(name)
      .text.split('\n')
      .map(line => /^\s*(?:-\s+)?uses:\s*(.+)$/.exec(line)?.[1]?.trim())
      .filter((u): u is string => u !== undefined && !u.startsWith('./'))
    expect(uses.length).toBeGreaterThan(0)
    const unpinned = uses.filter(
      u => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/.test(u)
    )
    expect(unpinned).toEqual([])
  })

  it('pins each action at one commit across all workflows', () => {
    const pins = new Map<string, Set<string>>()
    for (const name of files)
      for (const m of read(name).text.matchAll(
        /uses:\s*([\w.-]+\/[\w.-]+)[\w./-]*@([0-9a-f]{40})/g
      ))
        pins.set(m[1] as string, (pins.get(m[1] as string) ?? new Set()).add(m[2] as string))
    const split = [...pins].filter(([, shas]) => shas.size > 1).map(([action]) => action)
    expect(split).toEqual([])
  })
})

describe('the release workflow and README agree', () => {
  const { text, workflow } = read('release.yml')
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(
    readme.indexOf('### Releases\n'),
    readme.indexOf('\n## ', readme.indexOf('### Releases\n'))
  )
  const steps = Object.values(workflow.jobs).flatMap(job => job.steps ?? [])
  const runs = steps.map(step => (step as { run?: string }).run ?? '').join('\n')

  it('runs on a pushed vX.Y.Z tag, as README says', () => {
    expect(section).toContain('Pushing the tag starts')
    expect((workflow as unknown as { on: unknown }).on).toEqual({
      push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] }
    })
  })

  it('verifies the tag with the script README names', () => {
    expect(section).toContain('scripts/release.mjs --verify v1.2.3')
    expect(runs).toMatch(/node scripts\/release\.mjs --verify "\$TAG"/)
  })

  it('publishes with provenance and no stored npm token', () => {
    expect(section).toContain('npm publish --provenance')
    expect(runs).toMatch(/npm publish "\$TARBALL" --provenance/)
    expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|secrets\./)
  })

  it('attests dist/index.js and the tarball', () => {
    expect(section).toMatch(/`dist\/index\.js`[^.]*and the packed tarball get a build-provenance/)
    const attest = steps.find(s => s.uses?.startsWith('actions/attest-build-provenance@')) as
      { with?: { 'subject-path'?: string } } | undefined
    expect(attest?.with?.['subject-path']).toMatch(/^dist\/index\.js\n\$\{\{ steps\.pack/)
  })

  it('moves the major tag as a plain tag, never a release', () => {
    expect(section).toContain('The major tag `v1` is a plain tag')
    expect(runs).toMatch(/git tag -f "\$major"/)
    expect(runs.match(/gh release create/g)).toHaveLength(1)
    expect(runs).toMatch(/gh release create "\$TAG"/)
  })

  it('names in README the permissions it has', () => {
    for (const scope of Object.keys(MINIMUM['release.yml'] as Permissions))
      expect(section).toContain(`\`${scope}: write\``)
  })
})

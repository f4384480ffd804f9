/**
 * The release script refuses what it must refuse, in one line, before it changes anything: a
 * malformed version, a dirty tree, an existing tag, a version CHANGELOG.md does not describe.
 * Run in a scratch git repository, so nothing here is tagged or committed.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const RELEASE = fileURLToPath(new URL('../../scripts/release.mjs', import.meta.url))
let repo = ''

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
    cwd: repo,
    stdio: 'ignore'
  })
}

function release(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [RELEASE, ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 30_000
  })
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'ctg-release-'))
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }))
  writeFileSync(join(repo, 'CHANGELOG.md'), '# Changelog\n\n## 1.1.0\n\n- a change\n')
  git('init', '-q')
  git('add', '.')
  git('commit', '-qm', 'start')
})

afterEach(() => {
  rmSync(repo, { recursive: true, force: true })
})

describe('npm run release', () => {
  it('refuses a version that is not X.Y.Z with exit 2 and one line', () => {
    const run = release('1.1', '--dry-run')
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('release: version: expected one X.Y.Z (such as 1.0.0), got "1.1"\n')
  })

  it('refuses a working tree that is not clean', () => {
    writeFileSync(join(repo, 'stray.txt'), 'not committed\n')
    const run = release('1.1.0', '--dry-run')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(
      /^release: the working tree is not clean: commit or stash first\n\?\? stray\.txt\n$/
    )
  })

  it('refuses a tag that exists already', () => {
    git('tag', 'v1.1.0')
    const run = release('1.1.0', '--dry-run')
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('release: tag v1.1.0 exists already\n')
  })

  it('refuses a version CHANGELOG.md has no section for', () => {
    const run = release('1.2.0', '--dry-run')
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('release: CHANGELOG.md has no "## 1.2.0" section\n')
  })
})

describe("scripts/release.mjs --verify (the release workflow's checks on the tagged commit)", () => {
  // check-dist is the project's own script; here a stand-in that passes, so the checks before and
  // after it are what is tested.
  beforeEach(() => {
    writeFileSync(
      join(repo, 'package.json'),
      JSON.stringify({ name: 'x', version: '1.1.0', scripts: { 'check-dist': 'true' } })
    )
    writeFileSync(
      join(repo, 'CHANGELOG.md'),
      '# Changelog\n\n## 1.2.0\n\n## 1.1.0\n\n- a change\n- another\n\n## 1.0.0\n\n- first\n'
    )
  })

  it('refuses a tag that is not vX.Y.Z with exit 2', () => {
    const run = release('--verify', '1.1.0')
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('release: --verify: expected a tag vX.Y.Z, got "1.1.0"\n')
  })

  it('refuses a tag package.json does not have', () => {
    const run = release('--verify', 'v1.0.0')
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('release: tag v1.0.0 but package.json is at 1.1.0\n')
  })

  it('refuses an empty CHANGELOG section', () => {
    writeFileSync(
      join(repo, 'package.json'),
      JSON.stringify({ name: 'x', version: '1.2.0', scripts: { 'check-dist': 'true' } })
    )
    const run = release('--verify', 'v1.2.0')
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('release: CHANGELOG.md\'s "## 1.2.0" section is empty\n')
  })

  it("writes the version's CHANGELOG section as the release notes", () => {
    const notes = join(repo, 'notes.md')
    const run = release('--verify', 'v1.1.0', '--notes', notes)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(readFileSync(notes, 'utf8')).toBe('- a change\n- another\n')
  })
})

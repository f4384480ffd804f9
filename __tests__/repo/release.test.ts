/**
 * The release script refuses what it must refuse, in one line, before it changes anything: a
 * malformed version, a dirty tree, an existing tag, a version CHANGELOG.md does not describe.
 * Run in a scratch git repository, so nothing here is tagged or committed.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
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

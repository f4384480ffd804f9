/**
 * A contributor's first `npm test` on a machine that is not CI's: as a user who is not root, with
 * none of the Debian packages the tests use, it stops at once with one line naming them and the two
 * ways to get them, instead of failing later. Run that way: `npm test` in a copy of the package's
 * manifest and its pretest script, as `nobody` when this runs as root (setpriv), with a PATH whose
 * chromium, cmark-gfm, fc-list, python3 and apt-get are stand-ins that fail (apt-get also records
 * that it was called), and CTG_DEBIAN_PYTHON naming a failing stand-in for Debian's python3.
 * And the dev container is CI's image.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PACKAGES = [
  'python3',
  'python3-gevent',
  'python3-joblib',
  'python3-pebble',
  'python3-anyio',
  'chromium',
  'cmark-gfm',
  'fonts-noto-color-emoji',
  'fonts-liberation2'
]
let home = ''
let run: SpawnSyncReturns<string>
let seconds = 0

/** Which npm this test runs: the one on PATH, found before PATH is narrowed. */
function findNpm(): string {
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' })
  if (which.status !== 0) throw new Error('npm is not on PATH')
  return which.stdout.trim()
}

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'ctg-contributor-'))
  chmodSync(home, 0o777)
  const project = join(home, 'project')
  const bin = join(home, 'bin')
  mkdirSync(join(project, 'scripts'), { recursive: true })
  mkdirSync(bin)
  copyFileSync(join(ROOT, 'package.json'), join(project, 'package.json'))
  copyFileSync(
    join(ROOT, 'scripts/ensure-system-deps.mjs'),
    join(project, 'scripts/ensure-system-deps.mjs')
  )
  for (const tool of ['chromium', 'cmark-gfm', 'fc-list', 'python3', 'debian-python3'])
    writeFileSync(join(bin, tool), '#!/bin/sh\nexit 1\n', { mode: 0o755 })
  writeFileSync(join(bin, 'apt-get'), `#!/bin/sh\necho called >> ${home}/apt-get.log\nexit 1\n`, {
    mode: 0o755
  })
  const npm = findNpm()
  const env = {
    PATH: [bin, dirname(process.execPath), dirname(npm), '/usr/bin', '/bin'].join(':'),
    HOME: home,
    npm_config_cache: join(home, 'npm-cache'),
    npm_config_update_notifier: 'false',
    CTG_DEBIAN_PYTHON: join(bin, 'debian-python3')
  }
  const asRoot = process.getuid?.() === 0
  const [command, args] = asRoot
    ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--', npm, 'test']]
    : [npm, ['test']]
  const start = process.hrtime.bigint()
  run = spawnSync(command, args, { cwd: project, env, encoding: 'utf8', timeout: 60_000 })
  seconds = Number(process.hrtime.bigint() - start) / 1e9
}, 90_000)

afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true })
})

describe('npm test without the Debian packages, as a user who is not root', () => {
  it('exits non-zero', () => {
    expect(run.error).toBeUndefined()
    expect(run.status).not.toBe(0)
  })

  it('says in one line which packages are missing and the two ways to get them', () => {
    const ours = run.stderr.split('\n').filter(line => line.startsWith('The tests need'))
    expect(ours).toHaveLength(1)
    const line = ours[0] as string
    for (const pkg of PACKAGES) expect(line).toContain(pkg)
    expect(line).toContain('open the dev container (.devcontainer/devcontainer.json')
    expect(line).toContain(`sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`)
  })

  it('stops at once: no apt-get, no test run, no stack trace', () => {
    expect(existsSync(join(home, 'apt-get.log'))).toBe(false)
    expect(run.stdout).not.toMatch(/scripts\/test\.mjs|jest/i)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    // A guard against a hang (an apt lock, a prompt), not a measure: the run takes about a second.
    expect(seconds).toBeLessThan(30)
  })
})

describe('the dev container', () => {
  const container = JSON.parse(
    readFileSync(join(ROOT, '.devcontainer/devcontainer.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')
  ) as { image: string; postCreateCommand: string; runArgs: string[] }
  const ci = parseYaml(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
    jobs: { test: { container: { image: string }; strategy: { matrix: { node: number[] } } } }
  }

  it("is CI's image for the Node of .node-version", () => {
    const major = Number(readFileSync(join(ROOT, '.node-version'), 'utf8').split('.')[0])
    expect(ci.jobs.test.strategy.matrix.node).toContain(major)
    expect(ci.jobs.test.container.image).toBe('node:${{ matrix.node }}-bookworm')
    expect(container.image).toBe(`node:${major}-bookworm`)
  })

  it('installs the Debian packages with the pretest script, then the dependencies', () => {
    expect(container.postCreateCommand).toBe('node scripts/ensure-system-deps.mjs && npm ci')
    expect(container.runArgs).toContain('--shm-size=1g')
  })
})

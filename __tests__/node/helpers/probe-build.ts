/**
 * The Node probe runs as its own program, bundled with its pools and their worker scripts. The
 * tests run from src/ (ts-jest), so they build that bundle first, the same way `npm run bundle`
 * does, into build/node-probe/<hash of its sources>, and point CTG_NODE_PROBE at it. The hash makes
 * the build happen once for all test files, and again only when the sources change; a build goes
 * to a temporary folder first and is renamed into place, so test files building at the same time
 * do not trip over each other.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { NODE_PROBE_ENV } from '../../../src/probes/node/launch.js'

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url))

/** Builds the probe if needed, points the engine at it, and returns the path of its probe.js. */
export function useBuiltProbe(): string {
  const dir = join(ROOT, 'build', 'node-probe', sourceHash())
  const probe = join(dir, 'probe.js')
  if (!existsSync(probe)) build(dir)
  process.env[NODE_PROBE_ENV] = probe
  return probe
}

/**
 * Copies the built probe into a fresh temporary folder, far from any node_modules, and points the
 * engine at the copy: it must run from there alone, and every process it starts carries the
 * folder's unique path on its command line.
 */
export function useProbeCopy(): { probe: string; folder: string; remove(): void } {
  const built = dirname(useBuiltProbe())
  const folder = mkdtempSync(join(tmpdir(), 'ctg-probe-copy-'))
  cpSync(built, folder, { recursive: true })
  const probe = join(folder, 'probe.js')
  process.env[NODE_PROBE_ENV] = probe
  return { probe, folder, remove: () => rmSync(folder, { recursive: true, force: true }) }
}

function build(dir: string): void {
  mkdirSync(dirname(dir), { recursive: true })
  const temporary = `${dir}.tmp-${process.pid}-${Date.now()}`
  const rollup = join(ROOT, 'node_modules', 'rollup', 'dist', 'bin', 'rollup')
  const result = spawnSync(
    process.execPath,
    [rollup, '--config', 'rollup.config.js', '--environment', `CTG_NODE_PROBE_OUT:${temporary}`],
    { cwd: ROOT, encoding: 'utf8' }
  )
  if (result.status !== 0) {
    rmSync(temporary, { recursive: true, force: true })
    throw new Error(`building the Node probe failed:\n${result.stderr}`)
  }
  try {
    renameSync(temporary, dir)
  } catch (error) {
    // Another test file finished the same build first: use theirs.
    rmSync(temporary, { recursive: true, force: true })
    if (!existsSync(join(dir, 'probe.js'))) throw error
  }
}

/** What the bundle is made of: the probe's sources, the build config and the pools' versions. */
function sourceHash(): string {
  const hash = createHash('sha256')
  const files = [
    ...listFiles(join(ROOT, 'src', 'probes', 'node')),
    join(ROOT, 'rollup.config.js'),
    join(ROOT, 'tsconfig.build.json'),
    ...poolPackages().map(p => join(ROOT, 'node_modules', p, 'package.json'))
  ]
  for (const file of files) {
    hash.update(file.slice(ROOT.length))
    hash.update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

/** The npm packages of the built-in pools, from the pool registry. */
function poolPackages(): string[] {
  const registry = JSON.parse(
    readFileSync(join(ROOT, 'src', 'probes', 'node', 'pools', 'registry.json'), 'utf8')
  ) as { pools: Record<string, { package: string }> }
  return Object.values(registry.pools).map(pool => pool.package)
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap(entry =>
      entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]
    )
    .sort()
}

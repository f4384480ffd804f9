/**
 * The Node probe runs as its own program, bundled with its pools and their worker scripts. The
 * tests run from src/ (ts-jest), so they point CTG_NODE_PROBE at the bundle's copy,
 * dist/probes/node/probe.js: Jest's global setup (scripts/jest-global-setup.mjs) rebuilds dist/
 * before any test file when it is older than src/, so that probe is always built from the sources
 * under test, and built once per change, not once more by the tests.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { NODE_PROBE_ENV } from '../../../src/probes/node/launch.js'

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url))

/** Points the engine at the bundled probe and returns the path of its probe.js. */
export function useBuiltProbe(): string {
  const probe = join(ROOT, 'dist', 'probes', 'node', 'probe.js')
  if (!existsSync(probe))
    throw new Error(`${probe} is missing: run the tests with Jest (its global setup bundles dist/)`)
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

/**
 * No test runs a bundle older than src/: the Jest global setup rebuilds dist/ when an input of the
 * bundle is newer than its oldest file. Shown on a scratch copy of the layout (files dated by
 * hand, nothing in the repository edited) and on the repository itself after the global setup.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface Freshness {
  stale: boolean
  reason: string
}
const { checkBundleFreshness, hashInputs, BUNDLE_ENTRIES, INPUTS_HASH_FILE } = (await import(
  pathToFileURL(join(ROOT, 'scripts/bundle-freshness.mjs')).href
)) as {
  checkBundleFreshness: (root: string) => Freshness
  hashInputs: (root: string) => string
  BUNDLE_ENTRIES: string[]
  INPUTS_HASH_FILE: string
}

/** A scratch repository layout: a source file and the bundle's entries, each dated `at` seconds. */
function makeLayout(dates: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'ctg-freshness-'))
  for (const [file, at] of Object.entries(dates)) {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(join(root, file), '// scratch\n')
    utimesSync(join(root, file), at, at)
  }
  return root
}

const T = 1_700_000_000
const bundleAt = (at: number): Record<string, number> =>
  Object.fromEntries(BUNDLE_ENTRIES.map(entry => [entry, at]))

describe('the stale-bundle check the global setup runs', () => {
  it('calls dist/ stale when a file under src/ is newer than it, naming both', () => {
    const root = makeLayout({ ...bundleAt(T), 'src/engine/run.ts': T + 60 })
    try {
      expect(checkBundleFreshness(root)).toEqual({
        stale: true,
        reason: expect.stringMatching(/^src\/engine\/run\.ts is newer than dist\//)
      })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('calls dist/ stale when the lockfile changed after the bundle', () => {
    const root = makeLayout({ ...bundleAt(T), 'src/index.ts': T - 60, 'package-lock.json': T + 1 })
    try {
      expect(checkBundleFreshness(root).stale).toBe(true)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('calls dist/ stale when one of its entries is missing', () => {
    const dates: Record<string, number> = { ...bundleAt(T), 'src/index.ts': T - 60 }
    delete dates['dist/kit.js']
    const root = makeLayout(dates)
    try {
      expect(checkBundleFreshness(root)).toEqual({ stale: true, reason: 'dist/ lacks dist/kit.js' })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('calls dist/ fresh when it is newer than every input', () => {
    const root = makeLayout({ ...bundleAt(T), 'src/index.ts': T - 60, 'rollup.config.js': T - 120 })
    try {
      expect(checkBundleFreshness(root).stale).toBe(false)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('calls dist/ fresh when the inputs are newer by date but have the content it was built from (a fresh clone)', () => {
    const root = makeLayout({ ...bundleAt(T), 'src/index.ts': T + 60 })
    try {
      writeFileSync(join(root, INPUTS_HASH_FILE), `${hashInputs(root)}\n`)
      utimesSync(join(root, INPUTS_HASH_FILE), T, T)
      expect(checkBundleFreshness(root)).toEqual({
        stale: false,
        reason: 'dist/ was built from inputs with this content'
      })
      // The same dates, one input's content changed: stale, whatever the recorded hash says.
      writeFileSync(join(root, 'src/index.ts'), '// edited\n')
      utimesSync(join(root, 'src/index.ts'), T + 60, T + 60)
      expect(checkBundleFreshness(root)).toEqual({
        stale: true,
        reason: expect.stringMatching(/^src\/index\.ts is newer than dist\//)
      })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('finds the repository bundle fresh once the global setup has run', () => {
    expect(checkBundleFreshness(ROOT)).toEqual({ stale: false, reason: expect.any(String) })
  })
})

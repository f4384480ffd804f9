/**
 * The order of the test files (scripts/jest-sequencer.mjs): with no timings cached, as in a fresh
 * clone, the files its table knows to be long run first, and every file it names exists.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface FakeTest {
  path: string
  context: { config: { rootDir: string; cacheDirectory: string; name: string }; hasteFS: object }
}
type SequencerClass = new (options: { contexts: unknown[]; globalConfig: unknown }) => {
  sort(tests: FakeTest[]): FakeTest[]
}

const sequencer = (await import(join(ROOT, 'scripts/jest-sequencer.mjs'))) as {
  default: SequencerClass
  SECONDS: Record<string, number>
}
const LongestFirst = sequencer.default

describe('the order of the test files', () => {
  it('names only files that exist', () => {
    const missing = Object.keys(sequencer.SECONDS).filter(f => !existsSync(join(ROOT, f)))
    expect(missing).toEqual([])
  })

  it('runs the longest files first when no timings are cached', () => {
    const cache = mkdtempSync(join(tmpdir(), 'ctg-sequencer-'))
    try {
      const config = { rootDir: ROOT, cacheDirectory: cache, name: 'order-test' }
      const test = (file: string): FakeTest => ({
        path: join(ROOT, file),
        context: { config, hasteFS: { getSize: () => 0 } }
      })
      const files = [
        '__tests__/repo/links.test.ts',
        '__tests__/robustness/bad-input.test.ts',
        '__tests__/action/comment.test.ts',
        '__tests__/node/kit-package.test.ts'
      ]
      const sequencer = new LongestFirst({ contexts: [], globalConfig: {} })
      const order = sequencer.sort(files.map(test)).map(t => t.path.slice(ROOT.length))
      expect(order.slice(0, 2)).toEqual([
        '__tests__/node/kit-package.test.ts',
        '__tests__/robustness/bad-input.test.ts'
      ])
    } finally {
      rmSync(cache, { recursive: true, force: true })
    }
  })
})

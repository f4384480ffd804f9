/**
 * docs/robustness.md and the tests agree: every A (action inputs), G (GitHub API), H (hostile strings) and R (report files) row of the
 * doc is a test whose title starts with that id, every such test has its row, and each id is used
 * once. (The B rows are checked the same way by __tests__/robustness/bad-input.test.ts.)
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './run-action.js'

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? entry.name === 'fixtures'
        ? []
        : testFiles(join(dir, entry.name))
      : entry.name.endsWith('.test.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

/** Ids that start a test title: it('Gnn ...'), test("Hnn ..."), with any quote. */
function testIds(): { id: string; file: string }[] {
  return testFiles(join(ROOT, '__tests__')).flatMap(file =>
    // A test title that starts with the id, or a case of it.each whose first string does.
    [...readFileSync(file, 'utf8').matchAll(/(?:\b(?:it|test)\(|\[)\s*['"`]([AGHR]\d\d) /g)].map(
      m => ({
        id: m[1] as string,
        file: file.slice(ROOT.length)
      })
    )
  )
}

describe('docs/robustness.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'robustness.md'), 'utf8')
  const rows = [...doc.matchAll(/^\| ([AGHR]\d\d) \|/gm)].map(m => m[1] as string)

  it('has a test for every A, G, H and R row, a row for every such test, each id once and in order', () => {
    const tests = testIds()
    expect(rows.length).toBeGreaterThanOrEqual(40)
    expect(new Set(rows).size).toBe(rows.length)
    expect([...rows].sort()).toEqual(rows)
    const duplicates = tests.filter((t, i) => tests.findIndex(u => u.id === t.id) !== i)
    expect(duplicates).toEqual([])
    expect(tests.map(t => t.id).sort()).toEqual([...rows].sort())
  })

  it('names, for each H and R row, the file its test is in', () => {
    const tests = testIds()
    for (const line of doc.split('\n')) {
      const m = line.match(/^\| ([HR]\d\d) \|.*\| `([^`]+)` +\|$/)
      if (m === null) continue
      expect(tests.find(t => t.id === m[1])?.file).toBe(m[2])
    }
  })
})

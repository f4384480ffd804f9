/**
 * Every bad-input row of docs/robustness.md, run through the bundled CLI: exit code 2, one line
 * naming the field and the problem, no stack trace, and no report file written.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { BAD_INPUT_CASES } from './bad-input-cases.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const out = mkdtempSync(join(tmpdir(), 'ctg-bad-'))

describe('bad input', () => {
  it.each(BAD_INPUT_CASES.map(c => [c.id, c.what, c] as const))(
    '%s %s: exit 2, one line, nothing written',
    (id, _what, c) => {
      const own = mkdtempSync(join(out, `${id}-`))
      const args = c.args.map(a => a.replace('{out}', own))
      const namesReports = args.some(a => ['--json', '--markdown', '--junit'].includes(a))
      const files = ['json', 'markdown', 'junit'].map(kind => join(own, `${id}.${kind}`))
      const r = spawnSync(
        process.execPath,
        [
          'dist/cli.js',
          ...args,
          ...(namesReports
            ? []
            : ['--json', files[0]!, '--markdown', files[1]!, '--junit', files[2]!])
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 30_000
        }
      )
      expect(r.status).toBe(2)
      expect(r.stdout).toBe('')
      const lines = r.stderr.split('\n').filter(l => l !== '')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^callback-thread-guard: /)
      expect(lines[0]?.replace(/^callback-thread-guard: /, '')).toMatch(c.message)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      for (const f of files) expect(existsSync(f)).toBe(false)
      // Nothing written, not even a temporary file: the folder is as empty as it was.
      expect(readdirSync(own)).toEqual([])
    }
  )

  it('docs/robustness.md lists exactly these cases', () => {
    const doc = readFileSync(join(ROOT, 'docs/robustness.md'), 'utf8')
    const documented = [...doc.matchAll(/^\| (B\d\d) \|/gm)].map(m => m[1])
    expect(documented).toEqual(BAD_INPUT_CASES.map(c => c.id))
  })
})

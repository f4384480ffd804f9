/**
 * The committed golden reports (__tests__/__outputs__/) are what the renderer writes now, byte for
 * byte, and there is no other: a change to the rendering fails here until `npm run golden` writes
 * the files again, so the pull request shows it. `npm run golden` runs this file with
 * CTG_WRITE_GOLDEN=1, which writes the files instead of comparing them.
 */
import { describe, expect, it } from '@jest/globals'
import {
  describeDifference,
  readGoldenReports,
  renderGoldenReports,
  writeGoldenReports
} from './golden.js'

const WRITE = process.env.CTG_WRITE_GOLDEN === '1'

describe('golden reports', () => {
  if (WRITE) {
    it('writes every golden report (npm run golden)', () => {
      const written = writeGoldenReports()
      expect([...readGoldenReports().keys()].sort()).toEqual([...written].sort())
    })
    return
  }

  const committed = readGoldenReports()
  const rendered = renderGoldenReports()

  it.each(rendered.map(r => [r.file, r.markdown] as const))(
    '%s is the renderer output, byte for byte',
    (file, markdown) => {
      const golden = committed.get(file)
      if (golden === undefined)
        throw new Error(`__tests__/__outputs__/${file} is missing: run \`npm run golden\``)
      const difference = describeDifference(file, golden, markdown)
      if (difference !== undefined) throw new Error(difference)
      expect(markdown).toBe(golden)
    }
  )

  it('holds no golden report that is no longer rendered', () => {
    const names = new Set(rendered.map(r => r.file))
    const stale = [...committed.keys()].filter(file => !names.has(file))
    expect(stale).toEqual([])
  })
})

/**
 * Annotation messages are data first (buildAnnotations), then sent as workflow commands: every
 * string from a report is one line of plain text there, with control and bidi characters shown
 * as escapes, and each message is capped (titles at 200 characters, messages at 1,000).
 */
import { describe, expect, it } from '@jest/globals'
import { buildAnnotations } from '../../src/sinks/github/annotations.js'
import { makeReport } from '../action/reports.js'

const HOSTILE_TARGET = 'pool\u001b[31m red\r\n::error::forged\u202egnp.exe\u2066x'

function hostileReport() {
  const report = makeReport([{ verdict: 'fail' }, { verdict: 'error' }], HOSTILE_TARGET)
  const violation = report.cells[0]!.violations[0]!
  violation.says = `A rule\u0007 that says a lot. ${'word '.repeat(2_000)}`
  report.cells[1]!.reason = `crashed\u001b]8;;https://evil.example\u0007 here\n::warning::also forged`
  return report
}

describe('annotation messages', () => {
  const annotations = buildAnnotations(hostileReport(), undefined, 'violation', true)

  it('are one line each, without a raw control or bidi character', () => {
    expect(annotations.map(a => a.level)).toEqual(['error', 'warning'])
    for (const a of annotations) {
      for (const text of [a.title, a.message]) {
        // eslint-disable-next-line no-control-regex -- the control characters are what is checked
        expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
        expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/)
      }
    }
  })

  it('show what was hidden as visible escapes, and keep the rest of the text', () => {
    const [broken, couldNotRun] = annotations
    expect(broken!.message).toContain('\\x1b[31m red')
    expect(broken!.message).toContain('::error::forged')
    expect(broken!.message).toMatch(/\\u202e/i)
    expect(couldNotRun!.message).toContain('\\x1b]8;;https://evil.example')
    expect(couldNotRun!.message).toContain('here ::warning::also forged')
  })

  it('are capped: a message at 1,000 characters with an ellipsis, a title at 200', () => {
    const [broken] = annotations
    expect(broken!.message.length).toBeLessThanOrEqual(1000)
    expect(broken!.message.endsWith('…')).toBe(true)
    const long = makeReport([{ verdict: 'fail' }], 'x'.repeat(50))
    long.cells[0]!.violations[0]!.rule = 'r'.repeat(500)
    const [titled] = buildAnnotations(long, undefined, 'violation', true)
    expect(titled!.title.length).toBeLessThanOrEqual(200)
    expect(titled!.title.endsWith('…')).toBe(true)
  })
})

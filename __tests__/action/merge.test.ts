/**
 * Reading reports back and merging a matrix: a report file is untrusted, so it is validated
 * field by field with one-line errors naming the file; merged rows say which job they came from.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  mergeReports,
  parseReport,
  readReportFile,
  sourceLabels
} from '../../src/report/read/merge.js'
import { makeReport, writeReport } from './reports.js'

describe('parseReport', () => {
  it('accepts a report and drops fields it does not know', () => {
    const report = { ...makeReport([{ verdict: 'pass' }]), injected: '<script>' }
    const parsed = parseReport(JSON.stringify(report)) as unknown as Record<string, unknown>
    expect(parsed.injected).toBeUndefined()
    expect(parsed.verdict).toBe('pass')
  })

  it('derives the verdict and counts from the cells, whatever the file claims', () => {
    const report = makeReport([{ verdict: 'fail' }])
    const lying = {
      ...report,
      verdict: 'pass',
      summary: { ...report.summary, failed: 0, violations: 0 }
    }
    const parsed = parseReport(JSON.stringify(lying))
    expect(parsed.verdict).toBe('fail')
    expect(parsed.summary).toMatchObject({ failed: 1, violations: 1 })
  })

  it('says where a report is wrong', () => {
    const report = makeReport([{ verdict: 'pass' }]) as unknown as {
      cells: Record<string, unknown>[]
    }
    ;(report.cells[0] as Record<string, unknown>).workers = 'four'
    expect(() => parseReport(JSON.stringify(report))).toThrow(
      /^not a callback-thread-guard JSON report: cells\[0\]\.workers: /
    )
    expect(() => parseReport('{"schemaVersion": 2}')).toThrow(/schemaVersion: /)
    expect(() => parseReport('{oops')).toThrow(/^not valid JSON \(at byte 1\)$/)
  })
})

describe('readReportFile', () => {
  it('names the input and the file in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-merge-'))
    expect(() => readReportFile(join(dir, 'missing.json'), 'input baseline')).toThrow(
      `input baseline: cannot read "${join(dir, 'missing.json')}": no such file`
    )
    writeFileSync(join(dir, 'empty.json'), '')
    expect(() => readReportFile(join(dir, 'empty.json'), 'input reports')).toThrow(
      /^input reports: .*empty\.json: not valid JSON$/
    )
  })
})

describe('sourceLabels', () => {
  it('keeps what tells the files apart', () => {
    expect(sourceLabels(['r/py3.9-ubuntu/report.json', 'r/py3.12-macos/report.json'])).toEqual([
      'py3.9-ubuntu',
      'py3.12-macos'
    ])
    expect(sourceLabels(['out/linux.json', 'out/windows.json'])).toEqual(['linux', 'windows'])
    expect(sourceLabels(['a/x/report.json', 'b/report.json'])).toEqual(['a/x', 'b'])
  })
})

describe('mergeReports', () => {
  it('labels each row with its job and numbers the cells again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-merge-'))
    const paths = ['linux', 'windows'].map(name => {
      mkdirSync(join(dir, name))
      return writeReport(
        join(dir, name, 'report.json'),
        makeReport([{ verdict: 'pass' }, { verdict: name === 'windows' ? 'fail' : 'pass' }])
      )
    })
    const merged = mergeReports(
      paths.map(path => ({ path, report: readReportFile(path, 'input reports') }))
    )
    expect(merged.cells.map(c => `${c.id} ${c.target} ${c.verdict}`)).toEqual([
      'c1 linux pass',
      'c2 linux pass',
      'c3 windows pass',
      'c4 windows fail'
    ])
    expect(merged.targets.map(t => t.name)).toEqual(['linux', 'windows'])
    expect(merged).toMatchObject({
      verdict: 'fail',
      summary: { cells: 4, failed: 1, violations: 1 }
    })
  })

  it('numbers the cells of a single report again and keeps the rest', () => {
    const report = makeReport([{ verdict: 'pass' }, { verdict: 'fail' }])
    report.cells[0]!.id = '<img src=x>'
    const merged = mergeReports([{ path: 'x.json', report }])
    expect(merged.cells.map(c => c.id)).toEqual(['c1', 'c2'])
    expect({ ...merged, cells: [] }).toEqual({ ...report, cells: [] })
  })
})

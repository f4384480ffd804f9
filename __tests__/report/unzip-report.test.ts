/**
 * The artifact zip is untrusted: exactly one JSON report comes out of it, never more than the
 * cap, whatever its listing claims. Zips are made here with the same library (fflate).
 */
import { describe, expect, it } from '@jest/globals'
import { strToU8, zipSync } from 'fflate'
import { unzipReport } from '../../src/report/read/unzip.js'

const CAP = 1024 * 1024

describe('unzipReport', () => {
  it('returns the one JSON report of a zip, deflated or stored', () => {
    const text = JSON.stringify({ verdict: 'pass', cells: [] })
    for (const level of [0, 6] as const) {
      const zip = zipSync({ 'callback-thread-guard-report.json': [strToU8(text), { level }] })
      expect(unzipReport(zip, CAP)).toEqual({ name: 'callback-thread-guard-report.json', text })
    }
  })

  it('refuses a zip bomb in one line, at the cap, without inflating it whole', () => {
    // 16 MiB of zeros deflate to about 16 KiB; the cap is 1 MiB.
    const zip = zipSync({ 'report.json': [new Uint8Array(16 * 1024 * 1024), { level: 1 }] })
    expect(zip.length).toBeLessThan(128 * 1024)
    expect(() => unzipReport(zip, CAP)).toThrow(
      /^its report unzips to 16 MiB, over the 1 MiB cap \(a zip bomb\?\)$/
    )
  })

  it('stops a zip that lies about its size at the cap', () => {
    const zip = zipSync({ 'report.json': [new Uint8Array(8 * 1024 * 1024), { level: 1 }] })
    // The uncompressed size of the local header (offset 22) and the central directory's entry
    // (offset 24) both say 100 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    let central = zip.length - 4
    while (central >= 0 && view.getUint32(central, true) !== 0x02014b50) central -= 1
    expect(view.getUint32(0, true)).toBe(0x04034b50)
    view.setUint32(22, 100, true)
    view.setUint32(central + 24, 100, true)
    expect(() => unzipReport(zip, CAP)).toThrow(
      /^its report unzips to more than 1 MiB \(a zip bomb\?\)$/
    )
  })

  it('refuses a zip without a report, with two, and bytes that are not a zip', () => {
    expect(() => unzipReport(zipSync({ 'a.txt': strToU8('x') }), CAP)).toThrow(
      'no JSON files in the zip; expected exactly one report'
    )
    expect(() =>
      unzipReport(zipSync({ 'a.json': strToU8('{}'), 'b/b.json': strToU8('{}') }), CAP)
    ).toThrow('2 JSON files in the zip; expected exactly one report')
    expect(() => unzipReport(strToU8('{"verdict":"pass"}'), CAP)).toThrow(/^not a zip file/)
  })
})

/**
 * Report files are written all or nothing: when one of them cannot be written, none is put in
 * place and no temporary file is left behind.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { writeAllOrNothing } from '../../src/sinks/files.js'

describe('writeAllOrNothing', () => {
  it('writes every file when all can be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-files-'))
    writeAllOrNothing([
      [join(dir, 'a.json'), '{}\n'],
      [join(dir, 'deeper', 'b.md'), '# b\n']
    ])
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'deeper'])
    expect(readdirSync(join(dir, 'deeper'))).toEqual(['b.md'])
  })

  it('puts none in place, and leaves no temporary file, when a later one cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-files-'))
    writeFileSync(join(dir, 'a-file'), 'in the way')
    expect(() =>
      writeAllOrNothing([
        [join(dir, 'report.json'), '{}\n'],
        [join(dir, 'a-file', 'report.md'), '# cannot be written under a file\n']
      ])
    ).toThrow()
    expect(readdirSync(dir)).toEqual(['a-file'])
  })

  it('writes a file of several chunks byte for byte, a surrogate pair across a chunk boundary included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-files-'))
    // Files are encoded and written 1,048,576 characters at a time: an emoji (two UTF-16 units)
    // whose first half ends the first chunk, and non-ASCII text after it.
    const text = `${'a'.repeat(1024 * 1024 - 1)}\u{1F600}${'é'.repeat(3 * 1024 * 1024)}\n`
    writeAllOrNothing([[join(dir, 'big.md'), text]])
    expect(readFileSync(join(dir, 'big.md')).equals(Buffer.from(text, 'utf8'))).toBe(true)
    expect(readdirSync(dir)).toEqual(['big.md'])
  })
})

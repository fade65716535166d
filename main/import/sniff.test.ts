import { describe, expect, it } from 'vitest'
import { oldStyleWorkbook } from '../testing/fixtures'
import { sniffFile } from './sniff'
import { zipParts } from './zip'

describe('sniffing a file once', () => {
  it('hands on a workbook with the zip directory it read, so nothing reads it again', () => {
    for (const format of ['xlsx', 'ods'] as const) {
      const bytes = oldStyleWorkbook(format)
      const sniffed = sniffFile(bytes)
      expect(sniffed.format).toBe(format)
      expect('parts' in sniffed && sniffed.parts).toEqual(zipParts(bytes))
    }
  })

  it('hands on a CSV with its text decoded by its byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Area,Registered sexual offenders\nEssex,1867\n')])
    expect(sniffFile(bytes)).toEqual({ format: 'csv', bytes, text: 'Area,Registered sexual offenders\nEssex,1867\n' })
  })

  it('refuses an empty file in one line', () => {
    expect(() => sniffFile(new Uint8Array(0))).toThrow('The file is empty (0 bytes)')
  })
})

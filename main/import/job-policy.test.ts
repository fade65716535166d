import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { oldStyleBook, oldStyleWorkbook } from '../testing/fixtures'
import { isReadHere, READS_HERE_UNPACKED_UP_TO_BYTES, READS_HERE_UP_TO_BYTES } from './job-policy'

describe('which files a one-step import reads on this thread', () => {
  it('reads a MoJ-size .xlsx or .ods here', () => {
    expect(isReadHere(oldStyleBook('xlsx', { year: 2022 }))).toBe(true)
    expect(isReadHere(oldStyleBook('ods', { year: 2022 }))).toBe(true)
  })

  it('leaves a legacy .xls and a CSV to the worker and its limits, however small', () => {
    expect(isReadHere(oldStyleBook('xls', { year: 2022 }))).toBe(false)
    expect(isReadHere(oldStyleBook('csv', { year: 2022 }))).toBe(false)
  })

  it('leaves a workbook over the size cap to the worker', () => {
    const big = oldStyleWorkbook('xlsx', { extraRows: 20_000 })
    expect(big.length).toBeGreaterThan(READS_HERE_UP_TO_BYTES)
    expect(isReadHere(big)).toBe(false)
  })

  it('leaves a small zip whose parts unpack large (a bomb) or whose directory is damaged to the worker', () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(READS_HERE_UNPACKED_UP_TO_BYTES + 1) }, { level: 9 })
    expect(bomb.length).toBeLessThan(READS_HERE_UP_TO_BYTES)
    expect(isReadHere(bomb)).toBe(false)
    expect(isReadHere(oldStyleBook('xlsx', { year: 2022 }).subarray(0, 900))).toBe(false)
  })
})

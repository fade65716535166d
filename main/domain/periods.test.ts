import { describe, expect, it } from 'vitest'
import { parsePeriod, periodEndYear } from './periods'

describe('parsePeriod', () => {
  it.each([
    ['2021/22', '2021/22'],
    ['2021-22', '2021/22'],
    ['2021 to 2022', '2021/22'],
    ['2021/2022', '2021/22'],
    ['1999/00', '1999/00'],
    ['MAPPA-eligible offenders at 31 March 2022, by area', '2021/22'],
    ['at 31st March 2015', '2014/15'],
    ['mappa-annual-report-2021-22.xlsx', '2021/22'],
    ['MAPPA_Annual_Report_2023-24_tables.ods', '2023/24'],
    ['Offenders managed in the year ending March 2023', '2022/23'],
    ['at the end of March 2021', '2020/21']
  ])('reads %s as %s', (text, key) => {
    expect(parsePeriod(text)?.key).toBe(key)
  })

  it('keeps the label it read', () => {
    expect(parsePeriod('Table 1: at 31 March 2022')?.label).toBe('31 March 2022')
  })

  it('reads a bare year as 31 March of that year only when asked', () => {
    expect(parsePeriod('2022')).toBeUndefined()
    expect(parsePeriod('2022', { allowBareYear: true })?.key).toBe('2021/22')
  })

  it('refuses spans that are not one financial year', () => {
    expect(parsePeriod('2019-2021')).toBeUndefined()
    expect(parsePeriod('Table 2019 20')).toBeUndefined()
  })

  it('gives the 31 March year that closes a period', () => {
    expect(periodEndYear('2021/22')).toBe(2022)
  })
})

describe('parsePeriod over a range', () => {
  it('reads a title naming a range as its last year, the edition it was published in', () => {
    expect(parsePeriod('MAPPA-eligible offenders by area, 2019/20 to 2021/22')?.key).toBe('2021/22')
    expect(parsePeriod('Offenders at 31 March 2020 and 31 March 2022')?.key).toBe('2021/22')
    expect(parsePeriod('Annual report 2021 to 2022')?.key).toBe('2021/22')
  })
})

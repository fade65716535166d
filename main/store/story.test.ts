import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkStory } from '../domain/story/check'
import { importFile } from '../import/importFile'
import { samplePath } from '../paths'
import { accessibleBook, oldStyleBook } from '../testing/fixtures'
import { tempStore } from '../testing/temp'
import { setSetting } from './settings'
import { storyData } from './story'
import { oncePerStoreVersion } from './transaction'

describe('what older editions printed, as the story tools read it', () => {
  it('cites the edition that printed a restated figure, not the sample quoting the same number', () => {
    const store = tempStore()
    importFile(store, { fileName: 'mappa-sample.csv', bytes: readFileSync(samplePath()), isSample: true })
    importFile(store, { fileName: 'mappa-2021.xlsx', bytes: oldStyleBook('xlsx', { year: 2021, overrides: { Essex: { rso: 1684 } } }) })
    importFile(store, { fileName: 'mappa-2022.xlsx', bytes: accessibleBook('xlsx', { year: 2022, overrides: { 'Essex|2021|rso': 1690 } }) })
    const data = storyData(store.db)
    const printed = data.history!.filter((figure) => figure.area === 'essex' && figure.measure === 'rso' && figure.period === '2020/21')
    expect(printed.map((figure) => [figure.value, figure.source.file])).toEqual([
      [1684, 'mappa-2021.xlsx'],
      [1684, 'mappa-sample.csv']
    ])
    const [result] = checkStory('There were 1,684 registered sex offenders in Essex at the end of March 2021.', data, {
      area: 'essex',
      period: '2020/21'
    }).figures.filter((figure) => figure.text.includes('1,684'))
    expect(result).toMatchObject({ verdict: 'revised', expected: 1690 })
    expect(result.note).toMatch(/printed 1,684 \(mappa-2021\.xlsx, Table 1 B\d+\)/)
    expect(result.note).not.toContain('mappa-sample.csv')
    store.close()
  })
})

describe('the figures Check my copy reads beyond the categories', () => {
  it('holds the levels a table gives, so "N were managed at level 2" is checked against its cell', () => {
    const store = tempStore()
    importFile(store, { fileName: 'mappa-2022.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
    const data = storyData(store.db)
    const level2 = data.figures.find(
      (figure) => figure.area === 'kent' && figure.measure === 'cat1_level2_year' && figure.period === '2021/22'
    )
    expect(level2?.value).toBeGreaterThan(0)
    const copy = `Of the registered sex offenders in Kent, ${level2!.value} were managed at level 2 during the year.`
    const [result] = checkStory(copy, data, { area: 'kent', period: '2021/22' }).figures
    expect(result).toMatchObject({ verdict: 'verified', measure: 'cat1_level2_year', expected: level2!.value })
    expect(result.note).toContain(`${level2!.source.sheet} ${level2!.source.cell}`)
    store.close()
  })
})

describe('reads kept until the store is written', () => {
  it('gives the same read until an import or a setting changes the store, then reads again', () => {
    const store = tempStore()
    importFile(store, { fileName: 'mappa-2021.xlsx', bytes: oldStyleBook('xlsx', { year: 2021 }) })
    const read = oncePerStoreVersion(storyData)
    const first = read(store.db)
    expect(read(store.db)).toBe(first)
    importFile(store, { fileName: 'mappa-2022.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
    const second = read(store.db)
    expect(second).not.toBe(first)
    expect(second.figures.some((figure) => figure.period === '2021/22')).toBe(true)
    setSetting(store.db, 'storyPercent', 'per cent')
    expect(read(store.db)).not.toBe(second)
    store.close()
  })
})

import { describe, expect, it } from 'vitest'
import { importFile } from '../import/importFile'
import { accessibleBook, oldStyleBook } from '../testing/fixtures'
import { tempStore } from '../testing/temp'
import { createAnnotation } from './annotations'
import { applyEdit } from './edits'
import { areaPivot, measurePivot } from './pivots'
import { setSetting } from './settings'

function deskWithSeries() {
  const store = tempStore()
  for (const year of [2021, 2022])
    importFile(store, {
      fileName: `m-${year}.xlsx`,
      bytes: oldStyleBook('xlsx', { year, overrides: year === 2022 ? { Kent: { rso: 1867 } } : {} })
    })
  return store
}

const ALL = new Set(['change', 'percentChange', 'share', 'rate', 'oneInN', 'rank'] as const)

describe('the measure pivot', () => {
  it('puts areas down the side and periods across, with derived figures', () => {
    const store = deskWithSeries()
    const pivot = measurePivot(store.db, 'rso', ALL)
    expect(pivot.periods).toEqual(['2020/21', '2021/22'])
    expect(pivot.rows).toHaveLength(43)
    const essex = pivot.rows.find((row) => row.key === 'essex')!
    expect(essex.cells['2021/22']).toMatchObject({ value: 1867, isEdited: false, source: { file: 'm-2022.xlsx', sheet: 'Table 1' } })
    expect(essex.derived['2021/22'].change).toBe(183)
    expect(essex.derived['2021/22'].rate).toBeCloseTo(114, 6)
    expect(essex.derived['2021/22'].percentChange).toBeCloseTo(10.87, 2)
    expect(Math.round(essex.derived['2021/22'].oneInN!)).toBe(877)
    expect(essex.derived['2020/21'].change).toBeUndefined()
    expect(essex.derived['2021/22'].share).toBeCloseTo((1867 / (1867 + 406 + 19)) * 100, 5)
  })

  it('ranks the 42 areas with ties sharing a rank, leaving the totals out', () => {
    const store = deskWithSeries()
    const pivot = measurePivot(store.db, 'rso', new Set(['rank']))
    const rank = (key: string) => pivot.rows.find((row) => row.key === key)!.derived['2021/22'].rank
    expect(rank('essex')).toBe(rank('kent'))
    expect(rank('england-and-wales')).toBeUndefined()
    const ranks = pivot.rows.map((row) => row.derived['2021/22'].rank).filter((value) => value !== undefined)
    expect(ranks).toHaveLength(42)
    expect(Math.min(...(ranks as number[]))).toBe(1)
  })

  it('marks edited, annotated and revised cells, and the home area', () => {
    const store = deskWithSeries()
    importFile(store, { fileName: 'new.ods', bytes: accessibleBook('ods', { year: 2024, overrides: { 'Surrey|2022|rso': '5' } }) })
    applyEdit(store.db, { area: 'essex', measure: 'rso', period: '2021/22', value: '1,870', reason: 'Correction' })
    createAnnotation(store.db, { kind: 'cell', area: 'kent', measure: 'rso', period: '2021/22' }, 'Checked')
    setSetting(store.db, 'homeArea', 'essex')
    const pivot = measurePivot(store.db, 'rso')
    const cell = (key: string) => pivot.rows.find((row) => row.key === key)!.cells['2021/22']
    expect(cell('essex')).toMatchObject({ value: 1870, isEdited: true, original: { value: 1867 }, reason: 'Correction' })
    expect(cell('kent')).toMatchObject({ isAnnotated: true, isEdited: false })
    expect(cell('surrey')).toMatchObject({ value: 5, isRevised: true })
    expect(pivot.rows.find((row) => row.key === 'essex')!.isHome).toBe(true)
  })
})

describe('the area pivot', () => {
  it('puts every measure of one area down the side', () => {
    const store = deskWithSeries()
    const pivot = areaPivot(store.db, 'essex', new Set(['rank', 'change']))
    expect(pivot.subject).toMatchObject({ id: 'essex', label: 'Essex' })
    expect(pivot.rows.map((row) => row.key).slice(0, 5)).toEqual(['rso', 'violent', 'other_dangerous', 'total', 'rso_rate'])
    const rso = pivot.rows.find((row) => row.key === 'rso')!
    expect(rso.derived['2021/22'].change).toBe(183)
    expect(rso.derived['2021/22'].rank).toBeGreaterThan(0)
  })
})

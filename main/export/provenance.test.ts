import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../import/importFile'
import { createAnnotation } from '../store/annotations'
import { applyEdit } from '../store/edits'
import { currentFigures } from '../store/figures'
import { correctDurham } from '../testing/corrections'
import { accessibleBook, oldStyleBook } from '../testing/fixtures'
import { tempStore } from '../testing/temp'
import { citeFigure, provenanceOf } from './provenance'

function twoEditions() {
  const store = tempStore()
  importFile(store, {
    fileName: 'mappa-2021-22.xlsx',
    bytes: oldStyleBook('xlsx', { year: 2022, overrides: { Dorset: { rso: '[c]' }, Kent: { rso: '..' } } })
  })
  importFile(store, { fileName: 'mappa-2022-23.xlsx', bytes: oldStyleBook('xlsx', { year: 2023 }) })
  return store
}

describe('provenance of the figures an export shows', () => {
  it('names the one edition a single year comes from', () => {
    const store = twoEditions()
    const figures = currentFigures(store.db, { area: 'essex', measure: 'rso', period: '2021/22' })
    const provenance = provenanceOf(store.db, figures)
    expect(provenance.sourceLine).toBe('Source: Ministry of Justice, MAPPA annual report 2021/22')
    expect(provenance.editions).toEqual([
      { releaseId: 1, editionLabel: 'MAPPA annual report 2021/22', fileName: 'mappa-2021-22.xlsx', isSample: false }
    ])
  })

  it('names every edition a trend comes from, newest edition first in the list', () => {
    const store = twoEditions()
    const figures = currentFigures(store.db, { area: 'county-durham', measure: 'rso' })
    const provenance = provenanceOf(store.db, figures)
    expect(provenance.sourceLine).toBe('Source: Ministry of Justice, MAPPA annual reports 2021/22 and 2022/23')
    expect(provenance.editions.map((edition) => edition.editionLabel)).toEqual([
      'MAPPA annual report 2022/23',
      'MAPPA annual report 2021/22'
    ])
  })

  it('says an edit with its before, after, reason and date, and the notes on the figures shown', () => {
    const store = twoEditions()
    correctDurham(store.db)
    createAnnotation(
      store.db,
      { kind: 'cell', area: 'county-durham', measure: 'rso', period: '2021/22' },
      'Checked with the MoJ press office'
    )
    createAnnotation(store.db, { kind: 'period', period: '2020/21', measure: 'rso' }, 'COVID recording delays')
    createAnnotation(store.db, { kind: 'area', area: 'essex' }, 'Not shown: another area')
    createAnnotation(store.db, { kind: 'release', releaseId: 2 }, 'Published 26 October 2023')
    const figures = currentFigures(store.db, { area: 'county-durham', measure: 'rso' })
    const provenance = provenanceOf(store.db, figures)
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
    expect(provenance.edits).toEqual([
      {
        area: 'county-durham',
        measure: 'rso',
        period: '2021/22',
        line: `County Durham 2021/22 corrected from 941 to 942: Durham Constabulary press office, ${today}`
      }
    ])
    expect(provenance.notes.map((note) => note.line)).toEqual([
      'County Durham · rso · 2021/22: Checked with the MoJ press office',
      'MAPPA annual report 2022/23: Published 26 October 2023'
    ])
  })

  it('explains each marker once and never counts it as a figure', () => {
    const store = twoEditions()
    const figures = currentFigures(store.db, { measure: 'rso', period: '2021/22' })
    const provenance = provenanceOf(store.db, figures)
    expect(provenance.markers).toEqual([
      { token: '[c]', meaning: 'suppressed to protect identities' },
      { token: '..', meaning: 'not available' }
    ])
    expect(provenanceOf(store.db, currentFigures(store.db, { area: 'essex', measure: 'rso' })).markers).toEqual([])
  })

  it('brings the release footnotes a figure refers to', () => {
    const store = tempStore()
    importFile(store, {
      fileName: 'mappa-2023-24.xlsx',
      bytes: accessibleBook('xlsx', { year: 2024, overrides: { 'Essex|2023|rso': '1700 [note 1]' } })
    })
    const figures = currentFigures(store.db, { area: 'essex', measure: 'rso' })
    expect(provenanceOf(store.db, figures).footnotes).toEqual([{ ref: '[note 1]', text: 'Figures are at 31 March of each year.' }])
  })

  it('says sample data is sample data', () => {
    const store = tempStore()
    const sample = join(import.meta.dirname, '../../resources/sample/mappa-sample.csv')
    importFile(store, { fileName: 'mappa-sample.csv', bytes: readFileSync(sample), isSample: true })
    const figures = currentFigures(store.db, { area: 'essex', measure: 'rso' })
    const provenance = provenanceOf(store.db, figures)
    expect(provenance.sourceLine).toMatch(/^Source: MAPPA Desk sample data/)
    expect(provenance.editions[0].isSample).toBe(true)
    expect(citeFigure(figures.find((figure) => figure.period === '2021/22')!)).toMatch(
      /^1,867 \(MAPPA Desk sample data \(Ministry of Justice figures as quoted by local newspapers\), sheet /
    )
  })

  it('cites a figure with its edition, sheet and cell, and an edited one with its correction', () => {
    const store = twoEditions()
    const [essex] = currentFigures(store.db, { area: 'essex', measure: 'rso', period: '2021/22' })
    expect(citeFigure(essex)).toBe(`1,867 (Ministry of Justice, MAPPA annual report 2021/22, sheet "Table 1", cell ${essex.source.cell})`)
    expect(essex.source.cell).toMatch(/^B\d+$/)
    applyEdit(store.db, { area: 'essex', measure: 'rso', period: '2021/22', value: '1,870', reason: 'Essex Police figures' })
    const [edited] = currentFigures(store.db, { area: 'essex', measure: 'rso', period: '2021/22' })
    expect(citeFigure(edited)).toMatch(
      /^1,870 \(corrected from 1,867: Essex Police figures; Ministry of Justice, MAPPA annual report 2021\/22/
    )
  })

  it('names three or more editions in a row as a span', () => {
    const store = twoEditions()
    importFile(store, { fileName: 'mappa-2023-24.xlsx', bytes: oldStyleBook('xlsx', { year: 2024 }) })
    const figures = currentFigures(store.db, { area: 'county-durham', measure: 'rso' })
    expect(provenanceOf(store.db, figures).sourceLine).toBe('Source: Ministry of Justice, MAPPA annual reports 2021/22 to 2023/24')
  })

  it('has a source line even with no figures', () => {
    const store = twoEditions()
    expect(provenanceOf(store.db, []).sourceLine).toBe('Source: Ministry of Justice, MAPPA annual reports')
  })
})

import { readFileSync } from 'node:fs'
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { analyseFile } from '../import/analyse'
import { commitAnalysis, SAMPLE_EDITION_LABEL } from '../import/commit'
import { importFile } from '../import/importFile'
import { samplePath } from '../paths'
import { correctDurham } from '../testing/corrections'
import { areaTableRows, workbookBytes } from '../testing/fixtures'
import { accessibleBook, oldStyleBook } from '../testing/fixtures'
import { tempStore } from '../testing/temp'
import { createAnnotation, listAnnotations } from './annotations'
import { catalogueSnapshot, forgetMapping, listRememberedMappings, rememberAreaAlias } from './catalogue'
import { openStore, type Store } from './database'
import { applyEdit, keepEdit, listEdits, revertEdit } from './edits'
import { currentFigures } from './figures'
import { measurePivot } from './pivots'
import { listReleases, releaseImpact, removeRelease } from './releases'
import { listRevisions } from './revisions'
import { ABSENT_STATUSES_SQL } from '../domain/precedence'

const figure = (store: Store, area: string, measure: string, period: string) => {
  const found = currentFigures(store.db, { area, measure, period })
  expect(found).toHaveLength(1)
  return found[0]
}

const importBytes = (store: Store, fileName: string, bytes: Uint8Array) => importFile(store, { fileName, bytes })

describe('the current figure: a number beats a marker that only says "not in this table"', () => {
  for (const marker of ['[x]', '..', ':', '[z]']) {
    it(`keeps the 2021/22 rate when the 2023/24 edition prints ${marker} for it, and lists no revision`, () => {
      const store = tempStore()
      importBytes(store, 'mappa-2022.xlsx', oldStyleBook('xlsx', { year: 2022 }))
      importBytes(
        store,
        'mappa-2024.xlsx',
        accessibleBook('xlsx', { year: 2024, overrides: { 'Essex|2022|rso_rate': marker, 'Kent|2022|rso_rate': marker } })
      )
      const rate = figure(store, 'essex', 'rso_rate', '2021/22')
      expect(rate).toMatchObject({ value: 114, status: 'value', source: { file: 'mappa-2022.xlsx' } })
      expect(listRevisions(store.db, { area: 'essex', measure: 'rso_rate' })).toEqual([])
      expect(listRevisions(store.db, { area: 'kent', measure: 'rso_rate' })).toEqual([])
      // The newer edition still leads where it has a number.
      expect(figure(store, 'essex', 'rso', '2021/22').source.file).toBe('mappa-2024.xlsx')
    })
  }

  it('lists a newer edition suppressing a published figure as a revision, now suppressed', () => {
    const store = tempStore()
    importBytes(store, 'mappa-2022.xlsx', oldStyleBook('xlsx', { year: 2022 }))
    importBytes(store, 'mappa-2024.xlsx', accessibleBook('xlsx', { year: 2024, overrides: { 'Kent|2022|rso': '[c]' } }))
    expect(figure(store, 'kent', 'rso', '2021/22')).toMatchObject({
      value: null,
      status: 'suppressed',
      source: { file: 'mappa-2024.xlsx' }
    })
    expect(listRevisions(store.db, { area: 'kent', measure: 'rso' })).toEqual([
      expect.objectContaining({
        period: '2021/22',
        new: null,
        new_raw: '[c]',
        change: 'now_suppressed',
        from_release_id: 1,
        to_release_id: 2
      })
    ])
  })
})

describe('the current figure: the sample never outranks a real release', () => {
  it('sources Essex 2021/22 to the MoJ tables imported after the sample, and lists no revision by the sample', () => {
    const store = tempStore()
    importFile(store, { fileName: 'mappa-sample.csv', bytes: readFileSync(samplePath()), isSample: true })
    importBytes(store, 'mappa-2022.xlsx', oldStyleBook('xlsx', { year: 2022, overrides: { Essex: { violent: 407 } } }))
    for (const measure of ['rso', 'violent', 'other_dangerous', 'rso_rate']) {
      expect(figure(store, 'essex', measure, '2021/22').source).toMatchObject({ file: 'mappa-2022.xlsx', is_sample: false })
    }
    expect(figure(store, 'essex', 'violent', '2021/22').value).toBe(407)
    expect(listRevisions(store.db)).toEqual([])
    // Where only the sample has a figure, it is the current one, and says so.
    expect(figure(store, 'england-and-wales', 'rso', '2023/24').source).toMatchObject({
      file: 'mappa-sample.csv',
      is_sample: true,
      release: SAMPLE_EDITION_LABEL
    })
    const releases = listReleases(store.db)
    expect(releases.map((release) => [release.fileName, release.isSample])).toEqual([
      ['mappa-2022.xlsx', false],
      ['mappa-sample.csv', true]
    ])
  })
})

/** An area table whose title, notes and file name name no year: the reporter sets the period. */
function tableWithoutPeriod(essexRso: number): Uint8Array {
  const rows = areaTableRows({ title: 'Table 1: MAPPA-eligible offenders, by area', overrides: { Essex: { rso: essexRso } } })
  rows[1] = ['Multi-Agency Public Protection Arrangements']
  return workbookBytes({ 'Area table': rows.filter((row) => !/31 March/.test(String(row[0] ?? ''))) }, 'xlsx')
}

describe('the current figure: a period set by hand in the preview', () => {
  it('makes the release an edition of that year, so its figures lead an earlier import of the same year', () => {
    const store = tempStore()
    importBytes(store, 'mappa-2024.xlsx', accessibleBook('xlsx', { year: 2024 }))
    const bytes = tableWithoutPeriod(1999)
    const analysis = analyseFile({ fileName: 'area-table.xlsx', bytes }, catalogueSnapshot(store.db))
    expect(analysis.preview.tables[0].period).toBeNull()
    const summary = commitAnalysis(store, analysis, bytes, { periods: [{ table: 0, period: '2023/24' }] })
    expect(summary.period).toBe('2023/24')
    expect(listReleases(store.db).find((release) => release.fileName === 'area-table.xlsx')?.period).toBe('2023/24')
    expect(figure(store, 'essex', 'rso', '2023/24')).toMatchObject({ value: 1999, source: { file: 'area-table.xlsx' } })
  })
})

describe('an edit belongs to the figure it corrected', () => {
  function correctedDurham() {
    const store = tempStore()
    importBytes(store, 'mappa-2022.xlsx', oldStyleBook('xlsx', { year: 2022 }))
    const edit = correctDurham(store.db)
    return { store, edit }
  }

  it('is flagged, not silently kept, when a newer edition restates that figure; "was" shows the figure it corrected', () => {
    const { store, edit } = correctedDurham()
    importBytes(store, 'mappa-2024.xlsx', accessibleBook('xlsx', { year: 2024, overrides: { 'County Durham|2022|rso': 1872 } }))
    const durham = figure(store, 'county-durham', 'rso', '2021/22')
    expect(durham).toMatchObject({
      value: 942,
      edited: true,
      original: { value: 941, raw: '941' },
      reason: 'Durham Constabulary press office',
      stale_edit: {
        editId: edit.id,
        madeAgainst: 'MAPPA annual report 2021/22',
        newEdition: 'MAPPA annual report 2023/24',
        nowSays: { value: 1872, raw: '1872' }
      }
    })
    const cell = measurePivot(store.db, 'rso').rows.find((row) => row.key === 'county-durham')!.cells['2021/22']
    expect(cell.staleEdit).toMatchObject({ editId: edit.id, nowSays: { value: 1872 } })
    expect(cell.original).toMatchObject({ value: 941 })
  })

  it('keeps the correction against the new edition when the reporter says so, or drops it for the new figure', () => {
    const { store, edit } = correctedDurham()
    importBytes(store, 'mappa-2024.xlsx', accessibleBook('xlsx', { year: 2024, overrides: { 'County Durham|2022|rso': 1872 } }))
    keepEdit(store.db, edit.id)
    const kept = figure(store, 'county-durham', 'rso', '2021/22')
    expect(kept).toMatchObject({ value: 942, original: { value: 1872 } })
    expect(kept.stale_edit).toBeUndefined()
    expect(() => keepEdit(store.db, edit.id)).toThrow(/already stands/)
    revertEdit(store.db, edit.id)
    expect(figure(store, 'county-durham', 'rso', '2021/22')).toMatchObject({ value: 1872, edited: false })
  })

  it('is not flagged when a newer edition publishes the same figure again', () => {
    const { store } = correctedDurham()
    importBytes(store, 'mappa-2024.xlsx', accessibleBook('xlsx', { year: 2024 }))
    const durham = figure(store, 'county-durham', 'rso', '2021/22')
    expect(durham).toMatchObject({ value: 942, original: { value: 941 }, source: { file: 'mappa-2024.xlsx' } })
    expect(durham.stale_edit).toBeUndefined()
  })

  it('keeps the first basis through a second edit of the same cell', () => {
    const { store } = correctedDurham()
    applyEdit(store.db, { area: 'county-durham', measure: 'rso', period: '2021/22', value: '943', reason: 'second call' })
    expect(figure(store, 'county-durham', 'rso', '2021/22')).toMatchObject({ value: 943, original: { value: 941 } })
  })
})

describe('removing a release', () => {
  it('says what it touches, removes its figures, and keeps every edit and note', () => {
    const store = tempStore()
    importBytes(store, 'mappa-2022.xlsx', oldStyleBook('xlsx', { year: 2022 }))
    const newer = importBytes(store, 'mappa-2024.xlsx', accessibleBook('xlsx', { year: 2024 }))
    applyEdit(store.db, { area: 'essex', measure: 'rso', period: '2022/23', value: '1,950', reason: 'Essex Police figure' })
    createAnnotation(store.db, { kind: 'cell', area: 'essex', measure: 'rso', period: '2021/22' }, 'Highest yet')
    createAnnotation(store.db, { kind: 'release', releaseId: newer.releaseId }, 'Published late')
    const impact = releaseImpact(store.db, newer.releaseId)
    expect(impact).toMatchObject({
      releaseId: newer.releaseId,
      editionLabel: 'MAPPA annual report 2023/24',
      isSample: false,
      edits: 1,
      notes: 2
    })
    // Every figure of the newest edition leads; the older one still leads where only it has a measure.
    expect(impact.currentFigures).toBe(impact.figures)
    expect(releaseImpact(store.db, 1)).toMatchObject({ edits: 0, notes: 1 })

    const removed = removeRelease(store.db, newer.releaseId)
    expect(removed).toEqual(impact)
    expect(() => removeRelease(store.db, newer.releaseId)).toThrow(/not in the store/)
    expect(listReleases(store.db).map((release) => release.fileName)).toEqual(['mappa-2022.xlsx'])
    // The older edition's figure is current again; the edit and both notes are still there.
    expect(figure(store, 'essex', 'rso', '2021/22')).toMatchObject({ value: 1867, source: { file: 'mappa-2022.xlsx' } })
    expect(listEdits(store.db, { area: 'essex' })).toHaveLength(1)
    expect(listAnnotations(store.db).map((note) => [note.targetLabel, note.text])).toEqual(
      expect.arrayContaining([
        [expect.stringContaining('Essex'), 'Highest yet'],
        ['MAPPA annual report 2023/24 (removed)', 'Published late']
      ])
    )
    // Imported again, the edit is back on its figure.
    importBytes(store, 'mappa-2024.xlsx', accessibleBook('xlsx', { year: 2024 }))
    expect(figure(store, 'essex', 'rso', '2022/23')).toMatchObject({ value: 1950, edited: true })
  })
})

describe('remembered mappings', () => {
  it('never re-point a built-in spelling: "Total" mapped to Wales in one file leaves England and Wales alone', () => {
    const store = tempStore()
    rememberAreaAlias(store.db, 'Total', 'wales')
    rememberAreaAlias(store.db, 'Essex Police area', 'essex')
    expect(catalogueSnapshot(store.db).areas.get('total')?.slug).toBe('england-and-wales')
    expect(listRememberedMappings(store.db)).toEqual([
      { kind: 'area', key: 'essex police area', label: 'Essex Police area', target: 'essex', targetLabel: 'Essex' }
    ])
    expect(forgetMapping(store.db, 'area', 'total')).toBe(false)
    expect(forgetMapping(store.db, 'area', 'essex police area')).toBe(true)
    expect(listRememberedMappings(store.db)).toEqual([])
  })

  it('put right on open a built-in spelling an earlier version let a remembered choice re-point', () => {
    const store = tempStore()
    store.db
      .prepare("UPDATE area_alias SET area_id = (SELECT id FROM area WHERE slug = 'wales'), is_user = 1 WHERE alias_key = 'total'")
      .run()
    // An earlier version kept no fingerprint of the catalogue it seeded.
    store.db.prepare("DELETE FROM setting WHERE key = 'catalogueFingerprint'").run()
    const path = store.path
    store.close()
    const reopened = openStore(path)
    expect(catalogueSnapshot(reopened.db).areas.get('total')?.slug).toBe('england-and-wales')
    reopened.close()
  })

  it('apply to the file they were chosen for through the preview, and are remembered for new labels only', () => {
    const store = tempStore()
    const bytes = oldStyleBook('xlsx', { year: 2022, spellings: { Essex: 'Essex Police' } })
    const analysis = analyseFile({ fileName: 'mappa-2022.xlsx', bytes }, catalogueSnapshot(store.db))
    commitAnalysis(store, analysis, bytes, { areas: { 'Essex Police': 'essex', 'England and Wales': 'wales' } })
    expect(figure(store, 'essex', 'rso', '2021/22').value).toBe(1867)
    expect(catalogueSnapshot(store.db).areas.get('england and wales')?.slug).toBe('england-and-wales')
    expect(listRememberedMappings(store.db).map((mapping) => mapping.label)).toEqual(['Essex Police'])
  })
})

describe('figures as published', () => {
  it('stores the figure the sheet displays, and the unrounded stored number beside it', () => {
    const store = tempStore()
    const rows = areaTableRows()
    const book = XLSX.utils.book_new()
    const sheet = XLSX.utils.aoa_to_sheet(rows)
    const essexRow = rows.findIndex((row) => row[0] === 'Essex')
    sheet[XLSX.utils.encode_cell({ r: essexRow, c: 4 })] = { t: 'n', v: 113.6, z: '0' }
    XLSX.utils.book_append_sheet(book, sheet, 'Table 1')
    importBytes(store, 'mappa-2022.xlsx', new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer))
    const rate = figure(store, 'essex', 'rso_rate', '2021/22')
    expect(rate).toMatchObject({ value: 114, raw: '114', stored_value: 113.6 })
    const cell = measurePivot(store.db, 'rso_rate').rows.find((row) => row.key === 'essex')!.cells['2021/22']
    expect(cell).toMatchObject({ value: 114, storedValue: 113.6 })
    expect(figure(store, 'essex', 'rso', '2021/22').stored_value).toBeUndefined()
  })
})

describe('derived figures, honest', () => {
  function desk(overrides2022: Parameters<typeof oldStyleBook>[1]['overrides'] = {}) {
    const store = tempStore()
    importBytes(store, 'mappa-2021.xlsx', oldStyleBook('xlsx', { year: 2021 }))
    importBytes(store, 'mappa-2022.xlsx', oldStyleBook('xlsx', { year: 2022, overrides: overrides2022 }))
    return store
  }

  it('says among how many a rank is, and shares it on a tie of published figures', () => {
    const store = desk({ Kent: { rso: 1867 }, Dorset: { rso: '[c]' }, Gwent: { rso: '..' } })
    const pivot = measurePivot(store.db, 'rso', new Set(['rank']))
    const derived = (key: string) => pivot.rows.find((row) => row.key === key)!.derived['2021/22']
    expect(derived('essex')).toMatchObject({ rankOf: 40, rankTied: true })
    expect(derived('kent')).toMatchObject({ rank: derived('essex').rank, rankOf: 40, rankTied: true })
    expect(derived('dorset').rank).toBeUndefined()
    expect(derived('cumbria')).toMatchObject({ rankOf: 40, rankTied: false })
    expect(pivot.rows.find((row) => row.key === 'essex')!.derived['2020/21']).toMatchObject({ rankOf: 42 })
  })

  it('gives a share of the MAPPA total only for 31 March snapshot measures', () => {
    const store = desk()
    const share = (measure: string) =>
      measurePivot(store.db, measure, new Set(['share'])).rows.find((row) => row.key === 'essex')!.derived['2021/22'].share
    expect(share('rso')).toBeCloseTo((1867 / (1867 + 406 + 19)) * 100, 5)
    expect(share('breaches_notification')).toBeUndefined()
    expect(share('shpo')).toBeUndefined()
  })

  it('works rates out from the population the imported count and rate imply, in whole numbers, unmoved by an edit to another measure', () => {
    const store = desk()
    const violentRate = () =>
      measurePivot(store.db, 'violent', new Set(['rate'])).rows.find((row) => row.key === 'essex')!.derived['2021/22'].rate
    expect(violentRate()).toBe(Math.round((406 / ((1867 / 114) * 100_000)) * 100_000))
    applyEdit(store.db, { area: 'essex', measure: 'rso', period: '2021/22', value: '2,500', reason: 'test of independence' })
    expect(violentRate()).toBe(25)
    const essexRso = measurePivot(store.db, 'rso', new Set(['rate', 'oneInN'])).rows.find((row) => row.key === 'essex')!.derived['2021/22']
    expect(essexRso.rate).toBe(153)
    expect(Number.isInteger(essexRso.oneInN)).toBe(true)
  })
})

describe('a rate that disagrees with its count', () => {
  const HERTS: Record<number, { rso: number; rso_rate: number }> = {
    2021: { rso: 790, rso_rate: 75 },
    2022: { rso: 800, rso_rate: 76 },
    2023: { rso: 816, rso_rate: 77 }
  }
  function hertfordshire() {
    const store = tempStore()
    for (const year of [2021, 2022, 2023])
      importBytes(store, `mappa-${year}.xlsx`, oldStyleBook('xlsx', { year, overrides: { Hertfordshire: HERTS[year] } }))
    return store
  }

  it('raises no warning on published figures that agree, in any area', () => {
    const store = hertfordshire()
    expect(currentFigures(store.db).filter((figure) => figure.warnings)).toEqual([])
  })

  it('warns on Hertfordshire 2022/23 edited to 987 at the published rate of 77, naming both figures', () => {
    const store = hertfordshire()
    applyEdit(store.db, {
      area: 'hertfordshire',
      measure: 'rso',
      period: '2022/23',
      value: '987',
      reason: 'as a national paper printed it'
    })
    const count = figure(store, 'hertfordshire', 'rso', '2022/23')
    expect(count.warnings).toEqual([{ code: 'rate_count_disagree', message: expect.stringMatching(/987 .* rate of 77 .*disagree/) }])
    expect(figure(store, 'hertfordshire', 'rso_rate', '2022/23').warnings).toHaveLength(1)
    expect(figure(store, 'hertfordshire', 'rso', '2021/22').warnings).toBeUndefined()
    const cell = measurePivot(store.db, 'rso').rows.find((row) => row.key === 'hertfordshire')!.cells['2022/23']
    expect(cell.warnings[0].message).toContain('987')
  })

  it('warns on a published count whose rate implies another population than its other years', () => {
    const store = tempStore()
    for (const year of [2021, 2022, 2023]) {
      const herts = year === 2023 ? { rso: 987, rso_rate: 77 } : HERTS[year]
      importBytes(store, `mappa-${year}.xlsx`, oldStyleBook('xlsx', { year, overrides: { Hertfordshire: herts } }))
    }
    expect(figure(store, 'hertfordshire', 'rso', '2022/23').warnings?.[0].message).toMatch(/other figures imply/)
    expect(figure(store, 'hertfordshire', 'rso', '2020/21').warnings).toBeUndefined()
  })
})

describe('the revisions view', () => {
  /** The revisions as first defined: the ranked figures joined to themselves, each to the one ranked after it. */
  const SELF_JOIN = `WITH present AS (
    SELECT o.area_id, o.measure_id, o.period, o.value, o.status, o.raw, o.release_id,
      ROW_NUMBER() OVER (PARTITION BY o.area_id, o.measure_id, o.period ORDER BY eo.edition_rank, o.source_table_id, o.row_index, o.col_index) AS n
    FROM observation o JOIN release r ON r.id = o.release_id JOIN edition_order eo ON eo.release_id = o.release_id
    WHERE o.area_id IS NOT NULL AND o.period IS NOT NULL AND r.is_sample = 0 AND o.status NOT IN ${ABSENT_STATUSES_SQL}
  )
  SELECT newer.area_id, newer.measure_id, newer.period, older.value, older.raw, older.status, newer.value, newer.raw, newer.status, older.release_id, newer.release_id
  FROM present newer JOIN present older ON older.area_id = newer.area_id AND older.measure_id = newer.measure_id AND older.period = newer.period AND older.n = newer.n + 1
  WHERE newer.release_id <> older.release_id AND newer.value IS NOT older.value
  ORDER BY 1, 2, 3, 11, 10`
  const VIEW = `SELECT area_id, measure_id, period, old_value, old_raw, old_status, new_value, new_raw, new_status, from_release_id, to_release_id
    FROM revision ORDER BY 1, 2, 3, 11, 10`

  it('lists what joining the ranked figures to themselves lists, over editions with restatements, markers, suppressions and the sample', () => {
    const store = tempStore()
    const sample = readFileSync(samplePath())
    commitAnalysis(
      store,
      analyseFile({ fileName: 'sample.xlsx', bytes: sample }, catalogueSnapshot(store.db)),
      sample,
      {},
      { isSample: true }
    )
    importBytes(store, 'mappa-2022.xlsx', oldStyleBook('xlsx', { year: 2022 }))
    importBytes(
      store,
      'mappa-2023.xlsx',
      oldStyleBook('xlsx', { year: 2023, overrides: { Essex: { rso: '[c]' }, Kent: { rso_rate: '..' } } })
    )
    importBytes(
      store,
      'mappa-2024.xlsx',
      accessibleBook('xlsx', { year: 2024, overrides: { 'Essex|2022|rso': '1,870', 'Kent|2022|rso_rate': '[x]', 'Kent|2023|rso': '[c]' } })
    )
    // The same year's edition again, restating a figure of its own year.
    importBytes(store, 'mappa-2024-revised.xlsx', accessibleBook('xlsx', { year: 2024, overrides: { 'Essex|2024|rso': '1,999' } }))
    const expected = store.db.prepare(SELF_JOIN).raw().all()
    expect(expected.length).toBeGreaterThan(3)
    expect(store.db.prepare(VIEW).raw().all()).toEqual(expected)
  })
})

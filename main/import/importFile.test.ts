import { describe, expect, it } from 'vitest'
import { currentFigures } from '../store/figures'
import { oldStyleWorkbook, workbookBytes } from '../testing/fixtures'
import { tempStore } from '../testing/temp'
import { importFile } from './importFile'

const counts = (store: ReturnType<typeof tempStore>) =>
  store.db.prepare('SELECT (SELECT count(*) FROM release) AS releases, (SELECT count(*) FROM observation) AS observations').get()

describe.each(['xlsx', 'xls', 'ods', 'csv'] as const)('importing an old-style %s area table', (format) => {
  it('stores every area figure with its sheet and cell', () => {
    const store = tempStore()
    const summary = importFile(store, { fileName: `mappa-2021-22.${format}`, bytes: oldStyleWorkbook(format) })
    expect(summary).toMatchObject({ status: 'imported', format, period: '2021/22', matchedAreas: 44, unknownRowLabels: [] })
    expect(summary.observations).toBe(44 * 4)
    const [essex] = currentFigures(store.db, { area: 'essex', measure: 'rso' })
    expect(essex).toMatchObject({ area: 'essex', area_kind: 'area', measure: 'rso', period: '2021/22', value: 1867, status: 'value' })
    expect(essex.source).toMatchObject({ file: `mappa-2021-22.${format}`, cell: expect.stringMatching(/^B\d+$/) })
    expect(essex.source.sheet).toBe(format === 'csv' ? 'Sheet1' : 'Table 1')
    const [total] = currentFigures(store.db, { area: 'england-and-wales', measure: 'violent' })
    expect(total).toMatchObject({ value: 22304, area_kind: 'total' })
  })
})

describe('importFile', () => {
  it('maps older spellings to the canonical areas', () => {
    const store = tempStore()
    importFile(store, {
      fileName: 'old.xlsx',
      bytes: oldStyleWorkbook('xlsx', {
        spellings: { 'County Durham': 'Durham', Teesside: 'Cleveland', 'Devon and Cornwall': 'Devon & Cornwall' }
      })
    })
    const slugs = currentFigures(store.db, { measure: 'rso' }).map((figure) => figure.area)
    expect(slugs).toEqual(expect.arrayContaining(['county-durham', 'teesside', 'devon-and-cornwall']))
  })

  it('reads text numbers and markers, keeping the raw token', () => {
    const store = tempStore()
    importFile(store, {
      fileName: 'markers-2021-22.xlsx',
      bytes: oldStyleWorkbook('xlsx', {
        isTextNumbers: true,
        overrides: { Dorset: { other_dangerous: '[c]' }, Gwent: { other_dangerous: '-' } }
      })
    })
    expect(currentFigures(store.db, { area: 'essex', measure: 'rso' })[0]).toMatchObject({ value: 1867, raw: '1,867' })
    expect(currentFigures(store.db, { area: 'dorset', measure: 'other_dangerous' })[0]).toMatchObject({
      value: null,
      status: 'suppressed',
      raw: '[c]'
    })
    expect(currentFigures(store.db, { area: 'gwent', measure: 'other_dangerous' })[0]).toMatchObject({ value: 0, status: 'nil', raw: '-' })
  })

  it('recognises the same bytes and stores nothing twice', () => {
    const store = tempStore()
    const bytes = oldStyleWorkbook('xlsx')
    importFile(store, { fileName: 'a.xlsx', bytes })
    const again = importFile(store, { fileName: 'renamed.xlsx', bytes })
    expect(again.status).toBe('duplicate')
    expect(counts(store)).toEqual({ releases: 1, observations: 176 })
  })

  it('keeps the original bytes for provenance', () => {
    const store = tempStore()
    const bytes = oldStyleWorkbook('ods')
    importFile(store, { fileName: 'kept.ods', bytes })
    const stored = store.db.prepare('SELECT bytes FROM release').pluck().get() as Buffer
    expect(Buffer.compare(stored, Buffer.from(bytes))).toBe(0)
  })

  it.each([
    ['empty.xlsx', new Uint8Array(), /^The file is empty \(0 bytes\)$/],
    ['truncated.xlsx', oldStyleWorkbook('xlsx').subarray(0, 900), /damaged or truncated/],
    ['picture.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /not a spreadsheet/],
    ['page.xls', new TextEncoder().encode('<!DOCTYPE html><html><body>Not found</body></html>'), /web page, not a spreadsheet/],
    ['words.csv', new TextEncoder().encode('Just a sentence with no table in it.\n'), /No table of figures found in words\.csv/]
  ])('refuses %s in one line and writes nothing', (fileName, bytes, message) => {
    const store = tempStore()
    let error: Error | undefined
    try {
      importFile(store, { fileName, bytes })
    } catch (caught) {
      error = caught as Error
    }
    expect(error?.message).toMatch(message)
    expect(error?.message).not.toContain('\n')
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  })

  it('leaves no partial release when the write fails half way', () => {
    const store = tempStore()
    store.db.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON observation WHEN NEW.row_label = 'Wiltshire'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    expect(() => importFile(store, { fileName: 'x.xlsx', bytes: oldStyleWorkbook('xlsx') })).toThrow('disk full')
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
    expect(store.db.prepare('SELECT count(*) FROM source_table').pluck().get()).toBe(0)
  })

  it('keeps a table without areas by its row labels, not as area figures', () => {
    const store = tempStore()
    const bytes = workbookBytes(
      { Ages: [['Offenders by age, 2021/22'], ['Age band', 'Count'], ['18-20', 12], ['21-24', 30], ['Total', 42]] },
      'xlsx'
    )
    const summary = importFile(store, { fileName: 'ages.xlsx', bytes })
    expect(summary.observations).toBe(3)
    expect(store.db.prepare('SELECT count(*) FROM observation WHERE area_id IS NOT NULL').pluck().get()).toBe(0)
  })

  it('makes a column the catalogue does not know into a custom measure labelled with its header', () => {
    const store = tempStore()
    const bytes = workbookBytes(
      { T: [['At 31 March 2022'], ['Area', 'Offenders in approved premises (2)'], ['Essex', 55], ['Kent', 60]] },
      'xlsx'
    )
    importFile(store, { fileName: 'custom.xlsx', bytes })
    const measure = store.db.prepare('SELECT id, label, is_custom FROM measure WHERE is_custom = 1').get()
    expect(measure).toEqual({ id: 'custom:offenders-in-approved-premises', label: 'Offenders in approved premises', is_custom: 1 })
    expect(currentFigures(store.db, { area: 'kent', measure: 'custom:offenders-in-approved-premises' })[0].value).toBe(60)
  })
})

// The MoJ layouts of every era, written by the fixture builder in each format, imported into a
// real store: figures, statuses, provenance, footnotes, areas joined across spellings.

import { describe, expect, it } from 'vitest'
import { currentFigures } from '../../store/figures'
import { listRevisions } from '../../store/revisions'
import { accessibleBook, figuresFor, oldStyleBook, oldStyleSheet, workbookBytes } from '../../testing/fixtures'
import { tempStore } from '../../testing/temp'
import { importFile } from '../importFile'

const figure = (store: ReturnType<typeof tempStore>, area: string, measure: string, period?: string) =>
  currentFigures(store.db, { area, measure, period })[0]

describe.each(['xls', 'xlsx', 'ods'] as const)('an old-style %s workbook', (format) => {
  const oldEra = {
    'County Durham': 'Durham',
    Teesside: 'Cleveland',
    'Devon and Cornwall': 'Devon & Cornwall',
    'Dyfed-Powys': 'Dyfed Powys'
  }

  it.each([5, 7] as const)('is read with its header on row %i, area table on the last sheet', (headerRow) => {
    const store = tempStore()
    const summary = importFile(store, {
      fileName: `mappa-tables.${format}`,
      bytes: oldStyleBook(format, {
        year: 2022,
        headerRow,
        spellings: oldEra,
        overrides: { Dorset: { other_dangerous: '*' }, Gwent: { c1l3: '-' }, Kent: { c2l3: '..' }, Surrey: { rso: '1,234' } }
      })
    })
    expect(summary).toMatchObject({
      recogniser: 'moj-old',
      editionLabel: 'MAPPA annual report 2021/22',
      period: '2021/22',
      matchedAreas: 43,
      unknownRowLabels: []
    })
    const [table] = summary.findings
    expect(table).toMatchObject({ sheet: 'Table 1', headerRow, layout: 'wide', period: '2021/22', periodSource: 'title' })
    expect(table.columns.map((column) => column.measureId)).toEqual([
      'rso',
      'rso_rate',
      'violent',
      'other_dangerous',
      'total',
      'cat1_level2_year',
      'cat1_level3_year',
      'cat2_level2_year',
      'cat2_level3_year',
      'breaches_notification',
      'shpo'
    ])
    expect(table.columns[1]).toMatchObject({ header: 'Number at 31 March: RSOs per 100,000 population', footnotes: ['2'] })
    expect(table.counts).toMatchObject({ suppressed: 1, nils: 1, notAvailable: 1 })

    expect(figure(store, 'essex', 'rso', '2021/22')).toMatchObject({
      value: 1867,
      status: 'value',
      source: { sheet: 'Table 1', cell: `B${headerRow + 12}` }
    })
    expect(figure(store, 'county-durham', 'rso', '2021/22')).toMatchObject({ value: 941 })
    expect(figure(store, 'teesside', 'rso', '2021/22')?.value).toBeGreaterThan(0)
    expect(figure(store, 'dorset', 'other_dangerous')).toMatchObject({ value: null, status: 'suppressed', raw: '*' })
    expect(figure(store, 'gwent', 'cat1_level3_year')).toMatchObject({ value: 0, status: 'nil', raw: '-' })
    expect(figure(store, 'kent', 'cat2_level3_year')).toMatchObject({ value: null, status: 'not_available', raw: '..' })
    expect(figure(store, 'surrey', 'rso')).toMatchObject({ value: 1234, raw: '1,234' })
    expect(figure(store, 'england-and-wales', 'violent')).toMatchObject({ value: 22304, area_kind: 'total' })
  })

  it('reads the notes block below the table into footnotes', () => {
    const store = tempStore()
    importFile(store, { fileName: `t.${format}`, bytes: oldStyleBook(format, { year: 2022 }) })
    const notes = store.db.prepare('SELECT ref, text FROM footnote ORDER BY ref').all()
    expect(notes).toEqual([
      { ref: '1', text: expect.stringMatching(/^Registered sexual offenders are those required/) },
      { ref: '2', text: 'Rates use mid-2021 population estimates of people aged 10 and over.' },
      { ref: '3', text: expect.stringMatching(/^Offenders may appear/) },
      { ref: '4', text: 'SHPOs replaced SOPOs in March 2015.' }
    ])
  })

  it('keeps a second, non-area table on the same sheet', () => {
    const store = tempStore()
    const summary = importFile(store, { fileName: `t.${format}`, bytes: oldStyleBook(format, { year: 2016, hasSecondTable: true }) })
    expect(summary.findings.map((table) => table.title)).toEqual([
      'Table 1: MAPPA-eligible offenders on 31 March 2016, by area',
      'Table 2: Serious further offences, 2015/16'
    ])
    expect(summary.findings[1]).toMatchObject({ period: '2015/16', observations: 6, counts: { suppressed: 1 } })
  })
})

describe('a national workbook with two area tables on one sheet', () => {
  it('splits them at the blank rows and "Table N:" titles, group headers read without merges', () => {
    const first = oldStyleSheet({ year: 2022, headerRow: 5 }).grid
    const second = oldStyleSheet({ year: 2021, headerRow: 5 }).grid.map((row, index) =>
      index === 0 ? ['Table 2: MAPPA-eligible offenders on 31 March 2021, by area'] : row
    )
    const store = tempStore()
    const summary = importFile(store, {
      fileName: 'national.xlsx',
      bytes: workbookBytes({ 'Area tables': [...first, [], [], ...second] }, 'xlsx')
    })
    expect(summary.findings.map((table) => [table.title, table.period, table.rows.length])).toEqual([
      ['Table 1: MAPPA-eligible offenders on 31 March 2022, by area', '2021/22', 43],
      ['Table 2: MAPPA-eligible offenders on 31 March 2021, by area', '2020/21', 43]
    ])
    expect(summary.findings[1].columns.map((column) => column.measureId)).toContain('cat2_level3_year')
    expect(currentFigures(store.db, { area: 'essex', measure: 'rso' }).map((row) => [row.period, row.value])).toEqual([
      ['2020/21', 1684],
      ['2021/22', 1867]
    ])
  })
})

describe.each(['ods', 'xlsx'] as const)('an accessible %s workbook', (format) => {
  it('reads the long table by year and area, markers and the National Security Division', () => {
    const store = tempStore()
    const summary = importFile(store, { fileName: `mappa-data-tables.${format}`, bytes: accessibleBook(format, { year: 2024 }) })
    expect(summary).toMatchObject({
      recogniser: 'moj-accessible',
      editionLabel: 'MAPPA annual report 2023/24',
      period: '2023/24',
      unknownRowLabels: []
    })
    expect(summary.findings.map((table) => [table.sheet, table.layout])).toEqual([
      ['Table_1', 'long'],
      ['Table_2', 'wide']
    ])
    expect(summary.findings[1]).toMatchObject({ period: '2023/24', periodSource: 'title' })
    expect(currentFigures(store.db, { area: 'county-durham', measure: 'rso' }).map((row) => [row.period, row.value])).toEqual([
      ['2021/22', 941],
      ['2022/23', 1007],
      ['2023/24', 1123]
    ])
    expect(figure(store, 'national-security-division', 'rso', '2023/24')).toMatchObject({
      area_kind: 'other',
      value: null,
      status: 'not_available',
      raw: '[x]'
    })
    expect(figure(store, 'national-security-division', 'rso_rate', '2023/24')).toMatchObject({ status: 'not_applicable', raw: '[z]' })
    expect(figure(store, 'national-security-division', 'terrorism', '2023/24')).toMatchObject({ value: 180 })
    expect(figure(store, 'wales', 'rso', '2023/24')).toMatchObject({ area_kind: 'total' })
    expect(figure(store, 'essex', 'cat1_level2', '2023/24')?.value).toBeGreaterThan(0)
    expect(figure(store, 'essex', 'cat3_level3', '2023/24')).toMatchObject({ status: 'suppressed', raw: '[c]' })
  })

  it('reads [note n] references in headers and the Notes sheet', () => {
    const store = tempStore()
    const summary = importFile(store, { fileName: `m.${format}`, bytes: accessibleBook(format, { year: 2024 }) })
    expect(summary.findings[0].columns.find((column) => column.measureId === 'rso')?.footnotes).toEqual(['2'])
    expect(store.db.prepare("SELECT text FROM footnote WHERE ref = '3'").pluck().get()).toBe(
      'Rates use mid-year population estimates of people aged 10 and over.'
    )
  })
})

describe('a CSV of MAPPA figures', () => {
  const longCsv = (delimiter: string) =>
    [
      'MAPPA figures at 31 March',
      ['Year', 'Area', 'Registered sexual offenders', 'Violent offenders'].join(delimiter),
      ...['Essex', 'Kent', 'Surrey', 'Sussex', 'Norfolk', 'Suffolk'].map((area, index) =>
        ['2021/22', area, `"${(1500 + index).toLocaleString('en-GB')}"`, 400 + index].join(delimiter)
      )
    ].join('\r\n')

  it.each([
    ['UTF-8 with commas', new TextEncoder().encode(longCsv(','))],
    ['UTF-8 with a byte-order mark and semicolons', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(longCsv(';'))])],
    [
      'UTF-16LE with tabs',
      new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(longCsv('\t'), (char) => char.charCodeAt(0)).buffer)])
    ]
  ])('reads %s', (_name, bytes) => {
    const store = tempStore()
    const summary = importFile(store, { fileName: 'figures.csv', bytes })
    expect(summary).toMatchObject({ recogniser: 'moj-csv', format: 'csv', period: '2021/22' })
    expect(figure(store, 'essex', 'rso', '2021/22')).toMatchObject({ value: 1500, raw: '1,500' })
    expect(figure(store, 'suffolk', 'violent', '2021/22')).toMatchObject({ value: 405 })
  })

  it('reads the accessible long table saved as CSV, title and notes rows included', () => {
    const store = tempStore()
    const summary = importFile(store, { fileName: 'table-1.csv', bytes: accessibleBook('csv', { year: 2024 }) })
    expect(summary).toMatchObject({ recogniser: 'moj-csv', period: '2023/24', unknownRowLabels: [] })
    expect(summary.findings[0]).toMatchObject({ layout: 'long', counts: { notApplicable: 3 } })
    expect(figure(store, 'county-durham', 'rso', '2022/23')).toMatchObject({
      value: 1007,
      source: { file: 'table-1.csv', sheet: 'Sheet1' }
    })
    expect(figure(store, 'national-security-division', 'rso', '2023/24')).toMatchObject({ area_kind: 'other', status: 'not_available' })
  })

  it('falls back to the generic reader, and says so, for a CSV that is not about areas', () => {
    const store = tempStore()
    const summary = importFile(store, {
      fileName: 'ages.csv',
      bytes: workbookBytes(
        {
          S: [
            ['Age', 'Count'],
            ['18-20', 3],
            ['21-24', 5]
          ]
        },
        'csv'
      )
    })
    expect(summary.recogniser).toBe('generic')
  })
})

describe('editions and revisions', () => {
  it('joins a 2021/22 old-style table and a 2023/24 accessible workbook into one series per area', () => {
    const store = tempStore()
    importFile(store, {
      fileName: 'mappa-2021-22.xlsx',
      bytes: oldStyleBook('xlsx', { year: 2022, spellings: { 'County Durham': 'Durham', Teesside: 'Cleveland' } })
    })
    const newer = importFile(store, {
      fileName: 'mappa-2023-24.ods',
      bytes: accessibleBook('ods', { year: 2024, overrides: { 'Essex|2022|rso': '1,870', 'Teesside|2022|violent': '[c]' } })
    })
    expect(currentFigures(store.db, { area: 'county-durham', measure: 'rso' }).map((row) => row.period)).toEqual([
      '2021/22',
      '2022/23',
      '2023/24'
    ])
    expect(currentFigures(store.db, { area: 'teesside', measure: 'rso' }).map((row) => row.period)).toEqual([
      '2021/22',
      '2022/23',
      '2023/24'
    ])
    expect(figure(store, 'essex', 'rso', '2021/22')).toMatchObject({ value: 1870, source: { file: 'mappa-2023-24.ods', sheet: 'Table_1' } })
    const revisions = newer.revisions.map(
      (revision) => `${revision.area} ${revision.measure} ${revision.period}: ${revision.old_raw} → ${revision.new_raw}`
    )
    // In MoJ area order: Teesside (once Cleveland) comes before Essex.
    expect(revisions).toEqual([
      `teesside violent 2021/22: ${figuresFor('Teesside', 2022).violent} → [c]`,
      'essex rso 2021/22: 1867 → 1,870'
    ])
    expect(newer.revisions[1]).toMatchObject({
      old: 1867,
      new: 1870,
      from_release: 'MAPPA annual report 2021/22',
      to_release: 'MAPPA annual report 2023/24'
    })
    expect(listRevisions(store.db, { area: 'teesside' })).toMatchObject([
      { measure: 'violent', period: '2021/22', new: null, new_raw: '[c]' }
    ])
  })

  it('keeps the newer edition current when an older one is imported after it', () => {
    const store = tempStore()
    importFile(store, { fileName: 'new.ods', bytes: accessibleBook('ods', { year: 2024, overrides: { 'Essex|2022|rso': '1,870' } }) })
    const older = importFile(store, { fileName: 'old.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
    expect(figure(store, 'essex', 'rso', '2021/22')?.value).toBe(1870)
    expect(older.revisions).toMatchObject([{ area: 'essex', old: 1867, new: 1870 }])
  })

  it('lists every period of a series with its source cell', () => {
    const store = tempStore()
    for (const year of [2019, 2020, 2021]) importFile(store, { fileName: `mappa-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })
    importFile(store, { fileName: 'mappa-2022.xls', bytes: oldStyleBook('xls', { year: 2022 }) })
    const series = currentFigures(store.db, { area: 'essex', measure: 'rso' }).map((row) => [
      row.period,
      row.value,
      row.source.file,
      row.source.cell
    ])
    expect(series).toEqual([
      ['2018/19', 1496, 'mappa-2019.xlsx', 'B19'],
      ['2019/20', 1596, 'mappa-2020.xlsx', 'B19'],
      ['2020/21', 1684, 'mappa-2021.xlsx', 'B19'],
      ['2021/22', 1867, 'mappa-2022.xls', 'B19']
    ])
  })
})

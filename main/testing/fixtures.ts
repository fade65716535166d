// Writes realistic MAPPA workbooks for tests and benchmarks: real .xlsx, .xls, .ods and .csv bytes
// through SheetJS, shaped like the MoJ's tables of both eras: old style (title and notes above,
// merged group headers, wrapped "(n)" headers, `Area` in column A, a notes block below) and
// accessible (Cover, Contents, Notes, Table_N sheets). Test data only, never shipped as sample:
// Essex, England and Wales and County Durham carry published figures; the rest are stand-ins.

import * as XLSX from '@e965/xlsx'
import { AREAS } from '../contract/areas'

type Cell = string | number | null
type Grid = Cell[][]

export type FixtureFormat = 'xlsx' | 'xls' | 'ods' | 'csv'

export interface AreaFigures {
  rso: number | string
  violent: number | string
  other_dangerous: number | string
  rso_rate: number | string
}

export function standInFigures(name: string): Record<keyof AreaFigures, number> {
  const seed = [...name].reduce((sum, char) => sum + char.charCodeAt(0), 0)
  return { rso: 400 + (seed % 1700), violent: 100 + (seed % 500), other_dangerous: seed % 40, rso_rate: 80 + (seed % 60) }
}

export interface AreaTableOptions {
  /** Title line; the period is read from it. */
  title?: string
  /** Spellings to use instead of the canonical names, e.g. { 'County Durham': 'Durham' }. */
  spellings?: Record<string, string>
  /** Overrides for particular cells, e.g. { Dorset: { other_dangerous: '[c]' } }. */
  overrides?: Record<string, Partial<AreaFigures>>
  /** Cell values as text with thousands separators ("1,867"), as some MoJ tables hold them. */
  isTextNumbers?: boolean
  /** Extra rows to append to the area table (for size benchmarks). */
  extraRows?: number
}

/** An area table in the old MoJ style: title and notes above, header row with `Area`, 42 areas, total, notes below. */
export function areaTableRows(options: AreaTableOptions = {}): (string | number | null)[][] {
  const title = options.title ?? 'Table 1: MAPPA-eligible offenders at 31 March 2022, by area'
  const format = (value: number | string) => (options.isTextNumbers && typeof value === 'number' ? value.toLocaleString('en-GB') : value)
  const rows: (string | number | null)[][] = [
    [title],
    ['Multi-Agency Public Protection Arrangements annual report 2021/22'],
    [],
    [
      'Area',
      'Category 1 registered sexual offenders',
      'Category 2 violent offenders',
      'Category 3 other dangerous offenders',
      'RSOs per 100,000 population aged 10 and over'
    ]
  ]
  const areaNames = AREAS.filter((area) => area.kind !== 'other').map((area) => area.name)
  for (const name of [...areaNames.filter((n) => n !== 'England and Wales' && n !== 'Wales'), 'Wales', 'England and Wales']) {
    const figures = { ...standInFigures(name), ...PUBLISHED[2022][name], ...options.overrides?.[name] }
    rows.push([
      options.spellings?.[name] ?? name,
      format(figures.rso),
      format(figures.violent),
      format(figures.other_dangerous),
      format(figures.rso_rate)
    ])
  }
  for (let extra = 0; extra < (options.extraRows ?? 0); extra++) {
    rows.push([`Extra row ${extra + 1}`, extra % 997, extra % 89, extra % 7, extra % 150])
  }
  rows.push([], ['Notes'], ['1. Figures are at 31 March 2022.'], ['2. [c] Figures of fewer than 5 are suppressed.'])
  return rows
}

/** A workbook of the sheets given, in order; as CSV, the first sheet only. */
export function workbookBytes(sheets: Record<string, Grid>, format: FixtureFormat): Uint8Array {
  const book = XLSX.utils.book_new()
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, sheetOf(rows), name)
  return write(book, format, book.SheetNames[0])
}

/** A whole old-style workbook: a Contents sheet, then the area table on the last sheet. */
export function oldStyleWorkbook(format: FixtureFormat, options: AreaTableOptions = {}): Uint8Array {
  if (format === 'csv') return workbookBytes({ Table1: areaTableRows(options) }, 'csv')
  return workbookBytes(
    {
      Contents: [['MAPPA annual report 2021/22: tables'], ['Table 1', 'MAPPA-eligible offenders by area']],
      'Table 1': areaTableRows(options)
    },
    format
  )
}

export interface OldStyleOptions {
  /** The 31 March the table is at, e.g. 2022. */
  year: number
  /** Row of the `Area` header, one-based (5 and 7 both occur). */
  headerRow?: 5 | 7
  /** Spellings of that era, e.g. { 'County Durham': 'Durham', Teesside: 'Cleveland' }. */
  spellings?: Record<string, string>
  /** Values to force, by canonical area name and column key. */
  overrides?: Record<string, Partial<Record<OldColumn, Cell>>>
  /** A second, non-area table on the same sheet after a blank row. */
  hasSecondTable?: boolean
}

export type OldColumn =
  'rso' | 'rso_rate' | 'violent' | 'other_dangerous' | 'total' | 'c1l2' | 'c1l3' | 'c2l2' | 'c2l3' | 'breaches' | 'shpo'

/** Published figures at 31 March, where we have them; the rest are stand-ins. */
const PUBLISHED: Record<number, Record<string, Partial<Record<OldColumn, number>>>> = {
  2019: { Essex: { rso: 1496, rso_rate: 93 }, 'County Durham': { rso: 787 } },
  2020: { Essex: { rso: 1596, rso_rate: 99 }, 'County Durham': { rso: 842 }, 'England and Wales': { rso: 62435, rso_rate: 119 } },
  2021: { Essex: { rso: 1684, rso_rate: 103 }, 'County Durham': { rso: 901 } },
  2022: {
    Essex: { rso: 1867, rso_rate: 114, violent: 406, other_dangerous: 19 },
    'County Durham': { rso: 941 },
    'England and Wales': { rso: 66741, rso_rate: 126, violent: 22304, other_dangerous: 393 }
  },
  2023: { 'County Durham': { rso: 1007 }, 'England and Wales': { rso: 68357 } },
  2024: { 'County Durham': { rso: 1123 }, 'England and Wales': { rso: 70052 } }
}

const AREA_NAMES = AREAS.filter((area) => area.kind === 'area').map((area) => area.name)

/**
 * Population aged 10+ behind the stand-in rates, fixed per area so a count and its rate agree
 * across years as the MoJ's do. Essex and England and Wales are what their published figures imply.
 */
const POPULATION: Record<string, number> = { Essex: 1_630_000, 'England and Wales': 52_800_000 }
function populationOf(name: string): number {
  const seed = [...name].reduce((sum, char) => sum + char.charCodeAt(0) * 7, 0)
  return POPULATION[name] ?? 600_000 + (seed % 1_900) * 1_000
}
const rateOf = (name: string, count: number) => Math.round((count / populationOf(name)) * 100_000)

export function figuresFor(name: string, year: number): Record<OldColumn, number> {
  const base = standInFigures(`${name}${year}`)
  const published = PUBLISHED[year]?.[name] ?? {}
  const rso = published.rso ?? base.rso
  const violent = published.violent ?? base.violent
  const otherDangerous = published.other_dangerous ?? base.other_dangerous
  return {
    rso,
    rso_rate: published.rso_rate ?? rateOf(name, rso),
    violent,
    other_dangerous: otherDangerous,
    total: rso + violent + otherDangerous,
    c1l2: Math.round(rso / 40),
    c1l3: Math.round(rso / 300),
    c2l2: Math.round(violent / 8),
    c2l3: Math.round(violent / 40),
    breaches: Math.round(rso / 20),
    shpo: Math.round(rso / 15)
  }
}

function totalsOf(year: number): Record<OldColumn, number> {
  const sums = AREA_NAMES.map((name) => figuresFor(name, year)).reduce(
    (sum, figures) =>
      Object.fromEntries(Object.entries(sum).map(([key, value]) => [key, value + figures[key as OldColumn]])) as Record<OldColumn, number>
  )
  const published = PUBLISHED[year]?.['England and Wales']
  const rso = published?.rso ?? sums.rso
  return { ...sums, ...published, rso_rate: published?.rso_rate ?? rateOf('England and Wales', rso) }
}

const OLD_COLUMNS: OldColumn[] = [
  'rso',
  'rso_rate',
  'violent',
  'other_dangerous',
  'total',
  'c1l2',
  'c1l3',
  'c2l2',
  'c2l3',
  'breaches',
  'shpo'
]

/** The old-style area table: rows above, group headers merged over wrapped "(n)" headers, areas, total, notes. */
export function oldStyleSheet(options: OldStyleOptions): { grid: Grid; merges: XLSX.Range[] } {
  const year = options.year
  const headerIndex = (options.headerRow ?? 7) - 1
  const grid: Grid = [
    [`Table 1: MAPPA-eligible offenders on 31 March ${year}, by area`],
    [`Multi-Agency Public Protection Arrangements (MAPPA) annual report ${year - 1}/${String(year % 100).padStart(2, '0')}`]
  ]
  while (grid.length < headerIndex - 1) grid.push([])
  grid.push([
    null,
    'Number at 31 March',
    null,
    null,
    null,
    null,
    'Category 1 (managed during the year)',
    null,
    'Category 2 (managed during the year)',
    null,
    'Restrictive orders',
    null
  ])
  grid.push([
    'Area',
    'Category 1:\nRegistered sexual offenders (1)',
    'RSOs per 100,000  population (2)',
    'Category 2:\nViolent offenders',
    'Category 3:\nOther dangerous offenders',
    'Total (3)',
    'Level 2',
    'Level 3',
    'Level 2',
    'Level 3',
    'RSOs cautioned or convicted for breach of notification requirements',
    'SHPOs imposed (4)'
  ])
  const rowFor = (label: string, figures: Record<OldColumn, Cell>) => [label, ...OLD_COLUMNS.map((key) => figures[key])]
  for (const name of AREA_NAMES) {
    grid.push(rowFor(options.spellings?.[name] ?? name, { ...figuresFor(name, year), ...options.overrides?.[name] }))
  }
  grid.push(rowFor('England and Wales', { ...totalsOf(year), ...options.overrides?.['England and Wales'] }))
  grid.push(
    [],
    ['Notes'],
    ['(1) Registered sexual offenders are those required to notify the police of their details under the Sexual Offences Act 2003.'],
    [`(2) Rates use mid-${year - 1} population estimates of people aged 10 and over.`],
    ['(3) Offenders may appear in more than one category; the total counts each once.'],
    ['(4) SHPOs replaced SOPOs in March 2015.'],
    ['- nil; .. not available; * fewer than 5, suppressed.']
  )
  if (options.hasSecondTable) {
    grid.push(
      [],
      [`Table 2: Serious further offences, ${year - 1}/${String(year % 100).padStart(2, '0')}`],
      ['Level', 'Charged', 'Convicted'],
      ['Level 1', 120, 80],
      ['Level 2', 30, 22],
      ['Level 3', 4, '*']
    )
  }
  const merges: XLSX.Range[] = [
    { s: { r: headerIndex - 1, c: 1 }, e: { r: headerIndex - 1, c: 5 } },
    { s: { r: headerIndex - 1, c: 6 }, e: { r: headerIndex - 1, c: 7 } },
    { s: { r: headerIndex - 1, c: 8 }, e: { r: headerIndex - 1, c: 9 } },
    { s: { r: headerIndex - 1, c: 10 }, e: { r: headerIndex - 1, c: 11 } }
  ]
  return { grid, merges }
}

function sheetOf(grid: Grid, merges: XLSX.Range[] = []): XLSX.WorkSheet {
  const sheet = XLSX.utils.aoa_to_sheet(grid)
  if (merges.length > 0) sheet['!merges'] = merges
  return sheet
}

/** The book's bytes; as CSV, only the sheet named (by default the last, where the area table is). */
function write(book: XLSX.WorkBook, format: FixtureFormat, csvSheet = book.SheetNames[book.SheetNames.length - 1]): Uint8Array {
  if (format === 'csv') return new TextEncoder().encode(XLSX.utils.sheet_to_csv(book.Sheets[csvSheet]))
  return new Uint8Array(XLSX.write(book, { bookType: format === 'xls' ? 'biff8' : format, type: 'buffer' }) as Buffer)
}

/** An old-style MoJ workbook: Contents first, the area table on the last sheet. */
export function oldStyleBook(format: FixtureFormat, options: OldStyleOptions): Uint8Array {
  const book = XLSX.utils.book_new()
  const period = `${options.year - 1}/${String(options.year % 100).padStart(2, '0')}`
  XLSX.utils.book_append_sheet(
    book,
    sheetOf([[`MAPPA annual report ${period}: tables`], [], ['Table 1', 'MAPPA-eligible offenders by area']]),
    'Contents'
  )
  const { grid, merges } = oldStyleSheet(options)
  XLSX.utils.book_append_sheet(book, sheetOf(grid, merges), 'Table 1')
  return write(book, format)
}

export interface AccessibleOptions {
  /** The 31 March of the latest year, e.g. 2024; the long table covers `years` years up to it. */
  year: number
  years?: number
  /** Values to force in the long table, by `${area}|${year}|${column}`. */
  overrides?: Record<string, Cell>
}

const ACCESSIBLE_AREAS = [...AREA_NAMES, 'England and Wales', 'Wales', 'National Security Division']

/** A gov.uk accessible workbook: Cover, Contents, Notes, a long Table_1 and a wide Table_2. */
export function accessibleBook(format: Exclude<FixtureFormat, 'xls'>, options: AccessibleOptions): Uint8Array {
  const { year } = options
  const span = `${year - 1} to ${year}`
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(
    book,
    sheetOf([
      [`Multi-Agency Public Protection Arrangements (MAPPA) annual report ${span}: data tables`],
      ['This workbook contains the MAPPA data tables.'],
      ['Period covered'],
      [`1 April ${year - 1} to 31 March ${year}`],
      ['Source'],
      ['Ministry of Justice, MAPPA area returns']
    ]),
    'Cover'
  )
  XLSX.utils.book_append_sheet(
    book,
    sheetOf([
      ['Contents'],
      ['Table number', 'Table title'],
      ['Table_1', 'Offenders by category and area'],
      ['Table_2', 'Offenders by level and area']
    ]),
    'Contents'
  )
  XLSX.utils.book_append_sheet(
    book,
    sheetOf([
      ['Notes'],
      ['Note number', 'Note text'],
      ['[note 1]', 'Figures are at 31 March of each year.'],
      ['[note 2]', 'Registered sexual offenders are Category 1 offenders.'],
      ['[note 3]', 'Rates use mid-year population estimates of people aged 10 and over.'],
      ['[note 4]', 'National Security Division figures are not broken down by area.']
    ]),
    'Notes'
  )
  const long: Grid = [
    [`Table 1: MAPPA-eligible offenders at 31 March, by category and area, ${year - (options.years ?? 3)} to ${year} [note 1]`],
    ['This worksheet contains one table. Some cells refer to notes which can be found in the notes worksheet.'],
    ['Source: Ministry of Justice'],
    [
      'Year',
      'Area',
      'Category 1: registered sexual offenders [note 2]',
      'Rate per 100,000 population aged 10 and over [note 3]',
      'Category 2: violent offenders',
      'Category 3: other dangerous offenders',
      'Category 4: terrorism offenders'
    ]
  ]
  for (let at = year - (options.years ?? 3) + 1; at <= year; at++) {
    for (const name of ACCESSIBLE_AREAS) {
      const isNsd = name === 'National Security Division'
      const figures = name === 'England and Wales' ? totalsOf(at) : name === 'Wales' ? figuresFor('Wales', at) : figuresFor(name, at)
      const row: Cell[] = [
        `${at - 1} to ${at}`,
        name,
        isNsd ? '[x]' : figures.rso,
        isNsd ? '[z]' : figures.rso_rate,
        isNsd ? '[x]' : figures.violent,
        isNsd ? '[x]' : figures.other_dangerous,
        isNsd ? 180 : at < 2023 ? '[x]' : Math.round(figures.violent / 100) || '[c]'
      ]
      const keys = ['year', 'area', 'rso', 'rso_rate', 'violent', 'other_dangerous', 'terrorism']
      keys.forEach((key, index) => {
        const forced = options.overrides?.[`${name}|${at}|${key}`]
        if (forced !== undefined) row[index] = forced
      })
      long.push(row)
    }
  }
  XLSX.utils.book_append_sheet(book, sheetOf(long), 'Table_1')
  const wide: Grid = [
    [`Table 2: MAPPA-eligible offenders at 31 March ${year} by management level and area`],
    ['This worksheet contains one table.'],
    [
      'Area',
      'Category 1 level 1',
      'Category 1 level 2',
      'Category 1 level 3',
      'Category 2 level 1',
      'Category 2 level 2',
      'Category 2 level 3',
      'Category 3 level 2',
      'Category 3 level 3'
    ]
  ]
  for (const name of [...AREA_NAMES, 'England and Wales']) {
    const figures = name === 'England and Wales' ? totalsOf(year) : figuresFor(name, year)
    wide.push([
      name,
      figures.rso - figures.c1l2 - figures.c1l3,
      figures.c1l2,
      figures.c1l3,
      figures.violent - figures.c2l2 - figures.c2l3,
      figures.c2l2,
      figures.c2l3 || '-',
      figures.other_dangerous,
      '[c]'
    ])
  }
  XLSX.utils.book_append_sheet(book, sheetOf(wide), 'Table_2')
  return write(book, format, 'Table_1')
}

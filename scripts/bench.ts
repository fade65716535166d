// `npm run bench`: times SheetJS parsing alone against MAPPA Desk's full import (limits, parse,
// recognise, one SQLite transaction) and the memory each needs. Writes only to a temp folder.

import * as XLSX from '@e965/xlsx'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { importFile } from '../main/import/importFile'
import { checkBeforeParse } from '../main/import/limits'
import { decodeText, sniffDelimiter, sniffFile, sniffFormat } from '../main/import/sniff'
import { MAX_CELLS, MAX_ROWS_PER_SHEET } from '../main/import/workbook'
import { openStore } from '../main/store/database'
import { areaTableRows, oldStyleSheet } from '../main/testing/fixtures'
import { largeOds } from '../main/testing/large-ods'
import {
  bestOf,
  deskStart,
  interleaved,
  libreOfficeConvert,
  mappaHelp,
  mappaImport,
  mappaImportInto,
  rendererBundle,
  sheetjsParse,
  spareWorkerMemory,
  type ProcessFigure
} from './bench-processes'

interface Case {
  id: string
  label: string
  fileName: string
  /** Timed runs; the median is reported. One for the big sheets keeps the whole bench near a minute. */
  runs: number
  build(): Uint8Array
}

/** A MoJ annual-tables workbook: Contents and Notes, then one old-style area table (43 rows × 12 columns) a sheet; `latest` is its newest year. */
function mojWorkbook(latest = 2024): Uint8Array {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['MAPPA annual report 2023/24: tables'],
      ...Array.from({ length: 36 }, (_, index) => [`Table ${index + 1}`, 'MAPPA-eligible offenders by area'])
    ]),
    'Contents'
  )
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['Notes'], ...Array.from({ length: 20 }, (_, index) => [`(${index + 1}) Note on the figures.`])]),
    'Notes'
  )
  // 36 tables of about 560 filled cells: the 20,000 or so cells of a full MoJ workbook.
  for (let table = 1; table <= 36; table++) {
    const { grid, merges } = oldStyleSheet({ year: latest - (table % 12) })
    const sheet = XLSX.utils.aoa_to_sheet(grid)
    sheet['!merges'] = merges
    XLSX.utils.book_append_sheet(book, sheet, `Table ${table}`)
  }
  return deflated(book)
}

/** Excel deflates every part; SheetJS stores them unless asked, which would flatter the parse. */
const deflated = (book: XLSX.WorkBook) =>
  new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer)

function bigSheet(): XLSX.WorkBook {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(areaTableRows({ extraRows: 100_000 })), 'Table1')
  return book
}

const CASES: Case[] = [
  { id: 'moj', label: 'MoJ-size workbook (xlsx)', fileName: 'mappa-2023-24.xlsx', runs: 5, build: mojWorkbook },
  { id: 'rows-xlsx', label: '100,000-row sheet (xlsx)', fileName: 'rows-100k.xlsx', runs: 1, build: () => deflated(bigSheet()) },
  {
    id: 'rows-csv',
    label: '100,000-row sheet (csv)',
    fileName: 'rows-100k.csv',
    runs: 1,
    build: () => new TextEncoder().encode(XLSX.utils.sheet_to_csv(bigSheet().Sheets.Table1))
  },
  // The shape of the Home Office's police recorded crime tables: 6 sheets, 148,200 rows, 103 MB of XML.
  { id: 'ods-large', label: 'Police recorded crime shape (ods)', fileName: 'police-recorded-crime.ods', runs: 1, build: () => largeOds() }
]

/** Cases timed as whole processes too: what a reporter waits for at the command line. */
const WHOLE_PROCESS_CASES = ['moj', 'rows-xlsx', 'ods-large']

type Phase = 'idle' | 'parse' | 'import'

interface Measurement {
  /** Milliseconds of each timed run. */
  times: number[]
  /** Peak resident memory of the whole process, in bytes. */
  peakRss: number
  cells: number
  /** The pre-parse checks of main/import/limits.ts alone (part of the full import). */
  limitsMs: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** SheetJS alone, with the options main/import/workbook.ts gives it. */
function parseOnly(bytes: Uint8Array): XLSX.WorkBook {
  const options: XLSX.ParsingOptions = { dense: true, cellDates: true, sheetRows: MAX_ROWS_PER_SHEET + 1 }
  if (sniffFormat(bytes) === 'csv') {
    const text = decodeText(bytes)
    return XLSX.read(text, { ...options, type: 'string', raw: true, FS: sniffDelimiter(text) })
  }
  return XLSX.read(bytes, { ...options, type: 'buffer' })
}

const filledCells = (book: XLSX.WorkBook) =>
  book.SheetNames.reduce(
    (sum, name) =>
      sum + ((book.Sheets[name]['!data'] ?? []) as unknown[][]).reduce((inRow, row) => inRow + (row ?? []).filter(Boolean).length, 0),
    0
  )

/** One phase of one case, in this (child) process, so its memory peak is its own. */
function measure(file: string, fileName: string, phase: Phase, runs: number, folder: string): Measurement {
  const bytes = new Uint8Array(readFileSync(file))
  const times: number[] = []
  const limits: number[] = []
  let cells = 0
  for (let run = 0; run < runs; run++) {
    if (phase === 'parse') {
      const checked = performance.now()
      checkBeforeParse(sniffFile(bytes), { maxCells: MAX_CELLS })
      limits.push(performance.now() - checked)
      const start = performance.now()
      const book = parseOnly(bytes)
      times.push(performance.now() - start)
      cells = filledCells(book)
    } else if (phase === 'import') {
      const store = openStore(join(folder, `${phase}-${process.pid}-${run}.sqlite`))
      const start = performance.now()
      const summary = importFile(store, { fileName, bytes })
      times.push(performance.now() - start)
      cells = summary.observations
      store.close()
    }
  }
  return { times, peakRss: process.resourceUsage().maxRSS * 1024, cells, limitsMs: limits.length > 0 ? median(limits) : 0 }
}

function runChild(script: string, args: string[]): Measurement {
  // process.execArgv carries tsx's loader, so the child runs this same TypeScript file.
  const child = spawnSync(process.execPath, [...process.execArgv, script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 })
  if (child.status !== 0) throw new Error(`bench child ${args.join(' ')} failed: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as Measurement
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`
const ms = (value: number) => (value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en-GB')} ms`)

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '))
    .join('\n')
}

const ratio = (top: ProcessFigure, bottom: ProcessFigure) => (top.skipped || bottom.skipped ? '–' : `${(top.ms / bottom.ms).toFixed(2)}×`)
const processMs = (figure: ProcessFigure) => figure.skipped ?? ms(figure.ms)

/** Whole processes, side by side: mappa import, SheetJS parse alone, LibreOffice to CSV; then the renderer's size. */
function wholeProcesses(folder: string): void {
  const rows = [
    [
      'case (whole processes)',
      'SheetJS parse',
      'mappa import',
      'import ÷ parse',
      'LibreOffice → CSV',
      'import ÷ LibreOffice',
      'peak RSS import'
    ]
  ]
  let skippedLibreOffice = ''
  for (const id of WHOLE_PROCESS_CASES) {
    const each = CASES.find((candidate) => candidate.id === id)!
    const file = join(folder, each.fileName)
    const parse = sheetjsParse(file)
    const imported = mappaImport(file, folder)
    const office = libreOfficeConvert(file, folder)
    skippedLibreOffice = office.skipped ?? ''
    rows.push([
      each.label,
      processMs(parse),
      processMs(imported),
      ratio(imported, parse),
      processMs(office),
      ratio(imported, office),
      imported.peakRss ? mb(imported.peakRss) : '–'
    ])
  }
  console.log(`\n${table(rows)}`)
  if (skippedLibreOffice) console.log(`LibreOffice skipped: ${skippedLibreOffice}.`)
  const bundle = rendererBundle()
  console.log(
    bundle.skipped ? `Renderer bundle: skipped, ${bundle.skipped}.` : `Renderer bundle (out/renderer, minified): ${mb(bundle.bytes)}`
  )
  const spare = spareWorkerMemory()
  console.log(
    spare.skipped
      ? `Spare import worker: skipped, ${spare.skipped}.`
      : `Spare import worker, waiting for a file (resident memory it adds, median of 3): ${mb(spare.bytes)}`
  )
}

/** Runs of each start-up case: best of three and the spread, as the shared machine asks. */
const START_RUNS = 3
/** Rounds of the one-table case, the 1.5× aim: its figures are small, so it is run more often. */
const TABLE_ROUNDS = 11

/** A database in `folder` holding one edition already (the year before), for imports into it. */
function databaseHolding(folder: string, name: string, fileName: string, bytes: Uint8Array): string {
  const path = join(folder, name)
  const store = openStore(path)
  importFile(store, { fileName, bytes })
  store.close()
  return path
}

/** One MoJ area table, as a reporter downloads it: one old-style sheet of 43 areas by 11 measures. */
function areaTable(latest: number): Uint8Array {
  const book = XLSX.utils.book_new()
  const { grid, merges } = oldStyleSheet({ year: latest })
  const sheet = XLSX.utils.aoa_to_sheet(grid)
  sheet['!merges'] = merges
  XLSX.utils.book_append_sheet(book, sheet, 'Table 1')
  return deflated(book)
}

/**
 * The aim, `mappa import` of a MoJ area table within 1.5× SheetJS parsing it alone:
 * into a new database and into one holding the year before, the three run in turn.
 */
function areaTableImport(folder: string): void {
  const file = join(folder, 'mappa-table-2023-24.xlsx')
  writeFileSync(file, areaTable(2024))
  const holding = databaseHolding(folder, 'holding-the-table-before.sqlite', 'mappa-table-2022-23.xlsx', areaTable(2023))
  const [parse, fresh, into] = interleaved(TABLE_ROUNDS, [
    () => sheetjsParse(file),
    () => mappaImport(file, folder),
    () => mappaImportInto(file, holding, folder)
  ])
  const rows = [
    ['MoJ area table (1 sheet, 473 figures, whole processes)', `median of ${TABLE_ROUNDS}`, 'best', '÷ parse (medians)', '÷ parse (bests)']
  ]
  for (const [label, figure] of [
    ['SheetJS parse alone', parse],
    ['mappa import, new database', fresh],
    ['mappa import, database holding the year before', into]
  ] as const) {
    const isImport = figure !== parse
    rows.push([
      label,
      ms(figure.median),
      ms(figure.best),
      isImport ? `${(figure.median / parse.median).toFixed(2)}×` : '–',
      isImport ? `${(figure.best / parse.best).toFixed(2)}×` : '–'
    ])
  }
  console.log(`\n${table(rows)}`)
}

/**
 * What a reporter waits for at the command line and the window, on the MoJ workbook: help, an
 * import into a new database and into one holding the previous edition, and the desk's first
 * answer; each against SheetJS parsing the file alone (the aim is import ≤ 1.5× parse).
 */
function commandLineStart(folder: string): void {
  const file = join(folder, CASES.find((each) => each.id === 'moj')!.fileName)
  const holding = databaseHolding(folder, 'holding-an-edition.sqlite', 'mappa-2022-23.xlsx', mojWorkbook(2023))
  const parse = bestOf(START_RUNS, () => sheetjsParse(file))
  const cases: [string, ProcessFigure & { spreadMs: number }][] = [
    ['SheetJS parse alone', parse],
    ['mappa help', bestOf(START_RUNS, mappaHelp)],
    ['mappa import, new database', bestOf(START_RUNS, () => mappaImport(file, folder))],
    ['mappa import, database holding the previous edition', bestOf(START_RUNS, () => mappaImportInto(file, holding, folder))],
    ['desk start (mappa serve) to the first answer', bestOf(START_RUNS, () => deskStart(holding))]
  ]
  const rows = [['start-up (MoJ workbook, whole processes)', `best of ${START_RUNS}`, 'spread', '÷ SheetJS parse']]
  for (const [label, figure] of cases)
    rows.push([label, ms(figure.ms), ms(figure.spreadMs), label.startsWith('mappa import') ? ratio(figure, parse) : '–'])
  console.log(`\n${table(rows)}`)
}

function main(): void {
  const { values } = parseArgs({
    options: {
      case: { type: 'string' },
      phase: { type: 'string' },
      file: { type: 'string' },
      folder: { type: 'string' },
      part: { type: 'string' }
    }
  })
  const script = fileURLToPath(import.meta.url)
  if (values.case) {
    const found = CASES.find((each) => each.id === values.case)
    const phase = values.phase === 'parse' || values.phase === 'import' || values.phase === 'idle' ? values.phase : undefined
    if (!found || !phase || !values.file || !values.folder)
      throw new Error('bench child needs --case, --phase (idle, parse or import), --file and --folder')
    console.log(JSON.stringify(measure(values.file, found.fileName, phase, phase === 'idle' ? 0 : found.runs, values.folder)))
    return
  }

  const folder = mkdtempSync(join(tmpdir(), 'mappa-bench-'))
  // `--part start-up`: only the command line's start-up tables, on the CLI as last built.
  if (values.part === 'start-up') {
    try {
      writeFileSync(join(folder, CASES.find((each) => each.id === 'moj')!.fileName), mojWorkbook())
      areaTableImport(folder)
      commandLineStart(folder)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
    return
  }
  if (values.part !== undefined) throw new Error('bench --part takes only start-up')
  try {
    console.log(`MAPPA Desk bench: Node ${process.version}, SheetJS ${XLSX.version}; each phase in its own process; temp folder ${folder}`)
    const rows = [
      ['case', 'file', 'cells', 'limits', 'SheetJS parse', 'full import', 'import ÷ parse', 'peak RSS parse', 'peak RSS import']
    ]
    let baseline = 0
    for (const each of CASES) {
      const file = join(folder, each.fileName)
      const bytes = each.build()
      writeFileSync(file, bytes)
      const args = (phase: Phase) => ['--case', each.id, '--phase', phase, '--file', file, '--folder', folder]
      if (baseline === 0) baseline = runChild(script, args('idle')).peakRss
      const parse = runChild(script, args('parse'))
      const imported = runChild(script, args('import'))
      const parseMs = median(parse.times)
      const importMs = median(imported.times)
      const runs = each.runs > 1 ? ` (median of ${each.runs})` : ''
      console.log(
        `${each.label}: ${mb(bytes.length)}, ${parse.cells.toLocaleString('en-GB')} cells; SheetJS parse ${ms(parseMs)}${runs}, full import ${ms(importMs)}${runs} ` +
          `(${imported.cells.toLocaleString('en-GB')} figures stored), ratio ${(importMs / parseMs).toFixed(2)}; peak RSS ${mb(parse.peakRss)} parsing, ${mb(imported.peakRss)} importing`
      )
      rows.push([
        each.label,
        mb(bytes.length),
        parse.cells.toLocaleString('en-GB'),
        ms(parse.limitsMs),
        ms(parseMs),
        ms(importMs),
        `${(importMs / parseMs).toFixed(2)}×`,
        mb(parse.peakRss),
        mb(imported.peakRss)
      ])
    }
    console.log(
      `\n${table(rows)}\n\nPeak RSS includes the ${mb(baseline)} a child process takes to load Node, tsx and these modules without parsing anything.`
    )
    wholeProcesses(folder)
    areaTableImport(folder)
    commandLineStart(folder)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

main()

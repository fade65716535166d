// Writes an .xlsx whose first sheet is rows of formulas with long cached text results, shaped
// like a public register kept in Excel: real bytes through SheetJS, every data cell a formula
// (`<f>`), the text ones cached as `t="str"` strings of thousands of characters. Test data only.

import * as XLSX from '@e965/xlsx'

export interface FormulaTextOptions {
  /** Data rows under the header (the workbook that showed the shape had 9,999). */
  rows?: number
  /** Characters in each long cached string. */
  textLength?: number
}

/**
 * The short results a lookup formula gives in the "Kind" column. Words JavaScript objects own
 * ("constructor", "__proto__") are real cell texts like any other: a register of trades lists
 * constructors.
 */
export const FORMULA_KINDS = ['Surveyor', 'Constructor', 'Inspector', '__proto__', 'Assessor'] as const

const PHRASE = 'The assessment summary is built by a formula from the case notes held on the register; '

/** Columns: Reference (text formula), Summary (long text formula), Count (number formula), Kind (lookup formula). */
export function formulaTextWorkbook(options: FormulaTextOptions = {}): Uint8Array {
  const rows = options.rows ?? 9_999
  const textLength = options.textLength ?? 3_000
  const repeats = Math.ceil(textLength / PHRASE.length)
  const sheet: XLSX.WorkSheet = {}
  const put = (row: number, column: number, cell: XLSX.CellObject) => (sheet[XLSX.utils.encode_cell({ r: row, c: column })] = cell)
  ;['Reference', 'Summary', 'Count', 'Kind'].forEach((header, column) => put(0, column, { t: 's', v: header }))
  for (let row = 1; row <= rows; row++) {
    put(row, 0, { t: 's', v: `REF-${row}`, f: `"REF-"&(ROW()-1)` })
    put(row, 1, {
      t: 's',
      v: `${row}. ${PHRASE.repeat(repeats)}`.slice(0, textLength),
      f: `LEFT((ROW()-1)&". "&REPT("${PHRASE}",${repeats}),${textLength})`
    })
    put(row, 2, { t: 'n', v: (row * 37) % 1_000, f: `MOD((ROW()-1)*37,1000)` })
    put(row, 3, { t: 's', v: FORMULA_KINDS[row % FORMULA_KINDS.length], f: `INDEX(Kinds!A:A,MOD(ROW()-1,${FORMULA_KINDS.length})+1)` })
  }
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows, c: 3 } })
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'Register')
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(FORMULA_KINDS.map((kind) => [kind])), 'Kinds')
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }))
}

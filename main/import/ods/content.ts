// Builds the sheets of an ODS content.xml from the scanner's tags, enforcing the cell, row and
// column caps as each cell is read, so a repeat bomb is refused before anything is allocated for it.

import { AppError, printable } from '../../contract/errors'
import { beyondLastColumn, MAX_MERGED_AREAS, tooManyCells, tooManyMergedAreas, tooManyRows } from '../limits'
import type { Cell, SheetGrid } from '../workbook'
import { cellValue } from './cell-value'
import type { OdsStyles } from './styles'
import { attribute, decodeEntities, MAX_TAG_CHARS, type XmlHandler } from './xml-scanner'

export interface OdsCaps {
  /** Filled cells the file may hold, counting repeats. */
  maxCells: number
  maxColumns: number
  maxRowsPerSheet: number
}

/** Value types that hold a value of their own; any other cell is text and needs a paragraph or office:string-value. */
const VALUE_TYPES = new Set(['float', 'percentage', 'currency', 'date', 'time', 'boolean'])
/** Whitespace a paragraph collapses: tabs and line ends count as spaces, runs as one (ODF 1.2 §6.1.2). */
const COLLAPSIBLE = /[\t\n\r]| {2}/
const COLLAPSIBLE_RUN = /[\t\n\r ]+/g

const textTooLong = () => new AppError('corrupt_file', 'The ODS file is damaged: a cell in its content.xml holds text over a megabyte long')

/** A repeat or span count: a whole number from 1 up, else 1 (ODF's positiveInteger). */
function count(text: string | undefined): number {
  if (text === undefined) return 1
  const value = Number(text)
  return Number.isInteger(value) && value >= 1 ? value : 1
}

/**
 * A copy of a string cut from the unpacked text: V8 keeps a long slice's whole source alive, and
 * the cells must not hold on to every piece of a 100 MB content.xml. Repeated texts share one copy.
 */
class TextCopies {
  private readonly copies = new Map<string, string>()

  copy(text: string): string {
    if (text.length < 13) return text
    const known = this.copies.get(text)
    if (known !== undefined) return known
    // Flattening a concatenation copies the characters; the slice then refers to that copy alone.
    const copied = (text + ' ').slice(0, -1)
    // Area names, offences and years repeat; a sheet of unique notes should not grow the map without end.
    if (this.copies.size < 100_000) this.copies.set(copied, copied)
    return copied
  }
}

/** One paragraph's displayed text: collapsible space runs become one space, none at either end. */
class Paragraph {
  text = ''
  private isSpacePending = false

  add(raw: string): void {
    let piece = COLLAPSIBLE.test(raw) ? raw.replace(COLLAPSIBLE_RUN, ' ') : raw
    if (piece.charCodeAt(0) === 32) {
      if (this.text.length > 0) this.isSpacePending = true
      piece = piece.slice(1)
    }
    if (piece.length === 0) return
    const endsInSpace = piece.charCodeAt(piece.length - 1) === 32
    this.insert(endsInSpace ? piece.slice(0, -1) : piece)
    this.isSpacePending = endsInSpace
  }

  /** Text that never collapses: text:s spaces, tabs, line breaks. */
  insert(piece: string): void {
    this.text += this.isSpacePending ? ` ${piece}` : piece
    this.isSpacePending = false
    if (this.text.length > MAX_TAG_CHARS) throw textTooLong()
  }
}

interface OpenCell {
  /** The cell's open tag, read for its attributes when the cell closes. */
  tag: string
  repeat: number
  /** Paragraphs so far, joined with line ends as SheetJS joined them. */
  shown: string
  hasParagraph: boolean
}

export class OdsContent implements XmlHandler {
  readonly sheets: SheetGrid[] = []
  /** Cells filled with text, repeats counted. */
  filledCells = 0
  private claimedCells = 0
  private sheet: SheetGrid | undefined
  private row = -1
  private rowRepeat = 1
  private isInRow = false
  private column = -1
  private cell: OpenCell | undefined
  private paragraph: Paragraph | undefined
  /** Above 0 inside something whose text is not the cell's: a comment, a drawing, a covered cell, a nested table. */
  private skipDepth = 0
  private readonly copies = new TextCopies()

  constructor(
    private readonly styles: OdsStyles,
    private readonly caps: OdsCaps
  ) {}

  open(name: string, source: string, start: number, end: number, isSelfClosing: boolean): void {
    if (this.skipDepth > 0) {
      if (!isSelfClosing) this.skipDepth++
      return
    }
    if (this.paragraph !== undefined) return this.inParagraph(name, source, start, end, isSelfClosing)
    switch (name) {
      case 'table:table':
        if (this.sheet !== undefined) this.skip(isSelfClosing)
        else if (!isSelfClosing) this.startSheet(source.slice(start, end))
        return
      case 'table:table-row':
        if (this.sheet === undefined || this.isInRow) return this.skip(isSelfClosing)
        if (this.row === -1) this.row = 0
        this.rowRepeat = count(attribute(source.slice(start, end), 'table:number-rows-repeated'))
        this.column = -1
        this.isInRow = true
        if (isSelfClosing) this.endRow()
        return
      case 'table:table-cell':
        if (!this.isInRow || this.cell !== undefined) return this.skip(isSelfClosing)
        return this.startCell(source.slice(start, end), isSelfClosing)
      case 'table:covered-table-cell':
        if (this.isInRow && this.cell === undefined)
          this.column += count(attribute(source.slice(start, end), 'table:number-columns-repeated'))
        return this.skip(isSelfClosing)
      case 'text:p':
      case 'text:h':
        if (this.cell === undefined) return
        // An empty paragraph still ends a line, as SheetJS counts it.
        if (isSelfClosing) this.cell.shown += '\n'
        else this.paragraph = new Paragraph()
        return
      case 'office:annotation':
        return this.skip(isSelfClosing)
      default:
        if (name.startsWith('style:') || name.startsWith('number:')) this.styles.open(name, source, start, end, isSelfClosing)
        else if (this.cell !== undefined && name.startsWith('draw:')) this.skip(isSelfClosing)
    }
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--
      return
    }
    switch (name) {
      case 'text:p':
      case 'text:h':
        return this.endParagraph()
      case 'table:table-cell':
        return this.endCell()
      case 'table:table-row':
        return this.endRow()
      case 'table:table':
        return this.endSheet()
      default:
        if (name.startsWith('style:') || name.startsWith('number:')) this.styles.close(name)
    }
  }

  text(source: string, start: number, end: number, isCdata: boolean): void {
    if (this.paragraph === undefined || this.skipDepth > 0) return
    const raw = source.slice(start, end)
    this.paragraph.add(isCdata ? raw : decodeEntities(raw))
  }

  private skip(isSelfClosing: boolean): void {
    if (!isSelfClosing) this.skipDepth = 1
  }

  private inParagraph(name: string, source: string, start: number, end: number, isSelfClosing: boolean): void {
    const paragraph = this.paragraph!
    if (name === 'text:s') paragraph.insert(' '.repeat(Math.min(count(attribute(source.slice(start, end), 'text:c')), MAX_TAG_CHARS + 1)))
    else if (name === 'text:tab') paragraph.insert('\t')
    else if (name === 'text:line-break') paragraph.insert('\n')
    // Notes, comments and drawings inside a paragraph are not what the cell shows.
    else if (name === 'office:annotation' || name === 'text:note' || name.startsWith('draw:')) this.skip(isSelfClosing)
  }

  private endParagraph(): void {
    const cell = this.cell
    if (this.paragraph === undefined || cell === undefined) return
    const text = this.paragraph.text
    this.paragraph = undefined
    cell.shown = cell.shown.length > 0 ? `${cell.shown}\n${text}` : text
    cell.hasParagraph = true
    if (cell.shown.length > MAX_TAG_CHARS) throw textTooLong()
  }

  private startSheet(tag: string): void {
    const name = attribute(tag, 'table:name')
    const isHidden = this.styles.isHiddenTable(attribute(tag, 'table:style-name'))
    this.sheet = { name: name === undefined ? `Sheet${this.sheets.length + 1}` : this.copies.copy(name), isHidden, rows: [], merges: [] }
    this.row = -1
    this.rowRepeat = 1
    this.isInRow = false
  }

  private endSheet(): void {
    const sheet = this.sheet
    if (sheet === undefined) return
    // Rows no cell reached are empty rows, not holes.
    for (let index = 0; index < sheet.rows.length; index++) sheet.rows[index] ??= []
    this.sheets.push(sheet)
    this.sheet = undefined
  }

  private endRow(): void {
    if (!this.isInRow) return
    this.row += this.rowRepeat
    this.rowRepeat = 1
    this.isInRow = false
  }

  private startCell(tag: string, isSelfClosing: boolean): void {
    this.column++
    // Most cells repeat and span nothing: one search rules out all three attributes.
    const mayRepeatOrSpan = tag.includes('table:number-')
    this.cell = {
      tag,
      repeat: mayRepeatOrSpan ? count(attribute(tag, 'table:number-columns-repeated')) : 1,
      shown: '',
      hasParagraph: false
    }
    if (mayRepeatOrSpan) this.addMerge(tag)
    if (isSelfClosing) this.endCell()
  }

  private addMerge(tag: string): void {
    const rows = count(attribute(tag, 'table:number-rows-spanned'))
    const columns = count(attribute(tag, 'table:number-columns-spanned'))
    if (rows * columns <= 1) return
    if (this.column + columns > this.caps.maxColumns) throw beyondLastColumn(`A merged area in sheet "${printable(this.sheet!.name)}"`)
    if (this.sheet!.merges.length >= MAX_MERGED_AREAS) throw tooManyMergedAreas(this.sheet!.name)
    this.sheet!.merges.push({ s: { r: this.row, c: this.column }, e: { r: this.row + rows - 1, c: this.column + columns - 1 } })
  }

  private endCell(): void {
    const cell = this.cell
    if (cell === undefined) return
    this.cell = undefined
    this.paragraph = undefined
    const { tag, repeat } = cell
    const calcType = attribute(tag, 'calcext:value-type')
    const valueType = attribute(tag, 'office:value-type') ?? calcType ?? ''
    const stringValue = attribute(tag, 'office:string-value') || undefined
    const isText = !VALUE_TYPES.has(valueType)
    // A text cell with no paragraph and no string value is only formatting: LibreOffice pads sheets with them.
    if (isText && !cell.hasParagraph && stringValue === undefined) {
      this.column += repeat - 1
      return
    }
    const shown = stringValue === undefined ? cell.shown : isText ? stringValue : ''
    const value = cellValue(
      {
        valueType,
        value: valueType === 'float' || valueType === 'percentage' || valueType === 'currency' ? attribute(tag, 'office:value') : undefined,
        dateValue: valueType === 'date' ? attribute(tag, 'office:date-value') : undefined,
        timeValue: valueType === 'time' ? attribute(tag, 'office:time-value') : undefined,
        booleanValue: valueType === 'boolean' ? attribute(tag, 'office:boolean-value') : undefined,
        isError: calcType === 'error',
        isDateStyled: valueType === 'float' && this.styles.hasCellFormats && this.styles.isDateCell(attribute(tag, 'table:style-name'))
      },
      shown
    )
    this.store(value, repeat)
    this.column += repeat - 1
  }

  /** Puts a cell in every row and column it repeats to, after checking the caps allow them all. */
  private store(value: Cell, columns: number): void {
    const sheet = this.sheet!
    const rows = this.rowRepeat
    this.claimedCells += rows * columns
    if (!(this.claimedCells <= this.caps.maxCells)) throw tooManyCells(this.caps.maxCells)
    if (this.column + columns > this.caps.maxColumns) throw beyondLastColumn('A filled cell')
    if (this.row + rows > this.caps.maxRowsPerSheet) throw tooManyRows(sheet.name, this.caps.maxRowsPerSheet)
    const isFilled = value.text !== ''
    if (isFilled) {
      value.text = this.copies.copy(value.text)
      this.filledCells += rows * columns
    }
    const last = this.column + columns
    for (let at = this.row; at < this.row + rows; at++) {
      const cells = (sheet.rows[at] ??= [])
      // A cell that shows only space still makes its row as long, as SheetJS's did.
      if (!isFilled) {
        if (cells.length < last) cells.length = last
        continue
      }
      for (let column = this.column; column < last; column++) cells[column] = columns === 1 && rows === 1 ? value : { ...value }
    }
  }
}

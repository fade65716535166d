// Collects, from styles.xml and content.xml's automatic styles, the two facts of style the ODS
// reader needs: which table styles hide a sheet, and which cell styles show numbers as dates.

import { attribute } from './xml-scanner'

/** The number formats of ODF 1.2 §16.27: a format is a date when it shows a date or time part. */
const NUMBER_STYLES = new Set([
  'number:number-style',
  'number:currency-style',
  'number:percentage-style',
  'number:date-style',
  'number:time-style',
  'number:boolean-style',
  'number:text-style'
])
/** Children of a number format that make its numbers dates or times. */
const DATE_PARTS = new Set([
  'number:day',
  'number:month',
  'number:year',
  'number:era',
  'number:day-of-week',
  'number:hours',
  'number:minutes',
  'number:seconds',
  'number:am-pm'
])

export class OdsStyles {
  private readonly hiddenTables = new Set<string>()
  private readonly dateFormats = new Set<string>()
  /** Cell style name → the data style (number format) it uses. */
  private readonly cellFormats = new Map<string, string>()
  /** Number format → the formats its style:map elements apply under conditions (value()>=0 …). */
  private readonly conditionalFormats = new Map<string, string[]>()
  private style: { name: string; family: string } | undefined
  private numberStyle: string | undefined

  isHiddenTable(styleName: string | undefined): boolean {
    return styleName !== undefined && this.hiddenTables.has(styleName)
  }

  /** Whether any cell style has a number format at all: a file without one is spared the look-ups. */
  get hasCellFormats(): boolean {
    return this.cellFormats.size > 0
  }

  isDateCell(styleName: string | undefined): boolean {
    if (styleName === undefined) return false
    const format = this.cellFormats.get(styleName)
    return format !== undefined && this.isDateFormat(format, 0)
  }

  /** SheetJS, like Excel, takes a format that shows any of its conditions as a date for a date format. */
  private isDateFormat(format: string, depth: number): boolean {
    if (this.dateFormats.has(format)) return true
    return depth < 4 && (this.conditionalFormats.get(format) ?? []).some((each) => this.isDateFormat(each, depth + 1))
  }

  /** Hears every open tag of a styles part (or of content.xml's automatic styles). */
  open(name: string, source: string, start: number, end: number, isSelfClosing: boolean): void {
    const tag = source.slice(start, end)
    if (name === 'style:style') {
      const styleName = attribute(tag, 'style:name') ?? ''
      const family = attribute(tag, 'style:family') ?? ''
      if (family === 'table-cell') {
        const format = attribute(tag, 'style:data-style-name')
        if (format !== undefined) this.cellFormats.set(styleName, format)
      }
      this.style = isSelfClosing ? undefined : { name: styleName, family }
    } else if (name === 'style:table-properties') {
      if (this.style?.family === 'table' && attribute(tag, 'table:display') === 'false') this.hiddenTables.add(this.style.name)
    } else if (NUMBER_STYLES.has(name)) {
      this.numberStyle = isSelfClosing ? undefined : attribute(tag, 'style:name')
    } else if (this.numberStyle === undefined) {
      return
    } else if (DATE_PARTS.has(name)) {
      this.dateFormats.add(this.numberStyle)
    } else if (name === 'style:map') {
      const applied = attribute(tag, 'style:apply-style-name')
      if (applied !== undefined)
        this.conditionalFormats.set(this.numberStyle, [...(this.conditionalFormats.get(this.numberStyle) ?? []), applied])
    }
  }

  close(name: string): void {
    if (name === 'style:style') this.style = undefined
    else if (NUMBER_STYLES.has(name)) this.numberStyle = undefined
  }
}

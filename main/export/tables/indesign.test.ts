import { describe, expect, it } from 'vitest'
import { parseTaggedText, tokenise } from '../../testing/tagged-text'
import { seedTableStore, EDIT_REASON, NOTE_TEXT } from '../../testing/table-store'
import { tempStore } from '../../testing/temp'
import { INDESIGN_STYLES, indesignText, tableTaggedText, writeIndesign } from './indesign'
import { buildTableSpec } from './spec'

describe('InDesign tagged text export', () => {
  it('is UTF-16LE with a byte-order mark under a <UNICODE-WIN> header', () => {
    const store = seedTableStore(tempStore())
    const bytes = writeIndesign(buildTableSpec(store.db, { subject: 'rso' }))
    expect([...bytes.slice(0, 2)]).toEqual([0xff, 0xfe])
    const text = new TextDecoder('utf-16le').decode(bytes)
    expect(text.startsWith('<UNICODE-WIN>')).toBe(true)
  })

  it('parses as tagged text: house styles defined, a table of header and area rows, source and notes as styled paragraphs', () => {
    const store = seedTableStore(tempStore())
    const spec = buildTableSpec(store.db, { subject: 'rso', derived: ['rank'] })
    const document = parseTaggedText(new TextDecoder('utf-16le').decode(writeIndesign(spec)))
    expect(document.encoding).toBe('UNICODE-WIN')
    for (const style of [INDESIGN_STYLES.title, INDESIGN_STYLES.head, INDESIGN_STYLES.figure, INDESIGN_STYLES.source, INDESIGN_STYLES.note])
      expect(document.paraStyles.has(style)).toBe(true)
    expect(document.tables).toHaveLength(1)
    const [table] = document.tables
    expect(table).toMatchObject({ rows: 44, columns: 7, headerRows: 1, footerRows: 0 })
    expect(table.cells[0].map((cell) => cell.text)).toEqual([
      'Area',
      '2021/22',
      '2021/22 rank',
      '2022/23',
      '2022/23 rank',
      '2023/24',
      '2023/24 rank'
    ])
    expect(table.cells[0].every((cell) => cell.cellStyle === INDESIGN_STYLES.headCell)).toBe(true)
    const essex = table.cells.find((row) => row[0].text === 'Essex')!
    expect(essex.map((cell) => cell.text)).toEqual(['Essex', '1,867', '6th', '1,119', '31st', '1,120', '31st'])
    expect(essex.every((cell) => cell.cellStyle === INDESIGN_STYLES.highlightCell)).toBe(true)
    expect(essex[1].paraStyle).toBe(INDESIGN_STYLES.figure)
    expect(essex[2].paraStyle).toBe(INDESIGN_STYLES.derived)
    expect(table.cells[43][0]).toMatchObject({ text: 'England and Wales', cellStyle: INDESIGN_STYLES.totalCell })
    expect(document.paragraphs[0]).toEqual({ style: INDESIGN_STYLES.title, text: spec.title })
    const after = document.paragraphs.slice(1)
    expect(after[0]).toEqual({ style: INDESIGN_STYLES.source, text: 'Source: Ministry of Justice, MAPPA annual report 2023/24' })
    expect(
      after.some(
        (paragraph) => paragraph.style === INDESIGN_STYLES.note && paragraph.text.includes(`corrected from 941 to 942: ${EDIT_REASON}`)
      )
    ).toBe(true)
    expect(after.some((paragraph) => paragraph.text.includes(NOTE_TEXT))).toBe(true)
  })

  it('escapes angle brackets and backslashes so a title cannot open a tag', () => {
    const store = seedTableStore(tempStore())
    const title = 'Offenders <ParaStyle:Evil> \\ up'
    const document = parseTaggedText(tableTaggedText(buildTableSpec(store.db, { subject: 'rso', title })))
    expect(document.paragraphs[0].text).toBe(title)
    expect(indesignText('a<b>c\\')).toBe('a\\<b\\>c\\\\')
  })

  it('refuses what is not tagged text, so the reader really checks', () => {
    expect(() => parseTaggedText('Plain text')).toThrow(/encoding tag/)
    expect(() => parseTaggedText('<UNICODE-WIN><ParaStyle:Nowhere>x')).toThrow(/never defined/)
    expect(() => parseTaggedText('<UNICODE-WIN><TableStart:2,1:0:0><RowStart:><CellStart:1,1>a<CellEnd:><RowEnd:><TableEnd:>')).toThrow(
      /declares 2 rows/
    )
    expect(tokenise('a\\<b<Tag:v<n:1>>')).toEqual([
      { kind: 'text', text: 'a<b' },
      { kind: 'tag', name: 'Tag', value: 'v<n:1>' }
    ])
  })
})

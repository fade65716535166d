// A small reader of InDesign tagged text, for tests: the grammar of Adobe's "Using InDesign
// Tagged Text" (encoding header, definitions, paragraph styles, tables of rows and cells).
// Strict: anything it cannot place throws, so a test that reads a file has checked it.

export type Token = { kind: 'tag'; name: string; value: string | null } | { kind: 'text'; text: string }

export interface TaggedCell {
  cellStyle: string | null
  paraStyle: string | null
  text: string
  rowSpan: number
  columnSpan: number
}

export interface TaggedTable {
  rows: number
  columns: number
  headerRows: number
  footerRows: number
  cells: TaggedCell[][]
}

export interface TaggedDocument {
  encoding: string
  paraStyles: Map<string, string>
  cellStyles: Map<string, string>
  colours: string
  /** Paragraphs outside tables, with their style. */
  paragraphs: { style: string | null; text: string }[]
  tables: TaggedTable[]
}

const ENCODING = /^(?:ASCII|ANSI|UNICODE|SJIS|CGB18030|BIG5|KSC5601)-(?:MAC|WIN)$/

/** Splits text into tags and text runs; `\<`, `\>` and `\\` are literal characters. */
export function tokenise(source: string): Token[] {
  const tokens: Token[] = []
  let text = ''
  let index = 0
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text })
    text = ''
  }
  while (index < source.length) {
    const character = source[index]
    if (character === '\\' && index + 1 < source.length) {
      text += source[index + 1]
      index += 2
      continue
    }
    if (character === '>') throw new Error(`Unescaped ">" at ${index}`)
    if (character !== '<') {
      text += character
      index++
      continue
    }
    flush()
    let depth = 0
    let end = index
    for (; end < source.length; end++) {
      if (source[end] === '\\') {
        end++
        continue
      }
      if (source[end] === '<') depth++
      else if (source[end] === '>' && --depth === 0) break
    }
    if (end >= source.length) throw new Error(`Tag at ${index} is never closed`)
    const body = source.slice(index + 1, end)
    const colon = body.indexOf(':')
    tokens.push(
      colon < 0 ? { kind: 'tag', name: body, value: null } : { kind: 'tag', name: body.slice(0, colon), value: body.slice(colon + 1) }
    )
    index = end + 1
  }
  flush()
  return tokens
}

function definition(value: string): [string, string] {
  const equals = value.indexOf('=')
  if (equals <= 0) throw new Error(`Style definition without a name: ${value}`)
  return [value.slice(0, equals), value.slice(equals + 1)]
}

export function parseTaggedText(source: string): TaggedDocument {
  const tokens = tokenise(source.replace(/^\uFEFF/, ''))
  const first = tokens[0]
  if (!first || first.kind !== 'tag' || first.value !== null || !ENCODING.test(first.name))
    throw new Error('The file does not start with an encoding tag such as <UNICODE-WIN>')
  const document: TaggedDocument = {
    encoding: first.name,
    paraStyles: new Map(),
    cellStyles: new Map(),
    colours: '',
    paragraphs: [],
    tables: []
  }
  let paraStyle: string | null = null
  let cellStyle: string | null = null
  let table: TaggedTable | null = null
  let row: TaggedCell[] | null = null
  let cell: TaggedCell | null = null
  let paragraph: { style: string | null; text: string } | null = null
  const useStyle = (kind: 'para' | 'cell', name: string) => {
    const styles = kind === 'para' ? document.paraStyles : document.cellStyles
    if (name !== '' && !styles.has(name))
      throw new Error(`${kind === 'para' ? 'Paragraph' : 'Cell'} style "${name}" is used but never defined`)
  }
  for (const token of tokens.slice(1)) {
    if (token.kind === 'text') {
      const text = token.text.replace(/\r?\n/g, '\n')
      if (cell) cell.text += text
      else if (table) {
        if (text.trim() !== '') throw new Error(`Text "${text.trim()}" inside a table but outside a cell`)
      } else {
        const lines = text.split('\n')
        lines.forEach((line, at) => {
          if (at > 0) paragraph = null
          if (line === '') return
          if (!paragraph) document.paragraphs.push((paragraph = { style: paraStyle, text: '' }))
          paragraph.text += line
        })
      }
      continue
    }
    const value = token.value ?? ''
    switch (token.name) {
      case 'Version':
      case 'FeatureSet':
      case 'StylePriority':
      case 'ColStart':
        break
      case 'ColorTable':
        document.colours = value
        break
      case 'DefineParaStyle':
      case 'DefineCellStyle': {
        const [name, attributes] = definition(value)
        ;(token.name === 'DefineParaStyle' ? document.paraStyles : document.cellStyles).set(name, attributes)
        const basedOn = /<BasedOn:([^>]*)>/.exec(attributes)?.[1]
        if (basedOn) useStyle(token.name === 'DefineParaStyle' ? 'para' : 'cell', basedOn)
        break
      }
      case 'ParaStyle':
        useStyle('para', value)
        paraStyle = value || null
        if (cell) cell.paraStyle = paraStyle
        else if (!table) paragraph = null
        break
      case 'CellStyle':
        useStyle('cell', value)
        cellStyle = value || null
        break
      case 'TableStart': {
        if (table) throw new Error('A table inside a table')
        const match = /^(\d+),(\d+)(?::(\d+))?(?::(\d+))?/.exec(value)
        if (!match) throw new Error(`<TableStart:${value}> does not give rows,columns`)
        table = {
          rows: Number(match[1]),
          columns: Number(match[2]),
          headerRows: Number(match[3] ?? 0),
          footerRows: Number(match[4] ?? 0),
          cells: []
        }
        paragraph = null
        break
      }
      case 'RowStart':
        if (!table || row) throw new Error('<RowStart:> outside a table or inside a row')
        row = []
        break
      case 'CellStart': {
        if (!row || cell) throw new Error('<CellStart:> outside a row or inside a cell')
        const spans = /^(\d+),(\d+)/.exec(value)
        cell = { cellStyle, paraStyle: null, text: '', rowSpan: Number(spans?.[1] ?? 1), columnSpan: Number(spans?.[2] ?? 1) }
        break
      }
      case 'CellEnd':
        if (!cell || !row) throw new Error('<CellEnd:> without a cell')
        row.push(cell)
        cell = null
        break
      case 'RowEnd': {
        if (!row || !table || cell) throw new Error('<RowEnd:> without a row, or with a cell open')
        const width = row.reduce((sum, each) => sum + each.columnSpan, 0)
        if (width !== table.columns) throw new Error(`Row ${table.cells.length + 1} has ${width} columns, the table ${table.columns}`)
        table.cells.push(row)
        row = null
        break
      }
      case 'TableEnd':
        if (!table || row) throw new Error('<TableEnd:> without a table, or with a row open')
        if (table.cells.length !== table.rows) throw new Error(`The table declares ${table.rows} rows and has ${table.cells.length}`)
        document.tables.push(table)
        table = null
        break
      default:
        // Character and paragraph attributes (<cTypeface:Bold>, <pTextAlignment:Right>) are allowed anywhere.
        if (!/^[ctp][A-Z]/.test(token.name)) throw new Error(`Unknown tag <${token.name}>`)
    }
  }
  if (table || row || cell) throw new Error('The file ends inside a table')
  return document
}

import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { marked } from 'marked'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { documentText } from '../domain/safe-text'
import { parseTaggedText } from '../testing/tagged-text'
import { seedTableStore } from '../testing/table-store'
import { tempStore } from '../testing/temp'
import { essexTrendSpec, importSixEditions } from '../testing/chart'
import { renderChart } from './chart/render'
import { neutraliseFormula } from '../contract/spreadsheet-text'
import { INDESIGN_STYLES } from './tables/indesign'
import { writeTable } from './tables/registry'
import { buildTableSpec, type TableSpec } from './tables/spec'

/** Seeded and small for `npm test` (a few seconds); MAPPA_FUZZ_RUNS=500 for a long run. */
const RUNS = Number(process.env.MAPPA_FUZZ_RUNS ?? 25)
const SEED = Number(process.env.MAPPA_FUZZ_SEED ?? 20261207)

/** What a hostile or careless file, note or title can hold: links, images, HTML, tags, controls, broken UTF-16. */
const HOSTILE = [
  '[see](javascript:alert(1))',
  '![x](http://evil.example/x.png)',
  '[a]: http://evil.example',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="http://evil.example">x</a>',
  '<https://evil.example>',
  'https://evil.example/a',
  'www.evil.example',
  'reporter@evil.example',
  '`code`',
  '```',
  '&amp;',
  '&#60;b&#62;',
  '&copy',
  ']]>',
  '<!--',
  '<?xml?>',
  '\\',
  '|',
  '*',
  '**',
  '_',
  '~~',
  '# ',
  '- ',
  '+ ',
  '1. ',
  '> ',
  '---',
  '\r\n',
  '\n',
  '\t',
  '    ',
  '\u0000',
  '\u0001',
  '\u000b',
  '\u000c',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u009b31m',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '=SUM(A1)',
  '@cmd',
  '<ParaStyle:x>',
  '<0x000A>',
  '"',
  "'",
  'Essex',
  '1,867',
  '[x]',
  '[note 1]',
  'é',
  '🙂'
]
const piece = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 10 }))
/** Up to 120 UTF-16 units: within every spec's limits; a cut may leave a lone surrogate, as a file can. */
const hostileText = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('').slice(0, 120))

interface XmlElement {
  name: string
  attributes: Record<string, string>
  text: string
}

/** Every element of a document with its attributes and all the text inside it; throws where the XML is not well formed. */
function readXml(xml: string): XmlElement[] {
  const parser = new SaxesParser()
  const open: XmlElement[] = []
  const closed: XmlElement[] = []
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => open.push({ name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' }))
  parser.on('text', (text) => open.forEach((element) => (element.text += text)))
  parser.on('cdata', (text) => open.forEach((element) => (element.text += text)))
  parser.on('closetag', () => closed.push(open.pop()!))
  parser.write(xml).close()
  return closed
}

/** What an XML parser reads back of a text written as given: CR and CRLF come back as LF, as XML says. */
const readBack = (text: string) => documentText(text).replace(/\r\n?/g, '\n')

/** What Markdown or a table cell shows of a text: characters XML forbids dropped, line breaks as spaces, no space at either end. */
const shownInLine = (text: string) =>
  documentText(text)
    .replace(/[\r\n]+/g, ' ')
    .trim()

const ATTRIBUTE_NAMES = (elements: XmlElement[]) => new Set(elements.flatMap((element) => Object.keys(element.attributes)))
const ELEMENT_NAMES = (elements: XmlElement[]) => new Set(elements.map((element) => element.name))
const subset = (values: Set<string>, allowed: string[]) => [...values].filter((value) => !allowed.includes(value))

interface Texts {
  title: string
  name: string
  note: string
  source: string
}

/** A real article table from the store, with the generated words where a reporter's or a file's words go. */
function specWith(base: TableSpec, texts: Texts): TableSpec {
  return {
    ...base,
    title: texts.title,
    dataTitle: texts.title,
    sourceLine: texts.source,
    rows: base.rows.map((row, index) =>
      index === 0 ? { ...row, label: texts.name, isHighlighted: true } : { ...row, isHighlighted: false }
    ),
    notes: [...base.notes, { ref: `[note ${base.notes.length + 1}]`, text: texts.note, kind: 'note' }]
  }
}

/** RFC 4180 as the CSV writer writes it: fields quoted where they hold a quote, comma or line break. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]]
  let field = ''
  let isQuoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    const endsField = !isQuoted && (character === ',' || (character === '\r' && text[index + 1] === '\n'))
    if (isQuoted && character === '"' && text[index + 1] === '"') {
      field += '"'
      index++
    } else if (character === '"') {
      isQuoted = !isQuoted
    } else if (endsField) {
      rows[rows.length - 1].push(field)
      field = ''
      if (character === '\r') {
        rows.push([])
        index++
      }
    } else {
      field += character
    }
  }
  return rows.filter((row) => row.length > 0)
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
const decodeUtf16 = (bytes: Uint8Array) => new TextDecoder('utf-16le').decode(bytes)

const texts = fc.record({ title: hostileText, name: hostileText, note: hostileText, source: hostileText })

describe('every writer, given generated titles, names, notes and source lines', () => {
  // Read once, before the first test's clean-up closes the store: the writers never read it.
  const base = buildTableSpec(seedTableStore(tempStore()).db, { subject: 'rso', periods: ['2022/23', '2023/24'], derived: ['change'] })

  it('writes HTML that parses as markup of the table alone, each text shown as given', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (given) => {
        const html = decode((await writeTable(specWith(base, given), 'html')).bytes)
        const elements = readXml(html)
        expect(subset(ELEMENT_NAMES(elements), ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'])).toEqual([])
        expect(subset(ATTRIBUTE_NAMES(elements), ['style', 'scope', 'colspan'])).toEqual([])
        expect(elements.find((element) => element.name === 'caption')!.text).toBe(readBack(given.title))
        expect(elements.filter((element) => element.name === 'th' && element.attributes.scope === 'row')[0].text).toBe(readBack(given.name))
        const foot = elements
          .filter((element) => element.name === 'td' && element.attributes.colspan !== undefined)
          .map((element) => element.text)
        expect(foot).toContain(readBack(given.source))
        expect(foot).toContain(readBack(`[note ${base.notes.length + 1}] ${given.note}`))
      }),
      { numRuns: RUNS, seed: SEED }
    )
  })

  it('writes Markdown whose rendering has no link, image, code or raw HTML, each text shown as given', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (given) => {
        const markdown = decode((await writeTable(specWith(base, given), 'md')).bytes)
        const rendered = marked.parse(markdown, { async: false, gfm: true })
        const elements = readXml(`<root>${rendered}</root>`)
        expect(subset(ELEMENT_NAMES(elements), ['root', 'p', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td'])).toEqual([])
        expect(subset(ATTRIBUTE_NAMES(elements), ['align'])).toEqual([])
        const paragraphs = elements.filter((element) => element.name === 'p').map((element) => element.text)
        const title = shownInLine(given.title)
        if (title !== '') expect(paragraphs[0]).toBe(title)
        expect(elements.filter((element) => element.name === 'td')[0].text).toBe(shownInLine(given.name))
        if (shownInLine(given.source) !== '') expect(paragraphs).toContain(shownInLine(given.source))
        expect(paragraphs).toContain(shownInLine(`[note ${base.notes.length + 1}] ${given.note}`))
      }),
      { numRuns: RUNS, seed: SEED }
    )
  })

  it('writes an XLSX whose parts all parse and whose cells hold the texts as given, never a formula or a link', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (given) => {
        const bytes = (await writeTable(specWith(base, given), 'xlsx')).bytes
        for (const [name, part] of Object.entries(unzipSync(bytes)))
          if (name.endsWith('.xml') || name.endsWith('.rels')) readXml(strFromU8(part))
        const book = new ExcelJS.Workbook()
        await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
        const values: unknown[] = []
        book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void values.push(cell.value))))
        for (const value of values) expect(typeof value === 'string' || typeof value === 'number').toBe(true)
        const table = book.getWorksheet('Table_1')!
        // An empty text leaves its cell empty, as typed.
        expect(table.getCell('A1').value ?? '').toBe(readBack(given.title))
        for (const text of [given.name, given.note, given.source].map(readBack)) if (text !== '') expect(values).toContain(text)
      }),
      // A workbook takes ten times a text format to write and read back.
      { numRuns: Math.ceil(RUNS / 3), seed: SEED }
    )
  })

  it('writes InDesign tagged text that reads back with only its own tags, each text on one line as given', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (given) => {
        const document = parseTaggedText(decodeUtf16((await writeTable(specWith(base, given), 'idtt')).bytes))
        const oneLine = (text: string) => documentText(text).replace(/[\r\n\t]+/g, ' ')
        const title = document.paragraphs.find((paragraph) => paragraph.style === INDESIGN_STYLES.title)?.text ?? ''
        expect(title).toBe(oneLine(given.title))
        expect(document.tables[0].cells[1][0].text).toBe(oneLine(given.name))
        if (oneLine(given.source) !== '') expect(document.paragraphs.map((paragraph) => paragraph.text)).toContain(oneLine(given.source))
      }),
      { numRuns: RUNS, seed: SEED }
    )
  })

  it('writes CSV in which no text can run as a formula or drive a terminal', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (given) => {
        const csv = decode((await writeTable(specWith(base, given), 'csv')).bytes)
        // eslint-disable-next-line no-control-regex -- the controls are what this looks for
        expect(csv).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/)
        const rows = parseCsv(csv.replace(/^\uFEFF/, ''))
        expect(rows[0][0]).toBe(neutraliseFormula(documentText(given.title)))
        // Nothing a spreadsheet would run is left as it is: neutralising any field again changes nothing.
        for (const field of rows.flat()) expect(neutraliseFormula(field)).toBe(field)
      }),
      { numRuns: RUNS, seed: SEED }
    )
  })
})

describe('the chart SVG, given generated titles, notes, source lines, bylines, alt text and annotations', () => {
  it('parses as XML with no script, link or outside reference, and carries the title and alt text as given', async () => {
    const store = tempStore()
    importSixEditions(store)
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: hostileText,
          subtitle: hostileText,
          notes: hostileText,
          source: hostileText,
          byline: hostileText,
          altText: hostileText,
          label: hostileText
        }),
        async (given) => {
          const { label, ...words } = given
          const spec = essexTrendSpec({ ...words, annotations: [{ kind: 'point', area: 'essex', period: '2021/22', text: label }] })
          const svg = decode((await renderChart(store.db, spec, 'svg')).bytes)
          const elements = readXml(svg)
          expect([...ELEMENT_NAMES(elements)].filter((name) => ['script', 'foreignObject', 'a', 'image', 'iframe'].includes(name))).toEqual(
            []
          )
          for (const element of elements) {
            for (const [attribute, value] of Object.entries(element.attributes)) {
              expect(attribute).not.toMatch(/^on/i)
              if (/href$/i.test(attribute)) expect(value).toMatch(/^#/)
            }
          }
          const title = readBack(given.title).trim()
          if (title !== '') expect(elements.find((element) => element.name === 'title')!.text).toBe(title)
          const alt = readBack(given.altText).trim()
          if (alt !== '') expect(elements.find((element) => element.name === 'desc')!.text).toBe(alt)
        }
      ),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED }
    )
  }, 60_000)
})

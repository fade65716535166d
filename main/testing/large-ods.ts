// Writes a large ODS shaped like the Home Office's police recorded crime open data tables (six
// sheets of about 25,000 rows and 5 columns, LibreOffice-style XML) for speed and crash tests. Test data only.

import { strToU8, zipSync } from 'fflate'
import { AREAS } from '../contract/areas'

export interface LargeOdsOptions {
  sheets?: number
  rowsPerSheet?: number
}

/** The real file: 6 sheets × about 24,700 rows (148k in all), 103 MB of content.xml. */
export const POLICE_RECORDED_CRIME_SHAPE = { sheets: 6, rowsPerSheet: 24_700 } as const

const OFFENCES: readonly [string, string][] = [
  ['Violence with injury', 'Violence against the person'],
  ['Violence without injury', 'Violence against the person'],
  ['Stalking and harassment', 'Violence against the person'],
  ['Rape of a female aged 16 and over', 'Sexual offences'],
  ['Other sexual offences', 'Sexual offences'],
  ['Robbery of business property', 'Robbery'],
  ['Burglary - residential', 'Theft offences'],
  ['Theft from the person', 'Theft offences'],
  ['Criminal damage to a vehicle', 'Criminal damage and arson'],
  ['Possession of cannabis', 'Drug offences'],
  ['Possession of weapons offences', 'Possession of weapons offences'],
  ['Public fear, alarm or distress', 'Public order offences']
]

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const textCell = (text: string, style: string) =>
  `<table:table-cell office:value-type="string" table:style-name="${style}"><text:p>${escapeXml(text)}</text:p></table:table-cell>`
const numberCell = (value: number, style: string) =>
  `<table:table-cell office:value-type="float" office:value="${value}" calcext:value-type="float" table:style-name="${style}"><text:p>${value.toLocaleString('en-GB')}</text:p></table:table-cell>`

function sheetXml(index: number, rows: number): string {
  const forces = AREAS.filter((area) => area.kind === 'area').map((area) => area.name)
  const firstYear = 2002 + index * 3
  const parts: string[] = [
    `<table:table table:name="${firstYear}-${String(firstYear + 3).slice(2)}" table:style-name="ta1">`,
    '<table:table-column table:style-name="co1" table:number-columns-repeated="5" table:default-cell-style-name="Default"/>',
    `<table:table-row table:style-name="ro1">${['Financial year', 'Police force', 'Offence description', 'Offence group', 'Number of offences'].map((header) => textCell(header, 'ce1')).join('')}</table:table-row>`
  ]
  for (let row = 0; row < rows; row++) {
    const year = firstYear + (row % 3)
    const [description, group] = OFFENCES[row % OFFENCES.length]
    parts.push(
      '<table:table-row table:style-name="ro2">' +
        textCell(`${year}/${String(year + 1).slice(2)}`, 'ce2') +
        textCell(forces[Math.floor(row / OFFENCES.length) % forces.length], 'ce2') +
        textCell(description, 'ce2') +
        textCell(group, 'ce2') +
        numberCell((row * 7919) % 4000, 'ce3') +
        '</table:table-row>'
    )
  }
  parts.push('</table:table>')
  return parts.join('')
}

/** The ODS bytes: mimetype stored first, then deflated content, styles and manifest, as LibreOffice writes them. */
export function largeOds(options: LargeOdsOptions = {}): Uint8Array {
  const sheets = options.sheets ?? POLICE_RECORDED_CRIME_SHAPE.sheets
  const rowsPerSheet = options.rowsPerSheet ?? POLICE_RECORDED_CRIME_SHAPE.rowsPerSheet
  const namespaces =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
  const content =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${namespaces} office:version="1.3">` +
    '<office:automatic-styles><style:style style:name="ce1" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>' +
    '<style:style style:name="ce2" style:family="table-cell"/><style:style style:name="ce3" style:family="table-cell" style:data-style-name="N3"/></office:automatic-styles>' +
    `<office:body><office:spreadsheet>${Array.from({ length: sheets }, (_, index) => sheetXml(index, rowsPerSheet)).join('')}</office:spreadsheet></office:body></office:document-content>`
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
    '</manifest:manifest>'
  const styles = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${namespaces} office:version="1.3"/>`
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
    'styles.xml': strToU8(styles),
    'META-INF/manifest.xml': strToU8(manifest)
  })
}

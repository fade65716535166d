// Writes tiny .ods files by hand, from content.xml text, so tests can hold the ODS reader to any
// feature or damage a real file might carry. Test data only; zips with fflate as LibreOffice lays them out.

import { strToU8, zipSync, type Zippable } from 'fflate'

export const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet'

const NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" ' +
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'

export const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="${ODS_MIME}"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`

export interface OdsParts {
  /** What goes inside <office:spreadsheet>: the tables. */
  tables: string
  /** What goes inside content.xml's <office:automatic-styles>. */
  automaticStyles?: string
  /** What goes inside styles.xml's <office:styles>. */
  styles?: string
}

export function contentXml(parts: OdsParts): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NAMESPACES} office:version="1.2">` +
    `<office:automatic-styles>${parts.automaticStyles ?? ''}</office:automatic-styles>` +
    `<office:body><office:spreadsheet>${parts.tables}</office:spreadsheet></office:body></office:document-content>`
  )
}

const stylesXml = (styles: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NAMESPACES} office:version="1.2"><office:styles>${styles}</office:styles></office:document-styles>`

/** A zip laid out as LibreOffice writes one: the mimetype stored first, then the deflated parts. */
export function odsZip(parts: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Zippable = { mimetype: [strToU8(ODS_MIME), { level: 0 }], 'META-INF/manifest.xml': strToU8(MANIFEST) }
  for (const [name, content] of Object.entries(parts)) entries[name] = typeof content === 'string' ? strToU8(content) : content
  return zipSync(entries)
}

/** A whole .ods from its tables (and styles). */
export function odsFile(parts: OdsParts | string): Uint8Array {
  const whole = typeof parts === 'string' ? { tables: parts } : parts
  return odsZip({ 'styles.xml': stylesXml(whole.styles ?? ''), 'content.xml': contentXml(whole) })
}

export const table = (name: string, rows: string, attributes = '') => `<table:table table:name="${name}"${attributes}>${rows}</table:table>`
export const row = (cells: string, attributes = '') => `<table:table-row${attributes}>${cells}</table:table-row>`
export const textCell = (text: string, attributes = '') =>
  `<table:table-cell office:value-type="string"${attributes}><text:p>${text}</text:p></table:table-cell>`
export const numberCell = (value: number, attributes = '', shown = String(value)) =>
  `<table:table-cell office:value-type="float" office:value="${value}"${attributes}><text:p>${shown}</text:p></table:table-cell>`

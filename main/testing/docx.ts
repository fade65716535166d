// Writes a real Word .docx (the minimal parts Word and mammoth need) from paragraphs of text,
// for tests of "check my copy", and a .docx bomb: a small file whose text unpacks huge. Test data only.

import { strToU8, Zip, ZipPassThrough, zipSync } from 'fflate'
import { constants, deflateRawSync } from 'node:zlib'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
const DOCUMENT_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
const DOCUMENT_TAIL = '</w:body></w:document>'

const paragraphXml = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`
/** A Word table: a row of cells a line, each cell one paragraph. */
const tableXml = (rows: string[][]) =>
  `<w:tbl>${rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraphXml(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`

/** A .docx of paragraphs, and tables given as rows of cells. */
export function docxBytes(blocks: (string | string[][])[]): Uint8Array {
  const body = blocks.map((block) => (typeof block === 'string' ? paragraphXml(block) : tableXml(block))).join('')
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(`${DOCUMENT_HEAD}${body}${DOCUMENT_TAIL}`)
  })
}

/**
 * word/document.xml's pushes deflated each on its own and ended with a sync flush, so one
 * paragraph block deflates once and its bytes are sent again for every repeat: a deflate stream
 * may be any run of such blocks, and each refers back only within itself.
 */
class RepeatedDeflate extends ZipPassThrough {
  private readonly made = new Map<Uint8Array, Uint8Array<ArrayBuffer>>()
  constructor(filename: string) {
    super(filename)
    this.compression = 8
  }
  protected override process(chunk: Uint8Array, final: boolean): void {
    let deflated = this.made.get(chunk)
    if (!deflated) {
      deflated = new Uint8Array(deflateRawSync(chunk, { level: 9, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }))
      if (!final) this.made.set(chunk, deflated)
    }
    this.ondata(null, deflated, final)
  }
}

/**
 * A .docx bomb: the parts docxBytes writes, with word/document.xml one paragraph repeated until it
 * unpacks to `unpackedBytes` (306 MB packs to about 1.2 MB), never held whole. With
 * `declaredBytes`, its zip directory claims that size instead, as a forged file would.
 */
export function docxBomb(unpackedBytes: number, options: { declaredBytes?: number } = {}): Uint8Array {
  const chunks: Uint8Array[] = []
  const zip = new Zip((error, data) => {
    if (error) throw error
    chunks.push(data)
  })
  const add = <File extends ZipPassThrough>(file: File) => (zip.add(file), file)
  add(new ZipPassThrough('[Content_Types].xml')).push(strToU8(CONTENT_TYPES), true)
  add(new ZipPassThrough('_rels/.rels')).push(strToU8(RELS), true)
  const document = add(new RepeatedDeflate('word/document.xml'))
  document.push(strToU8(DOCUMENT_HEAD))
  const paragraph = paragraphXml('There were 1,867 registered sex offenders in Essex at the end of March 2022.')
  const block = strToU8(paragraph.repeat(Math.ceil((1024 * 1024) / paragraph.length)))
  for (let written = DOCUMENT_HEAD.length + DOCUMENT_TAIL.length; written + block.length <= unpackedBytes; written += block.length)
    document.push(block)
  document.push(strToU8(DOCUMENT_TAIL), true)
  zip.end()
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0)
  if (options.declaredBytes !== undefined) declareSize(bytes, 'word/document.xml', options.declaredBytes)
  return bytes
}

/** Rewrites the unpacked size a part's central directory entry declares. */
function declareSize(bytes: Uint8Array, name: string, size: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  let at = view.getUint32(end + 16, true)
  for (let entry = view.getUint16(end + 10, true); entry > 0; entry--) {
    const nameLength = view.getUint16(at + 28, true)
    if (Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('latin1') === name) view.setUint32(at + 24, size, true)
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
}

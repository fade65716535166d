import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { oldStyleBook } from '../testing/fixtures'
import { tempDir } from '../testing/temp'
import { sniffFormat } from './sniff'
import { partText, zipParts } from './zip'

const root = resolve(import.meta.dirname, '..', '..')

/** Reads a file as an import does, in a fresh Node, and says whether fflate was loaded on the way. */
function readsWithFflate(file: string): { status: number | null; loaded: boolean; stderr: string } {
  const script = `import { createRequire } from 'node:module'
    import { readFileSync } from 'node:fs'
    import { readWorkbook } from ${JSON.stringify(pathToFileURL(join(root, 'main', 'import', 'workbook.ts')).href)}
    readWorkbook(readFileSync(${JSON.stringify(file)}))
    const cache = createRequire(import.meta.url).cache
    console.log(Object.keys(cache).some((path) => /[\\\\/]fflate[\\\\/]/.test(path)))`
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })
  return { status: run.status, loaded: run.stdout.trim() === 'true', stderr: run.stderr }
}

describe('reading zips', () => {
  it('tells an .xlsx from its part names and an .ods from its stored mimetype, unpacking only what it must', () => {
    expect(sniffFormat(oldStyleBook('xlsx', { year: 2022 }))).toBe('xlsx')
    expect(sniffFormat(oldStyleBook('ods', { year: 2022 }))).toBe('ods')
    // A writer that deflates the mimetype is still read: that part is unpacked.
    const deflatedMimetype = zipSync(
      { mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') },
      { level: 9 }
    )
    expect(zipParts(deflatedMimetype).find((part) => part.name === 'mimetype')?.method).toBe(8)
    expect(sniffFormat(deflatedMimetype)).toBe('ods')
    const encrypted = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'META-INF/manifest.xml': strToU8('<manifest:encryption-data/>')
    })
    expect(() => sniffFormat(encrypted)).toThrow(/password-protected/)
  })

  it('reads a small part’s text, and declines one that declares more than asked for', () => {
    const bytes = zipSync({ 'a.txt': strToU8('Tees Valley – 12') })
    const [part] = zipParts(bytes)
    expect(partText(bytes, part, 1024)).toBe('Tees Valley – 12')
    expect(partText(bytes, part, 4)).toBeUndefined()
  })

  it('reads an .xlsx without loading fflate, and loads it for a deflated .ods', () => {
    const dir = tempDir()
    const xlsx = join(dir, 'table.xlsx')
    const ods = join(dir, 'table.ods')
    writeFileSync(xlsx, oldStyleBook('xlsx', { year: 2022 }))
    // As LibreOffice writes it: the mimetype stored first, every other part deflated.
    const { mimetype, ...parts } = unzipSync(oldStyleBook('ods', { year: 2022 }))
    writeFileSync(ods, zipSync({ mimetype: [mimetype, { level: 0 }], ...parts }, { level: 6 }))
    const fromXlsx = readsWithFflate(xlsx)
    expect(fromXlsx.stderr).toBe('')
    expect(fromXlsx).toMatchObject({ status: 0, loaded: false })
    expect(readsWithFflate(ods)).toMatchObject({ status: 0, loaded: true })
  }, 60_000)
})

import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, type Io } from '../cli'
import { essexTrendSpec, importSixEditions, pdfStreams, readPngInfo } from '../testing/chart'
import { openStore } from '../store/database'
import { tempDir } from '../testing/temp'

async function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line) }
  return { code: await runCli(argv, io), out, err }
}

function project() {
  const dir = tempDir()
  const db = join(dir, 'desk.sqlite')
  const store = openStore(db)
  importSixEditions(store)
  store.close()
  const spec = join(dir, 'essex.json')
  writeFileSync(spec, JSON.stringify(essexTrendSpec()))
  return { dir, db, spec }
}

describe('npm run mappa -- chart', () => {
  it('draws a PNG at the spec dpi and prints its summary as JSON, with the alt text beside it', async () => {
    const { dir, db, spec } = project()
    const out = join(dir, 'essex.png')
    const result = await run(['chart', '--spec', spec, '--db', db, '--format', 'png', '--out', out, '--json'])
    expect(result.err).toEqual([])
    expect(result.code).toBe(0)
    const summary = JSON.parse(result.out.join('\n'))
    expect(summary).toMatchObject({
      file: out,
      format: 'png',
      widthPx: 1016,
      heightPx: 827,
      dpi: 300,
      source: expect.stringMatching(/^Source: Ministry of Justice, MAPPA annual reports/),
      warnings: []
    })
    expect(Object.keys(summary)).toEqual(['file', 'format', 'widthPx', 'heightPx', 'dpi', 'altText', 'source', 'warnings'])
    expect(summary.altText).toMatch(/Essex fell from 1,496 in 2018\/19/)
    expect(readPngInfo(readFileSync(out))).toMatchObject({ width: 1016, height: 827, pixelsPerMetre: 11811 })
    expect(readFileSync(join(dir, 'essex.alt.txt'), 'utf8').trim()).toBe(summary.altText)
  })

  it('draws a CMYK PDF for the print desk', async () => {
    const { dir, db, spec } = project()
    const out = join(dir, 'essex.pdf')
    const result = await run(['chart', '--spec', spec, '--db', db, '--format', 'pdf', '--cmyk', '--out', out])
    expect(result.code).toBe(0)
    expect(result.out[0]).toBe(`${out}: PDF (CMYK), 1016 × 827 px at 300 dpi; alt text in ${join(dir, 'essex.alt.txt')}`)
    expect(pdfStreams(readFileSync(out)).join('\n')).toMatch(/DeviceCMYK/)
  })

  it('answers a bad spec with one line naming the field, and bad options with usage', async () => {
    const { dir, db } = project()
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify(essexTrendSpec({ areas: ['essex', 'narnia'] })))
    const refused = await run(['chart', '--spec', bad, '--db', db, '--format', 'svg', '--out', join(dir, 'x.svg')])
    expect([refused.code, refused.err]).toEqual([1, ['mappa: Chart spec areas.1: unknown area "narnia"']])
    writeFileSync(bad, '{ "version": 1, ')
    expect((await run(['chart', '--spec', bad, '--db', db, '--format', 'svg', '--out', join(dir, 'x.svg')])).err[0]).toMatch(
      /^mappa: .*bad\.json is not JSON: /
    )
    expect((await run(['chart', '--spec', bad, '--format', 'gif', '--out', 'x'])).err).toEqual([
      'mappa: --format must be png, svg or pdf, not "gif"'
    ])
    expect((await run(['chart', '--spec', bad, '--format', 'png', '--cmyk', '--out', 'x'])).code).toBe(2)
  })
})

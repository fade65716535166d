import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommand } from '../testing/cli'
import { essexTrendSpec } from '../testing/chart'
import { oldStyleBook } from '../testing/fixtures'
import { canMountTmpfs, remountReadOnly, tempDir, tempTmpfs } from '../testing/temp'

const run = runCommand

/** A desk with the 2021/22 edition imported through the command line, and a small Essex chart spec beside it. */
async function deskWithOneEdition() {
  const dir = tempDir()
  const db = join(dir, 'desk.sqlite')
  writeFileSync(join(dir, 'm-2022.xlsx'), oldStyleBook('xlsx', { year: 2022 }))
  expect((await run(['import', join(dir, 'm-2022.xlsx'), '--db', db])).code).toBe(0)
  const spec = join(dir, 'spec.json')
  writeFileSync(spec, JSON.stringify(essexTrendSpec({ periods: { from: '2021/22', to: '2021/22' }, dpi: 72, annotations: [] })))
  return { dir, db, spec }
}

describe('npm run mappa -- localise', () => {
  it('makes the packs in the localise worker, progress on stderr, exit 0 when all are complete; a re-run keeps them', async () => {
    const dir = tempDir()
    const db = join(dir, 'desk.sqlite')
    for (const year of [2021, 2022]) {
      writeFileSync(join(dir, `m-${year}.xlsx`), oldStyleBook('xlsx', { year }))
      expect((await run(['import', join(dir, `m-${year}.xlsx`), '--db', db])).code).toBe(0)
    }
    const spec = join(dir, 'spec.json')
    writeFileSync(spec, JSON.stringify(essexTrendSpec({ periods: { from: '2020/21', to: '2021/22' }, dpi: 100, annotations: [] })))
    const out = join(dir, 'packs')
    const first = await run(['localise', '--db', db, '--spec', spec, '--out', out, '--areas', 'essex,kent'])
    expect(first.code).toBe(0)
    expect(first.out).toEqual([join(out, 'index.html')])
    expect(first.err.at(-1)).toBe('2 made, 0 already complete, 0 failed')
    expect(first.err.some((line) => /^\[\d\/2\]/.test(line))).toBe(true)
    expect(readdirSync(out).sort()).toEqual(['.mappa-desk-packs.json', 'essex', 'index.html', 'kent'])
    const again = await run(['localise', '--db', db, '--spec', spec, '--out', out, '--areas', 'essex,kent'])
    expect(again.err.at(-1)).toBe('0 made, 2 already complete, 0 failed')
  }, 120_000)

  it('refuses a missing spec, a bad spec and an unknown area in one line', async () => {
    const dir = tempDir()
    const db = join(dir, 'desk.sqlite')
    expect(await run(['localise', '--db', db, '--out', dir])).toMatchObject({
      code: 2,
      err: ['mappa: localise needs --spec FILE.json (a chart spec)']
    })
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{ not json')
    expect((await run(['localise', '--db', db, '--spec', bad, '--out', dir])).err[0]).toContain('is not JSON')
    const spec = join(dir, 'spec.json')
    writeFileSync(spec, JSON.stringify(essexTrendSpec()))
    const unknown = await run(['localise', '--db', db, '--spec', spec, '--out', join(dir, 'p'), '--areas', 'atlantis'])
    expect(unknown.code).toBe(1)
    expect(unknown.err.at(-1)).toContain('Unknown area "atlantis"')
    expect(existsSync(join(dir, 'p', 'atlantis'))).toBe(false)
  }, 60_000)

  it("into a folder of the reporter's: says where the packs go instead, in one line, and touches nothing of theirs", async () => {
    const { dir, db, spec } = await deskWithOneEdition()
    const documents = join(dir, 'Documents')
    mkdirSync(join(documents, 'kent'), { recursive: true })
    writeFileSync(join(documents, 'kent', 'holiday.jpg'), 'jpeg')
    writeFileSync(join(documents, 'index.html'), '<h1>mine</h1>')
    const result = await run(['localise', '--db', db, '--spec', spec, '--out', documents, '--areas', 'kent'])
    expect(result.code).toBe(0)
    expect(result.err[0]).toBe(
      `${documents} holds files MAPPA Desk did not make, so they are left alone: the packs go in ${join(documents, 'mappa-desk-packs')}`
    )
    expect(result.out).toEqual([join(documents, 'mappa-desk-packs', 'index.html')])
    expect(readdirSync(join(documents, 'kent'))).toEqual(['holiday.jpg'])
    expect(readFileSync(join(documents, 'index.html'), 'utf8')).toBe('<h1>mine</h1>')
  }, 60_000)

  if (canMountTmpfs()) {
    it('into a read-only folder: one line naming it, not a raw ENOENT', async () => {
      const { db, spec } = await deskWithOneEdition()
      const disk = tempTmpfs('1m')!
      remountReadOnly(disk)
      const result = await run(['localise', '--db', db, '--spec', spec, '--out', join(disk, 'packs'), '--areas', 'essex'])
      expect(result).toMatchObject({
        code: 1,
        out: [],
        err: [`mappa: ${disk} cannot be written to (a read-only disk or folder): the folder packs was not made. Choose another folder`]
      })
    }, 60_000)
  } else it.skip('into a read-only folder: skipped, mounting a tmpfs is refused here (it needs root)', () => undefined)
})

import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommand } from '../testing/cli'
import { essexTrendSpec } from '../export/chart/fixtures'
import { oldStyleBook } from '../testing/fixtures'
import { tempDir } from '../testing/temp'

const run = runCommand

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
    expect(await run(['localise', '--db', db, '--out', dir])).toMatchObject({ code: 2, err: ['mappa: localise needs --spec FILE.json (a chart spec)'] })
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
})

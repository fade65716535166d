import { truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, type Io } from './cli'
import type { Figure } from './contract/types'
import { accessibleBook, oldStyleBook, oldStyleWorkbook } from './testing/fixtures'
import { openStore } from './store/database'
import { applyEdit } from './store/edits'
import { tempDir } from './testing/temp'

async function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line) }
  const code = await runCli(argv, io)
  return { code, out, err }
}

function fixtureFile(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

describe('npm run mappa', () => {
  it('prints import warnings as lines under --json, with their codes beside them', async () => {
    const dir = tempDir()
    const file = fixtureFile(dir, 'mappa-2021-22.xlsx', oldStyleWorkbook('xlsx', { spellings: { Teesside: 'Tees Valley (new name)' } }))
    const imported = await run(['import', file, '--db', join(dir, 'desk.sqlite'), '--json'])
    expect(JSON.parse(imported.out[0])).toMatchObject({
      ok: true,
      unknownRowLabels: ['Tees Valley (new name)'],
      warnings: ['Rows not matched to a MAPPA area: Tees Valley (new name)'],
      warningCodes: ['unmatched_rows']
    })
  })

  it('imports a workbook and lists its figures with provenance as JSON', async () => {
    const dir = tempDir()
    const db = join(dir, 'desk.sqlite')
    const file = fixtureFile(dir, 'mappa-annual-report-2021-22.xlsx', oldStyleWorkbook('xlsx'))

    const imported = await run(['import', file, '--db', db, '--json'])
    expect(imported.code).toBe(0)
    const summary = JSON.parse(imported.out[0]) as { ok: boolean; observations: number; tables: unknown[]; warnings: string[] }
    expect(summary).toMatchObject({ ok: true, status: 'imported', period: '2021/22', observations: 176, matchedAreas: 44 })

    const listed = await run(['figures', '--db', db, '--area', 'essex', '--measure', 'rso', '--json'])
    expect(listed.code).toBe(0)
    const figures = JSON.parse(listed.out.join('\n')) as Figure[]
    expect(figures).toEqual([
      {
        area: 'essex',
        area_name: 'Essex',
        area_kind: 'area',
        measure: 'rso',
        period: '2021/22',
        value: 1867,
        status: 'value',
        raw: '1867',
        footnotes: [],
        edited: false,
        source: {
          file: 'mappa-annual-report-2021-22.xlsx',
          sheet: 'Table 1',
          cell: expect.stringMatching(/^B\d+$/),
          release: 'MAPPA annual report 2021/22',
          release_id: 1,
          is_sample: false
        }
      }
    ])
  })

  it('accepts a period written the press way and filters by it', async () => {
    const dir = tempDir()
    const db = join(dir, 'desk.sqlite')
    await run(['import', fixtureFile(dir, 't-2021-22.ods', oldStyleWorkbook('ods')), '--db', db])
    const listed = await run(['figures', '--db', db, '--period', '2021-22', '--measure', 'violent', '--json'])
    expect((JSON.parse(listed.out.join('\n')) as Figure[]).length).toBe(44)
  })

  it('prints a readable summary without --json', async () => {
    const dir = tempDir()
    const result = await run(['import', fixtureFile(dir, 'x-2021-22.csv', oldStyleWorkbook('csv')), '--db', join(dir, 'd.sqlite')])
    // An old-style table saved as CSV is still read as the old layout.
    expect(result.out[0]).toMatch(/x-2021-22\.csv: imported "MAPPA annual report 2021\/22" \(2021\/22\) with the moj-old reader$/)
    expect(result.out[1]).toMatch(/1 table\(s\), 176 observations, 44 areas matched/)
    expect(result.out[3]).toMatch(/176 cells: 176 values, 0 nil, 0 suppressed/)
  })

  it('reports findings and revisions in import --json, and lists revisions', async () => {
    const dir = tempDir()
    const db = join(dir, 'd.sqlite')
    await run(['import', fixtureFile(dir, 'old.xlsx', oldStyleBook('xlsx', { year: 2022 })), '--db', db])
    const newer = await run([
      'import',
      fixtureFile(dir, 'new.ods', accessibleBook('ods', { year: 2024, overrides: { 'Essex|2022|rso': '1,870' } })),
      '--db',
      db,
      '--json'
    ])
    const summary = JSON.parse(newer.out[0]) as {
      findings: { counts: { notAvailable: number }; columns: { measureId: string }[] }[]
      revisions: unknown[]
      unknownRowLabels: string[]
    }
    expect(summary.findings[0].counts.notAvailable).toBeGreaterThan(0)
    expect(summary.findings[0].columns.map((column) => column.measureId)).toEqual([
      'rso',
      'rso_rate',
      'violent',
      'other_dangerous',
      'terrorism'
    ])
    expect(summary.unknownRowLabels).toEqual([])
    expect(summary.revisions).toHaveLength(1)

    const listed = await run(['revisions', '--db', db, '--area', 'essex', '--json'])
    expect(JSON.parse(listed.out.join('\n'))).toEqual([
      {
        area: 'essex',
        area_name: 'Essex',
        measure: 'rso',
        period: '2021/22',
        old: 1867,
        new: 1870,
        old_raw: '1867',
        new_raw: '1,870',
        change: 'restated',
        from_release: 'MAPPA annual report 2021/22',
        to_release: 'MAPPA annual report 2023/24',
        from_release_id: 1,
        to_release_id: 2
      }
    ])
    const text = await run(['revisions', '--db', db])
    expect(text.out).toEqual(['Essex rso 2021/22: 1867 → 1,870 (MAPPA annual report 2021/22 → MAPPA annual report 2023/24)'])
  })

  it('shows edited figures with the original and the reason', async () => {
    const dir = tempDir()
    const db = join(dir, 'd.sqlite')
    await run(['import', fixtureFile(dir, 'old.xlsx', oldStyleBook('xlsx', { year: 2022 })), '--db', db])
    const store = openStore(db)
    applyEdit(store.db, { area: 'essex', measure: 'rso', period: '2021/22', value: '1,870', reason: 'Press office correction' })
    store.close()
    const listed = await run(['figures', '--db', db, '--area', 'essex', '--measure', 'rso', '--json'])
    expect(JSON.parse(listed.out.join('\n'))[0]).toMatchObject({
      value: 1870,
      raw: '1,870',
      edited: true,
      original: { value: 1867, raw: '1867', status: 'value' },
      reason: 'Press office correction'
    })
  })

  it('says so when the same file is imported twice', async () => {
    const dir = tempDir()
    const db = join(dir, 'd.sqlite')
    const file = fixtureFile(dir, 'x-2021-22.xlsx', oldStyleWorkbook('xlsx'))
    await run(['import', file, '--db', db])
    const again = await run(['import', file, '--db', db])
    expect(again.out).toEqual([`${file}: already imported as "MAPPA annual report 2021/22"; nothing stored`])
  })

  it('reports a bad file in one line, exits 1, and still imports the good one', async () => {
    const dir = tempDir()
    const db = join(dir, 'd.sqlite')
    const bad = fixtureFile(dir, 'empty.xlsx', new Uint8Array())
    const good = fixtureFile(dir, 'good-2021-22.xlsx', oldStyleWorkbook('xlsx'))
    const result = await run(['import', bad, good, '--db', db, '--json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.out[0])).toEqual({
      file: bad,
      ok: false,
      error: { code: 'empty_file', message: 'The file is empty (0 bytes)' }
    })
    expect(JSON.parse(result.out[1])).toMatchObject({ ok: true, status: 'imported' })
  })

  it.each([
    [['frobnicate'], /^mappa: Unknown command "frobnicate"/],
    [['import'], /^mappa: import needs at least one FILE$/],
    [['figures', '--colour', 'red'], /^mappa: Unknown option '--colour'/],
    [['figures', '--period', 'last year'], /^mappa: --period "last year" is not a financial year/],
    [['serve', '--port', 'eighty'], /^mappa: --port "eighty" is not a port number$/]
  ])('refuses %j with one line and exit code 2', async (argv, message) => {
    const result = await run(argv)
    expect(result.code).toBe(2)
    expect(result.err).toHaveLength(1)
    expect(result.err[0]).toMatch(message)
  })

  it('refuses a missing file and an enormous one in one line each, before reading it', async () => {
    const dir = tempDir()
    const huge = join(dir, 'huge.xlsx')
    truncateSync(fixtureFile(dir, 'huge.xlsx', new Uint8Array()), 300 * 1024 * 1024)
    const result = await run(['import', join(dir, 'missing.xlsx'), huge, '--db', join(dir, 'd.sqlite')])
    expect(result.code).toBe(1)
    expect(result.err).toEqual([
      `No database at ${join(dir, 'd.sqlite')} yet: creating a new one.`,
      `${join(dir, 'missing.xlsx')}: No such file`,
      `${huge}: The file is 300 MB; MAPPA Desk imports files up to 100 MB`
    ])
  })

  it('names an unknown area slug instead of returning nothing', async () => {
    const dir = tempDir()
    const result = await run(['figures', '--db', join(dir, 'd.sqlite'), '--area', 'esex', '--json'])
    expect(result.code).toBe(1)
    expect(result.err).toEqual([
      `No database at ${join(dir, 'd.sqlite')} yet: creating a new one.`,
      expect.stringMatching(/Unknown area "esex"/)
    ])
  })

  it('refuses to open a broken database in one line', async () => {
    const dir = tempDir()
    const db = fixtureFile(dir, 'broken.sqlite', new TextEncoder().encode('x'.repeat(4096)))
    const result = await run(['figures', '--db', db, '--json'])
    expect(result.code).toBe(1)
    expect(result.err).toEqual([expect.stringMatching(/^mappa: Cannot (open|use) the database at .*: file is not a database$/)])
  })
})

describe('npm run mappa releases and remove', () => {
  it('lists releases in precedence order with what each touches, and removes one keeping its edits', async () => {
    const dir = tempDir()
    const db = join(dir, 'desk.sqlite')
    const older = fixtureFile(dir, 'mappa-2022.xlsx', oldStyleBook('xlsx', { year: 2022 }))
    const newer = fixtureFile(dir, 'mappa-2024.xlsx', accessibleBook('xlsx', { year: 2024, overrides: { 'County Durham|2022|rso': 1872 } }))
    expect((await run(['import', older, '--db', db])).code).toBe(0)
    const store = openStore(db)
    applyEdit(store.db, { area: 'county-durham', measure: 'rso', period: '2021/22', value: '942', reason: 'press office' })
    store.close()
    expect((await run(['import', newer, '--db', db])).code).toBe(0)

    const figures = JSON.parse(
      (await run(['figures', '--db', db, '--area', 'county-durham', '--measure', 'rso', '--period', '2021/22', '--json'])).out.join('\n')
    ) as Figure[]
    expect(figures[0]).toMatchObject({
      value: 942,
      original: { value: 941 },
      stale_edit: { madeAgainst: 'MAPPA annual report 2021/22', nowSays: { value: 1872 } }
    })

    const listed = await run(['releases', '--db', db, '--json'])
    expect(listed.code).toBe(0)
    const releases = JSON.parse(listed.out.join('\n')) as {
      id: number
      precedence: number
      edition: string
      is_sample: boolean
      edits: number
    }[]
    expect(releases.map((release) => [release.precedence, release.edition, release.is_sample])).toEqual([
      [1, 'MAPPA annual report 2023/24', false],
      [2, 'MAPPA annual report 2021/22', false]
    ])
    const removed = await run(['remove', String(releases[0].id), '--db', db])
    expect(removed.code).toBe(0)
    expect(removed.out[0]).toMatch(
      /^Removed "MAPPA annual report 2023\/24" \(mappa-2024\.xlsx\): [\d,]+ figures; 1 edit\(s\) and 0 note\(s\) on its figures are kept$/
    )
    const after = JSON.parse(
      (await run(['figures', '--db', db, '--area', 'county-durham', '--measure', 'rso', '--period', '2021/22', '--json'])).out.join('\n')
    ) as Figure[]
    expect(after[0]).toMatchObject({ value: 942, original: { value: 941 }, source: { file: 'mappa-2022.xlsx' } })
    expect(after[0].stale_edit).toBeUndefined()
  })

  it('refuses a remove without one numeric release id, in one line with exit code 2, and an unknown one with 1', async () => {
    const db = join(tempDir(), 'desk.sqlite')
    expect(await run(['remove', '--db', db])).toMatchObject({
      code: 2,
      err: ['mappa: remove needs one RELEASE_ID (a number from `releases`)']
    })
    expect(await run(['remove', 'abc', '--db', db])).toMatchObject({ code: 2 })
    expect(await run(['remove', '7', '--db', db])).toMatchObject({
      code: 1,
      err: [`No database at ${db} yet: creating a new one.`, 'mappa: Release 7 is not in the store (was it removed already?)']
    })
    // Once it exists, it is opened without a word.
    expect(await run(['remove', '7', '--db', db])).toMatchObject({
      code: 1,
      err: ['mappa: Release 7 is not in the store (was it removed already?)']
    })
  })
})

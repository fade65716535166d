import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHandlers } from '../ipc/handlers'
import { openStore } from '../store/database'
import { oldStyleBook } from '../testing/fixtures'
import { tempContext, tempDir } from '../testing/temp'
import { waitFor } from '../testing/wait'
import { importFile } from './importFile'
import { findImportWorker } from './worker-protocol'

function storeWithTwoReleases(): string {
  const path = join(tempDir(), 'desk.sqlite')
  const store = openStore(path)
  importFile(store, { fileName: 'mappa-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  importFile(store, { fileName: 'mappa-2022-23.xlsx', bytes: oldStyleBook('xlsx', { year: 2023 }) })
  store.close()
  return path
}

const verify = (path: string, ...flags: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'main/cli.ts', 'verify', '--db', path, ...flags], { encoding: 'utf8' })

describe('verify against sources', () => {
  it('finds every stored figure matching its cell in a clean store, through the import worker (exit 0)', () => {
    const path = storeWithTwoReleases()
    const store = openStore(path)
    const figures = store.db.prepare('SELECT count(*) FROM observation').pluck().get() as number
    store.close()
    const run = verify(path, '--json')
    expect(run.status).toBe(0)
    const check = JSON.parse(run.stdout)
    expect(check).toMatchObject({
      figures,
      mismatchCount: 0,
      line: `All ${figures.toLocaleString('en-GB')} figures in 2 releases match their source cells`
    })
    expect(check.releases.map((release: { mismatches: unknown[] }) => release.mismatches)).toEqual([[], []])
  }, 60_000)

  it('reports a value changed in the store with release, sheet, cell, stored and file values (exit 1)', () => {
    const path = storeWithTwoReleases()
    const store = openStore(path)
    const target = store.db
      .prepare("SELECT id, release_id AS release, sheet, cell, value, raw FROM observation WHERE status = 'value' ORDER BY id LIMIT 1")
      .get() as {
      id: number
      release: number
      sheet: string
      cell: string
      value: number
      raw: string
    }
    store.db.prepare("UPDATE observation SET value = value + 1, raw = 'tampered' WHERE id = ?").run(target.id)
    store.close()

    const run = verify(path, '--json')
    expect(run.status).toBe(1)
    const check = JSON.parse(run.stdout)
    expect(check.mismatchCount).toBe(1)
    expect(check.releases.flatMap((release: { mismatches: unknown[] }) => release.mismatches)).toEqual([
      {
        release: target.release,
        sheet: target.sheet,
        cell: target.cell,
        stored: { value: target.value + 1, status: 'value', raw: 'tampered' },
        file: { value: target.value, status: 'value', raw: target.raw }
      }
    ])
    expect(check.line).toMatch(/^1 of [\d,]+ figures in 2 releases do not match their source cells$/)

    const text = verify(path)
    expect(text.status).toBe(1)
    expect(text.stdout).toContain(
      `release ${target.release}, ${target.sheet}!${target.cell}: stored "tampered" (value ${target.value + 1}), file "${target.raw}" (value ${target.value})`
    )
  }, 60_000)

  it('reports a figure the store lost as one the file has and the store lacks, from the window', async () => {
    const context = tempContext({ worker: findImportWorker() })
    importFile(context.store, { fileName: 'mappa-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
    const lost = context.store.db.prepare('SELECT id, sheet, cell FROM observation ORDER BY id LIMIT 1').get() as {
      id: number
      sheet: string
      cell: string
    }
    context.store.db.prepare('DELETE FROM observation WHERE id = ?').run(lost.id)
    const handlers = createHandlers(context)
    const { jobId } = await handlers['verify:start']()
    const check = await waitFor(async () => (await handlers['verify:status']({ jobId })).result, { what: 'the check against the sources' })
    expect(check.mismatchCount).toBe(1)
    expect(check.releases[0].mismatches[0]).toMatchObject({
      sheet: lost.sheet,
      cell: lost.cell,
      stored: null,
      file: { status: expect.any(String) }
    })
  }, 60_000)
})

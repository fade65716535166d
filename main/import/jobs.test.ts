import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { backupFolder } from '../files/databases'
import type { ImportJobStatus } from '../contract/types'
import type { Store } from '../store/database'
import { currentFigures } from '../store/figures'
import { areaTableRows, oldStyleBook, oldStyleWorkbook, workbookBytes } from '../testing/fixtures'
import { tempContext } from '../testing/temp'
import { waitFor } from '../testing/wait'
import { DEFAULT_POLICY, type JobPolicy } from './job-policy'
import type { ImportJobs } from './jobs'
import { findImportWorker } from './worker-protocol'

/** Polls a job until it stops running, keeping every status seen on the way. */
function settle(jobs: ImportJobs, jobId: string, seen: ImportJobStatus[] = []): Promise<ImportJobStatus> {
  return waitFor(
    () => {
      const status = jobs.status(jobId)
      seen.push(status)
      return status.state !== 'running' && status
    },
    { what: `import ${jobId} to stop running`, timeoutMs: 60_000 }
  )
}

const counts = (store: Store) =>
  store.db.prepare('SELECT (SELECT count(*) FROM release) AS releases, (SELECT count(*) FROM observation) AS observations').get() as {
    releases: number
    observations: number
  }

/** A wide table with no period anywhere, one column the catalogue does not know and one row that is no area. */
const approvedPremises = (essex: number) =>
  workbookBytes(
    {
      'Table 1': [
        ['Offenders in approved premises, by area'],
        ['Area', 'Offenders in approved premises (2)'],
        ['Essex', essex],
        ['Kent', 60],
        ['Tees Valley (new name)', 12]
      ]
    },
    'xlsx'
  )

/** 200,000 rows as CSV: big enough that reading is still going on when the test cancels it. */
function bigCsv(): Uint8Array {
  const quote = (value: string | number | null) =>
    typeof value === 'string' && /[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : String(value ?? '')
  return new TextEncoder().encode(
    areaTableRows({ extraRows: 200_000 })
      .map((row) => row.map(quote).join(','))
      .join('\n')
  )
}

describe('import jobs in this thread', () => {
  it('reads a file into a preview with its tables, counts and unknown areas, storing nothing yet', async () => {
    const { jobs, store } = tempContext()
    const { jobId } = jobs.start('mappa-2021-22.xlsx', oldStyleWorkbook('xlsx', { spellings: { Teesside: 'Tees Valley (new name)' } }))
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', phase: 'Starting', progress: 0, preview: null, error: null })
    const status = await settle(jobs, jobId)
    expect(status).toMatchObject({ state: 'done', phase: 'Ready to import', progress: 1, error: null })
    const preview = status.preview!
    expect(preview).toMatchObject({
      previewId: jobId,
      fileName: 'mappa-2021-22.xlsx',
      format: 'xlsx',
      period: '2021/22',
      duplicateOf: null
    })
    expect(preview.unknownAreas).toEqual(['Tees Valley (new name)'])
    expect(preview.tables).toHaveLength(1)
    expect(preview.tables[0]).toMatchObject({ sheet: 'Table 1', layout: 'wide', period: '2021/22', observations: 44 * 4 })
    expect(preview.tables[0].counts.values).toBe(44 * 4)
    expect(preview.tables[0].rows.find((row) => row.label === 'Essex')).toMatchObject({ areaSlug: 'essex', areaKind: 'area' })
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  })

  it('fails a damaged file with one line and stores nothing', async () => {
    const { jobs, store } = tempContext()
    const { jobId } = jobs.start('truncated.xlsx', oldStyleWorkbook('xlsx').subarray(0, 900))
    const status = await settle(jobs, jobId)
    expect(status).toMatchObject({ state: 'failed', phase: 'Failed', preview: null, error: { code: 'corrupt_file' } })
    expect(status.error?.message).toMatch(/damaged or truncated/)
    expect(status.error?.message).not.toContain('\n')
    expect(() => jobs.commit(jobId, {})).toThrow(/no preview yet/)
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  })

  it('cancels an import before it reads anything', async () => {
    const { jobs, store } = tempContext()
    const { jobId } = jobs.start('mappa-2021-22.xlsx', oldStyleWorkbook('xlsx'))
    expect(jobs.cancel(jobId)).toEqual({ cancelled: true })
    // A later import runs after the reading this one had scheduled, so that reading has had its chance.
    const later = jobs.start('later.xlsx', approvedPremises(1))
    expect((await settle(jobs, later.jobId)).state).toBe('done')
    expect(jobs.status(jobId)).toMatchObject({ state: 'cancelled', phase: 'Cancelled', preview: null })
    expect(jobs.cancel(jobId)).toEqual({ cancelled: false })
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  })

  it('writes the release on commit, and forgets the preview', async () => {
    const { jobs, store } = tempContext()
    const { jobId } = jobs.start('mappa-2021-22.xlsx', oldStyleWorkbook('xlsx'))
    await settle(jobs, jobId)
    const summary = jobs.commit(jobId, {})
    expect(summary).toMatchObject({ status: 'imported', fileName: 'mappa-2021-22.xlsx', period: '2021/22', observations: 44 * 4 })
    expect(counts(store)).toEqual({ releases: 1, observations: 44 * 4 })
    expect(currentFigures(store.db, { area: 'essex', measure: 'rso' })[0]).toMatchObject({ value: 1867, period: '2021/22' })
    expect(() => jobs.status(jobId)).toThrow('That import is no longer open: start it again')
  })

  it('stores nothing when the commit fails half way, and the same preview can be committed again', async () => {
    const { jobs, store } = tempContext()
    const { jobId } = jobs.start('mappa-2021-22.xlsx', oldStyleWorkbook('xlsx'))
    await settle(jobs, jobId)
    store.db.exec(
      `CREATE TRIGGER fail_late BEFORE INSERT ON observation WHEN NEW.row_label = 'Wiltshire' BEGIN SELECT RAISE(ABORT, 'disk full'); END`
    )
    expect(() => jobs.commit(jobId, {})).toThrow('disk full')
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
    expect(store.db.prepare('SELECT count(*) FROM source_table').pluck().get()).toBe(0)
    store.db.exec('DROP TRIGGER fail_late')
    expect((await jobs.commit(jobId, {})).status).toBe('imported')
    expect(counts(store)).toEqual({ releases: 1, observations: 44 * 4 })
  })

  it('applies the reporter’s mappings on commit and remembers them for the next file', async () => {
    const { jobs, store } = tempContext()
    const first = jobs.start('approved-premises.xlsx', approvedPremises(55))
    const preview = (await settle(jobs, first.jobId)).preview!
    expect(preview.tables[0].period).toBeNull()
    expect(preview.tables[0].columns[0]).toMatchObject({ column: 1, measureId: 'custom:offenders-in-approved-premises', isCustom: true })
    expect(preview.unknownAreas).toEqual(['Tees Valley (new name)'])

    jobs.commit(first.jobId, {
      areas: { 'Tees Valley (new name)': 'teesside' },
      columns: [{ table: 0, column: 1, measureId: 'terrorism' }],
      periods: [{ table: 0, period: '2021/22' }]
    })
    expect(currentFigures(store.db, { measure: 'terrorism' }).map((figure) => [figure.area, figure.period, figure.value])).toEqual(
      expect.arrayContaining([
        ['essex', '2021/22', 55],
        ['teesside', '2021/22', 12]
      ])
    )
    expect(store.db.prepare('SELECT count(*) FROM measure WHERE is_custom = 1').pluck().get()).toBe(0)
    expect(store.db.prepare('SELECT alias, measure_id AS measure FROM measure_alias WHERE is_user = 1').all()).toEqual([
      { alias: 'Offenders in approved premises', measure: 'terrorism' }
    ])
    expect(store.db.prepare('SELECT x.alias, a.slug FROM area_alias x JOIN area a ON a.id = x.area_id WHERE x.is_user = 1').all()).toEqual([
      { alias: 'Tees Valley (new name)', slug: 'teesside' }
    ])

    const next = jobs.start('approved-premises-next-year.xlsx', approvedPremises(70))
    const remembered = (await settle(jobs, next.jobId)).preview!
    expect(remembered.tables[0].columns[0]).toMatchObject({ measureId: 'terrorism', isCustom: false })
    expect(remembered.tables[0].rows.find((row) => row.label === 'Tees Valley (new name)')).toMatchObject({ areaSlug: 'teesside' })
    expect(remembered.unknownAreas).toEqual([])
  })

  it('warns by code about the rows still unmatched once the reporter has mapped some', async () => {
    const { jobs } = tempContext()
    const spellings = { Teesside: 'Tees Valley (new name)', Kent: 'Kent and Medway (new name)' }
    const { jobId } = jobs.start('mappa-2021-22.xlsx', oldStyleWorkbook('xlsx', { spellings }))
    const preview = (await settle(jobs, jobId)).preview!
    expect(preview.warnings).toEqual([
      { code: 'unmatched_rows', message: 'Rows not matched to a MAPPA area: Tees Valley (new name), Kent and Medway (new name)' }
    ])
    const summary = await jobs.commit(jobId, { areas: { 'Tees Valley (new name)': 'teesside' } })
    expect(summary.warnings).toEqual([{ code: 'unmatched_rows', message: 'Rows not matched to a MAPPA area: Kent and Medway (new name)' }])
  })

  it('remembers nothing when the reporter says so', async () => {
    const { jobs, store } = tempContext()
    const { jobId } = jobs.start('approved-premises.xlsx', approvedPremises(55))
    await settle(jobs, jobId)
    jobs.commit(jobId, {
      areas: { 'Tees Valley (new name)': 'teesside' },
      columns: [{ table: 0, column: 1, measureId: 'terrorism' }],
      remember: false
    })
    expect(store.db.prepare('SELECT count(*) FROM measure_alias WHERE is_user = 1').pluck().get()).toBe(0)
    expect(store.db.prepare('SELECT count(*) FROM area_alias WHERE is_user = 1').pluck().get()).toBe(0)
  })

  it('forgets a discarded preview', async () => {
    const { jobs, store } = tempContext()
    const { jobId } = jobs.start('mappa-2021-22.xlsx', oldStyleWorkbook('xlsx'))
    await settle(jobs, jobId)
    expect(jobs.discard(jobId)).toEqual({ discarded: true })
    expect(() => jobs.status(jobId)).toThrow(/no longer open/)
    expect(() => jobs.commit(jobId, {})).toThrow(/no longer open/)
    expect(jobs.discard(jobId)).toEqual({ discarded: false })
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  })

  it('says which release a file duplicates', async () => {
    const { jobs } = tempContext()
    const bytes = oldStyleWorkbook('xlsx')
    const first = jobs.start('mappa-2021-22.xlsx', bytes)
    await settle(jobs, first.jobId)
    const { releaseId, editionLabel } = await jobs.commit(first.jobId, {})
    const again = jobs.start('renamed.xlsx', bytes)
    expect((await settle(jobs, again.jobId)).preview?.duplicateOf).toEqual({ releaseId, editionLabel, fileName: 'mappa-2021-22.xlsx' })
    expect((await jobs.commit(again.jobId, {})).status).toBe('duplicate')
  })
})

/** A policy whose clock the test moves by hand. */
function handClock(): { policy: JobPolicy; advance: (ms: number) => void } {
  let now = 1_000_000
  return { policy: { ...DEFAULT_POLICY, now: () => now }, advance: (ms) => (now += ms) }
}

describe('what import jobs hold on to', () => {
  it('lets go of a failed file’s bytes at once, and of its status after a while', async () => {
    const clock = handClock()
    const { jobs } = tempContext({ policy: clock.policy })
    const { jobId } = jobs.start('truncated.xlsx', oldStyleWorkbook('xlsx').subarray(0, 900))
    expect(jobs.heldBytes()).toBe(900)
    expect((await settle(jobs, jobId)).state).toBe('failed')
    expect(jobs.heldBytes()).toBe(0)
    clock.advance(DEFAULT_POLICY.endedTtlMs - 1)
    expect(jobs.status(jobId).error?.code).toBe('corrupt_file')
    clock.advance(1)
    expect(() => jobs.status(jobId)).toThrow(/no longer open/)
  })

  it('lets go of a cancelled file’s bytes at once', () => {
    const { jobs } = tempContext()
    const bytes = oldStyleWorkbook('xlsx')
    const { jobId } = jobs.start('mappa-2021-22.xlsx', bytes)
    expect(jobs.heldBytes()).toBe(bytes.length)
    jobs.cancel(jobId)
    expect(jobs.heldBytes()).toBe(0)
    expect(jobs.status(jobId).state).toBe('cancelled')
  })

  it('forgets a preview nobody commits or discards within an hour', async () => {
    const clock = handClock()
    const { jobs, store } = tempContext({ policy: clock.policy })
    const bytes = oldStyleWorkbook('xlsx')
    const { jobId } = jobs.start('mappa-2021-22.xlsx', bytes)
    await settle(jobs, jobId)
    clock.advance(DEFAULT_POLICY.previewTtlMs - 1)
    expect(jobs.heldBytes()).toBe(bytes.length)
    clock.advance(1)
    expect(jobs.heldBytes()).toBe(0)
    expect(() => jobs.commit(jobId, {})).toThrow('That import is no longer open: start it again')
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  })

  it('keeps the newest few previews when many are left open', async () => {
    const { jobs } = tempContext()
    const ids: string[] = []
    for (let essex = 0; essex < 6; essex++) {
      const { jobId } = jobs.start(`premises-${essex}.xlsx`, approvedPremises(essex))
      await settle(jobs, jobId)
      ids.push(jobId)
    }
    expect(() => jobs.status(ids[0])).toThrow(/no longer open/)
    expect(() => jobs.status(ids[1])).toThrow(/no longer open/)
    expect(ids.slice(2).map((id) => jobs.status(id).state)).toEqual(['done', 'done', 'done', 'done'])
  })

  it('reads two files at once and refuses a third as busy, in one line, until one ends', async () => {
    const { jobs } = tempContext()
    const first = jobs.start('a.xlsx', oldStyleWorkbook('xlsx'))
    jobs.start('b.xlsx', approvedPremises(1))
    let refusal: unknown
    try {
      jobs.start('c.xlsx', approvedPremises(2))
    } catch (error) {
      refusal = error
    }
    expect(refusal).toMatchObject({
      code: 'busy',
      message: '2 imports are being read already: wait for one to finish, or cancel it, then try again'
    })
    jobs.cancel(first.jobId)
    expect(jobs.start('c.xlsx', approvedPremises(2)).jobId).toEqual(expect.any(String))
  })
})

describe('import jobs in a worker thread', () => {
  const worker = findImportWorker()

  it('finds the worker source beside worker-protocol.ts and runs it under tsx', () => {
    expect(worker?.path).toMatch(/main[\\/]import[\\/]worker\.ts$/)
    expect(worker?.loader).toMatch(/^file:.*[\\/]tsx[\\/].*api/)
  })

  it('reads a file off this thread, reporting progress, into the same preview as this thread', async () => {
    const bytes = oldStyleWorkbook('xlsx', { extraRows: 20_000 })
    const threaded = tempContext({ worker })
    const seen: ImportJobStatus[] = []
    const { jobId } = threaded.jobs.start('mappa-2021-22.xlsx', bytes)
    const status = await settle(threaded.jobs, jobId, seen)
    expect(status.state).toBe('done')
    const phases = [...new Set(seen.map((each) => each.phase))]
    expect(phases[0]).toBe('Starting')
    expect(phases.at(-1)).toBe('Ready to import')
    expect(phases.some((phase) => phase !== 'Starting' && phase !== 'Ready to import')).toBe(true)
    const progress = seen.map((each) => each.progress)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))

    const here = tempContext()
    const local = here.jobs.start('mappa-2021-22.xlsx', bytes)
    const expected = (await settle(here.jobs, local.jobId)).preview
    expect({ ...status.preview, previewId: '' }).toEqual({ ...expected, previewId: '' })
  }, 60_000)

  it('cancels a running import: the job says cancelled and nothing reaches the store', async () => {
    const { jobs, store } = tempContext({ worker })
    const { jobId } = jobs.start('big.csv', bigCsv())
    await waitFor(() => jobs.status(jobId).phase !== 'Starting', { what: 'the worker to start reading' })
    expect(jobs.status(jobId).state).toBe('running')
    expect(jobs.cancel(jobId)).toEqual({ cancelled: true })
    // Whatever the stopped worker still had in flight arrives while a later import runs to its end.
    const later = jobs.start('later.xlsx', approvedPremises(1))
    expect((await settle(jobs, later.jobId)).state).toBe('done')
    expect(jobs.status(jobId)).toMatchObject({ state: 'cancelled', phase: 'Cancelled', preview: null, error: null })
    expect(() => jobs.commit(jobId, {})).toThrow(/no preview yet/)
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  }, 60_000)

  it('fails a damaged file with the worker’s one-line reason', async () => {
    const { jobs } = tempContext({ worker })
    const { jobId } = jobs.start('truncated.xlsx', oldStyleWorkbook('xlsx').subarray(0, 900))
    const status = await settle(jobs, jobId)
    expect(status).toMatchObject({ state: 'failed', error: { code: 'corrupt_file' } })
    expect(status.error?.message).not.toContain('\n')
  }, 60_000)

  it('commits what the worker read, writing a file this small here, at once', async () => {
    const { jobs, store } = tempContext({ worker })
    const { jobId } = jobs.start('mappa-2021-22.ods', oldStyleWorkbook('ods'))
    await settle(jobs, jobId)
    // Under WORKER_WRITES_FROM figures (job-policy.ts), the worker sent it back whole: written here, no promise of the worker's answer.
    const summary = jobs.commit(jobId, {})
    expect(summary).not.toBeInstanceOf(Promise)
    expect(summary).toMatchObject({ status: 'imported', format: 'ods', observations: 44 * 4 })
    expect(currentFigures(store.db, { area: 'essex', measure: 'rso' })[0]).toMatchObject({ value: 1867 })
  }, 60_000)

  it('writes a file of few figures but many bytes (a picture inside) in the worker too', async () => {
    const parts = unzipSync(oldStyleWorkbook('xlsx'))
    const picture = new Uint8Array(9 * 1024 * 1024).map((_, index) => (index * 2654435761) >>> 24)
    const bytes = zipSync({ ...parts, 'xl/media/image1.png': [picture, { level: 0 }] })
    const { jobs, store } = tempContext({ worker })
    const { jobId } = jobs.start('mappa-2021-22.xlsx', bytes)
    await settle(jobs, jobId)
    const writing = jobs.commit(jobId, {})
    expect(writing).toBeInstanceOf(Promise)
    expect(await writing).toMatchObject({ status: 'imported', observations: 44 * 4 })
    expect(store.db.prepare('SELECT size_bytes FROM release').pluck().get()).toBe(bytes.length)
  }, 60_000)

  it('writes a large file in the worker through its own connection, this thread free meanwhile, and the same as written here', async () => {
    const bytes = oldStyleWorkbook('xlsx', { extraRows: 20_000 })
    const { jobs, store } = tempContext({ worker })
    const { jobId } = jobs.start('mappa-2021-22.xlsx', bytes)
    await settle(jobs, jobId)
    let turns = 0
    const ticker = setInterval(() => turns++, 1)
    const writing = jobs.commit(jobId, {})
    expect(writing).toBeInstanceOf(Promise)
    const summary = await writing
    clearInterval(ticker)
    expect(turns).toBeGreaterThan(0)
    expect(summary).toMatchObject({ status: 'imported', observations: (44 + 20_000) * 4 })

    const here = tempContext()
    const local = here.jobs.start('mappa-2021-22.xlsx', bytes)
    await settle(here.jobs, local.jobId)
    const expected = here.jobs.commit(local.jobId, {})
    expect({ ...summary, releaseId: 0 }).toEqual({ ...expected, releaseId: 0 })
    const rows = (db: Store['db']) =>
      db
        .prepare(
          'SELECT row_label, column_label, area_id, measure_id, period, value, status, raw, sheet, cell FROM observation ORDER BY id'
        )
        .raw()
        .all()
    expect(rows(store.db)).toEqual(rows(here.store.db))
  }, 120_000)

  it('stops a file that sends the reader into unbounded memory, in one line, storing nothing', async () => {
    // One damaged byte in the ExternSheet record of this .xls makes SheetJS 0.20.3 loop, allocating forever.
    const bytes = oldStyleBook('xls', { year: 2022 })
    expect(bytes[2875]).not.toBe(18)
    bytes[2875] = 18
    const { jobs, store } = tempContext({ worker, limits: { heapMb: 64, timeMs: 60_000 } })
    const { jobId } = jobs.start('damaged.xls', bytes)
    const status = await settle(jobs, jobId)
    expect(status).toMatchObject({ state: 'failed', error: { code: 'too_large' } })
    expect(status.error?.message).toMatch(
      /^Reading the file needed more than the 64 MB an import may use, so it was stopped: it is damaged/
    )
    // A one-step import, which reads a small workbook here, still reads a legacy .xls in the worker.
    await expect(jobs.importNow('damaged.xls', bytes)).rejects.toThrow(/^Reading the file needed more than the 64 MB/)
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  }, 60_000)

  it('stops a file that takes longer than its time limit', async () => {
    const { jobs, store } = tempContext({ worker, limits: { heapMb: 1024, timeMs: 1 } })
    await expect(jobs.importNow('slow.csv', bigCsv())).rejects.toThrow(/^Reading the file took longer than 0\.001 s, so it was stopped/)
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  }, 60_000)

  it('backs the database up once before an import writes: not for an empty one, a file already stored or a file that fails', async () => {
    const { jobs, store } = tempContext({ worker })
    const backups = () =>
      existsSync(backupFolder(store.path))
        ? readdirSync(backupFolder(store.path)).filter((name) => /-import-[0-9a-f]{8}\.sqlite$/.test(name))
        : []
    await jobs.importNow('mappa-2020-21.xlsx', oldStyleBook('xlsx', { year: 2021 }))
    // An empty database has nothing to back up.
    expect(backups()).toEqual([])
    await jobs.importNow('mappa-2021-22.xlsx', oldStyleBook('xlsx', { year: 2022 }))
    expect(backups()).toHaveLength(1)
    const copy = new Database(join(backupFolder(store.path), backups()[0]), { readonly: true })
    expect(copy.prepare('SELECT file_name FROM release').pluck().all()).toEqual(['mappa-2020-21.xlsx'])
    copy.close()
    expect((await jobs.importNow('again.xlsx', oldStyleBook('xlsx', { year: 2022 }))).status).toBe('duplicate')
    // A damaged file fails while it is read, before anything is copied or written.
    await expect(jobs.importNow('damaged.xlsx', oldStyleWorkbook('xlsx').slice(0, 900))).rejects.toThrow(/^The file is damaged/)
    expect(backups()).toHaveLength(1)
  }, 60_000)

  it('imports in one step: a small workbook here, a CSV through the worker', async () => {
    const { jobs, store } = tempContext({ worker })
    await expect(jobs.importNow('mappa-2021-22.xlsx', oldStyleWorkbook('xlsx'))).resolves.toMatchObject({
      status: 'imported',
      observations: 176
    })
    await expect(jobs.importNow('mappa-2022-23.csv', oldStyleBook('csv', { year: 2023 }))).resolves.toMatchObject({
      status: 'imported',
      format: 'csv'
    })
    expect(counts(store).releases).toBe(2)
  }, 60_000)
})

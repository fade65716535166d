import { describe, expect, it } from 'vitest'
import type { ImportJobStatus } from '../contract/types'
import type { Store } from '../store/database'
import { currentFigures } from '../store/figures'
import { areaTableRows, oldStyleWorkbook, workbookBytes } from '../testing/fixtures'
import { oldStyleBook } from '../testing/moj-fixtures'
import { tempContext } from '../testing/temp'
import { findWorkerScript, type ImportJobs } from './jobs'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls a job until it stops running, keeping every status seen on the way. */
async function settle(jobs: ImportJobs, jobId: string, seen: ImportJobStatus[] = []): Promise<ImportJobStatus> {
  for (let waited = 0; waited < 60_000; waited += 5) {
    const status = jobs.status(jobId)
    seen.push(status)
    if (status.state !== 'running') return status
    await pause(5)
  }
  throw new Error(`Job ${jobId} still running after a minute`)
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
  const quote = (value: string | number | null) => (typeof value === 'string' && /[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : String(value ?? ''))
  return new TextEncoder().encode(areaTableRows({ extraRows: 200_000 }).map((row) => row.map(quote).join(',')).join('\n'))
}

describe('import jobs in this thread', () => {
  it('reads a file into a preview with its tables, counts and unknown areas, storing nothing yet', async () => {
    const { jobs, store } = tempContext()
    const { jobId } = jobs.start('mappa-2021-22.xlsx', oldStyleWorkbook('xlsx', { spellings: { Teesside: 'Tees Valley (new name)' } }))
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', phase: 'Starting', progress: 0, preview: null, error: null })
    const status = await settle(jobs, jobId)
    expect(status).toMatchObject({ state: 'done', phase: 'Ready to import', progress: 1, error: null })
    const preview = status.preview!
    expect(preview).toMatchObject({ previewId: jobId, fileName: 'mappa-2021-22.xlsx', format: 'xlsx', period: '2021/22', duplicateOf: null })
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
    await pause(20)
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
    store.db.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON observation WHEN NEW.row_label = 'Wiltshire' BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
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

  it('remembers nothing when the reporter says so', async () => {
    const { jobs, store } = tempContext()
    const { jobId } = jobs.start('approved-premises.xlsx', approvedPremises(55))
    await settle(jobs, jobId)
    jobs.commit(jobId, { areas: { 'Tees Valley (new name)': 'teesside' }, columns: [{ table: 0, column: 1, measureId: 'terrorism' }], remember: false })
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

describe('import jobs in a worker thread', () => {
  const worker = findWorkerScript()

  it('finds the worker source beside jobs.ts and runs it under tsx', () => {
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
    while (jobs.status(jobId).phase === 'Starting') await pause(5)
    expect(jobs.status(jobId).state).toBe('running')
    expect(jobs.cancel(jobId)).toEqual({ cancelled: true })
    await pause(200)
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

  it('commits what the worker read', async () => {
    const { jobs, store } = tempContext({ worker })
    const { jobId } = jobs.start('mappa-2021-22.ods', oldStyleWorkbook('ods'))
    await settle(jobs, jobId)
    expect(await jobs.commit(jobId, {})).toMatchObject({ status: 'imported', format: 'ods', observations: 44 * 4 })
    expect(currentFigures(store.db, { area: 'essex', measure: 'rso' })[0]).toMatchObject({ value: 1867 })
  }, 60_000)

  it('writes a large file in the worker through its own connection, this thread free meanwhile, and the same as written here', async () => {
    const bytes = oldStyleWorkbook('xlsx', { extraRows: 20_000 })
    const { jobs, store } = tempContext({ worker })
    const { jobId } = jobs.start('mappa-2021-22.xlsx', bytes)
    await settle(jobs, jobId)
    let turns = 0
    const ticker = setInterval(() => turns++, 1)
    const summary = await jobs.commit(jobId, {})
    clearInterval(ticker)
    expect(turns).toBeGreaterThan(0)
    expect(summary).toMatchObject({ status: 'imported', observations: (44 + 20_000) * 4 })

    const here = tempContext()
    const local = here.jobs.start('mappa-2021-22.xlsx', bytes)
    await settle(here.jobs, local.jobId)
    const expected = here.jobs.commit(local.jobId, {})
    expect({ ...summary, releaseId: 0 }).toEqual({ ...expected, releaseId: 0 })
    const rows = (db: Store['db']) => db.prepare('SELECT row_label, column_label, area_id, measure_id, period, value, status, raw, sheet, cell FROM observation ORDER BY id').raw().all()
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
    expect(status.error?.message).toMatch(/^Reading the file needed more than the 64 MB an import may use, so it was stopped: it is damaged/)
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  }, 60_000)

  it('stops a file that takes longer than its time limit', async () => {
    const { jobs, store } = tempContext({ worker, limits: { heapMb: 1024, timeMs: 1 } })
    await expect(jobs.importNow('slow.csv', bigCsv())).rejects.toThrow(/^Reading the file took longer than 0\.001 s, so it was stopped/)
    expect(counts(store)).toEqual({ releases: 0, observations: 0 })
  }, 60_000)

  it('imports in one step through the worker', async () => {
    const { jobs, store } = tempContext({ worker })
    await expect(jobs.importNow('mappa-2021-22.xlsx', oldStyleWorkbook('xlsx'))).resolves.toMatchObject({ status: 'imported', observations: 176 })
    expect(counts(store).releases).toBe(1)
  }, 60_000)
})

import { describe, expect, it } from 'vitest'
import type { ImportJobStatus, ImportSummary } from '../../contract/types'
import { oldStyleWorkbook, workbookBytes } from '../../testing/fixtures'
import { tempContext } from '../../testing/temp'
import { waitFor } from '../../testing/wait'
import { createDispatch, type Dispatch } from '../registrar'
import { createHandlers } from './index'

function setUp() {
  const context = tempContext()
  const dispatch = createDispatch(createHandlers(context))
  const releases = () => context.store.db.prepare('SELECT count(*) FROM release').pluck().get()
  return { dispatch, releases }
}

async function ok<T>(dispatch: Dispatch, channel: string, args: unknown): Promise<T> {
  const envelope = await dispatch(channel, args)
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code}: ${envelope.error.message}`)
  return envelope.result as T
}

function settle(dispatch: Dispatch, jobId: string): Promise<ImportJobStatus> {
  return waitFor(
    async () => {
      const status = await ok<ImportJobStatus>(dispatch, 'import:status', { jobId })
      return status.state !== 'running' && status
    },
    { what: 'the import to finish' }
  )
}

/** A wide table with no period, a column the catalogue does not know and a row that is no area. */
const approvedPremises = () =>
  workbookBytes(
    {
      'Table 1': [
        ['Offenders in approved premises, by area'],
        ['Area', 'Offenders in approved premises (2)'],
        ['Essex', 55],
        ['Kent', 60],
        ['Tees Valley (new name)', 12]
      ]
    },
    'xlsx'
  )

async function preview(dispatch: Dispatch, bytes = approvedPremises()): Promise<string> {
  const { jobId } = await ok<{ jobId: string }>(dispatch, 'import:start', {
    fileName: '/home/reporter/Downloads/approved-premises.xlsx',
    bytes
  })
  const status = await settle(dispatch, jobId)
  expect(status.state).toBe('done')
  return jobId
}

describe('the import channels', () => {
  it('take a file from start to a committed release, with the reporter’s mappings', async () => {
    const { dispatch, releases } = setUp()
    const previewId = await preview(dispatch)
    const status = await ok<ImportJobStatus>(dispatch, 'import:status', { jobId: previewId })
    expect(status.preview).toMatchObject({ fileName: 'approved-premises.xlsx', unknownAreas: ['Tees Valley (new name)'] })

    const summary = await ok<ImportSummary>(dispatch, 'import:commit', {
      previewId,
      mappings: {
        areas: { 'Tees Valley (new name)': 'teesside' },
        columns: [{ table: 0, column: 1, measureId: 'terrorism' }],
        periods: [{ table: 0, period: '2021/22' }]
      }
    })
    expect(summary).toMatchObject({ status: 'imported', observations: 3, unknownRowLabels: [] })
    expect(releases()).toBe(1)
    const figures = await ok<{ area: string; period: string; value: number }[]>(dispatch, 'figures:list', { measure: 'terrorism' })
    expect(figures.map(({ area, period, value }) => [area, period, value])).toEqual(
      expect.arrayContaining([
        ['essex', '2021/22', 55],
        ['teesside', '2021/22', 12]
      ])
    )
  })

  it.each([
    [
      'an area slug that is not a slug',
      { areas: { 'Tees Valley (new name)': 'Tees Valley' } },
      /mappings\.areas\.Tees Valley \(new name\): must be a lowercase slug/
    ],
    ['a negative column', { columns: [{ table: 0, column: -1, measureId: 'terrorism' }] }, /mappings\.columns\.0\.column: /],
    [
      'a measure id with spaces',
      { columns: [{ table: 0, column: 1, measureId: 'Offenders in premises' }] },
      /mappings\.columns\.0\.measureId: /
    ],
    [
      'a period written 2021-22',
      { periods: [{ table: 0, period: '2021-22' }] },
      /mappings\.periods\.0\.period: must be a financial year such as 2021\/22/
    ],
    ['a field the contract does not have', { areas: {}, sneaky: true }, /mappings: /],
    ['remember as text', { remember: 'yes' }, /mappings\.remember: /]
  ])('refuse mappings with %s as bad_input, storing nothing and keeping the preview', async (_, mappings, message) => {
    const { dispatch, releases } = setUp()
    const previewId = await preview(dispatch)
    const envelope = await dispatch('import:commit', { previewId, mappings })
    expect(envelope).toMatchObject({ ok: false, error: { code: 'bad_input' } })
    expect(envelope.ok === false && envelope.error.message).toMatch(/^Invalid input for import:commit: /)
    expect(envelope.ok === false && envelope.error.message).toMatch(message)
    expect(releases()).toBe(0)
    await expect(ok(dispatch, 'import:commit', { previewId, mappings: {} })).resolves.toMatchObject({ status: 'imported' })
  })

  it('refuses a commit without mappings, or with a malformed preview id', async () => {
    const { dispatch } = setUp()
    const previewId = await preview(dispatch)
    await expect(dispatch('import:commit', { previewId })).resolves.toMatchObject({ ok: false, error: { code: 'bad_input' } })
    await expect(dispatch('import:commit', { previewId: '../x', mappings: {} })).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad_input' }
    })
  })

  it.each([
    [
      'an area the store does not have',
      { areas: { 'Tees Valley (new name)': 'atlantis' } },
      'Unknown area "atlantis" in the import mappings'
    ],
    [
      'a measure the store does not have',
      { columns: [{ table: 0, column: 1, measureId: 'no_such_measure' }] },
      'Unknown measure "no_such_measure" in the import mappings'
    ]
  ])('refuse mappings naming %s, writing nothing', async (_, mappings, message) => {
    const { dispatch, releases } = setUp()
    const previewId = await preview(dispatch)
    await expect(dispatch('import:commit', { previewId, mappings })).resolves.toEqual({ ok: false, error: { code: 'bad_input', message } })
    expect(releases()).toBe(0)
  })

  it('cancel and discard an import', async () => {
    const { dispatch, releases } = setUp()
    const { jobId } = await ok<{ jobId: string }>(dispatch, 'import:start', {
      fileName: 'mappa-2021-22.xlsx',
      bytes: oldStyleWorkbook('xlsx')
    })
    await expect(ok(dispatch, 'import:cancel', { jobId })).resolves.toEqual({ cancelled: true })
    await expect(ok(dispatch, 'import:status', { jobId })).resolves.toMatchObject({ state: 'cancelled' })
    await expect(ok(dispatch, 'import:discard', { previewId: jobId })).resolves.toEqual({ discarded: true })
    await expect(dispatch('import:status', { jobId })).resolves.toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That import is no longer open: start it again' }
    })
    expect(releases()).toBe(0)
  })

  it('report a damaged file in the job’s status, not as a failed call', async () => {
    const { dispatch } = setUp()
    const { jobId } = await ok<{ jobId: string }>(dispatch, 'import:start', {
      fileName: 'truncated.xlsx',
      bytes: oldStyleWorkbook('xlsx').subarray(0, 900)
    })
    const status = await settle(dispatch, jobId)
    expect(status).toMatchObject({ state: 'failed', error: { code: 'corrupt_file' } })
    expect(status.error?.message).not.toContain('\n')
  })

  it('refuse an upload whose bytes are not bytes', async () => {
    const { dispatch } = setUp()
    await expect(dispatch('import:start', { fileName: 'a.xlsx', bytes: 'UEsDBA==' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad_input' }
    })
  })
})

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getSetting } from '../../store/settings'
import { seedTableStore, EDIT_REASON } from '../../testing/table-store'
import { tempContext, tempDir } from '../../testing/temp'
import { createDispatch } from '../registrar'
import { createHandlers, type HandlerContext } from '.'
import { LAST_EXPORT_FOLDER } from './tables'

function desk(extra: Partial<HandlerContext> = {}) {
  const context = { ...tempContext(), ...extra }
  seedTableStore(context.store)
  return { context, dispatch: createDispatch(createHandlers(context)) }
}

describe('the table and provenance channels', () => {
  it('previews a table as HTML with its footer and the file name of each format', async () => {
    const { dispatch } = desk()
    const reply = await dispatch('tables:preview', {
      subject: 'rso',
      rows: ['county-durham'],
      periods: ['2021/22'],
      title: 'Durham 2021/22'
    })
    expect(reply).toMatchObject({
      ok: true,
      result: {
        title: 'Durham 2021/22',
        rows: 1,
        columns: 1,
        fileNames: { csv: 'durham-2021-22.csv', xlsx: 'durham-2021-22.xlsx', idtt: 'durham-2021-22.txt' }
      }
    })
    const result = (reply as { result: { html: string; footer: string[] } }).result
    expect(result.html).toContain('<caption')
    expect(result.footer.some((line) => line.includes(EDIT_REASON))).toBe(true)
  })

  it('exports bytes for a download and lists the formats', async () => {
    const { dispatch } = desk()
    const reply = await dispatch('tables:export', { subject: 'rso', format: 'csv' })
    expect(reply).toMatchObject({ ok: true, result: { fileName: expect.stringMatching(/\.csv$/), mimeType: 'text/csv' } })
    expect((reply as { result: { bytes: Uint8Array } }).result.bytes[0]).toBe(0xef)
    expect(await dispatch('tables:formats', {})).toMatchObject({
      ok: true,
      result: [{ format: 'csv' }, { format: 'xlsx' }, { format: 'html' }, { format: 'md' }, { format: 'idtt' }]
    })
    expect(await dispatch('tables:export', { subject: 'rso', format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'bad_input' } })
  })

  it('saves through the desktop dialog into the folder chosen, remembered for the next export', async () => {
    const dir = tempDir()
    const asked: string[] = []
    const { context, dispatch } = desk({
      chooseSavePath: async ({ defaultPath, format }) => {
        asked.push(defaultPath)
        return join(dir, `offenders.${format}`)
      }
    })
    const first = await dispatch('tables:save', { subject: 'rso', format: 'md', title: 'Offenders' })
    expect(first).toEqual({ ok: true, result: { path: join(dir, 'offenders.md') } })
    expect(readFileSync(join(dir, 'offenders.md'), 'utf8')).toContain('**Offenders**')
    expect(getSetting(context.store.db, LAST_EXPORT_FOLDER)).toBe(dir)
    await dispatch('tables:save', { subject: 'rso', format: 'html', title: 'Offenders' })
    expect(asked).toEqual(['offenders.md', join(dir, 'offenders.html')])
  })

  it('writes nothing when the dialog is cancelled, and refuses to save without a desktop', async () => {
    const { dispatch } = desk({ chooseSavePath: async () => null })
    expect(await dispatch('tables:save', { subject: 'rso', format: 'csv' })).toEqual({ ok: true, result: { path: null } })
    const browser = desk()
    expect(await browser.dispatch('tables:save', { subject: 'rso', format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'bad_input' }
    })
    expect(existsSync('offenders.csv')).toBe(false)
  })

  it('lists every edition that printed a figure, newest first, marking the current one', async () => {
    const { dispatch } = desk()
    const reply = await dispatch('figures:editions', { area: 'county-durham', measure: 'rso', period: '2021/22' })
    expect(reply).toMatchObject({
      ok: true,
      result: [
        {
          editionLabel: 'MAPPA annual report 2023/24',
          fileName: 'mappa-annual-report-2023-24.ods',
          sheet: 'Table_1',
          value: 941,
          isCurrent: true
        },
        {
          editionLabel: 'MAPPA annual report 2021/22',
          fileName: 'mappa-annual-report-2021-22.xlsx',
          sheet: 'Table 1',
          value: 941,
          isCurrent: false
        }
      ]
    })
    expect(await dispatch('figures:editions', { area: 'atlantis', measure: 'rso', period: '2021/22' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })

  it('cites a figure with its edition, sheet and cell', async () => {
    const { dispatch } = desk()
    const reply = await dispatch('figures:cite', { area: 'essex', measure: 'rso', period: '2023/24' })
    expect(reply).toEqual({
      ok: true,
      result: {
        citation: expect.stringMatching(/^1,120 \(Ministry of Justice, MAPPA annual report 2023\/24, sheet "Table_1", cell [A-Z]+\d+\)$/)
      }
    })
    expect(await dispatch('figures:cite', { area: 'essex', measure: 'rso', period: '1999/00' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })
})

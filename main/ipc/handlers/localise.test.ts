import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isReservedName } from '../../contract/file-names'
import { essexTrendSpec } from '../../testing/chart'
import { PACK_FILES } from '../../export/localise/pack'
import { createLocaliseJobs } from '../../export/localise/jobs'
import { importFile } from '../../import/importFile'
import { oldStyleBook } from '../../testing/fixtures'
import { tempContext } from '../../testing/temp'
import { createDispatch } from '../registrar'
import { createHandlers } from '.'

describe('the localise channels', () => {
  it('start the default chart for chosen areas, report progress, and give the index page', async () => {
    const context = tempContext()
    for (const year of [2021, 2022]) importFile(context.store, { fileName: `m-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })
    const localise = createLocaliseJobs(context.store, { worker: 'in-thread' })
    const dispatch = createDispatch(createHandlers({ ...context, localise: () => localise }))
    const started = (await dispatch('localise:start', { areas: ['essex', 'kent'] })) as {
      ok: true
      result: { jobId: string; outDir: string; total: number }
    }
    expect(started.result).toMatchObject({
      total: 2,
      outDir: expect.stringMatching(/MAPPA Desk packs[/\\]registered-sex-offenders-in-essex$/)
    })
    expect(await dispatch('localise:index', { jobId: started.result.jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    await localise.finished(started.result.jobId)
    expect(await dispatch('localise:status', { jobId: started.result.jobId })).toMatchObject({
      ok: true,
      result: { state: 'done', progress: { done: 2, made: ['essex', 'kent'] }, result: { isComplete: true } }
    })
    const index = (await dispatch('localise:index', { jobId: started.result.jobId })) as { ok: true; result: { html: string } }
    expect(index.result.html).toContain('2 of 2 area packs')
    localise.close()
  })

  it('refuse an unknown area and an unknown run', async () => {
    const context = tempContext()
    const dispatch = createDispatch(
      createHandlers({ ...context, localise: () => createLocaliseJobs(context.store, { worker: 'in-thread' }) })
    )
    expect(await dispatch('localise:start', { areas: ['atlantis'] })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await dispatch('localise:status', { jobId: 'nosuchjob123' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('a double-click (six starts at once) makes one run in the worker and refuses the rest as busy; the pack it makes is whole', async () => {
    const context = tempContext()
    for (const year of [2021, 2022]) importFile(context.store, { fileName: `m-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })
    const localise = createLocaliseJobs(context.store)
    const dispatch = createDispatch(createHandlers({ ...context, localise: () => localise }))
    const replies = await Promise.all(Array.from({ length: 6 }, () => dispatch('localise:start', { areas: ['essex'] })))
    const started = replies.filter((reply) => reply.ok) as { ok: true; result: { jobId: string; outDir: string } }[]
    const refused = replies.filter((reply) => !reply.ok)
    expect(started).toHaveLength(1)
    expect(refused).toHaveLength(5)
    for (const reply of refused) {
      expect(reply).toMatchObject({
        ok: false,
        error: {
          code: 'busy',
          message: expect.stringMatching(
            /^Another localise run is writing packs in .*registered-sex-offenders-in-essex \(pid \d+, since \d\d:\d\d UTC\): wait for it to finish, or cancel it$/
          )
        }
      })
    }
    const { jobId, outDir } = started[0].result
    expect(await localise.finished(jobId)).toMatchObject({ state: 'done', result: { isComplete: true, made: ['essex'] } })
    expect(readdirSync(join(outDir, 'essex')).sort()).toEqual([...PACK_FILES, 'pack.json'].sort())
    const again = (await dispatch('localise:start', { areas: ['essex'] })) as { ok: true; result: { jobId: string } }
    expect(await localise.finished(again.result.jobId)).toMatchObject({ state: 'done', result: { kept: ['essex'], made: [] } })
    localise.close()
  }, 120_000)

  it('gives every saved chart a packs folder of its own, with a name safe on Windows and macOS', async () => {
    const context = tempContext()
    for (const year of [2021, 2022]) importFile(context.store, { fileName: `m-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })
    const localise = createLocaliseJobs(context.store, { worker: 'in-thread' })
    const dispatch = createDispatch(createHandlers({ ...context, localise: () => localise }))
    const titles = ['CON', 'nul', 'Com1', 'AUX.', '', '', 'Преступники в Эссексе', 'Sexualstraftäter in Essex', 'Straftäter', 'Straftäter']
    const folders: string[] = []
    for (const title of titles) {
      const spec = essexTrendSpec({ title, periods: { from: '2020/21', to: '2021/22' }, dpi: 72, annotations: [] })
      const saved = (await dispatch('charts:save', { name: title || 'untitled', spec })) as { ok: true; result: { id: number } }
      const started = (await dispatch('localise:start', { chartId: saved.result.id, areas: ['essex'] })) as {
        ok: true
        result: { jobId: string; outDir: string }
      }
      expect(started.ok).toBe(true)
      await localise.finished(started.result.jobId)
      folders.push(basename(started.result.outDir))
    }
    expect(new Set(folders).size).toBe(titles.length)
    for (const folder of folders) {
      expect(isReservedName(folder)).toBe(false)
      expect(folder).toMatch(/^[\p{L}\p{M}\p{N}-]+$/u)
    }
    expect(folders.slice(0, 4)).toEqual(['con-chart-1', 'nul-chart-2', 'com1-chart-3', 'aux-chart-4'])
    expect(folders[6]).toBe('преступники-в-эссексе')
    expect(folders[7]).toBe('sexualstraftater-in-essex')
    expect(folders.slice(8)).toEqual(['straftater', 'straftater-2'])
    localise.close()
  }, 120_000)
})

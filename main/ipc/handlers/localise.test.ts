import { describe, expect, it } from 'vitest'
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
    const started = (await dispatch('localise:start', { areas: ['essex', 'kent'] })) as { ok: true; result: { jobId: string; outDir: string; total: number } }
    expect(started.result).toMatchObject({ total: 2, outDir: expect.stringMatching(/MAPPA Desk packs[/\\]registered-sex-offenders-in-essex$/) })
    expect(await dispatch('localise:index', { jobId: started.result.jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    await localise.finished(started.result.jobId)
    expect(await dispatch('localise:status', { jobId: started.result.jobId })).toMatchObject({ ok: true, result: { state: 'done', progress: { done: 2, made: ['essex', 'kent'] }, result: { isComplete: true } } })
    const index = (await dispatch('localise:index', { jobId: started.result.jobId })) as { ok: true; result: { html: string } }
    expect(index.result.html).toContain('2 of 2 area packs')
    localise.close()
  })

  it('refuse an unknown area and an unknown run', async () => {
    const context = tempContext()
    const dispatch = createDispatch(createHandlers({ ...context, localise: () => createLocaliseJobs(context.store, { worker: 'in-thread' }) }))
    expect(await dispatch('localise:start', { areas: ['atlantis'] })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await dispatch('localise:status', { jobId: 'nosuchjob123' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

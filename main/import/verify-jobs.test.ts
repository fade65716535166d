import { describe, expect, it } from 'vitest'
import type { VerifyJobStatus } from '../contract/types'
import { oldStyleBook } from '../testing/fixtures'
import { tempContext } from '../testing/temp'
import { importFile } from './importFile'
import { createImportJobs } from './jobs'
import { createVerifyJobs } from './verify-jobs'

describe('verify runs the window polls', () => {
  it('say which release is being read and how far, move forward only, and end with the check', async () => {
    const context = tempContext()
    importFile(context.store, { fileName: 'mappa-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
    importFile(context.store, { fileName: 'mappa-2022-23.xlsx', bytes: oldStyleBook('xlsx', { year: 2023 }) })
    const labels = context.store.db.prepare('SELECT edition_label FROM release ORDER BY id').pluck().all() as string[]
    // The import's own reader in its worker, as the window uses it; every progress report is looked at through the run's status.
    const jobs = createImportJobs(context.store)
    const seen: VerifyJobStatus[] = []
    const verifyJobs = createVerifyJobs(context.store.db, (fileName, bytes, onProgress) =>
      jobs.readNow(fileName, bytes, (progress) => {
        onProgress?.(progress)
        seen.push(verifyJobs.status(active))
      })
    )
    const { jobId } = verifyJobs.start()
    let active = jobId
    expect(verifyJobs.start().jobId).toBe(jobId)
    const first = verifyJobs.status(jobId)
    expect(first).toMatchObject({ state: 'running', done: 0, total: 2, current: labels[0], result: null })

    const final = await verifyJobs.finished(jobId)
    jobs.close()
    expect(final).toMatchObject({ state: 'done', done: 2, total: 2, current: null, progress: 1, error: null })
    expect(final.result).toMatchObject({
      mismatchCount: 0,
      line: expect.stringMatching(/^All [\d,]+ figures in 2 releases match their source cells$/)
    })

    expect(seen.map((status) => status.current)).toEqual(expect.arrayContaining(labels))
    expect(seen.filter((status) => status.current === labels[1]).every((status) => status.done === 1)).toBe(true)
    const fractions = seen.map((status) => status.progress)
    expect(fractions.some((fraction) => fraction > 0 && fraction < 0.5)).toBe(true)
    expect(fractions.some((fraction) => fraction > 0.5 && fraction < 1)).toBe(true)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))

    // A new start after the end is a new run; the old one is let go.
    const next = verifyJobs.start().jobId
    active = next
    expect(next).not.toBe(jobId)
    expect(() => verifyJobs.status(jobId)).toThrow(/no longer open/)
    await verifyJobs.finished(next)
  }, 60_000)

  it("ends failed, with the reader's one line, when a kept file cannot be read", async () => {
    const context = tempContext()
    importFile(context.store, { fileName: 'mappa-2021-22.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
    context.store.db.prepare("UPDATE release SET bytes = x'504b0304deadbeef'").run()
    const jobs = createImportJobs(context.store, { worker: 'in-thread' })
    const verifyJobs = createVerifyJobs(context.store.db, (fileName, bytes, onProgress) => jobs.readNow(fileName, bytes, onProgress))
    const final = await verifyJobs.finished(verifyJobs.start().jobId)
    jobs.close()
    expect(final).toMatchObject({
      state: 'failed',
      result: null,
      error: { code: 'corrupt_file', message: expect.not.stringMatching(/\n/) }
    })
  })
})

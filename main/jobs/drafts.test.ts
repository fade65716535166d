import { describe, expect, it } from 'vitest'
import { MAX_DRAFT_CHARS, MAX_DRAFT_NUMBERS } from '../domain/story/limits'
import { MAX_DOCX_PART_BYTES } from '../import/copy'
import { DEFAULT_LIMITS } from './worker-thread'
import { docxBomb, docxBytes } from '../testing/docx'
import { publishedData } from '../testing/story-data'
import { createDrafts, findDraftWorker } from './drafts'

const worker = findDraftWorker()!
const PARAGRAPH = 'Essex had 1,867 registered sex offenders at the end of March 2022, up from 1,684 a year earlier and 1,496 in 2019. '

/** Copy repeated to just under the caps: as much as the checker accepts. */
function largestDraft(): string {
  const perParagraph = 5
  return PARAGRAPH.repeat(Math.min(Math.floor(MAX_DRAFT_NUMBERS / perParagraph), Math.floor(MAX_DRAFT_CHARS / PARAGRAPH.length)))
}

const oneLine = (message: string) => expect(message).not.toContain('\n')

describe('drafts read in the draft worker', () => {
  it('refuses a .docx whose text unpacks past the cap before unpacking it, and reads the next draft', async () => {
    const drafts = createDrafts(worker)
    const bomb = docxBomb(MAX_DOCX_PART_BYTES + 10 * 1024 * 1024)
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const refusal = await drafts.read('story.docx', bomb).catch((error: Error & { code: string }) => error)
    expect(refusal).toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/part "word\/document\.xml" unpacks to 30 MB; MAPPA Desk reads parts up to 20 MB/)
    })
    oneLine((refusal as Error).message)
    expect(await drafts.read('story.docx', docxBytes(['There were 406 violent offenders.']))).toBe('There were 406 violent offenders.\n\n')
  })

  it('refuses a forged .docx whose text unpacks to more than its directory claims', async () => {
    const forged = docxBomb(MAX_DOCX_PART_BYTES + 10 * 1024 * 1024, { declaredBytes: 100_000 })
    const refusal = await createDrafts(worker)
      .read('story.docx', forged)
      .catch((error: Error) => error)
    expect(refusal).toMatchObject({
      code: 'corrupt_file',
      message: expect.stringContaining('unpacks to more than its zip directory declares')
    })
  })

  it('refuses a draft read from a file that is longer than any story, naming the file', async () => {
    const long = new TextEncoder().encode('word '.repeat(MAX_DRAFT_CHARS / 4))
    await expect(createDrafts(worker).read('book.txt', long)).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/^book\.txt has 250,000 characters; .* check it in parts$/)
    })
  })
})

describe('drafts checked in the draft worker', () => {
  it('checks the largest draft the caps accept', async () => {
    const draft = largestDraft()
    const results = await createDrafts(worker).check(draft, publishedData(), { area: 'essex', period: '2021/22' })
    expect(results.mentions.filter((result) => result.text === '1,867')).toHaveLength(draft.split(PARAGRAPH).length - 1)
    expect(results.mentions.find((result) => result.text === '1,867')).toMatchObject({ verdict: 'verified', expected: 1867 })
  })

  it('refuses in one line a draft of more numbers or characters than any story', async () => {
    const drafts = createDrafts(worker)
    const numbers = Array.from({ length: MAX_DRAFT_NUMBERS + 1 }, (_, index) => String(index)).join(' ')
    await expect(drafts.check(numbers, publishedData(), { area: 'essex', period: '2021/22' })).rejects.toMatchObject({
      code: 'too_large',
      message: 'The draft has more than 5,000 numbers; MAPPA Desk checks up to 5,000 at once, more than any story holds: check it in parts'
    })
    await expect(
      drafts.check('a'.repeat(MAX_DRAFT_CHARS + 1), publishedData(), { area: 'essex', period: '2021/22' })
    ).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/^The draft has 200,001 characters; MAPPA Desk checks up to 200,000 /)
    })
  })

  it('stops a check that passes its time limit, in one line', async () => {
    const drafts = createDrafts(worker, { ...DEFAULT_LIMITS, timeMs: 1 })
    await expect(drafts.check(PARAGRAPH, publishedData(), { area: 'essex', period: '2021/22' })).rejects.toMatchObject({
      code: 'too_large',
      message: 'Checking the draft took longer than 0.001 s, so it was stopped: it is damaged, or far larger than any story'
    })
  })

  it('checks the same draft the same way in this thread', async () => {
    const inWorker = await createDrafts(worker).check(PARAGRAPH, publishedData(), { area: 'essex', period: '2021/22' })
    expect(await createDrafts('in-thread').check(PARAGRAPH, publishedData(), { area: 'essex', period: '2021/22' })).toEqual(inWorker)
  })
})

import { describe, expect, it } from 'vitest'
import { MAX_DRAFT_CHARS, MAX_DRAFT_NUMBERS } from '../../domain/story/limits'
import { MAX_DOCX_PART_BYTES } from '../../import/copy'
import { importFile } from '../../import/importFile'
import { docxBomb } from '../../testing/docx'
import { oldStyleBook } from '../../testing/fixtures'
import { tempContext } from '../../testing/temp'
import { createDispatch } from '../registrar'
import { createHandlers } from '.'

function desk() {
  const context = tempContext()
  importFile(context.store, { fileName: 'mappa-2022.xlsx', bytes: oldStyleBook('xlsx', { year: 2022 }) })
  return createDispatch(createHandlers(context))
}

const PARAGRAPH = 'Essex had 1,867 registered sex offenders and 406 violent offenders, up from 1,684 and 390. '

describe('the story channels keep a window safe from drafts no story is', () => {
  it('refuse a .docx bomb in one line and go on answering', async () => {
    const dispatch = desk()
    const refused = (await dispatch('story:read-copy', {
      fileName: 'story.docx',
      bytes: docxBomb(MAX_DOCX_PART_BYTES + 10 * 1024 * 1024)
    })) as { ok: false; error: { code: string; message: string } }
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'too_large', message: expect.stringContaining('"word/document.xml" unpacks to 30 MB') }
    })
    expect(refused.error.message).not.toContain('\n')
    expect(await dispatch('story:style', {})).toMatchObject({ ok: true })
  })

  it('refuse a pasted draft of more numbers or characters than any story in one line', async () => {
    const dispatch = desk()
    const text = Array.from({ length: MAX_DRAFT_NUMBERS + 1 }, (_, index) => String(index)).join(', ')
    expect(await dispatch('story:check', { area: 'essex', period: '2021/22', text })).toEqual({
      ok: false,
      error: {
        code: 'too_large',
        message:
          'The draft has more than 5,000 numbers; MAPPA Desk checks up to 5,000 at once, more than any story holds: check it in parts'
      }
    })
    expect(await dispatch('story:check', { area: 'essex', period: '2021/22', text: 'word '.repeat(MAX_DRAFT_CHARS / 4) })).toEqual({
      ok: false,
      error: {
        code: 'too_large',
        message:
          'The draft has 250,000 characters; MAPPA Desk checks up to 200,000 (about 33,000 words, longer than any story): check it in parts'
      }
    })
  })

  it('answer another call while a big draft is being checked', async () => {
    const dispatch = desk()
    const answered: string[] = []
    const check = dispatch('story:check', { area: 'essex', period: '2021/22', text: PARAGRAPH.repeat(1000) }).then((reply) => {
      answered.push('check')
      return reply
    })
    const style = dispatch('story:style', {}).then(() => answered.push('style'))
    const [checked] = await Promise.all([check, style])
    expect(answered).toEqual(['style', 'check'])
    expect(checked).toMatchObject({
      ok: true,
      result: { area: 'essex', mentions: expect.arrayContaining([expect.objectContaining({ text: '1,867', verdict: 'verified' })]) }
    })
    expect((checked as { result: { mentions: unknown[] } }).result.mentions).toHaveLength(4000)
  })
})

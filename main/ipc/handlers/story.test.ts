import { describe, expect, it } from 'vitest'
import { importFile } from '../../import/importFile'
import { createAnnotation } from '../../store/annotations'
import { docxBytes } from '../../testing/docx'
import { oldStyleBook } from '../../testing/fixtures'
import { tempContext } from '../../testing/temp'
import { createDispatch } from '../registrar'
import { createHandlers } from '.'

function desk() {
  const context = tempContext()
  for (const year of [2021, 2022]) importFile(context.store, { fileName: `mappa-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year }) })
  return { context, dispatch: createDispatch(createHandlers(context)) }
}

describe('the story channels', () => {
  it('draft the Essex sentences in the stored house style, and change the style', async () => {
    const { dispatch } = desk()
    const first = (await dispatch('story:sentences', { area: 'essex', period: '2021/22' })) as {
      ok: true
      result: { style: { percent: string }; sentences: { text: string; rule: string }[] }
    }
    expect(first.result.style.percent).toBe('per-cent')
    expect(first.result.sentences[0]).toMatchObject({ text: expect.stringContaining('(up 11 per cent)'), rule: 'headline' })
    expect(await dispatch('story:set-style', { style: { percent: 'percent-sign', offenderTerm: 'sexual' } })).toMatchObject({
      ok: true,
      result: { percent: 'percent-sign', offenderTerm: 'sexual' }
    })
    const second = (await dispatch('story:sentences', { area: 'essex', period: '2021/22' })) as {
      ok: true
      result: { sentences: { text: string }[] }
    }
    expect(second.result.sentences[0].text).toBe(
      'There were 1,867 registered sexual offenders in Essex at the end of March 2022, up from 1,684 a year earlier (up 11%).'
    )
  })

  it('refuse a house style value that does not exist', async () => {
    const { dispatch } = desk()
    expect(await dispatch('story:set-style', { style: { percent: 'pc' } })).toMatchObject({ ok: false, error: { code: 'bad_input' } })
  })

  it('check a pasted draft and a .docx one', async () => {
    const { dispatch } = desk()
    const checked = await dispatch('story:check', {
      area: 'essex',
      period: '2021/22',
      text: 'Essex had 1,876 registered sex offenders in 2022.'
    })
    expect(checked).toMatchObject({
      ok: true,
      result: {
        area: 'essex',
        edition: { period: '2021/22' },
        mentions: [
          { text: '1,876', verdict: 'mismatch', expected: 1867, source: { file: 'mappa-2022.xlsx', cell: 'B19' } },
          { text: '2022', kind: 'period', verdict: 'not-checked' }
        ]
      }
    })
    const inferred = await dispatch('story:check', { text: 'Essex had 1,867 registered sex offenders at the end of March.' })
    expect(inferred).toMatchObject({
      ok: true,
      result: {
        area: 'essex',
        isAreaInferred: true,
        edition: { period: '2021/22' },
        isEditionInferred: true,
        mentions: [{ text: '1,867', verdict: 'verified' }]
      }
    })
    const read = await dispatch('story:read-copy', { fileName: 'draft.docx', bytes: docxBytes(['There were 406 violent offenders.']) })
    expect(read).toEqual({ ok: true, result: { text: 'There were 406 violent offenders.\n\n' } })
  })

  it('name an unknown area in one line', async () => {
    const { dispatch } = desk()
    expect(await dispatch('story:sentences', { area: 'atlantis', period: '2021/22' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('atlantis') }
    })
  })

  it('never state a change across a series break a reporter noted', async () => {
    const { context, dispatch } = desk()
    createAnnotation(
      context.store.db,
      { kind: 'period', period: '2021/22', measure: 'rso' },
      'Series break: new counting rules from April 2021, not comparable with earlier years.'
    )
    const result = (await dispatch('story:sentences', { area: 'essex', period: '2021/22' })) as {
      ok: true
      result: { sentences: { text: string; rule: string }[] }
    }
    expect(result.result.sentences[0].text).toBe('There were 1,867 registered sex offenders in Essex at the end of March 2022.')
    expect(result.result.sentences[1].rule).toBe('caveat:series-break')
  })
})

import type { CopyCheckView } from '../contract/types'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommand } from '../testing/cli'
import { docxBytes } from '../testing/docx'
import { oldStyleBook } from '../testing/fixtures'
import { tempDir } from '../testing/temp'

const run = runCommand

/** A desk holding the MoJ area tables at 31 March 2019 to 2022 (Essex's published figures in each). */
async function deskWithFourEditions() {
  const dir = tempDir()
  const db = join(dir, 'desk.sqlite')
  for (const year of [2019, 2020, 2021, 2022]) {
    const file = join(dir, `mappa-${year}.xlsx`)
    writeFileSync(file, oldStyleBook('xlsx', { year }))
    expect((await run(['import', file, '--db', db])).code).toBe(0)
  }
  return { dir, db }
}

interface SentenceJson {
  text: string
  figures: {
    area: string
    measure: string
    period: string
    value: number
    source: { file: string; sheet: string; cell: string; release: string }
  }[]
}

describe('npm run mappa -- sentences', () => {
  it('prints the Essex sentences as JSON, each figure with its cell', async () => {
    const { db } = await deskWithFourEditions()
    const result = await run(['sentences', '--db', db, '--area', 'essex', '--period', '2021/22', '--json'])
    expect(result.code).toBe(0)
    const sentences = JSON.parse(result.out.join('\n')) as SentenceJson[]
    expect(sentences[0].text).toBe(
      'There were 1,867 registered sex offenders in Essex at the end of March 2022, up from 1,684 a year earlier (up 11 per cent), the highest in figures going back to March 2019.'
    )
    expect(sentences[0].figures[0]).toEqual({
      area: 'essex',
      measure: 'rso',
      period: '2021/22',
      value: 1867,
      text: '1,867',
      start: 11,
      end: 16,
      source: { file: 'mappa-2022.xlsx', sheet: 'Table 1', cell: 'B19', release: expect.stringContaining('2021/22') }
    })
    expect(sentences.map((sentence) => sentence.text)).toContain(
      'Sex offenders made up 81 per cent of the 2,292 people managed under MAPPA in Essex.'
    )
    expect(sentences.some((sentence) => /^Essex's rate is the \w+ (highest|lowest) of the 42 areas\.$/.test(sentence.text))).toBe(true)
  })

  it('follows the house style stored in the settings', async () => {
    const { db } = await deskWithFourEditions()
    const { openStore } = await import('../store/database')
    const { setSetting } = await import('../store/settings')
    const store = openStore(db)
    setSetting(store.db, 'storyPercent', 'percent-sign')
    setSetting(store.db, 'storyYearStyle', 'financial')
    store.close()
    const result = await run(['sentences', '--db', db, '--area', 'essex', '--period', '2022'])
    expect(result.out[0]).toBe(
      'There were 1,867 registered sex offenders in Essex in 2021/22, up from 1,684 a year earlier (up 11%), the highest in figures going back to 2018/19.'
    )
  })

  it('names an unknown area and a bad period in one line', async () => {
    const { db } = await deskWithFourEditions()
    expect(await run(['sentences', '--db', db, '--area', 'atlantis', '--period', '2021/22'])).toMatchObject({
      code: 1,
      err: [expect.stringContaining('Unknown area "atlantis"')]
    })
    expect(await run(['sentences', '--db', db, '--area', 'essex', '--period', 'soon'])).toMatchObject({
      code: 2,
      err: [expect.stringContaining('not a financial year')]
    })
  })
})

describe('npm run mappa -- check', () => {
  it('checks a .txt draft, marking the wrong figure mismatch with the right one and its cell', async () => {
    const { dir, db } = await deskWithFourEditions()
    const draft = join(dir, 'draft.txt')
    writeFileSync(
      draft,
      'There were 1,876 registered sex offenders in Essex in 2022, up from 1,684 the year previous.\n\nThat is 114 in every 100,000 people.'
    )
    const result = await run(['check', '--db', db, '--area', 'essex', '--period', '2021/22', draft, '--json'])
    expect(result.code).toBe(0)
    const checked = JSON.parse(result.out.join('\n')) as CopyCheckView
    expect(checked).toMatchObject({ area: 'essex', isAreaInferred: false, edition: { period: '2021/22' }, isEditionInferred: false })
    const figures = checked.mentions.filter((figure) => figure.verdict !== 'not-checked')
    expect(
      figures.map(({ text, value, verdict, expected, measure, area, period }) => ({
        text,
        value,
        verdict,
        expected,
        measure,
        area,
        period
      }))
    ).toEqual([
      { text: '1,876', value: 1876, verdict: 'mismatch', expected: 1867, measure: 'rso', area: 'essex', period: '2021/22' },
      { text: '1,684', value: 1684, verdict: 'verified', expected: 1684, measure: 'rso', area: 'essex', period: '2020/21' },
      {
        text: '114 in every 100,000 people',
        value: 114,
        verdict: 'verified',
        expected: 114,
        measure: 'rso_rate',
        area: 'essex',
        period: '2021/22'
      }
    ])
    expect(figures[0].source).toMatchObject({ sheet: expect.any(String), cell: 'B19' })
    expect(figures[0].explanation).toContain('the table says 1,867')
    expect(checked.mentions.find((figure) => figure.text === '2022')).toMatchObject({
      verdict: 'not-checked',
      kind: 'period',
      expected: null,
      source: null
    })
  })

  it('infers the area and edition when neither is given, and says so', async () => {
    const { dir, db } = await deskWithFourEditions()
    const draft = join(dir, 'draft.txt')
    writeFileSync(
      draft,
      'Essex Police is managing 1,684 registered sex offenders, up from 1,596 a year earlier. John Smith, 47, was jailed for 30 months.'
    )
    const json = JSON.parse((await run(['check', '--db', db, draft, '--json'])).out.join('\n')) as CopyCheckView
    expect(json).toMatchObject({ area: 'essex', isAreaInferred: true, edition: { period: '2020/21' }, isEditionInferred: true })
    expect(json.mentions.map((figure) => [figure.text, figure.verdict])).toEqual([
      ['1,684', 'verified'],
      ['1,596', 'verified'],
      ['47', 'not-checked'],
      ['30', 'not-checked']
    ])
    const text = await run(['check', '--db', db, draft])
    expect(text.out[0]).toMatch(
      /^Area: essex \(inferred from the copy\)\. Edition: .*\(inferred: the edition in which most figures hold\)\.$/
    )
    expect(text.out.at(-1)).toBe('2 verified · 2 not checked')
  })

  it('reads a Word .docx and a Markdown draft', async () => {
    const { dir, db } = await deskWithFourEditions()
    const docx = join(dir, 'draft.docx')
    // A table in Word keeps its columns: each figure is read by its column's header.
    const table = [
      ['Year', 'Sex offenders', 'Rate'],
      ['2020/21', '1,684', '103'],
      ['2021/22', '1,867', '114']
    ]
    writeFileSync(
      docx,
      docxBytes(['Sex offenders in Essex', 'There were also 406 violent offenders and 19 other dangerous offenders.', table])
    )
    const fromWord = JSON.parse(
      (await run(['check', '--db', db, '--area', 'essex', '--period', '2021/22', docx, '--json'])).out.join('\n')
    ) as CopyCheckView
    expect(
      fromWord.mentions.filter((figure) => figure.verdict !== 'not-checked').map((figure) => [figure.text, figure.verdict, figure.measure])
    ).toEqual([
      ['406', 'verified', 'violent'],
      ['19', 'verified', 'other_dangerous'],
      ['1,684', 'verified', 'rso'],
      ['103', 'verified', 'rso_rate'],
      ['1,867', 'verified', 'rso'],
      ['114', 'verified', 'rso_rate']
    ])
    const markdown = join(dir, 'draft.md')
    writeFileSync(markdown, '**1,867** registered sex offenders, [up 11 per cent](https://example.invalid) on the year before.')
    const fromMarkdown = await run(['check', '--db', db, '--area', 'essex', '--period', '2021/22', markdown])
    expect(fromMarkdown.out.at(-1)).toBe('2 verified')
  })

  it('refuses a file that is not a draft in one line', async () => {
    const { dir, db } = await deskWithFourEditions()
    const sheet = join(dir, 'table.xlsx')
    writeFileSync(sheet, oldStyleBook('xlsx', { year: 2022 }))
    const result = await run(['check', '--db', db, '--area', 'essex', '--period', '2021/22', join(dir, 'missing.txt')])
    expect(result).toMatchObject({ code: 1, err: [expect.stringContaining('No such file')] })
    const xls = join(dir, 'table.xls')
    writeFileSync(xls, oldStyleBook('xls', { year: 2022 }))
    expect((await run(['check', '--db', db, '--area', 'essex', '--period', '2021/22', xls])).err[0]).toContain(
      'open a .txt, .md or .docx file'
    )
  })
})

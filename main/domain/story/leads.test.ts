import { describe, expect, it } from 'vitest'
import { AREAS } from '../../contract/areas'
import type { Lead } from '../../contract/types'
import { publishedData, ratesForAllAreas, storyFigure } from '../../testing/story-data'
import type { StoryFigure } from './book'
import { findLeads, restatementsToCheck, type LeadsData, type RestatedFigure } from './leads'
import { DEFAULT_STYLE } from './style'

const AREA_NAMES = AREAS.filter((area) => area.kind === 'area').map((area) => area.name)

/** Every area's registered sex offenders at 31 March 2021 and 2022 (Essex and County Durham are in the published data), with overrides. */
function countsForAllAreas(overrides: Record<string, [number, number]> = {}): StoryFigure[] {
  return AREA_NAMES.filter((name) => name !== 'Essex' && name !== 'County Durham').flatMap((name, index) => {
    const [before, after] = overrides[name] ?? [1000 + index * 10, 1000 + index * 10 + 20]
    return [storyFigure(name, 'rso', 2021, before), storyFigure(name, 'rso', 2022, after)]
  })
}

const leadsOf = (data: LeadsData, period = '2021/22', areas?: string[]) => findLeads(data, period, DEFAULT_STYLE, areas ? { areas } : {})
const withNoRestatements = (data: ReturnType<typeof publishedData>): LeadsData => ({ ...data, restatements: [] })
/** The published figures with Essex's registered sex offenders for one year shown as "[c]". */
function suppressEssex(period: string): LeadsData {
  const data = publishedData()
  return {
    ...data,
    restatements: [],
    figures: data.figures.map((figure) =>
      figure.area === 'essex' && figure.measure === 'rso' && figure.period === period
        ? { ...figure, value: null, status: 'suppressed' as const }
        : figure
    )
  }
}
const find = (leads: Lead[], kind: Lead['kind'], area: string, measure = 'rso') =>
  leads.find((lead) => lead.kind === kind && lead.area === area && lead.measure === measure)

describe('leads in an edition', () => {
  it('finds Essex at a record high in figures going back to March 2019, with the streak, carrying the series it rests on', () => {
    const leads = leadsOf(withNoRestatements(publishedData()), '2021/22', ['essex'])
    const record = find(leads, 'record-high', 'essex')!
    expect(record.text).toBe(
      'There were 1,867 registered sex offenders in Essex at the end of March 2022, up from 1,684 a year earlier (up 11 per cent), the highest in figures going back to March 2019. The number rose for the third year in a row.'
    )
    expect(record.region).toBe('East of England')
    // Written figures first, with where they stand; then the years the record and the streak rest on.
    expect(record.figures.slice(0, 2).map((figure) => [figure.text, figure.value, figure.period])).toEqual([
      ['1,867', 1867, '2021/22'],
      ['1,684', 1684, '2020/21']
    ])
    expect(record.figures.filter((figure) => figure.text === undefined).map((figure) => [figure.period, figure.value])).toEqual([
      ['2018/19', 1496],
      ['2019/20', 1596]
    ])
    for (const figure of record.figures)
      expect(figure.source).toMatchObject({
        file: expect.stringMatching(/^mappa-20\d\d\.xlsx$/),
        sheet: 'Table 1',
        cell: expect.stringMatching(/^B\d+$/)
      })
  })

  it('ranks a record above a plain rise, and England and Wales beside the areas', () => {
    const data = withNoRestatements(
      publishedData([...countsForAllAreas({ Kent: [1000, 1300] }), storyFigure('England and Wales', 'rso', 2021, 64000)])
    )
    const leads = leadsOf(data)
    expect(leads.map((lead) => lead.score)).toEqual([...leads.map((lead) => lead.score)].sort((a, b) => b - a))
    const kent = find(leads, 'rise', 'kent')!
    expect(kent.text).toContain('It was the largest rise of the 42 areas, in number and in percentage terms.')
    expect(kent.why).toContain('the largest rise of the 42 areas')
    // "The largest of the 42 areas" carries every area's pair of figures.
    expect(kent.figures.filter((figure) => figure.text === undefined).length).toBeGreaterThanOrEqual(80)
    expect(find(leads, 'record-high', 'essex')!.score).toBeGreaterThan(find(leads, 'rise', 'suffolk')?.score ?? 0)
    expect(leads.some((lead) => lead.area === 'england-and-wales' && lead.measure === 'rso')).toBe(true)
  })

  it('claims "the largest of the 42 areas" only when all 42 can be compared', () => {
    const leads = leadsOf(
      withNoRestatements(publishedData(countsForAllAreas({ Kent: [1000, 1300] }).filter((figure) => figure.area !== 'surrey')))
    )
    expect(leads.some((lead) => lead.text.includes('largest rise'))).toBe(false)
  })

  it('says a shared first place is not "the largest"', () => {
    const leads = leadsOf(withNoRestatements(publishedData([...countsForAllAreas({ Kent: [1000, 1300], Surrey: [1000, 1300] })])))
    expect(leads.some((lead) => lead.text.includes('largest rise'))).toBe(false)
  })

  it('names the highest and lowest rate, a move up the ranking, and areas far from the England and Wales rate', () => {
    const before = AREA_NAMES.map((name, index) => storyFigure(name, 'rso_rate', 2021, name === 'Kent' ? 60 : 100 + index))
    const data = withNoRestatements(
      publishedData([...ratesForAllAreas({ Kent: 165 }), ...before.filter((figure) => figure.area !== 'essex')])
    )
    const leads = leadsOf(data)
    const top = find(leads, 'rank-top', 'kent', 'rso_rate')!
    expect(top.text).toBe(
      'Kent had the highest rate of the 42 areas at the end of March 2022: 165 in every 100,000 people aged 10 and over.'
    )
    // "highest" (a rank), the rate, and the other 41 rates it is ranked among.
    expect(top.figures.map((figure) => figure.derived ?? figure.text ?? 'basis').slice(0, 2)).toEqual(['rank', '165'])
    expect(top.figures).toHaveLength(43)
    expect(find(leads, 'rank-move', 'kent', 'rso_rate')!.text).toMatch(
      /^Kent's rate, 165 in every 100,000 people aged 10 and over at the end of March 2022, is the highest of the 42 areas, up from 42nd highest a year earlier\.$/
    )
    expect(find(leads, 'gap', 'kent', 'rso_rate')!.text).toBe(
      "Kent's rate of 165 in every 100,000 people aged 10 and over at the end of March 2022 is well above the England and Wales rate of 126."
    )
    expect(leads.find((lead) => lead.kind === 'rank-bottom')).toBeDefined()
  })

  it('never states a change across a series break: it says the break instead', () => {
    const data = withNoRestatements(
      publishedData([], [{ period: '2021/22', measure: 'rso', area: null, text: 'Series break: counting rules changed in 2021/22.' }])
    )
    const leads = leadsOf(data, '2021/22', ['essex'])
    expect(find(leads, 'record-high', 'essex')).toBeUndefined()
    expect(find(leads, 'series-break', 'essex')!.text).toBe(
      'There were 1,867 registered sex offenders in Essex at the end of March 2022. The figures are not comparable with earlier years: Series break: counting rules changed in 2021/22.'
    )
  })

  it('never compares with a marker: a suppressed year before, or this year, is said as such', () => {
    const suppressedBefore = suppressEssex('2020/21')
    const before = leadsOf(suppressedBefore, '2021/22', ['essex'])
    expect(before.filter((lead) => lead.measure === 'rso').map((lead) => lead.kind)).toEqual(['marker'])
    expect(find(before, 'marker', 'essex')!.text).toContain(
      'No comparison with a year earlier is possible: the March 2021 figure is shown as "suppressed".'
    )
    const suppressedNow = suppressEssex('2021/22')
    expect(find(leadsOf(suppressedNow, '2021/22', ['essex']), 'marker', 'essex')!.text).toBe(
      'The number of registered sex offenders in Essex at the end of March 2022 is not published (the table shows "suppressed").'
    )
  })

  it('says a figure missing from the tables held where the year before had one', () => {
    const data = withNoRestatements(publishedData([storyFigure('Kent', 'rso', 2021, 1400)]))
    expect(find(leadsOf(data, '2021/22', ['kent']), 'missing', 'kent')!.text).toBe(
      'The tables held have no figure for registered sex offenders in Kent at the end of March 2022.'
    )
  })

  it('follows the house style: per cent sign, figures, "sexual", the financial year', () => {
    const leads = findLeads(
      withNoRestatements(publishedData()),
      '2021/22',
      { percent: 'percent-sign', smallNumbers: 'figures', offenderTerm: 'sexual', yearStyle: 'financial' },
      { areas: ['essex'] }
    )
    expect(find(leads, 'record-high', 'essex')!.text).toBe(
      'There were 1,867 registered sexual offenders in Essex in 2021/22, up from 1,684 a year earlier (up 11%), the highest in figures going back to 2018/19. The number rose for the 3rd year in a row.'
    )
  })
})

describe('restatements', () => {
  const restated = (newValue: number, isConfirmed = false): RestatedFigure => ({
    area: 'essex',
    areaName: 'Essex',
    measure: 'rso',
    period: '2020/21',
    old: { value: 1500, source: { file: 'mappa-2021.xlsx', sheet: 'Table 1', cell: 'B20', release: 'MAPPA annual report 2020/21' } },
    new: { value: newValue, source: { file: 'mappa-2022.xlsx', sheet: 'Table 1', cell: 'B30', release: 'MAPPA annual report 2021/22' } },
    fromReleaseId: 1,
    toReleaseId: 2,
    toEdition: '2021/22',
    isConfirmed
  })
  const withRestatement = (restatement: RestatedFigure): LeadsData => ({ ...publishedData(), restatements: [restatement] })

  it('flags a restatement of more than a tenth as one to check, with both cells, and leaves it out of the leads until confirmed', () => {
    const data = withRestatement(restated(1684))
    const [check] = restatementsToCheck(data)
    expect(check).toMatchObject({
      area: 'essex',
      period: '2020/21',
      old: { value: 1500, source: { cell: 'B20' } },
      new: { value: 1684 },
      percent: 12.3,
      isConfirmed: false
    })
    expect(check.text).toContain('check it before using it')
    const leads = leadsOf(data, '2021/22', ['essex'])
    expect(leads.some((lead) => lead.kind === 'restatement')).toBe(false)
    // The record rests on the 2020/21 figure: it stays, lower, with the reason.
    expect(find(leads, 'record-high', 'essex')!.caution).toContain('restated by more than a tenth')
  })

  it('makes a confirmed restatement a lead that carries the figure first printed and its cell', () => {
    const leads = leadsOf(withRestatement(restated(1684, true)), '2021/22', ['essex'])
    const lead = find(leads, 'restatement', 'essex')!
    expect(lead.text).toBe(
      'The number of registered sex offenders in Essex at the end of March 2021 has been revised up to 1,684 in the new edition.'
    )
    expect(lead.figures.map((figure) => [figure.value, figure.source.cell])).toEqual([
      [1684, expect.any(String)],
      [1500, 'B20']
    ])
    expect(find(leads, 'record-high', 'essex')!.caution).toBeUndefined()
  })

  it('makes a restatement of under a tenth a lead straight away, and none for another edition', () => {
    const small = { ...restated(1684), old: { ...restated(1684).old, value: 1650 } }
    expect(restatementsToCheck(withRestatement(small))).toEqual([])
    expect(find(leadsOf(withRestatement(small), '2021/22', ['essex']), 'restatement', 'essex')).toBeDefined()
    expect(find(leadsOf(withRestatement({ ...small, toEdition: '2020/21' }), '2021/22', ['essex']), 'restatement', 'essex')).toBeUndefined()
  })
})

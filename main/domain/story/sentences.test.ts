import { describe, expect, it } from 'vitest'
import { storyFigure, publishedData, ratesForAllAreas, DURHAM_RSO } from '../../testing/story-data'
import { checkCopy } from './check'
import { draftSentences, type StorySentence } from './sentences'
import { DEFAULT_STYLE, styleFrom, type StoryStyle } from './style'
import type { StoryData } from './book'
import { periodKeyForStartYear } from '../../contract/periods'

const textOf = (sentences: StorySentence[], rule: string) => sentences.find((sentence) => sentence.rule.startsWith(rule))?.text
const essex = (style: Partial<StoryStyle> = {}, data: StoryData = publishedData(ratesForAllAreas())) =>
  draftSentences(data, 'essex', '2021/22', { ...DEFAULT_STYLE, ...style })

/** One area's rso series at 31 March of consecutive years from `from`. */
const seriesData = (values: (number | null)[], from = 2015, breaks: StoryData['breaks'] = []): StoryData => ({
  figures: values.map((value, index) => storyFigure('Kent', 'rso', from + index, value, value === null ? 'suppressed' : 'value')),
  breaks
})
const kent = (values: (number | null)[], breaks: StoryData['breaks'] = []) =>
  draftSentences(seriesData(values, 2015, breaks), 'kent', periodKeyForStartYear(2013 + values.length), DEFAULT_STYLE)

describe('the headline sentence', () => {
  it('says the Essex figure, the year before and the change, and that it is a record', () => {
    expect(textOf(essex(), 'headline')).toBe(
      'There were 1,867 registered sex offenders in Essex at the end of March 2022, up from 1,684 a year earlier (up 11 per cent), the highest in figures going back to March 2019.'
    )
  })

  it('ties each figure to its cell and to where it stands in the sentence', () => {
    const [headline] = essex()
    const first = headline.figures[0]
    expect(headline.text.slice(first.start, first.end)).toBe('1,867')
    expect(first).toMatchObject({
      area: 'essex',
      measure: 'rso',
      period: '2021/22',
      value: 1867,
      source: { file: 'mappa-2022.xlsx', sheet: 'Table 1' }
    })
    expect(headline.figures[2]).toMatchObject({ derived: 'percentChange', text: '11 per cent' })
    expect(headline.figures[2].value).toBeCloseTo(10.87, 2)
  })

  it('says "down from" and "the first fall in N years" after a run of rises that followed a fall', () => {
    expect(textOf(kent([500, 480, 520, 560, 600, 590]), 'headline')).toBe(
      'There were 590 registered sex offenders in Kent at the end of March 2020, down from 600 a year earlier (down 2 per cent), the first fall in four years.'
    )
  })

  it('says "the first fall in figures going back to" when the rises run back to the first year', () => {
    expect(textOf(kent([500, 520, 560, 550]), 'headline')).toContain('the first fall in figures going back to March 2015')
  })

  it('says "the first rise" after falls', () => {
    expect(textOf(kent([600, 620, 580, 560, 590]), 'headline')).toContain('the first rise in three years')
  })

  it('says "unchanged from a year earlier" when the figure did not move', () => {
    expect(textOf(kent([500, 510, 510]), 'headline')).toBe(
      'There were 510 registered sex offenders in Kent at the end of March 2017, unchanged from a year earlier.'
    )
  })

  it('says "the lowest since" and "the highest since" when an earlier year was as low or as high', () => {
    expect(textOf(kent([400, 500, 520, 410, 405]), 'headline')).toContain('the lowest since March 2015')
    expect(textOf(kent([600, 500, 480, 520, 590]), 'headline')).toContain('the highest since March 2015')
  })

  it('says a record low', () => {
    expect(textOf(kent([600, 580, 590, 570]), 'headline')).toContain('the lowest in figures going back to March 2015')
  })

  it('never states a change across a series break, and says why', () => {
    const sentences = kent([500, 520, 700], [{ period: '2016/17', measure: 'rso', area: null, text: 'counting rules changed in 2016.' }])
    expect(textOf(sentences, 'headline')).toBe('There were 700 registered sex offenders in Kent at the end of March 2017.')
    expect(textOf(sentences, 'caveat')).toBe('The figures are not comparable with earlier years: counting rules changed in 2016.')
  })

  it('never compares with a suppressed figure as if it were real', () => {
    const sentences = kent([500, null, 700])
    expect(textOf(sentences, 'headline')).toBe('There were 700 registered sex offenders in Kent at the end of March 2017.')
    expect(textOf(sentences, 'caveat')).toContain('the March 2016 figure is shown as "suppressed"')
  })

  it('says so when the edition has no published figure', () => {
    expect(textOf(kent([500, null]), 'caveat')).toContain('is not published')
  })
})

describe('the long-run and streak sentences', () => {
  it('says County Durham has more than doubled since 2011', () => {
    const sentences = draftSentences(publishedData(), 'county-durham', '2023/24', DEFAULT_STYLE)
    expect(textOf(sentences, 'long-run')).toBe('The number has more than doubled since March 2011, when there were 446.')
    expect(sentences.find((s) => s.rule.startsWith('long-run'))!.figures[0]).toMatchObject({ period: '2010/11', value: 446 })
  })

  it('says "almost doubled" and "more than trebled" at their thresholds', () => {
    expect(textOf(kent([500, 600, 700, 800, 900, 950]), 'long-run')).toBe(
      'The number has almost doubled since March 2015, when there were 500.'
    )
    expect(textOf(kent([100, 150, 200, 250, 300, 320]), 'long-run')).toContain('more than trebled')
    expect(textOf(kent([500, 550, 600, 700, 800]), 'long-run')).toBeUndefined()
  })

  it('says the number rose for the third year in a row', () => {
    expect(textOf(essex(), 'streak')).toBe('The number rose for the third year in a row.')
  })

  it('does not repeat a streak the headline already broke', () => {
    expect(textOf(kent([500, 520, 560, 550]), 'streak')).toBeUndefined()
  })
})

describe('the rate, share, other categories and rank sentences', () => {
  it('gives the rate, the year before and the England and Wales rate', () => {
    expect(textOf(essex(), 'rate')).toBe(
      'That is 114 in every 100,000 people aged 10 and over, up from 103; the England and Wales rate is 126.'
    )
  })

  it('gives "one in every N" from the rate', () => {
    expect(textOf(essex(), 'one-in-n')).toBe('That is about one in every 877 people aged 10 and over in Essex.')
  })

  it('gives the share of all MAPPA offenders, adding up the categories where no total is published', () => {
    expect(textOf(essex(), 'share')).toBe('Sex offenders made up 81 per cent of the 2,292 people managed under MAPPA in Essex.')
    const withTotal = publishedData([storyFigure('Essex', 'total', 2022, 2400)])
    expect(textOf(essex({}, withTotal), 'share')).toBe(
      'Sex offenders made up 78 per cent of the 2,400 people managed under MAPPA in Essex.'
    )
  })

  it('gives the violent and other dangerous offenders', () => {
    expect(textOf(essex(), 'others')).toBe('There were also 406 violent offenders and 19 other dangerous offenders.')
  })

  it("gives Essex's rank among the 42 areas, from the top or the bottom, ties as joint", () => {
    expect(textOf(essex(), 'rank')).toMatch(/^Essex's rate is the \d+(st|nd|rd|th) highest of the 42 areas\.$/)
    const spread = (above: number, value: number, rest: number) =>
      publishedData(ratesForAllAreas().map((figure, index) => ({ ...figure, value: index < above ? value : rest })))
    expect(textOf(essex({}, spread(19, 150, 80)), 'rank')).toBe("Essex's rate is the 20th highest of the 42 areas.")
    expect(textOf(essex({}, spread(3, 50, 150)), 'rank')).toBe("Essex's rate is the fourth lowest of the 42 areas.")
    expect(textOf(essex({}, spread(41, 90, 90)), 'rank')).toBe("Essex's rate is the highest of the 42 areas.")
    expect(textOf(essex({}, spread(2, 114, 90)), 'rank')).toBe("Essex's rate is the joint highest of the 42 areas.")
    expect(textOf(essex({}, spread(4, 150, 114)), 'rank')).toBe("Essex's rate is the joint lowest of the 42 areas.")
  })

  it('gives no rank unless all 42 areas have a rate', () => {
    expect(textOf(essex({}, publishedData()), 'rank')).toBeUndefined()
  })

  it('writes England and Wales without comparing it with itself or ranking it', () => {
    const sentences = draftSentences(publishedData(), 'england-and-wales', '2021/22', DEFAULT_STYLE)
    expect(textOf(sentences, 'rate')).toBe('That is 126 in every 100,000 people aged 10 and over.')
    expect(textOf(sentences, 'rank')).toBeUndefined()
  })
})

describe('house style', () => {
  it('writes "%" instead of "per cent"', () => {
    expect(textOf(essex({ percent: 'percent-sign' }), 'headline')).toContain('(up 11%)')
    expect(textOf(essex({ percent: 'percent-sign' }), 'share')).toContain('made up 81% of')
  })

  it('writes numbers under ten in words, or in figures', () => {
    const data = publishedData([...ratesForAllAreas(), storyFigure('Essex', 'terrorism', 2022, 7)])
    expect(textOf(essex({}, data), 'others')).toBe(
      'There were also 406 violent offenders, 19 other dangerous offenders and seven terrorism offenders.'
    )
    expect(textOf(essex({ smallNumbers: 'figures' }, data), 'others')).toContain('and 7 terrorism offenders')
    expect(textOf(essex({ smallNumbers: 'figures' }), 'streak')).toBe('The number rose for the 3rd year in a row.')
    const none = publishedData([storyFigure('Essex', 'terrorism', 2022, 0)])
    expect(textOf(essex({}, none), 'others')).toBe(
      'There were also 406 violent offenders, 19 other dangerous offenders and no terrorism offenders.'
    )
    expect(checkCopy(textOf(essex({}, none), 'others')!, none, 'essex', '2021/22').map((result) => [result.text, result.verdict])).toEqual([
      ['406', 'verified'],
      ['19', 'verified'],
      ['no', 'verified']
    ])
  })

  it('says "registered sexual offenders" where the style says so', () => {
    expect(textOf(essex({ offenderTerm: 'sexual' }), 'headline')).toContain('1,867 registered sexual offenders in Essex')
    expect(textOf(essex({ offenderTerm: 'sexual' }), 'share')).toMatch(/^Sexual offenders made up/)
  })

  it('writes the year as 2021/22, "the year to March 2022" or "the end of March 2022"', () => {
    expect(textOf(essex({ yearStyle: 'financial' }), 'headline')).toContain('in Essex in 2021/22, up from')
    expect(textOf(essex({ yearStyle: 'financial' }), 'headline')).toContain('going back to 2018/19')
    expect(textOf(essex({ yearStyle: 'year-to' }), 'headline')).toContain('in Essex in the year to March 2022, up from')
    expect(textOf(essex({ yearStyle: 'end-of-march' }), 'headline')).toContain('in Essex at the end of March 2022, up from')
  })

  it('reads stored settings, keeping the default for anything unknown', () => {
    expect(styleFrom({ percent: 'percent-sign', yearStyle: 'nonsense', offenderTerm: null })).toEqual({
      ...DEFAULT_STYLE,
      percent: 'percent-sign'
    })
  })
})

describe('the figures a sentence rests on', () => {
  it('carries the series behind "the third year in a row", though the sentence writes no number', () => {
    const streak = essex().find((sentence) => sentence.rule.startsWith('streak'))!
    expect(streak.figures).toEqual([])
    expect(streak.basis.map((figure) => [figure.period, figure.value])).toEqual([
      ['2018/19', 1496],
      ['2019/20', 1596],
      ['2020/21', 1684],
      ['2021/22', 1867]
    ])
    expect(streak.basis[0].source).toMatchObject({ file: 'mappa-2019.xlsx', sheet: 'Table 1' })
  })

  it('carries the run a record rests on, and the 42 rates a rank rests on', () => {
    const sentences = essex()
    expect(sentences.find((sentence) => sentence.rule === 'headline:record-high')!.basis.map((figure) => figure.period)).toEqual([
      '2018/19',
      '2019/20'
    ])
    expect(sentences.find((sentence) => sentence.rule === 'rank')!.basis).toHaveLength(42)
  })
})

describe('the drafted sentences pass their own check', () => {
  for (const [label, style] of [
    ['default style', DEFAULT_STYLE],
    ['%, figures, sexual, 2021/22', { percent: 'percent-sign', smallNumbers: 'figures', offenderTerm: 'sexual', yearStyle: 'financial' }],
    ['the year to March', { ...DEFAULT_STYLE, yearStyle: 'year-to' }]
  ] as const) {
    it(`with every figure verified (${label})`, () => {
      const data = publishedData([...ratesForAllAreas(), storyFigure('Essex', 'terrorism', 2022, 7)])
      for (const [area, period] of [
        ['essex', '2021/22'],
        ['county-durham', '2023/24'],
        ['england-and-wales', '2021/22']
      ]) {
        const sentences = draftSentences(data, area, period, style)
        const copy = sentences.map((sentence) => sentence.text).join(' ')
        const checked = checkCopy(copy, data, area, period)
        // Years and "the 3rd year in a row" are read as what they are, not as figures.
        const figures = checked.filter((result) => result.kind !== 'period' && result.kind !== 'other')
        expect(checked.filter((result) => result.kind === 'other').map((result) => result.text)).toEqual(
          style.smallNumbers === 'figures' && area === 'essex' ? ['3rd'] : []
        )
        // "more than doubled" is a claim the checker checks too, though the sentence ties no cell to it.
        expect(figures.filter((result) => result.kind !== 'ratio').length).toBe(
          sentences.reduce((sum, sentence) => sum + sentence.figures.length, 0)
        )
        for (const result of figures) expect(`${result.text}: ${result.verdict}`).toBe(`${result.text}: verified`)
      }
    })
  }
  it('checks the same figures the sentences state', () => {
    expect(DURHAM_RSO).toHaveLength(14)
  })
})

import { describe, expect, it } from 'vitest'
import { publishedData, ratesForAllAreas, storyFigure } from '../../testing/story-data'
import { areasNamed, checkCopy, type CheckedFigure } from './check'
import { extractMentions, splitSentences } from './extract'
import { indexFigures } from './book'

const data = publishedData([...ratesForAllAreas({ Kent: 130 }), storyFigure('Kent', 'rso', 2022, 2000)])
const check = (copy: string, area = 'essex', period = '2021/22') => checkCopy(copy, data, area, period)
const find = (results: CheckedFigure[], text: string) => {
  const found = results.find((result) => result.text === text)
  if (!found) throw new Error(`"${text}" not found in ${results.map((result) => result.text).join(' | ')}`)
  return found
}

describe('the figure extractor', () => {
  it('reads thousands separators, per cent, rates, one in N and ranks as written', () => {
    const mentions = extractMentions('There were 1,867 sex offenders, up 11 per cent. That is 114 in every 100,000 people, or one in every 877. Essex is 12th highest.', areasNamed)
    expect(mentions.map((mention) => [mention.text, mention.value, mention.kind])).toEqual([
      ['1,867', 1867, 'count'],
      ['11 per cent', 11, 'percent'],
      ['114 in every 100,000 people', 114, 'rate'],
      ['one in every 877', 877, 'oneInN'],
      ['12th highest', 12, 'rank']
    ])
  })

  it('reads years as 2019, 2019-20, 2019/20, 2019 to 2020 and 31 March 2020, each the snapshot at 31 March', () => {
    const periods = extractMentions('In 2020, in 2019-20, in 2019/20, in 2019 to 2020 and at 31 March 2020.', areasNamed).map((mention) => mention.periodCue)
    expect(periods).toEqual(Array(5).fill({ kind: 'explicit', period: '2019/20' }))
  })

  it('keeps "per 100,000", "aged 10 and over" and "the 42 areas" out of the figures', () => {
    expect(extractMentions('A rate of 114 per 100,000 people aged 10 and over, 20th highest of the 42 areas.', areasNamed).map((mention) => mention.text)).toEqual(['114 per 100,000 people', '20th highest'])
  })

  it('reads small numbers in words before a noun of people, and not otherwise', () => {
    expect(extractMentions('There were nine other dangerous offenders, one of them in Harlow, over two years.', areasNamed).map((mention) => [mention.text, mention.value])).toEqual([['nine', 9]])
  })

  it('does not end a sentence at a decimal point', () => {
    expect(splitSentences('The rate rose 0.5 per cent. Then it fell.').map((sentence) => sentence.text.trim())).toEqual(['The rate rose 0.5 per cent.', 'Then it fell.'])
  })

  it('names the areas the copy mentions, and "nationally" as England and Wales', () => {
    expect(areasNamed('Essex had more than Kent and Durham; nationally the rate is 126').map((area) => area.slug)).toEqual(['essex', 'kent', 'county-durham', 'england-and-wales'])
  })
})

describe('check my copy', () => {
  it('verifies a local paper\'s paragraph, reading "the year previous" and "in 2019"', () => {
    const results = check(
      'The number of registered sex offenders living in Essex has risen to 1,867, new figures show. That is up from 1,684 the year previous and 1,496 in 2019. In 2019-20 there were 1,596.'
    )
    expect(find(results, '1,867')).toMatchObject({ verdict: 'verified', value: 1867, expected: 1867, period: '2021/22', source: { file: 'mappa-2022.xlsx', sheet: 'Table 1' } })
    expect(find(results, '1,684')).toMatchObject({ verdict: 'verified', period: '2020/21' })
    expect(find(results, '1,496')).toMatchObject({ verdict: 'verified', period: '2018/19' })
    expect(find(results, '1,596')).toMatchObject({ verdict: 'verified', period: '2019/20' })
    expect(find(results, '2019')).toMatchObject({ verdict: 'unmatched', kind: 'period', period: '2018/19' })
  })

  it('marks a wrong figure mismatch with the right one and its cell', () => {
    const result = find(check('There were 1,876 registered sex offenders in Essex at the end of March 2022.'), '1,876')
    expect(result).toMatchObject({ verdict: 'mismatch', value: 1876, expected: 1867, measure: 'rso', period: '2021/22' })
    expect(result.source?.cell).toMatch(/^B\d+$/)
    expect(result.note).toContain('the table says 1,867')
  })

  it('marks a rounded figure rounding: "almost 1,900", "1,900", "11 per cent" or "10 per cent" for 10.9', () => {
    const results = check('Almost 1,900 sex offenders lived in Essex this year, 10 per cent more than the year before.')
    expect(find(results, '1,900')).toMatchObject({ verdict: 'rounding', expected: 1867 })
    expect(find(results, '10 per cent')).toMatchObject({ verdict: 'rounding', expected: 10.9 })
    expect(find(check('Up 11 per cent on last year.'), '11 per cent').verdict).toBe('verified')
    expect(find(check('There were 2,000 registered sex offenders in Essex in 2022.'), '2,000').verdict).toBe('mismatch')
    expect(find(check('Up 13 per cent on last year.'), '13 per cent').verdict).toBe('mismatch')
  })

  it('checks a change in numbers: "an increase of 183", "up by 200"', () => {
    expect(find(check('Essex had 1,867 sex offenders at the end of March 2022, an increase of 183 on the year before.'), '183')).toMatchObject({ verdict: 'verified', kind: 'change', expected: 183 })
    expect(find(check('The number of sex offenders in Essex went up by 200 in 2021/22.'), '200')).toMatchObject({ verdict: 'mismatch', expected: 183 })
  })

  it('reads the year as 2019/20 as well as 2019-20 and 2020', () => {
    expect(find(check('In 2019/20 there were 1,596 registered sex offenders in Essex.'), '1,596')).toMatchObject({ verdict: 'verified', period: '2019/20' })
    expect(find(check('There were 1,596 sex offenders in Essex in 2020.'), '1,596')).toMatchObject({ verdict: 'verified', period: '2019/20' })
  })

  it('knows a share from a change and a rise from a fall', () => {
    expect(find(check('Sex offenders made up 81 per cent of the 2,292 offenders managed under MAPPA in Essex.'), '81 per cent')).toMatchObject({ verdict: 'verified', expected: 81.5 })
    expect(find(check('Sex offenders made up 81 per cent of the 2,292 offenders managed under MAPPA in Essex.'), '2,292')).toMatchObject({ verdict: 'verified', measure: 'total' })
    expect(find(check('The number fell 11 per cent in the year to March 2022.'), '11 per cent').verdict).toBe('mismatch')
  })

  it('checks rates written "in every 100,000" and "per 100,000", and the national rate', () => {
    const results = check('That is 114 in every 100,000 people aged 10 and over, up from 103; the England and Wales rate is 126. In 2020 the rate was 99 per 100,000, and nationally it was 119.')
    expect(find(results, '114 in every 100,000 people').verdict).toBe('verified')
    expect(find(results, '103')).toMatchObject({ verdict: 'verified', kind: 'rate', period: '2020/21' })
    expect(find(results, '126')).toMatchObject({ verdict: 'verified', area: 'england-and-wales' })
    expect(find(results, '99 per 100,000')).toMatchObject({ verdict: 'verified', period: '2019/20' })
    expect(find(results, '119')).toMatchObject({ verdict: 'verified', area: 'england-and-wales', period: '2019/20' })
  })

  it('checks "one in every 769 people" against the rate, allowing for the rate\'s rounding', () => {
    expect(find(check('In Kent, one in every 769 people is a registered sex offender.', 'kent'), 'one in every 769')).toMatchObject({ verdict: 'verified', expected: 769 })
    expect(find(check('In Kent, one in every 770 people is a registered sex offender.', 'kent'), 'one in every 770').verdict).toBe('rounding')
    expect(find(check('In Kent, one in every 700 people is a registered sex offender.', 'kent'), 'one in every 700').verdict).toBe('mismatch')
  })

  it('checks ranks such as "12th highest" and "third lowest"', () => {
    const { rank } = indexFigures(data).rank('essex', 'rso_rate', '2021/22', 'highest')!
    expect(find(check(`Essex's rate is the ${rank}th highest of the 42 areas.`), `${rank}th highest`).verdict).toBe('verified')
    expect(find(check("Essex's rate is the 12th highest in England and Wales."), '12th highest')).toMatchObject({ verdict: 'mismatch', expected: rank })
    const lowest = indexFigures(data).rank('kent', 'rso_rate', '2021/22', 'lowest')!.rank
    expect(find(check(`Kent had the ${lowest}th lowest rate.`, 'kent'), `${lowest}th lowest`).verdict).toBe('verified')
  })

  it('checks the other categories, numbers in words included', () => {
    const results = check('There were also 406 violent offenders and nine other dangerous offenders.')
    expect(find(results, '406')).toMatchObject({ verdict: 'verified', measure: 'violent' })
    expect(find(results, 'nine')).toMatchObject({ verdict: 'mismatch', measure: 'other_dangerous', expected: 19 })
  })

  it('marks ages, dates and sentence lengths unmatched, saying what they are', () => {
    const results = check('A 45-year-old man from Colchester was jailed for 12 years on 3 November for breaching his order.')
    expect(results.map((result) => [result.text, result.verdict])).toEqual([
      ['45', 'unmatched'],
      ['12', 'unmatched'],
      ['3', 'unmatched']
    ])
    expect(results.map((result) => result.note)).toEqual(['not a MAPPA figure: an age', 'not a MAPPA figure: a length of time', 'not a MAPPA figure: a date'])
  })

  it('marks unmatched a figure the store does not hold', () => {
    expect(find(check('In 2015 there were 1,100 registered sex offenders in Essex.'), '1,100')).toMatchObject({ verdict: 'unmatched', period: '2014/15' })
  })

  it('reads "this year" and "at the end of March" as the chosen edition', () => {
    expect(find(check('At the end of March there were 1,867 sex offenders in Essex.'), '1,867').period).toBe('2021/22')
    expect(find(check('This year Kent had 2,000 registered sex offenders.'), '2,000')).toMatchObject({ verdict: 'verified', area: 'kent', period: '2021/22' })
  })

  it('flags a rate that disagrees with its count: Hertfordshire 2022/23 printed as 987 at a rate of 77', () => {
    const herts = publishedData([storyFigure('Hertfordshire', 'rso', 2023, 816), storyFigure('Hertfordshire', 'rso_rate', 2023, 77)])
    const results = checkCopy('Hertfordshire had 987 registered sex offenders in 2023, a rate of 77 per 100,000 people.', herts, 'hertfordshire', '2022/23')
    const count = find(results, '987')
    expect(count).toMatchObject({ verdict: 'mismatch', expected: 816 })
    expect(count.note).toContain('987 at a rate of 77 do not agree')
    expect(count.note).toMatch(/a rate of 77 is about 816 people/)
    expect(find(results, '77 per 100,000 people').verdict).toBe('verified')
  })
})

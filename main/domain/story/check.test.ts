import { describe, expect, it } from 'vitest'
import { newsroomData, publishedData, ratesForAllAreas, storyFigure } from '../../testing/story-data'
import { checkCopy, checkStory, type CheckedFigure } from './check'
import { indexFigures } from './book'
import { extractMentions, splitSentences } from './extract'
import { areasNamed } from './places'
import { ordinal } from '../../contract/derived-columns'

const data = newsroomData()
const check = (copy: string, area = 'essex', period = '2021/22') => checkCopy(copy, data, area, period)
const find = (results: CheckedFigure[], text: string) => {
  const found = results.find((result) => result.text === text)
  if (!found) throw new Error(`"${text}" not found in ${results.map((result) => result.text).join(' | ')}`)
  return found
}
/** [verdict, measure, area, period] of one figure. */
const frame = (results: CheckedFigure[], text: string) => {
  const { verdict, measure, area, period } = find(results, text)
  return [verdict, measure, area, period]
}
const verdicts = (results: CheckedFigure[]) => results.map((result) => [result.text, result.verdict])

describe('reading copy into sentences and numbers', () => {
  it('does not end a sentence at a decimal point, "Mr." or an initial, and ends one at every line break', () => {
    expect(
      splitSentences('The rate rose 0.5 per cent. Then Mr. Jones said so. J. Smith agreed\nA new line').map((sentence) =>
        sentence.text.trim()
      )
    ).toEqual(['The rate rose 0.5 per cent.', 'Then Mr. Jones said so.', 'J. Smith agreed', 'A new line'])
  })

  it('reads thousands separators, per cent, rates, one in N and ranks as written', () => {
    const mentions = extractMentions(
      'There were 1,867 sex offenders, up 11 per cent. That is 114 in every 100,000 people, or one in every 877. Essex is 12th highest.'
    )
    expect(mentions.map((mention) => [mention.text, mention.value, mention.kind])).toEqual([
      ['1,867', 1867, 'count'],
      ['11 per cent', 11, 'percent'],
      ['114 in every 100,000 people', 114, 'rate'],
      ['one in every 877', 877, 'oneInN'],
      ['12th highest', 12, 'rank']
    ])
  })

  it('reads years as 2020, 2019-20, 2019/20, 2019 to 2020 and 31 March 2020, each the snapshot at 31 March 2020', () => {
    const years = extractMentions('In 2020, in 2019-20, in 2019/20, in 2019 to 2020 and at 31 March 2020.').filter(
      (mention) => mention.kind === 'period'
    )
    expect(years.map((mention) => mention.time.period)).toEqual(Array(5).fill('2019/20'))
  })

  it('keeps "per 100,000", "aged 10 and over", "over the age of nine" and "the 42 areas" out of the figures', () => {
    expect(
      extractMentions(
        'A rate of 114 per 100,000 people aged 10 and over, or one in 877 people over the age of nine, 20th highest of the 42 areas.'
      ).map((mention) => mention.text)
    ).toEqual(['114 per 100,000 people', 'one in 877', '20th highest'])
  })

  it('names the areas the copy mentions, by any spelling or force, and "nationally" as England and Wales', () => {
    expect(
      areasNamed(
        'Essex Police had more than Kent and Durham Constabulary; the Met fewer; Devon & Cornwall too; nationally the rate is 126'
      ).map((area) => area.slug)
    ).toEqual(['essex', 'kent', 'county-durham', 'london', 'devon-and-cornwall', 'england-and-wales'])
  })
})

describe('what a figure counts', () => {
  it('reads every name for registered sex offenders as that count, never the MAPPA total', () => {
    for (const subject of [
      'registered sex offenders',
      'sex offenders',
      'sexual offenders',
      'registered sexual offenders',
      'Category 1 offenders',
      'people convicted of sex crimes being managed under MAPPA'
    ]) {
      expect(frame(check(`Essex had 1,867 ${subject} at the end of March.`), '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    }
  })

  it('never compares a correct count of registered sex offenders with the MAPPA total, even beside MAPPA words', () => {
    const results = check('Of the 2,299 offenders managed under MAPPA arrangements in Essex, 1,867 were registered sex offenders.')
    expect(frame(results, '2,299')).toEqual(['verified', 'total', 'essex', '2021/22'])
    expect(frame(results, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(check('There were 1,867 registered sex offenders being managed under MAPPA in Essex.'), '1,867')).toEqual([
      'verified',
      'rso',
      'essex',
      '2021/22'
    ])
  })

  it('reads MAPPA offenders, those managed, violent and other dangerous offenders as their own counts', () => {
    const results = check(
      'In total 2,299 MAPPA offenders were managed in Essex. They included 406 violent offenders and 19 other dangerous offenders.'
    )
    expect(frame(results, '2,299')).toEqual(['verified', 'total', 'essex', '2021/22'])
    expect(frame(results, '406')).toEqual(['verified', 'violent', 'essex', '2021/22'])
    expect(frame(results, '19')).toEqual(['verified', 'other_dangerous', 'essex', '2021/22'])
  })

  it('carries the subject to later sentences until another takes its place', () => {
    const results = check(
      'The number of registered sex offenders in Essex has reached 1,867. It is up from 1,684 the year before. The area had 1,496 in 2019. Violent offenders numbered 406. That compares with 380 a year earlier.'
    )
    expect(frame(results, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
    expect(frame(results, '1,496')).toEqual(['verified', 'rso', 'essex', '2018/19'])
    expect(frame(results, '380')).toEqual(['verified', 'violent', 'essex', '2020/21'])
  })

  it('reads a count with or without a thousands separator, and number words before what they count', () => {
    expect(frame(check('Essex had 1867 registered sex offenders in March 2022.'), '1867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(check('There were Nineteen other dangerous offenders in Essex.'), 'Nineteen')).toEqual([
      'verified',
      'other_dangerous',
      'essex',
      '2021/22'
    ])
    expect(frame(check('There were seven terrorism offenders in Essex.'), 'seven')).toEqual(['verified', 'terrorism', 'essex', '2021/22'])
    expect(frame(check('There were nine other dangerous offenders in Essex.'), 'nine')).toEqual([
      'mismatch',
      'other_dangerous',
      'essex',
      '2021/22'
    ])
    expect(frame(check('There were Sixty-two sex offenders in Gwent.'), 'Sixty-two')).toEqual(['mismatch', 'rso', 'gwent', '2021/22'])
  })
})

describe('where a figure is', () => {
  it('checks each figure of a story naming three areas against its own area', () => {
    const results = check('Gwent had 640 registered sex offenders, compared with 1,530 in South Wales and 1,867 in Essex.', 'gwent')
    expect(frame(results, '640')).toEqual(['verified', 'rso', 'gwent', '2021/22'])
    expect(frame(results, '1,530')).toEqual(['verified', 'rso', 'south-wales', '2021/22'])
    expect(frame(results, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    const wrong = check('There were 655 sex offenders in South Wales, 1,867 in Essex and 2,000 in Kent.', 'kent')
    expect(frame(wrong, '655')).toEqual(['mismatch', 'rso', 'south-wales', '2021/22'])
    expect(find(wrong, '655').note).toContain('another area')
  })

  it('reads a force as its area, "the county" and "the force area" as the story\'s area, and "nationally" as England and Wales', () => {
    expect(frame(check('Essex Police manages 1,867 registered sex offenders.'), '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(check('The Met oversees 6,120 registered sex offenders.', 'kent'), '6,120')).toEqual([
      'verified',
      'rso',
      'london',
      '2021/22'
    ])
    const results = check(
      'Kent has 2,000 registered sex offenders. The county has a rate of 170 per 100,000 people, against 126 nationally.',
      'kent'
    )
    expect(frame(results, '170 per 100,000 people')).toEqual(['verified', 'rso_rate', 'kent', '2021/22'])
    expect(frame(results, '126')).toEqual(['verified', 'rso_rate', 'england-and-wales', '2021/22'])
    expect(frame(check('Across England and Wales there were 66,741 registered sex offenders.'), '66,741')).toEqual([
      'verified',
      'rso',
      'england-and-wales',
      '2021/22'
    ])
    expect(frame(check('In the force area there were 1,867 sex offenders.'), '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    // Wales alone is the tables' row for the four Welsh areas; "South Wales Police" is still South Wales.
    const wales = check(
      "There were 6,126 registered sex offenders across Wales's four force areas. South Wales Police managed 1,530.",
      'gwent'
    )
    expect(find(wales, '6,126')).toMatchObject({ area: 'wales', measure: 'rso' })
    const four = check(
      'Gwent had 640 registered sex offenders. Across the four Welsh forces there were 6,126 registered sex offenders.',
      'gwent'
    )
    expect(find(four, '6,126')).toMatchObject({ area: 'wales', measure: 'rso' })
    expect(frame(wales, '1,530')).toEqual(['verified', 'rso', 'south-wales', '2021/22'])
    // "The county" is the area the sentence before was about (the first it names), not one it named in passing;
    // where the figure does not hold there, the story's own.
    const aside = check('Essex had 1,867 sex offenders, fewer than Kent, which had 2,000. The county has a rate of 114 per 100,000.')
    expect(frame(aside, '114 per 100,000')).toEqual(['verified', 'rso_rate', 'essex', '2021/22'])
    const turned = check('Kent had 2,000 sex offenders, more than Essex. The county has a rate of 114 per 100,000.')
    expect(frame(turned, '114 per 100,000')).toEqual(['verified', 'rso_rate', 'essex', '2021/22'])
    expect(find(turned, '114 per 100,000').note).toContain("the words pointing back read as the story's area")
    const passing = check(
      'A total of 1,867 registered sex offenders were living in the county, more than in Gwent or South Wales. The figure is up by 183 on last year.'
    )
    expect(frame(passing, '183')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    // A place named after the figure, with no other figure between, is its own, not one carried from before.
    const after = check('Kent had 2,000 sex offenders. Some 406 violent offenders were also being managed across Essex.')
    expect(frame(after, '406')).toEqual(['verified', 'violent', 'essex', '2021/22'])
    // A rounded figure and the exact one between dashes after it are in the same place.
    const exact = check('Kent had 2,000 sex offenders. Nearly 1,900 registered sex offenders – 1,867 – were on the register in Essex.')
    expect(find(exact, '1,900')).toMatchObject({ verdict: 'verified', area: 'essex' })
    const named = check('Kent had 2,000 sex offenders. The county has a rate of 170 per 100,000.')
    expect(frame(named, '170 per 100,000')).toEqual(['verified', 'rso_rate', 'kent', '2021/22'])
    // Never England and Wales: "the county" after a national figure is the story's area.
    const national = check('Across England and Wales there were 66,741. In the county there were 1,867 sex offenders.')
    expect(frame(national, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    // A story naming Wales most is still about the area it names.
    const about = checkStory(
      'Across Wales there were 6,126. In Wales as a whole the number rose. South Wales had 1,530 sex offenders.',
      data
    )
    expect(about.area).toBe('south-wales')
  })

  it("reads a figure in a sentence naming no place as the story's area or England and Wales, whichever it holds for, and flags it where it holds for neither", () => {
    const national = 'Essex had 1,867 registered sex offenders. Across England and Wales there were 66,741 registered sex offenders. '
    expect(frame(check(`${national}That is a rate of 126 per 100,000.`), '126 per 100,000')).toEqual([
      'verified',
      'rso_rate',
      'england-and-wales',
      '2021/22'
    ])
    expect(frame(check(`${national}The rate was 114 per 100,000.`), '114 per 100,000')).toEqual([
      'verified',
      'rso_rate',
      'essex',
      '2021/22'
    ])
    expect(frame(check(`${national}The rate was 141 per 100,000.`), '141 per 100,000')).toEqual([
      'mismatch',
      'rso_rate',
      'essex',
      '2021/22'
    ])
  })

  it('reads "Essex and Kent had 1,867 and 2,000 respectively" as each area\'s own figure, in order', () => {
    const results = check('Essex and Kent had 1,867 and 2,000 registered sex offenders respectively.')
    expect(frame(results, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(results, '2,000')).toEqual(['verified', 'rso', 'kent', '2021/22'])
    const rates = check('Kent and Gwent had rates of 170 and 161 per 100,000 respectively.')
    expect(frame(rates, '170')).toEqual(['verified', 'rso_rate', 'kent', '2021/22'])
    expect(frame(rates, '161 per 100,000')).toEqual(['verified', 'rso_rate', 'gwent', '2021/22'])
  })

  it('says a region is not a MAPPA area rather than guessing one', () => {
    const result = find(check('Across the North East there were 4,210 registered sex offenders.'), '4,210')
    expect(result.verdict).toBe('unmatched')
    expect(result.note).toMatch(/North East is a region, not a MAPPA area/)
    expect(find(check('In Yorkshire there were 5,000 sex offenders.'), '5,000').verdict).toBe('unmatched')
  })
})

describe('when a figure is', () => {
  it('reads "in 2020" as the 31 March 2020 snapshot, 2019/20', () => {
    expect(frame(check('In 2020 there were 1,596 sex offenders in Essex.'), '1,596')).toEqual(['verified', 'rso', 'essex', '2019/20'])
    expect(frame(check('There were 1,596 sex offenders in Essex in 2020.'), '1,596')).toEqual(['verified', 'rso', 'essex', '2019/20'])
    expect(frame(check('Essex had 1,596 sex offenders in 2019/20 and 1,496 in 2018-19.'), '1,496')).toEqual([
      'verified',
      'rso',
      'essex',
      '2018/19'
    ])
  })

  it('reads "a year earlier", "the year previous", "last year", "at the end of March this year" from the edition', () => {
    const results = check(
      'At the end of March this year there were 1,867 sex offenders in Essex, up from 1,684 the year previous. The rate was 114 per 100,000, against 103 last year.'
    )
    expect(frame(results, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(results, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
    expect(frame(results, '103')).toEqual(['verified', 'rso_rate', 'essex', '2020/21'])
  })

  it('reads "a year earlier" after a named year as a year before that one', () => {
    expect(frame(check('In 2020 there were 1,596 sex offenders in Essex, up from 1,496 a year earlier.'), '1,496')).toEqual([
      'verified',
      'rso',
      'essex',
      '2018/19'
    ])
  })

  it('reads "ten years ago", "since 2010/11, when there were" and "back then"', () => {
    const results = check(
      'County Durham has 1,123 registered sex offenders. Ten years ago it had 539. The number has more than doubled since 2010/11, when there were 446. Back then the county was far below the national figure.',
      'county-durham',
      '2023/24'
    )
    expect(frame(results, '539')).toEqual(['verified', 'rso', 'county-durham', '2013/14'])
    expect(frame(results, '446')).toEqual(['verified', 'rso', 'county-durham', '2010/11'])
    expect(frame(results, 'doubled')).toEqual(['verified', 'rso', 'county-durham', '2023/24'])
  })
})

describe('kinds of figure', () => {
  it('checks rates in every form, allowing half a point', () => {
    expect(find(check('That is 114 in 100,000 people.'), '114 in 100,000 people').verdict).toBe('verified')
    expect(find(check('Essex has a rate of 114 per 100,000.'), '114 per 100,000').verdict).toBe('verified')
    expect(find(check('Essex has 114 sex offenders for every 100,000 people.'), '114 sex offenders for every 100,000 people').verdict).toBe(
      'verified'
    )
    expect(find(check('Essex has a rate of 113.6 per 100,000.'), '113.6 per 100,000').verdict).toBe('verified')
    expect(find(check('Essex has a rate of 112 per 100,000.'), '112 per 100,000').verdict).toBe('mismatch')
    expect(find(check('• 114 per 100k people aged 10+'), '114 per 100k people').verdict).toBe('verified')
    const list = check('The highest rates were in Kent (170), Gwent (161) and South Wales (150).')
    expect(frame(list, '170')).toEqual(['verified', 'rso_rate', 'kent', '2021/22'])
    expect(frame(list, '161')).toEqual(['verified', 'rso_rate', 'gwent', '2021/22'])
    expect(frame(list, '150')).toEqual(['mismatch', 'rso_rate', 'south-wales', '2021/22'])
  })

  it('reads a bracketed list of counts whose subject comes after it, each against its own area', () => {
    const results = check('Kent (2,000), Essex (1,867) and Gwent (604) had the most sex offenders.')
    expect(frame(results, '2,000')).toEqual(['verified', 'rso', 'kent', '2021/22'])
    expect(frame(results, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(results, '604')).toEqual(['mismatch', 'rso', 'gwent', '2021/22'])
  })

  it('checks one in N within 1 per cent of 100,000 ÷ the rate', () => {
    expect(find(check('That is one in every 877 people aged 10 and over.'), 'one in every 877').verdict).toBe('verified')
    expect(find(check('That is one for every 880 people aged 10 or above.'), 'one for every 880').verdict).toBe('verified')
    expect(find(check('That is one in 800 people over the age of nine.'), 'one in 800').verdict).toBe('mismatch')
    expect(find(check('That is roughly one in every 900 people.'), 'one in every 900').verdict).toBe('verified')
    // "One sex offender for every 877": its "one" is no count of its own.
    expect(verdicts(check('That works out at one sex offender for every 877 residents.'))).toEqual([
      ['one sex offender for every 877', 'verified']
    ])
  })

  it('reads "Of the 2,299 managed, 1,867 (81%) were sex offenders" and "more than four in five of those managed"', () => {
    const results = check('Of the 2,299 MAPPA-eligible offenders in Essex, 1,867 (81%) were registered sex offenders.')
    expect(frame(results, '2,299')).toEqual(['verified', 'total', 'essex', '2021/22'])
    expect(frame(results, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(find(results, '81%')).toMatchObject({ verdict: 'verified', measure: 'rso', expected: 81.2 })
    const fractions = check(
      'Essex had 1,867 registered sex offenders. More than four in five of those managed were sex offenders, and nine out of 10 were not.'
    )
    expect(find(fractions, 'four in five')).toMatchObject({ verdict: 'verified', measure: 'rso' })
    expect(find(fractions, 'four in five').note).toContain('4.06 in 5')
    expect(verdicts(fractions).map(([text]) => text)).not.toContain('five')
    expect(find(check('Nearly four in five of those managed in Essex were sex offenders.'), 'four in five').verdict).toBe('mismatch')
    const majority = check(
      'The number of MAPPA-eligible offenders in Essex rose to 2,299, with the majority (81%) registered sex offenders.'
    )
    expect(find(majority, '81%')).toMatchObject({ verdict: 'verified', measure: 'rso', expected: 81.2 })
  })

  it('recomputes shares from the two figures: "81 per cent of those managed", "74%"', () => {
    const results = check('Registered sex offenders make up 81 per cent of those managed in Essex.')
    expect(find(results, '81 per cent')).toMatchObject({ verdict: 'verified', measure: 'rso', expected: 81.2 })
    expect(find(results, '81 per cent').note).toContain('1,867 ÷ 2,299')
    expect(find(check('Sex offenders accounted for 74% of all MAPPA offenders in Essex.'), '74%').verdict).toBe('mismatch')
    // The whole named first, the part after: "of those managed were registered sex offenders".
    const partAfter = check('In Essex, 81 per cent of those managed were registered sex offenders.')
    expect(find(partAfter, '81 per cent')).toMatchObject({ verdict: 'verified', measure: 'rso', expected: 81.2 })
  })

  it('recomputes changes: "up from", "a rise of", "up 11 per cent", to the precision printed', () => {
    const results = check('Essex had 1,867 sex offenders, a rise of 183 on the year before, up 11 per cent.')
    expect(frame(results, '183')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(find(results, '11 per cent')).toMatchObject({ verdict: 'verified', expected: 10.9 })
    expect(find(check('Gwent had 640 sex offenders, down 2.29 per cent from 655.', 'gwent'), '2.29 per cent').verdict).toBe('verified')
    expect(find(check('Gwent had 640 sex offenders, down 2.35 per cent from 655.', 'gwent'), '2.35 per cent').verdict).toBe('mismatch')
    expect(find(check('Gwent had 640 sex offenders, up 2 per cent on the year before.', 'gwent'), '2 per cent').verdict).toBe('mismatch')
    expect(find(check('The number of sex offenders in Essex went up by 200 in 2021/22.'), '200').verdict).toBe('mismatch')
    expect(find(check('The number of sex offenders in Essex has risen by 25 per cent since 2019.'), '25 per cent')).toMatchObject({
      verdict: 'verified',
      expected: 24.8
    })
  })

  it('checks "doubled", "a quarter higher" and "almost trebled" against the years they span', () => {
    expect(
      find(check('The number of registered sex offenders in Essex is a quarter higher than in 2019.'), 'a quarter higher').verdict
    ).toBe('verified')
    expect(find(check('The number of registered sex offenders in Essex is a fifth higher than in 2019.'), 'a fifth higher').verdict).toBe(
      'mismatch'
    )
    expect(
      find(check("County Durham's sex offenders have more than doubled since 2011.", 'county-durham', '2023/24'), 'doubled').verdict
    ).toBe('verified')
    expect(find(check("County Durham's sex offenders have trebled since 2011.", 'county-durham', '2023/24'), 'trebled').verdict).toBe(
      'mismatch'
    )
    // "Since then", "in that time": from the year the sentence before was about, to now.
    for (const words of ['since then', 'in that time', 'over the same period']) {
      const results = check(
        `In 2011 there were 446 registered sex offenders in County Durham. The figure has more than doubled ${words}.`,
        'county-durham',
        '2023/24'
      )
      expect(find(results, 'doubled')).toMatchObject({ verdict: 'verified', period: '2023/24' })
      expect(find(results, 'doubled').note).toContain('2010/11 to 2023/24')
    }
  })

  it('reads "10.9pc" as per cent, and a change by a fraction: "increased by almost a quarter", "fell by a third", "almost halved"', () => {
    expect(find(check('Sex offenders in Essex rose by 183, or 10.9pc, on the year before.'), '10.9pc')).toMatchObject({
      verdict: 'verified',
      expected: 10.9
    })
    const quarter = 'The number of registered sex offenders in Essex has increased by almost a quarter since 2019.'
    expect(find(check(quarter), 'almost a quarter').verdict).toBe('verified')
    expect(find(check(quarter.replace('almost a quarter', 'a third')), 'a third').verdict).toBe('mismatch')
    // Half a point is not half as many again.
    expect(extractMentions('The rate rose by half a percentage point.').filter((mention) => mention.kind === 'ratio')).toEqual([])
    const [fell, halved] = extractMentions('Sex offenders fell by a third. The number of sex offenders has almost halved.').filter(
      (mention) => mention.kind === 'ratio'
    )
    expect(fell.text).toBe('a third')
    expect(fell.value).toBeCloseTo(2 / 3, 10)
    // Almost halved: a little less than half gone, so a little more than half left.
    expect([halved.ratio!.low, halved.ratio!.high]).toEqual([0.4875, 0.6])
  })

  it('reads a bare number after a rate as the count where only the count comes near it: "The number was up from 1,684"', () => {
    const results = check('That is 114 per 100,000 people. The number was up from 1,684 the year before, and from 1,496 in 2019.')
    expect(frame(results, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
    expect(frame(results, '1,496')).toEqual(['verified', 'rso', 'essex', '2018/19'])
    expect(frame(check('That is 114 per 100,000 people. The number was up from 1,584 the year before.'), '1,584')).toEqual([
      'mismatch',
      'rso',
      'essex',
      '2020/21'
    ])
    // A number near the rate is still the rate.
    expect(frame(check('That is 114 per 100,000 people, up from 103 the year before.'), '103')).toEqual([
      'verified',
      'rso_rate',
      'essex',
      '2020/21'
    ])
  })

  it('reads a change in the present perfect up to now, and "the report shows" as no count of reports', () => {
    const since = check(
      'In 2018/19 there were 1,496 registered sex offenders in Essex, meaning the number has risen by 25 per cent in three years.'
    )
    expect(find(since, '25 per cent')).toMatchObject({ verdict: 'verified', period: '2021/22', expected: 24.8 })
    const report = check(
      "Essex had 1,867 registered sex offenders. The Ministry of Justice's annual report shows the total at the end of March 2022 was up from 1,684 the year before."
    )
    expect(frame(report, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
  })

  it('reads "a rise of 89 (28 per cent) on 2020-21" as one change over those years, and "the rate of RSOs … stood at 114"', () => {
    const results = check(
      'Essex recorded 406 Category 2 offenders, a rise of 26 (6.8 per cent) on 2020-21. The rate of RSOs per 100,000 population in Essex stood at 114, compared to 103 a year earlier.'
    )
    expect(frame(results, '406')).toEqual(['verified', 'violent', 'essex', '2021/22'])
    expect(find(results, '26')).toMatchObject({ verdict: 'verified', measure: 'violent', expected: 26 })
    expect(find(results, '6.8 per cent')).toMatchObject({ verdict: 'verified', expected: 6.8 })
    expect(frame(results, '114')).toEqual(['verified', 'rso_rate', 'essex', '2021/22'])
    expect(frame(results, '103')).toEqual(['verified', 'rso_rate', 'essex', '2020/21'])
    const number = check(
      'The figures also show the number of registered sex offenders per 100,000 people in Essex was 114 – lower than the average across England and Wales of 126.'
    )
    expect(frame(number, '114')).toEqual(['verified', 'rso_rate', 'essex', '2021/22'])
  })

  it('reads a figure in brackets after "the year before" or a year as that time\'s: "up by 183 on the year before (1,684)"', () => {
    const results = check('Essex had 1,867 registered sex offenders, up by 183 on the year before (1,684) and on 2019 (1,496).')
    expect(frame(results, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
    expect(frame(results, '1,496')).toEqual(['verified', 'rso', 'essex', '2018/19'])
  })

  it('reads "was up 183 (10.9%)", "a total of 1,867" after a rate, and "has grown by 371 in three years" up to now', () => {
    const results = check(
      "The rate rose from 103 to 114 per 100,000 people. Essex's total of 1,867 was up 183 (10.9%) on the previous year. In 2018/19 the county had 1,496 registered sex offenders and a rate of 93. That means the number has grown by 371 in three years."
    )
    expect(frame(results, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(results, '183')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(find(results, '10.9%')).toMatchObject({ verdict: 'verified', measure: 'rso', expected: 10.9 })
    expect(find(results, '371')).toMatchObject({ verdict: 'verified', measure: 'rso', expected: 371 })
    expect(find(results, '371').note).toContain('2018/19 to 2021/22')
  })

  it('reads "the figure" after a rate as the count where only the count changed by what the copy says, and says so', () => {
    const story = (change: string) =>
      check(`Essex had 1,867 registered sex offenders. That is 114 per 100,000 people. The figure has risen by ${change} since 2019.`)
    expect(find(story('25 per cent'), '25 per cent')).toMatchObject({ verdict: 'verified', measure: 'rso', expected: 24.8 })
    expect(find(story('25 per cent'), '25 per cent').note).toContain('the copy does not say whether the count or the rate')
    expect(find(story('23 per cent'), '23 per cent')).toMatchObject({ verdict: 'verified', measure: 'rso_rate' })
    expect(find(story('40 per cent'), '40 per cent')).toMatchObject({ verdict: 'mismatch', measure: 'rso_rate' })
    // "On the register" says what it counts, whatever the sentence before was about.
    const register = check('That is 114 per 100,000 people, up from 93 in 2019, when there were 1,496 on the register.')
    expect(frame(register, '1,496')).toEqual(['verified', 'rso', 'essex', '2018/19'])
    // Those put on the register in a year are not the count on it.
    expect(find(check('Essex had 1,867 sex offenders. Last year 212 offenders were placed on the register.'), '212')).toMatchObject({
      verdict: 'not-checked',
      note: expect.stringContaining('placed on')
    })
  })

  it('checks comparisons with the national rate: "35 per cent higher than", "1.3 times", "double", and "0.11 per cent of the population"', () => {
    expect(frame(check("Kent's rate of 170 is 35 per cent higher than the national rate.", 'kent'), '35 per cent')).toEqual([
      'verified',
      'rso_rate',
      'kent',
      '2021/22'
    ])
    // A percentage in words, and "the average across England and Wales".
    expect(find(check("Essex's rate is around nine per cent below the average across England and Wales."), 'nine per cent')).toMatchObject({
      verdict: 'verified',
      measure: 'rso_rate',
      expected: 9.5
    })
    expect(frame(check("Kent's rate is 1.3 times the national average.", 'kent'), '1.3 times')).toEqual([
      'verified',
      'rso_rate',
      'kent',
      '2021/22'
    ])
    expect(frame(check("Kent's rate is double the national rate.", 'kent'), 'double the national')).toEqual([
      'mismatch',
      'rso_rate',
      'kent',
      '2021/22'
    ])
    expect(find(check('That means 0.11 per cent of the population in Essex is a registered sex offender.'), '0.11 per cent').verdict).toBe(
      'verified'
    )
    expect(frame(check('Essex had 1,867 sex offenders, 10 per cent lower than the national average.'), '10 per cent')).toEqual([
      'verified',
      'rso_rate',
      'essex',
      '2021/22'
    ])
    expect(find(check('Essex had 1,867 sex offenders, 10 per cent higher than the national average.'), '10 per cent').verdict).toBe(
      'mismatch'
    )
  })

  it('checks ranks: "the highest rate in England and Wales", "sixth highest", "5th of 42"', () => {
    const book = indexFigures(data)
    expect(find(check('Kent has the highest rate in England and Wales.', 'kent'), 'highest rate').verdict).toBe('verified')
    expect(find(check('Gwent has the highest rate in England and Wales.', 'gwent'), 'highest rate').verdict).toBe('mismatch')
    const essex = book.rank('essex', 'rso_rate', '2021/22', 'highest')!.rank
    expect(find(check(`Essex's rate was ${essex}th of 42.`), `${essex}th of 42`).verdict).toBe('verified')
    expect(find(check("Essex's rate is the sixth highest in the country."), 'sixth highest').verdict).toBe(
      essex === 6 ? 'verified' : 'mismatch'
    )
    expect(find(check('Gwent has the second-highest rate.', 'gwent'), 'second-highest')).toMatchObject({
      verdict: 'verified',
      measure: 'rso_rate'
    })
  })

  it('ranks a rate where the sentence gives the rate before its rank, or a list of rates is ranked just before', () => {
    const book = indexFigures(data)
    const essex = book.rank('essex', 'rso_rate', '2021/22', 'highest')!.rank
    const right = ordinal(essex)
    const wrong = ordinal(essex + 1)
    expect(find(check(`Its rate of 114 per 100,000 is the ${right} highest in England and Wales.`), `${right} highest`)).toMatchObject({
      verdict: 'verified',
      measure: 'rso_rate'
    })
    expect(
      find(check(`That is a rate of 114 per 100,000 people, the ${wrong} highest of the 42 areas.`), `${wrong} highest`)
    ).toMatchObject({
      verdict: 'mismatch',
      measure: 'rso_rate'
    })
    const listed = check(`The highest rates per 100,000 people were in Kent and Gwent. Essex, with 114, was ${right}.`)
    expect(find(listed, right)).toMatchObject({ verdict: 'verified', measure: 'rso_rate' })
  })

  it('checks a rank within the first N: "in the top five", "among the 10 lowest", "in the bottom five nationally"', () => {
    const book = indexFigures(data)
    const essex = book.rank('essex', 'rso_rate', '2021/22', 'highest')!.rank
    const london = book.rank('london', 'rso_rate', '2021/22', 'lowest')!.rank
    expect(find(check("Kent's rate of 170 puts it in the top five of the 42 areas.", 'kent'), 'five')).toMatchObject({
      verdict: 'verified',
      measure: 'rso_rate',
      area: 'kent'
    })
    expect(find(check(`Essex's rate of 114 is among the ${essex + 1} highest in England and Wales.`), `${essex + 1} highest`).verdict).toBe(
      'verified'
    )
    expect(find(check(`Essex's rate of 114 is in the top ${essex - 1} nationally.`), `${essex - 1}`).verdict).toBe('mismatch')
    expect(find(check(`With 75 per 100,000, London's rate is in the bottom ${london} nationally.`, 'london'), `${london}`)).toMatchObject({
      verdict: 'verified',
      measure: 'rso_rate',
      area: 'london'
    })
  })

  it('reads "in England and Wales" after a rank as the field ranked, not the place of the figures beside it', () => {
    const results = check(
      'Essex has one of the highest rates of registered sex offenders in England and Wales, with 114 per 100,000 people.'
    )
    expect(frame(results, '114 per 100,000 people')).toEqual(['verified', 'rso_rate', 'essex', '2021/22'])
    expect(frame(check('Across England and Wales the rate was 126 per 100,000.'), '126 per 100,000')).toEqual([
      'verified',
      'rso_rate',
      'england-and-wales',
      '2021/22'
    ])
  })

  it('accepts any place a tie spans: one of two areas tied at 5th may be printed 5th or 6th, never 7th', () => {
    const rates = Object.fromEntries(['Kent', 'Gwent', 'Surrey', 'Dorset'].map((name, index) => [name, 300 - index * 10]))
    const tied = publishedData(ratesForAllAreas({ ...rates, Wiltshire: 250, Cumbria: 250 }))
    const read = (copy: string, text: string) => find(checkCopy(copy, tied, 'wiltshire', '2021/22'), text).verdict
    expect(read("Wiltshire's rate is the fifth highest of the 42 areas.", 'fifth highest')).toBe('verified')
    expect(read("Wiltshire's rate is the sixth highest of the 42 areas.", 'sixth highest')).toBe('verified')
    expect(read("Wiltshire's rate is the seventh highest of the 42 areas.", 'seventh highest')).toBe('mismatch')
  })

  it('reads the earlier figure of a change as counting what the later one counts, whatever nouns stand between', () => {
    const results = check(
      'Essex Police is managing 1,867 sexual offenders, according to the latest MAPPA annual report, up from 1,684 the year before.'
    )
    expect(frame(results, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
  })

  it('reads one in N with what is counted between "one" and "for every"', () => {
    expect(
      find(
        check('There is one registered sex offender for every 877 people aged 10 or above in Essex.'),
        'one registered sex offender for every 877'
      )
    ).toMatchObject({
      verdict: 'verified',
      kind: 'oneInN'
    })
    expect(find(check('There is one sex offender for every 700 people in Essex.'), 'one sex offender for every 700').verdict).toBe(
      'mismatch'
    )
  })

  it('accepts rounded words only where the rounding is honest', () => {
    expect(find(check('Essex had more than 1,800 sex offenders.'), '1,800').verdict).toBe('verified')
    expect(find(check('Essex had nearly 1,900 sex offenders.'), '1,900').verdict).toBe('verified')
    expect(find(check('Essex had around 1,870 sex offenders.'), '1,870').verdict).toBe('verified')
    expect(find(check('Essex had more than 1,900 sex offenders.'), '1,900').verdict).toBe('mismatch')
    expect(find(check('Essex had nearly 1,800 sex offenders.'), '1,800').verdict).toBe('mismatch')
    expect(find(check('Essex had 1,900 sex offenders.'), '1,900').verdict).toBe('rounding')
  })

  it('reads a list of areas, each with its count and its rate in brackets, under an intro naming both', () => {
    const list = check(
      'The number of registered sex offenders in each area at 31 March 2022, and the rate per 100,000 people:\nKent: 2,000 (170)\nGwent - 640 (161)\nEssex: 1,867 (115)'
    )
    expect(frame(list, '170')).toEqual(['verified', 'rso_rate', 'kent', '2021/22'])
    expect(frame(list, '161')).toEqual(['verified', 'rso_rate', 'gwent', '2021/22'])
    expect(find(list, '640').verdict).toBe('verified')
    // Only exactly: a number that is neither the count nor the rate is still flagged.
    expect(find(list, '115').verdict).toBe('mismatch')
  })

  it('reads a pasted table whose header names what each column counts, by years or by areas, with pipes or tabs', () => {
    const byYear = check(
      '| Year | Sex offenders | Rate |\n|---|---|---|\n| 2020/21 | 1,684 | 103 |\n| 2021/22 | 1,867 | 114 |\n\nSource: MAPPA annual reports'
    )
    expect(frame(byYear, '103')).toEqual(['verified', 'rso_rate', 'essex', '2020/21'])
    expect(frame(byYear, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(byYear, '114')).toEqual(['verified', 'rso_rate', 'essex', '2021/22'])
    const byArea = check('Area\tSex offenders\tRate per 100,000\nEssex\t1,867\t114\nKent\t2,000\t170')
    expect(frame(byArea, '2,000')).toEqual(['verified', 'rso', 'kent', '2021/22'])
    expect(frame(byArea, '170')).toEqual(['verified', 'rso_rate', 'kent', '2021/22'])
  })

  it('reads the rows of a pasted table by their header, or by the run of years in which they hold', () => {
    const withHeader = check('Area 2019 2020 2021 2022\nEssex 1,496 1,596 1,684 1,867')
    expect(verdicts(withHeader).filter(([, verdict]) => verdict !== 'not-checked')).toEqual([
      ['1,496', 'verified'],
      ['1,596', 'verified'],
      ['1,684', 'verified'],
      ['1,867', 'verified']
    ])
    const bare = check('Sex offenders by year:\nEssex\t1,496\t1,596\t1,648\t1,867')
    expect(frame(bare, '1,648')).toEqual(['mismatch', 'rso', 'essex', '2020/21'])
    expect(frame(bare, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
  })
})

describe('numbers that are not MAPPA figures', () => {
  it('marks ages, dates, years, durations, money, staff, orders, breaches and requests not checked, with the reason, never mismatch', () => {
    const copy = [
      'There were 1,867 registered sex offenders in Essex.',
      'John Smith, 47, of Colchester, was jailed for 30 months on 3 November 2021.',
      'An eight-year-old girl was among his victims, and a 45-year-old man was charged.',
      'The service has 120 probation officers and spent £1.2 million on hostels.',
      'Police issued 33 sexual harm prevention orders and recorded 24 breaches.',
      'A Freedom of Information request showed 15 requests were refused.',
      'Some 12 cautions were given in 2021.'
    ].join(' ')
    const results = check(copy)
    expect(results.filter((result) => result.verdict === 'mismatch')).toEqual([])
    for (const text of ['47', '30', '3', '45', '120', '£1.2', '33', '24', '15', '12']) {
      const result = find(results, text)
      expect(`${text}: ${result.verdict}`).toBe(`${text}: not-checked`)
      expect(result.note).not.toBe('')
    }
    expect(find(results, '47').note).toContain('an age')
    expect(find(results, '30').note).toContain('a length of time')
    expect(find(results, '£1.2').note).toContain('money')
    expect(find(results, '24').note).toContain('breaches')
  })

  it('keeps phone numbers, the law\'s year, "aged over 10", "1 in" and management levels out of the figures', () => {
    const results = check(
      [
        'Essex had 1,867 registered sex offenders.',
        'Anyone with information can call Crimestoppers on 0800 555 111.',
        'Under the Sexual Offences Act 2003, offenders must register with police.',
        'That is 1 in 877 people aged over 10.',
        'Level 3 cases rose to 12, and 45 were managed at level 2.'
      ].join(' ')
    )
    expect(results.filter((result) => result.verdict === 'mismatch' || result.verdict === 'unmatched')).toEqual([])
    expect(find(results, '555').note).toContain('a phone number')
    expect(find(results, '1 in 877').verdict).toBe('verified')
    expect(results.some((result) => result.text === '2003' || result.text === '10')).toBe(false)
  })

  it('keeps counts of what some offenders did, ages in ranges, "one in 4 women" and shares by sex out of the figures', () => {
    const results = check(
      [
        'In Essex, 24 registered sex offenders were cautioned or convicted for breaching their notification requirements, and 12 sex offenders went missing.',
        'Most offenders were aged 18 to 25.',
        'One in 4 women will experience sexual violence, the charity said.',
        'Of the 1,867 registered sex offenders in Essex, 97 per cent of the offenders were men.'
      ].join(' ')
    )
    // The breaches are that count, not the category's; the missing, the ages and the share by sex are no figures at all.
    expect(verdicts(results).filter(([, verdict]) => verdict !== 'not-checked')).toEqual([
      ['24', 'verified'],
      ['1,867', 'verified']
    ])
    expect(find(results, '24').measure).toBe('breaches_notification')
    expect(find(results, '25').note).toContain('an age')
  })

  it('reads a round number cut down to its step ("66,000" for 66,741) as rounding, and places a pasted row only where its figures hold', () => {
    expect(find(check('There were 66,000 registered sex offenders across England and Wales.'), '66,000').verdict).toBe('rounding')
    expect(verdicts(check('Essex 1,867 114'))).toEqual([
      ['1,867', 'unmatched'],
      ['114', 'unmatched']
    ])
  })

  it('reads an agency data story: "In total, 2,299 offenders – including violent offenders – were being managed", "fewer than 0.5% go on to…"', () => {
    const results = check(
      'Meanwhile, 32 sexual harm prevention orders were issued by the courts in the area. In total, 2,299 offenders – including violent offenders and those considered to pose a risk of serious harm – were being managed under MAPPA in Essex at the end of March. A spokesperson said fewer than 0.5% of offenders go on to commit a serious further offence.'
    )
    expect(frame(results, '32')).toEqual(['verified', 'shpo', 'essex', '2021/22'])
    expect(frame(results, '2,299')).toEqual(['verified', 'total', 'essex', '2021/22'])
    expect(find(results, '0.5%')).toMatchObject({ verdict: 'not-checked', note: expect.stringContaining('go on to commit') })
  })

  it('keeps the size of a team out: "a 30-strong Management of Sexual or Violent Offenders team"', () => {
    const results = check("Essex Police's 30-strong Management of Sexual or Violent Offenders team monitors them.")
    expect(find(results, '30')).toMatchObject({ verdict: 'not-checked', note: expect.stringContaining('size') })
  })

  it('reads "This year\'s report shows the rate rose to 114, from 103" with 103 a year back, and keeps "99% of its officers" out', () => {
    const results = check(
      "This year's report shows the rate in Essex rose to 114 per 100,000, from 103. Essex Police said 99% of its officers had been trained."
    )
    expect(frame(results, '103')).toEqual(['verified', 'rso_rate', 'essex', '2020/21'])
    expect(find(results, '99%')).toMatchObject({ verdict: 'not-checked', note: expect.stringContaining('a share of officers') })
  })

  it('keeps a poll out: "Sixty-two per cent of people surveyed said they felt safe"', () => {
    const results = check(
      'Essex had 1,867 registered sex offenders. Sixty-two per cent of people surveyed by the force said they felt safe.'
    )
    expect(find(results, 'Sixty-two per cent')).toMatchObject({
      verdict: 'not-checked',
      note: expect.stringContaining('tables do not count')
    })
  })

  it('keeps a count at a management level out, however the verb is written: "50 were being managed at Level 2"', () => {
    const results = check('Of the 1,867 sex offenders in Essex, 50 were being managed at Level 2 and 25 have been managed at level 3.')
    expect(find(results, '1,867').verdict).toBe('verified')
    expect(find(results, '50')).toMatchObject({ verdict: 'not-checked', note: expect.stringContaining('level 2') })
    expect(find(results, '25')).toMatchObject({ verdict: 'not-checked', note: expect.stringContaining('level 3') })
  })

  it('keeps what the force did and what some offenders did out: "1,500 risk assessments", "98% of offenders complied with"', () => {
    const results = check(
      'Essex had 1,867 registered sex offenders. The force carried out 1,500 risk assessments, and 98% of offenders complied with their notification requirements.'
    )
    expect(find(results, '1,867').verdict).toBe('verified')
    expect(find(results, '1,500')).toMatchObject({ verdict: 'not-checked', note: expect.stringContaining('counts assessments') })
    expect(find(results, '98%').verdict).toBe('not-checked')
    const share = check('Essex had 1,867 registered sex offenders. Only 2 per cent of sex offenders failed to register on time.')
    expect(find(share, '2 per cent')).toMatchObject({ verdict: 'not-checked', note: expect.stringContaining('failed to') })
  })

  it('keeps counts of other named things out ("1,200 calls"), and leaves "three times the national rise" unchecked', () => {
    const results = check(
      'The number of registered sex offenders in Essex is 1,867. The charity received 1,200 calls and 300 new referrals. Essex saw a rise nearly three times the national rise.'
    )
    expect(verdicts(results)).toEqual([
      ['1,867', 'verified'],
      ['1,200', 'not-checked'],
      ['300', 'not-checked'],
      ['three times the national', 'not-checked']
    ])
  })

  it('reads "19 others" after "406 violent offenders" as the count it is, and "cases managed under MAPPA" as the total', () => {
    expect(frame(check('There were 406 violent offenders and 19 others in Essex.'), '19')).toEqual([
      'verified',
      'other_dangerous',
      'essex',
      '2021/22'
    ])
    expect(frame(check('In Essex 2,299 cases were managed under MAPPA.'), '2,299')).toEqual(['verified', 'total', 'essex', '2021/22'])
    expect(frame(check('County Durham has twice as many sex offenders as in 2011.', 'county-durham', '2023/24'), 'twice as many')).toEqual([
      'mismatch',
      'rso',
      'county-durham',
      '2023/24'
    ])
  })

  it('reads "last year" as the year before, or the year to March itself where that is the figure', () => {
    expect(frame(check('There were 1,867 registered sex offenders in Essex last year.'), '1,867')).toEqual([
      'verified',
      'rso',
      'essex',
      '2021/22'
    ])
    expect(frame(check('Essex had 1,867 sex offenders, up from 1,684 last year.'), '1,684')).toEqual([
      'verified',
      'rso',
      'essex',
      '2020/21'
    ])
  })

  it('reads offenders at MAPPA levels as those counts, of the category the copy names, never as the category itself', () => {
    const levels = check('Of the sex offenders in Essex, 71 were managed at level 2 and four at level 3, the highest.')
    expect(frame(levels, '71')).toEqual(['verified', 'cat1_level2', 'essex', '2021/22'])
    expect(frame(levels, 'four')).toEqual(['verified', 'cat1_level3', 'essex', '2021/22'])
    // Before, "71 registered sex offenders" was the category's count: a mismatch against 1,867.
    expect(frame(check('In Essex, 71 registered sex offenders were being managed at MAPPA level 2.'), '71')).toEqual([
      'verified',
      'cat1_level2',
      'essex',
      '2021/22'
    ])
    // "Of these": what the sentence before counted; "levels 2 and 3" adds the two up.
    const sum = find(check('There were 1,867 registered sex offenders in Essex. Of these, 75 were managed at levels 2 and 3.'), '75')
    expect([sum.verdict, sum.expected]).toEqual(['verified', 75])
    expect(sum.note).toContain('managed at level 2 at 31 March plus')
    // "Offenders" alone after a sentence about sex offenders: the category's, else all offenders'.
    expect(
      frame(check('There were 1,867 registered sex offenders in Essex. In all, 160 offenders were managed at level 2.'), '160')
    ).toEqual(['verified', 'level2', 'essex', '2021/22'])
    // A level figure the store does not print is never flagged: the note gives the table's.
    const wrong = find(check('Of the sex offenders in Essex, 70 were managed at level 2.'), '70')
    expect(wrong.verdict).toBe('not-checked')
    expect(wrong.note).toContain('the table says 71')
  })

  it('reads returns to custody, for a breach of licence or of an order, and Sexual Risk Orders', () => {
    const results = check(
      'In Essex, 137 offenders were returned to custody for breaching their licence conditions, 11 were recalled to prison for breaching an order, and 12 sexual risk orders were imposed.'
    )
    expect(frame(results, '137')).toEqual(['verified', 'returned_custody_licence', 'essex', '2021/22'])
    expect(frame(results, '11')).toEqual(['verified', 'returned_custody_order', 'essex', '2021/22'])
    expect(frame(results, '12')).toEqual(['verified', 'sro', 'essex', '2021/22'])
    // With no noun after it, what they did still says it is not the count of the category before.
    const some = check(
      'Of the 1,867 registered sex offenders in Essex, 24 were cautioned or convicted for breaching notification requirements.'
    )
    expect(frame(some, '24')).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
    expect(frame(some, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
  })

  it('reads "the rate rose by 11 points" as a change in the rate', () => {
    expect(frame(check('The rate in Essex rose by 11 points to 114.'), '11')).toEqual(['verified', 'rso_rate', 'essex', '2021/22'])
  })

  it('confirms other counts the store holds (breaches of notification requirements, SHPOs), and never flags them', () => {
    const results = check(
      'In Essex, 24 registered sex offenders were cautioned or convicted for breaching their notification requirements, and courts imposed 32 sexual harm prevention orders.'
    )
    expect(frame(results, '24')).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
    expect(frame(results, '32')).toEqual(['verified', 'shpo', 'essex', '2021/22'])
    const other = find(
      check('In Essex, 25 registered sex offenders were cautioned or convicted for breaching their notification requirements.'),
      '25'
    )
    // In the table's own words a wrong figure is wrong; in a quotation it is the speaker's, and only noted.
    expect(other.verdict).toBe('mismatch')
    expect(other.note).toContain('the table says 24')
    const quoted = find(
      check('Det Supt Jones said: "In Essex, 25 offenders were cautioned or convicted for breaching their notification requirements."'),
      '25'
    )
    expect(quoted.verdict).toBe('not-checked')
    expect(quoted.note).toContain('the table says 24')
    // "for such breaches" and "the conditions of the register" are the same count; the SHPOs after it are their own.
    const such = check('In Essex, 24 sex offenders were cautioned or convicted for such breaches and 32 SHPOs were issued.')
    expect(frame(such, '24')).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
    expect(frame(such, '32')).toEqual(['verified', 'shpo', 'essex', '2021/22'])
    expect(
      frame(check('In Essex, 24 registered sex offenders were cautioned or convicted for breaching the conditions of the register.'), '24')
    ).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
    // "Breaching the terms of their registration" is the same count; a year opening the sentence holds for its later clauses.
    const terms = check(
      'In 2021/22, 24 offenders were cautioned or convicted after breaching the terms of their registration, and 32 sexual harm prevention orders were handed out.',
      'essex',
      '2022/23'
    )
    expect(frame(terms, '24')).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
    expect(frame(terms, '32')).toEqual(['verified', 'shpo', 'essex', '2021/22'])
    // Where they are may stand between the offenders and what they did.
    const placed = check(
      'Figures show 24 registered sex offenders in the county were cautioned or convicted for breaching their notification requirements.'
    )
    expect(frame(placed, '24')).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
  })

  it("does not read a man's age as the Category 3 count", () => {
    const results = check('Essex had 19 other dangerous offenders. A man, 45, from Harlow was among them.')
    expect(find(results, '45').verdict).toBe('not-checked')
  })
})

describe('ordinary newsroom copy', () => {
  it("leaves the police's phone numbers and compliance quotes alone", () => {
    const results = check(
      'There were 1,867 registered sex offenders in Essex. Anyone with concerns should call Essex Police on 101, or 999 in an emergency. ' +
        'Det Supt Jones said: "The overwhelming majority, more than 95 per cent, comply with the requirements." ' +
        'The force said 99% of registered sex offenders in the county were compliant. Our team of 24 offender managers and 11 public protection teams made 1,350 visits.'
    )
    for (const text of ['101', '999', '95 per cent', '99%', '24', '11']) expect(find(results, text).verdict).toBe('not-checked')
    expect(find(results, '99%').note).toContain('those who were compliant')
  })

  it('leaves square miles, junction numbers, population growth, council tax and notes to editors alone', () => {
    const results = check(
      'There were 406 violent offenders in Essex. Essex Police covers more than 1,400 square miles. ' +
        "The county's population has grown by around 50,000 since 2013. The A12 is closed between junctions 2 and 3. " +
        'Council tax could rise by 4.99 per cent. Notes to editors: 1. MAPPA was set up in 2001. 2. For enquiries call 01245 491 491.'
    )
    for (const text of ['1,400', '50,000', '2', '3', '4.99 per cent']) expect(find(results, text).verdict, text).toBe('not-checked')
    expect(results.filter((result) => ['mismatch', 'unmatched', 'rounding'].includes(result.verdict))).toEqual([])
  })

  it('reads level counts as reporters write them: "needed level two management", "Category 1 offenders", "6 and 14 respectively"', () => {
    const needed = check('Seventy-one sex offenders and 80 violent offenders in Essex needed level two multi-agency management.')
    expect(frame(needed, 'Seventy-one')).toEqual(['verified', 'cat1_level2', 'essex', '2021/22'])
    expect(frame(needed, '80')).toEqual(['verified', 'cat2_level2', 'essex', '2021/22'])
    const categories = check(
      '71 Category 1 offenders and 80 Category 2 offenders in Essex were managed at level 2; 4 and 5 respectively at level 3.'
    )
    expect(frame(categories, '71')).toEqual(['verified', 'cat1_level2', 'essex', '2021/22'])
    expect(frame(categories, '4')).toEqual(['verified', 'cat1_level3', 'essex', '2021/22'])
    expect(frame(categories, '5')).toEqual(['verified', 'cat2_level3', 'essex', '2021/22'])
    const place = check('During the year, 71 Essex sex offenders needed the closer, level 2 supervision.')
    expect(frame(place, '71')).toEqual(['verified', 'cat1_level2', 'essex', '2021/22'])
    const whole = check(
      "The vast majority – 1,763 – of Essex's 1,867 registered sex offenders were managed at level one. Just 71 needed level two."
    )
    expect(frame(whole, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(whole, '71')).toEqual(['verified', 'cat1_level2', 'essex', '2021/22'])
  })

  it('reads a sentence about one area that names others to compare with, and a rank or count the sentence names', () => {
    const compared = check(
      'Essex had 406 violent offenders. That is the fifth highest, level with Kent, and behind only London (416), Gwent (410) and South Wales (409). ' +
        'Violent offenders made up 18 per cent of the 2,299 people eligible for MAPPA management in the force area.'
    )
    expect(frame(compared, '18 per cent')).toEqual(['verified', 'violent', 'essex', '2021/22'])
    expect(frame(compared, '2,299')).toEqual(['verified', 'total', 'essex', '2021/22'])
    const second = check("Essex's rate of 114 was among the highest in England and Wales, but below the national figure of 126.")
    expect(frame(second, '126')).toEqual(['verified', 'rso_rate', 'england-and-wales', '2021/22'])
    const orders = check(
      "Essex's rate is 114 per 100,000. Essex also topped the table for Sexual Harm Prevention Orders, with 32 imposed by the courts."
    )
    expect(frame(orders, '32')).toEqual(['verified', 'shpo', 'essex', '2021/22'])
    // A percentage in brackets after words is in their clause: a wrong one is caught.
    const fifth = check(
      'Sex offenders made up 81 per cent of the 2,299 managed in Essex, while violent offenders accounted for a fifth (20 per cent).'
    )
    expect(find(fifth, '20 per cent')).toMatchObject({ verdict: 'mismatch', measure: 'violent', area: 'essex' })
    // A base with only a carried place is where the figure it changed to is.
    const moved = check(
      'In Wales there were 6,126 registered sex offenders. The number rose from 1,684 to 1,867 in Essex, up 11 per cent.',
      'gwent'
    )
    expect(frame(moved, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
    expect(frame(moved, '11 per cent')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    // A rank after a count ranks that count, not the rate the sentence before gave.
    const ranked = check(
      "Essex's rate is 114 per 100,000. Overall, 2,299 offenders were eligible for MAPPA management – sixth highest in the country."
    )
    expect(find(ranked, 'sixth highest')).toMatchObject({ measure: 'total', area: 'essex' })
  })

  it('reads a fact box that gives last year in brackets: "Violent offenders: 406 (380)" under "(2020/21: 1,684)"', () => {
    const box = check(
      [
        'IN FIGURES: Essex MAPPA 2021/22',
        'Registered sex offenders: 1,867 (2020/21: 1,684)',
        'Rate per 100,000 aged 10+: 114 (103)',
        'Violent offenders: 406 (380)',
        'Breaches of notification requirements: 24',
        'Category 1 managed at level 2: 71'
      ].join('\n')
    )
    expect(frame(box, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
    expect(frame(box, '103')).toEqual(['verified', 'rso_rate', 'essex', '2020/21'])
    expect(frame(box, '380')).toEqual(['verified', 'violent', 'essex', '2020/21'])
    expect(frame(box, '24')).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
    expect(frame(box, '71')).toEqual(['verified', 'cat1_level2', 'essex', '2021/22'])
  })

  it('reads breaches, totals and categories as reporters word them', () => {
    const breaches = check(
      'Twenty-four registered sex offenders in Essex were cautioned or convicted last year for failing to comply with their notification requirements.'
    )
    expect(frame(breaches, 'Twenty-four')).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
    const kept = check('In Essex, 24 sex offenders were cautioned or convicted for failing to keep police informed of their details.')
    expect(frame(kept, '24')).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
    for (const wording of [
      'Some 24 registered sex offenders in Essex were cautioned or convicted in 2021-22 for breaking the notification rules.',
      'In Essex, 24 registered sex offenders were convicted or cautioned for not complying with their notification requirements in 2021-22.'
    ])
      expect(frame(check(wording), '24'), wording).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
    const covered = check(
      "Essex's public protection arrangements covered 2,299 people in all at the end of March 2022, including 406 violent offenders."
    )
    expect(frame(covered, '2,299')).toEqual(['verified', 'total', 'essex', '2021/22'])
    const table = check('Essex also topped the table for breaches of notification requirements, with 24 offenders cautioned or convicted.')
    expect(frame(table, '24')).toEqual(['verified', 'breaches_notification', 'essex', '2021/22'])
    const managed = check('The number of violent offenders managed under MAPPA in Essex rose by 26, to 406.')
    expect(frame(managed, '406')).toEqual(['verified', 'violent', 'essex', '2021/22'])
    expect(frame(managed, '26')).toEqual(['verified', 'violent', 'essex', '2021/22'])
    const inAll = check('Essex MAPPA was also managing 406 violent offenders and 19 other dangerous offenders – 2,299 people in total.')
    expect(frame(inAll, '2,299')).toEqual(['verified', 'total', 'essex', '2021/22'])
    const eligible = check('In Essex some 2,300 people were eligible for MAPPA management.')
    expect(frame(eligible, '2,300')).toEqual(['verified', 'total', 'essex', '2021/22'])
    const register = check('Essex also managed 19 other dangerous offenders. The register grew by 183 last year.')
    expect(frame(register, '183')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    const terrorists = check('Essex was managing 406 violent offenders and three convicted terrorists.')
    expect(find(terrorists, '406').verdict).toBe('verified')
    expect(terrorists.map((result) => result.text)).not.toContain('three')
  })

  it('reads "fell, by 87 to 319", "falling by", "twelve months before" and "tops 1,000" as copy means them', () => {
    expect(frame(check('The number of violent offenders in Essex also rose, by 26 to 406.'), '26')).toEqual([
      'verified',
      'violent',
      'essex',
      '2021/22'
    ])
    expect(find(check('In Essex the number of sex offenders has been rising by 183 in a year.'), '183').verdict).toBe('verified')
    const before = check(
      'There were 1,867 registered sex offenders in Essex in March 2022, up from 1,684 twelve months before - a rise of 183.'
    )
    expect(frame(before, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
    expect(find(before, '183').verdict).toBe('verified')
    const tops = find(check('Number of sex offenders in Essex tops 1,800 for the first time'), '1,800')
    expect([tops.verdict, tops.expected]).toEqual(['verified', 1867])
    expect(find(check('The number of sex offenders in Essex has risen again, passing the 1,800 mark.'), '1,800').verdict).toBe('verified')
  })

  it('reads "N of the registered sex offenders were managed at level 2" as a level, and a fact box\'s "N – label" lines', () => {
    expect(frame(check('In Essex, seventy-one of the registered sex offenders were being managed at level 2.'), 'seventy-one')).toEqual([
      'verified',
      'cat1_level2',
      'essex',
      '2021/22'
    ])
    const years = check(
      'Registered sex offenders, Essex – 2019: 1,496; 2020: 1,596; 2021: 1,684.\nRate per 100,000 – 2019: 93; 2020: 99; 2021: 104.'
    )
    expect(years.filter((figure) => figure.kind === 'rate').map((figure) => [figure.text, figure.verdict, figure.period])).toEqual([
      ['93', 'verified', '2018/19'],
      ['99', 'verified', '2019/20'],
      ['104', 'mismatch', '2020/21']
    ])
    const box = check(
      'Essex by the numbers\n1,867 – registered sex offenders\n1,684 – the figure a year earlier\n32 – sexual harm prevention orders imposed'
    )
    expect(frame(box, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(box, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
    expect(frame(box, '32')).toEqual(['verified', 'shpo', 'essex', '2021/22'])
  })

  it('reads a change "since 2019" after a sentence about 2019 as running to now, and "in just three years"', () => {
    const since = check(
      'In 2019 there were 1,496 offenders on the register in Essex. It means there has been a rise of 371 since 2019, or 25 per cent.'
    )
    expect(frame(since, '371')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(find(since, '25 per cent').verdict).toBe('verified')
    expect(find(check('Essex had 1,867 sex offenders, an increase of a quarter in just three years.'), 'a quarter').verdict).toBe(
      'verified'
    )
  })

  it('reads "on the previous year, when 1,684 were recorded", "two-fifths", and the place of "one in every N" after a national comparison', () => {
    const when = check('There were 1,867 registered sex offenders in Essex, up by 183 on the previous year, when 1,684 were recorded.')
    expect(frame(when, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
    const fifths = check(
      'Essex had 1,867 sex offenders in 2022, up by almost a quarter in three years, or around two-fifths more than the 1,330 of 2016.'
    )
    expect(fifths.map((figure) => figure.text)).not.toContain('two')
    const oneIn = check(
      "Essex's rate was 114 per 100,000 people - lower than the England and Wales rate of 126, and roughly one in every 877 people."
    )
    expect(frame(oneIn, 'one in every 877')).toEqual(['verified', 'rso_rate', 'essex', '2021/22'])
  })

  it('reads Welsh and regional copy: "the highest rate in Wales", "the country\'s four police force areas", a rank within a region', () => {
    expect(
      frame(
        check('Gwent had the highest rate in Wales, at 161 registered sex offenders for every 100,000 people.', 'gwent'),
        '161 registered sex offenders for every 100,000 people'
      )
    ).toEqual(['verified', 'rso_rate', 'gwent', '2021/22'])
    const country = find(check("There were 2,170 registered sex offenders across the country's four police force areas.", 'gwent'), '2,170')
    expect(country.area).toBe('wales')
    const region = find(check('Essex has the third highest rate of registered sex offenders in the East of England.'), 'third highest')
    expect(region.verdict).toBe('not-checked')
    expect(region.note).toContain('region')
    const most = check('Essex: 1,867 (114)\nKent had both the most offenders in the region and the highest rate in England and Wales.')
    expect(find(most, 'highest rate').area).toBe('kent')
  })

  it('reads quoted "other dangerous" offenders, and "of whom four in five were" as a share of those just counted', () => {
    expect(frame(check('Essex police also managed 406 violent offenders and 19 "other dangerous" offenders.'), '19')).toEqual([
      'verified',
      'other_dangerous',
      'essex',
      '2021/22'
    ])
    const share = find(
      check(
        'Altogether, 2,299 offenders were being managed under MAPPA in Essex, of whom more than four in five were registered sex offenders.'
      ),
      'four in five'
    )
    expect([share.verdict, share.measure]).toEqual(['verified', 'rso'])
  })

  it('reads "more than twice the England and Wales average", "roughly half the national rate", "one more than" and terrorism convicts', () => {
    const kent = check("Kent's rate of 170 per 100,000 people is more than twice the England and Wales average.", 'kent')
    expect(find(kent, 'twice the England and Wales').verdict).toBe('mismatch')
    const essex = check("London's rate of 75 per 100,000 people is little more than half the rate for England and Wales.", 'london')
    expect(find(essex, 'half').verdict).toBe('verified')
    expect(find(essex, 'half').note).toContain('against England and Wales')
    const one = check(
      'There were 1,867 registered sex offenders in Essex, 183 more than the 1,684 a year earlier, and London had one more than that.'
    )
    expect(frame(one, '183')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(check('Essex had 1,867 sex offenders, one more than the 1,866 some had expected.'), 'one')[0]).toBe('mismatch')
    expect(frame(check('Essex managed 406 violent offenders and seven people convicted of terrorism offences.'), 'seven')).toEqual([
      'verified',
      'terrorism',
      'essex',
      '2021/22'
    ])
  })

  it('reads levels the way explainers write them: "managed this way", "at this level", "Level 3 is …: five sex offenders"', () => {
    const explainer = check(
      [
        'Level 1 means ordinary management by one agency. Level 2 involves regular multi-agency meetings; in Essex 71 sex offenders and 80 violent offenders were managed this way.',
        'Level 3 is kept for those posing the highest risk: four sex offenders in the county.',
        "Most – 160 of them – are at level two. Seventy-one of the county's registered sex offenders were managed at level 2."
      ].join(' ')
    )
    expect(frame(explainer, '71')).toEqual(['verified', 'cat1_level2', 'essex', '2021/22'])
    expect(frame(explainer, '80')).toEqual(['verified', 'cat2_level2', 'essex', '2021/22'])
    expect(frame(explainer, 'four')).toEqual(['verified', 'cat1_level3', 'essex', '2021/22'])
    expect(find(explainer, '160').verdict).toBe('verified')
    expect(frame(explainer, 'Seventy-one')).toEqual(['verified', 'cat1_level2', 'essex', '2021/22'])
  })

  it('gives each change its own start: "one more than a year earlier, but 188 fewer than the 1,496 in 2019", "down 371 since 2019" after "annual rise"', () => {
    const two = check(
      'There were 1,867 registered sex offenders in Essex at the end of March 2022 – 183 more than a year earlier, and 371 more than the 1,496 recorded in 2019.'
    )
    expect(find(two, '183').verdict).toBe('verified')
    expect(find(two, '371').verdict).toBe('verified')
    const annual = check('Despite the large annual rise, the total in Essex is up 371 since 2019, when 1,496 people were on the register.')
    expect(find(annual, '371').verdict).toBe('verified')
  })

  it('leaves populations, "sex offender managers", "reached on 101" and one area against another unchecked, and reads a rate named first', () => {
    const results = check(
      'For every 100,000 people aged 10 and over in Essex, there are 114 people on the register. Colchester, with a population of 192,000, is the largest town. ' +
        'Essex Police has 30 dedicated sex offender managers and can be reached on 101. Essex has almost twice as many registered sex offenders as Suffolk.'
    )
    expect(frame(results, '114')).toEqual(['verified', 'rso_rate', 'essex', '2021/22'])
    for (const text of ['192,000', '30', '101', 'twice as many']) expect(find(results, text).verdict).toBe('not-checked')
    expect(find(results, '192,000').note).toContain('a population')
  })

  it('reads a table laid out with spaces, and councils named like another area as the area they lie in', () => {
    const table = check(
      'Registered sex offenders by area at 31 March 2022:\nArea                 Offenders    Rate\nEssex                    1,867     114\nKent                     2,000     170'
    )
    expect(frame(table, '1,867')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(frame(table, '170')).toEqual(['verified', 'rso_rate', 'kent', '2021/22'])
    expect(areasNamed('across Hull, East Riding, North Lincolnshire and North East Lincolnshire').map((place) => place.slug)).toEqual([
      'humberside',
      'humberside',
      'humberside'
    ])
  })

  it("takes a change's direction from its nearer word, and its subject from its base", () => {
    expect(find(check('Despite the large annual rise, the number of sex offenders in Essex is up 371 since 2019.'), '371').verdict).toBe(
      'verified'
    )
    const down = find(check('Despite the annual rise, the number of sex offenders in Essex is down 371 since 2019.'), '371')
    expect(down.note).toContain('it went up, not down')
    const base = check("Essex's rate was 114 per 100,000 people. The figure is 183 more than the 1,684 recorded a year earlier.")
    expect(frame(base, '183')).toEqual(['verified', 'rso', 'essex', '2021/22'])
  })

  it('reads "In all, 2,299 offenders", "the national register", and skips Welsh sentences', () => {
    expect(frame(check('In all, 2,299 offenders in Essex were eligible for MAPPA, including 406 violent offenders.'), '2,299')).toEqual([
      'verified',
      'total',
      'essex',
      '2021/22'
    ])
    const national = find(check('Essex has edged up while the national register has grown by 2,241 in a year.'), '2,241')
    expect([national.verdict, national.area]).toEqual(['verified', 'england-and-wales'])
    const welsh = check(
      'Roedd 1,867 o droseddwyr rhyw cofrestredig yn ardal Heddlu Essex ar 31 Mawrth 2022, yn ôl ffigurau newydd. There were 1,867 registered sex offenders in Essex.'
    )
    expect(welsh.filter((figure) => figure.text === '1,867').map((figure) => figure.verdict)).toEqual(['not-checked', 'verified'])
    expect(find(welsh, '31').note).toContain('Welsh')
  })

  it('reads comparison-heavy copy: "from 93 per 100,000 people aged 10 and over in 2019 to 114 now", "went from … to", "on 2019\'s", "it grew"', () => {
    const rate = check(
      "Essex's rate has climbed from 93 per 100,000 people aged 10 and over in 2019 to 114 now, and is up from 103 last year. " +
        'Across England and Wales, the register rose to 66,741. In the past year alone it grew by 2,241.'
    )
    expect(frame(rate, '93 per 100,000 people')).toEqual(['verified', 'rso_rate', 'essex', '2018/19'])
    expect(frame(rate, '103')).toEqual(['verified', 'rso_rate', 'essex', '2020/21'])
    expect(frame(rate, '2,241')).toEqual(['verified', 'rso', 'england-and-wales', '2021/22'])
    const went = check('The number of violent offenders in Essex went from 380 in 2021 to 406 in 2022, a 6.8% jump.')
    expect(find(went, '6.8%').verdict).toBe('verified')
    const years = check(
      "From 2019 to 2022 the number of sex offenders in Essex rose by 371, and the 1,867 in 2022 is up 183 on 2021's 1,684."
    )
    expect(find(years, '371').verdict).toBe('verified')
    expect(frame(years, '1,684')).toEqual(['verified', 'rso', 'essex', '2020/21'])
  })

  it('counts "the past four years" as the years of figures where the store starts a year later, and says so', () => {
    const span = find(check('The number of sex offenders in Essex has risen by a quarter over the past four years.'), 'a quarter')
    expect(span.verdict).toBe('verified')
    expect(span.note).toContain('the 4 years counted as the years of figures, 2018/19 to 2021/22')
  })

  it('reads a gap to the national figure in its own units, "In total 2,299 people … eligible for MAPPA", and "the 42 policing areas"', () => {
    const gap = check(
      "Essex's rate was 114 per 100,000 people – 12 below the rate of 126 across England and Wales, 10th of the 42 policing areas."
    )
    expect(find(gap, '12').verdict).toBe('verified')
    expect(find(gap, '12').note).toContain('114 − 126 = -12')
    expect(gap.map((figure) => figure.text)).not.toContain('42')
    expect(find(check("Essex's rate was 114 per 100,000 people, 21 below the national rate."), '21').verdict).toBe('mismatch')
    const total = check(
      'In total 2,299 people in Essex were eligible for management under the Multi-Agency Public Protection Arrangements.'
    )
    expect(frame(total, '2,299')).toEqual(['verified', 'total', 'essex', '2021/22'])
  })

  it('reads a police chief\'s quoted figures: "183 more than we had in 2021", "Four in five of the offenders we manage never come to our attention again"', () => {
    const quoted = check(
      'There were 1,867 registered sex offenders in Essex. "It\'s 371 more than we had in 2019," Det Supt Jones said. "Four in five of the offenders we manage never come to our attention again."'
    )
    expect(find(quoted, '371').verdict).toBe('verified')
    expect(find(quoted, 'Four in five').verdict).toBe('not-checked')
  })

  it('reads a numbered league table under a header about rates, without its list numbers', () => {
    const league = check('The top areas by rate are:\n1. Kent – 170\n2. Gwent – 161\n3. South Wales – 158')
    expect(league.map((figure) => [figure.text, figure.verdict, figure.area])).toEqual([
      ['170', 'verified', 'kent'],
      ['161', 'verified', 'gwent'],
      ['158', 'verified', 'south-wales']
    ])
  })

  it("does not verify a change as the rate's by the rounding's slack when the copy's words count offenders", () => {
    const lastYears = check(
      "There are 1,867 registered sex offenders in Essex, a rate of 114 per 100,000. Essex's total is up by 190 on last year's 1,684."
    )
    expect(find(lastYears, '190').verdict).toBe('mismatch')
    expect(find(lastYears, '190').measure).toBe('rso')
    const moreFewer = check(
      'There were 1,867 registered sex offenders in Essex in 2022, a rate of 114 per 100,000 people. That is 183 more than in 2021 but 371 more than in 2019.'
    )
    expect(frame(moreFewer, '183')).toEqual(['verified', 'rso', 'essex', '2021/22'])
    expect(find(moreFewer, '371').verdict).toBe('verified')
    const against = check('Essex had 406 violent offenders in 2022 against 380 in 2021, a rise of 6.8%.')
    expect(find(against, '6.8%').verdict).toBe('verified')
  })

  it('reads changes written with number words ("five lower than in 2019", "– down five from", "and up one from") and more ways to say terrorism offenders', () => {
    const words = check(
      'Essex had 1,867 registered sex offenders in 2022 – up 183 from 1,684 in 2021, and the county had seven people convicted of terror-related offences.'
    )
    expect(find(words, '183').verdict).toBe('verified')
    expect(frame(words, 'seven')).toEqual(['verified', 'terrorism', 'essex', '2021/22'])
    const above = check(
      'Essex had 1,867 registered sex offenders in 2022, up 183 on the 1,684 a year earlier, but still 371 above the 1,496 of 2019.'
    )
    expect(find(above, '371').verdict).toBe('verified')
    expect(frame(above, '1,496')).toEqual(['verified', 'rso', 'essex', '2018/19'])
    expect(find(check('Essex, population 1,800,000, has 1,867 registered sex offenders.'), '1,800,000').note).toContain('a population')
    expect(frame(check('In Essex, for every 100,000 residents aged 10 or over, 114 are registered sex offenders.'), '114')).toEqual([
      'verified',
      'rso_rate',
      'essex',
      '2021/22'
    ])
    expect(frame(check('Of the sex offenders in Essex, the great majority sit at level one, and 71 sit at level two.'), '71')).toEqual([
      'verified',
      'cat1_level2',
      'essex',
      '2021/22'
    ])
  })

  it('reads the national picture a story leads on, and the shares it gives of it', () => {
    const national = check(
      'Sex offender register soars past 66,000 – but Essex figure rises too\nThere were 66,741 people on the register at the end of March 2022, up from 64,500 twelve months earlier – a rise of 3.5 per cent. ' +
        'Essex accounts for about 2.8 per cent of all registered sex offenders in England and Wales.'
    )
    expect(frame(national, '66,000')).toEqual(['verified', 'rso', 'england-and-wales', '2021/22'])
    expect(frame(national, '3.5 per cent')).toEqual(['verified', 'rso', 'england-and-wales', '2021/22'])
    expect(frame(national, '2.8 per cent')).toEqual(['verified', 'rso', 'essex', '2021/22'])
  })

  it('reads a breaches story: its headline, the count a year before, and an age beside a speech verb', () => {
    const breaches = check(
      'Twenty-four Essex sex offenders broke register rules in a year\nTwenty-four registered sex offenders in Essex were cautioned or convicted for breaching their notification requirements. ' +
        'That is one fewer than the 25 recorded the year before. Mr Jones, 74, added that the force had spent £2.3 million.'
    )
    expect(breaches.filter((figure) => figure.text === 'Twenty-four').map((figure) => figure.verdict)).toEqual(['verified', 'verified'])
    expect(find(breaches, '25').verdict).not.toBe('mismatch')
    expect(find(breaches, '74').note).toContain('an age')
  })

  it('reads "For violent offenders the figures were 80 and six" in the order of the levels before, and leaves a correction\'s wrong figure alone', () => {
    const levels = check(
      'In Essex, 71 registered sex offenders were managed at level 2 and four at level 3. For violent offenders the figures were 80 and six.'
    )
    expect(frame(levels, '80')).toEqual(['verified', 'cat2_level2', 'essex', '2021/22'])
    const named = check('Among registered sex offenders in Essex, the numbers at levels two and three were 71 and four.')
    expect(frame(named, '71')).toEqual(['verified', 'cat1_level2', 'essex', '2021/22'])
    expect(frame(named, 'four')).toEqual(['verified', 'cat1_level3', 'essex', '2021/22'])
    const corrected = check(
      'Correction: An earlier version of this article said Essex had 1,876 registered sex offenders. The correct figure is 1,867.'
    )
    expect(find(corrected, '1,876').verdict).toBe('not-checked')
    expect(find(corrected, '1,867').verdict).toBe('verified')
    for (const wording of [
      'Clarification: this story originally stated there were 1,876 registered sex offenders in Essex; the correct figure is 1,867.',
      'This article was amended on 3 November to correct the number of registered sex offenders in Essex, which was given as 1,876 rather than 1,867.',
      'We previously said Essex had 1,876 registered sex offenders. It had 1,867.'
    ]) {
      const amended = check(wording)
      expect(find(amended, '1,876').verdict, wording).toBe('not-checked')
      expect(find(amended, '1,867').verdict, wording).toBe('verified')
    }
  })

  it('reads "names" on the register, a one in N after "compares with 126 nationally", and a fact box of "2019 – 93" pairs', () => {
    const names = check('The register held 66,741 names at the end of March 2022, compared with 64,500 the year before, a 3 per cent rise.')
    expect(frame(names, '66,741')).toEqual(['verified', 'rso', 'england-and-wales', '2021/22'])
    expect(frame(names, '64,500')).toEqual(['verified', 'rso', 'england-and-wales', '2020/21'])
    const oneIn = check("Essex's rate of 114 compares with 126 nationally – about one in every 877 people.")
    expect(frame(oneIn, 'one in every 877')).toEqual(['verified', 'rso_rate', 'essex', '2021/22'])
    expect(frame(oneIn, '126')).toEqual(['verified', 'rso_rate', 'england-and-wales', '2021/22'])
    const box = check('Essex offenders per 100,000 residents: 2019 – 93, 2020 – 99, 2021 – 103, 2022 – 114')
    expect(['93', '99', '103', '114'].map((figure) => frame(box, figure))).toEqual([
      ['verified', 'rso_rate', 'essex', '2018/19'],
      ['verified', 'rso_rate', 'essex', '2019/20'],
      ['verified', 'rso_rate', 'essex', '2020/21'],
      ['verified', 'rso_rate', 'essex', '2021/22']
    ])
  })

  it('reads the exact figure between dashes after a rounded one, and "less than half the national rate"', () => {
    const dashes = check('Some 400 violent offenders – 406 – were also being managed under MAPPA in Essex.')
    expect(frame(dashes, '406')).toEqual(['verified', 'violent', 'essex', '2021/22'])
    const half = find(
      check("London's rate of 75 per 100,000 people is less than two-thirds of the national rate of 126.", 'london'),
      'two-thirds'
    )
    expect(half.verdict).toBe('verified')
    const under = check("London's rate of 75 is well under two-thirds of the national average of 126.", 'london')
    expect(find(under, 'two-thirds').verdict).toBe('verified')
    expect(frame(under, '75')).toEqual(['verified', 'rso_rate', 'london', '2021/22'])
    expect(frame(check('Number of sex offenders on the register passes 66,000'), '66,000')).toEqual([
      'verified',
      'rso',
      'england-and-wales',
      '2021/22'
    ])
  })

  it('reads "higher than the figure for England and Wales" as a gap to the national figure', () => {
    const gap = find(
      check("Kent's rate of 170 per 100,000 is 35 per cent higher than the figure for England and Wales as a whole."),
      '35 per cent'
    )
    expect(gap.verdict).toBe('verified')
    expect(gap.note).toContain('against England and Wales')
  })
})

describe('verdicts across editions', () => {
  it('calls a figure an older edition printed and a later one restated "revised", with both', () => {
    const result = find(check('A year earlier there were 1,690 registered sex offenders in Essex.'), '1,690')
    expect(result).toMatchObject({ verdict: 'revised', expected: 1684, period: '2020/21' })
    expect(result.note).toContain('MAPPA annual report 2020/21 printed 1,690')
    expect(result.note).toContain('restated it as 1,684')
  })

  it('says what a wrong figure does match: another year, another area', () => {
    const year = find(check('There were 1,684 registered sex offenders in Essex at the end of March 2022.'), '1,684')
    expect(year).toMatchObject({ verdict: 'mismatch', expected: 1867 })
    expect(year.note).toContain('the figure for another year')
    expect(year.note).toMatch(/the table says 1,867 \(mappa-2022\.xlsx, Table 1 B\d+\)/)
  })

  it('infers the area and the edition from the copy when none is given', () => {
    const essex = checkStory('There were 1,684 registered sex offenders in Essex at the end of March, up from 1,596 a year earlier.', data)
    expect(essex).toMatchObject({
      area: 'essex',
      isAreaInferred: true,
      edition: { period: '2020/21', label: 'MAPPA annual report 2020/21' },
      isEditionInferred: true
    })
    expect(essex.figures.map((figure) => figure.verdict)).toEqual(['verified', 'verified'])
    const durham = checkStory('The county now has 1,007 registered sex offenders, up from 941.', data)
    expect(durham).toMatchObject({ area: 'county-durham', edition: { period: '2022/23' } })
  })

  it('flags a rate that disagrees with its count: Hertfordshire 2022/23 printed as 987 at a rate of 77', () => {
    const herts = publishedData([storyFigure('Hertfordshire', 'rso', 2023, 816), storyFigure('Hertfordshire', 'rso_rate', 2023, 77)])
    const results = checkCopy(
      'Hertfordshire had 987 registered sex offenders in 2023, a rate of 77 per 100,000 people.',
      herts,
      'hertfordshire',
      '2022/23'
    )
    const count = find(results, '987')
    expect(count).toMatchObject({ verdict: 'mismatch', expected: 816 })
    expect(count.note).toContain('987 at a rate of 77 do not agree')
    expect(find(results, '77 per 100,000 people').verdict).toBe('verified')
  })
})

describe('printed errors are caught with no area or edition given', () => {
  const caught = (copy: string, text: string) => find(checkStory(copy, data).figures, text)
  it('a wrong count, rate, one in N, change, share and rank in a story about one area', () => {
    expect(caught('Essex now has 1,876 registered sex offenders, figures show.', '1,876')).toMatchObject({
      verdict: 'mismatch',
      expected: 1867,
      period: '2021/22'
    })
    expect(caught('The rate in Essex is 141 offenders per 100,000 people.', '141 offenders per 100,000 people')).toMatchObject({
      verdict: 'mismatch',
      expected: 114
    })
    expect(caught('That means one in every 700 people in Essex is a registered sex offender.', 'one in every 700').verdict).toBe('mismatch')
    expect(caught('The number of sex offenders in Essex rose by 283 in a year.', '283')).toMatchObject({
      verdict: 'mismatch',
      expected: 183
    })
    expect(
      caught('Essex had 1,867 sex offenders, making up 90 per cent of all Mappa offenders in the county.', '90 per cent').verdict
    ).toBe('mismatch')
    expect(caught('Essex has the 3rd highest rate of sex offenders in England and Wales.', '3rd highest').verdict).toBe('mismatch')
    expect(caught('Violent offenders in Essex numbered 460 at the end of March.', '460')).toMatchObject({
      verdict: 'mismatch',
      expected: 406
    })
    expect(caught('Registered sex offenders in Essex: 1,867. Violent offenders: 406. Other dangerous offenders: 91.', '91')).toMatchObject({
      verdict: 'mismatch',
      expected: 19
    })
  })

  it('a wrong earlier year, a wrong national figure and a wrong neighbour', () => {
    expect(caught('Essex had 1,867 registered sex offenders in 2022, compared with 1,596 a year earlier.', '1,596')).toMatchObject({
      verdict: 'mismatch',
      expected: 1684,
      period: '2020/21'
    })
    expect(caught('In 2019 Essex had 1,469 registered sex offenders.', '1,469')).toMatchObject({ verdict: 'mismatch', expected: 1496 })
    expect(caught('Across England and Wales there were 67,741 registered sex offenders in 2022.', '67,741')).toMatchObject({
      verdict: 'mismatch',
      area: 'england-and-wales'
    })
    const neighbours = checkStory(
      'Essex Police said there were 1,867 registered sex offenders in Essex, while Kent Police had 2,100 and Gwent 640.',
      data
    ).figures
    expect(frame(neighbours, '2,100')).toEqual(['mismatch', 'rso', 'kent', '2021/22'])
    expect(frame(neighbours, '640')).toEqual(['verified', 'rso', 'gwent', '2021/22'])
  })

  it('reads a story of correct figures whole, with nothing flagged', () => {
    const story = [
      'The number of sex offenders living in Essex has hit a record high.',
      'Figures from the Ministry of Justice show there were 1,867 registered sex offenders in the county as of March 31, 2022.',
      'This is an increase of 183 on the previous year, when there were 1,684.',
      'Over the past three years the number has risen by 371, from 1,496 in March 2019.',
      "Essex's rate of 114 sex offenders per 100,000 residents is below the national average of 126.",
      "Across England and Wales, 66,741 people were on the sex offenders' register, up from 62,435 in 2020.",
      'Of the 2,299 offenders managed under Mappa in Essex, 406 were violent offenders and 19 were classed as other dangerous offenders.',
      'Sex offenders account for 81% of all those managed in the county.',
      'An Essex Police spokesman said the force had 45 officers dedicated to managing offenders, and carried out 2,500 visits last year.',
      'In 2021, a 34-year-old man from Chelmsford was jailed for 18 months.',
      'By a staff reporter, 12:30, 7 Dec 2022. The charity works with 200 partner agencies, and 1,867 represents a record.'
    ].join('\n')
    const result = checkStory(story, data)
    expect(result).toMatchObject({ area: 'essex', edition: { period: '2021/22' } })
    expect(result.figures.filter((figure) => figure.verdict !== 'verified' && figure.verdict !== 'not-checked')).toEqual([])
    expect(result.figures.filter((figure) => figure.verdict === 'verified')).toHaveLength(14)
  })
})

describe('a long draft', () => {
  it('reads a draft of thousands of figures, each with its own verdict', () => {
    const paragraph = 'Essex had 1,867 registered sex offenders, up from 1,684 a year earlier. John Smith, 47, was jailed for 30 months. '
    const results = check(paragraph.repeat(2000))
    expect(results).toHaveLength(8000)
    expect(results.filter((result) => result.verdict === 'verified')).toHaveLength(4000)
    expect(results.filter((result) => result.verdict === 'mismatch')).toHaveLength(0)
  })
})

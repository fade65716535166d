import { describe, expect, it } from 'vitest'
import { rateCountWarnings, type PairFigure } from './consistency'

const herts = (period: string, count: number, rate: number, imported: [number, number] = [count, rate]): PairFigure[] => [
  { area: 'hertfordshire', areaName: 'Hertfordshire', measure: 'rso', period, value: count, importedValue: imported[0] },
  { area: 'hertfordshire', areaName: 'Hertfordshire', measure: 'rso_rate', period, value: rate, importedValue: imported[1] }
]

describe('rateCountWarnings', () => {
  it('is quiet where counts and rates describe one population, allowing for rounding and growth', () => {
    expect(rateCountWarnings([...herts('2020/21', 790, 75), ...herts('2021/22', 800, 76), ...herts('2022/23', 816, 77)]).size).toBe(0)
  })

  it('warns on a count edited away from its published rate, even with no other year to compare', () => {
    const warnings = rateCountWarnings(herts('2022/23', 987, 77, [816, 77]))
    expect(warnings.get('hertfordshire|rso|2022/23')?.[0].message).toMatch(
      /^987 registered sexual offenders at a rate of 77 per 100,000 imply about 1,282,000 .* 1,060,000/
    )
    expect(warnings.get('hertfordshire|rso_rate|2022/23')).toHaveLength(1)
  })

  it('warns on the one year whose figures disagree with most of the others, not on the others', () => {
    const warnings = rateCountWarnings([...herts('2020/21', 790, 75), ...herts('2021/22', 800, 76), ...herts('2022/23', 987, 77)])
    expect([...warnings.keys()].sort()).toEqual(['hertfordshire|rso_rate|2022/23', 'hertfordshire|rso|2022/23'])
  })

  it('says nothing where a rate or count is missing or suppressed', () => {
    expect(
      rateCountWarnings([
        ...herts('2020/21', 790, 75),
        { area: 'hertfordshire', areaName: 'Hertfordshire', measure: 'rso', period: '2021/22', value: 5000, importedValue: 5000 }
      ]).size
    ).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { areaPopulation, change, impliedPopulation, oneInN, percentChange, rankDescending, ratePer100k, share, wholeRate } from './derived'

describe('derived figures', () => {
  it('gives the change and per cent change on the previous period', () => {
    expect(change(1867, 1684)).toBe(183)
    expect(percentChange(1867, 1684)).toBeCloseTo(10.87, 2)
  })

  it('is undefined, not zero, where an input is missing or suppressed', () => {
    expect(change(1867, null)).toBeUndefined()
    expect(change(undefined, 1684)).toBeUndefined()
    expect(percentChange(5, 0)).toBeUndefined()
    expect(share(19, null)).toBeUndefined()
    expect(oneInN(null)).toBeUndefined()
    expect(ratePer100k(100, 0)).toBeUndefined()
  })

  it('gives a share in per cent', () => {
    expect(share(1867, 2292)).toBeCloseTo(81.46, 2)
  })

  it('turns a rate into "one in N" and back through the implied population', () => {
    expect(Math.round(oneInN(114)!)).toBe(877)
    const population = impliedPopulation(1867, 114)!
    expect(Math.round(ratePer100k(1867, population)!)).toBe(114)
    expect(Math.round(ratePer100k(406, population)!)).toBe(25)
  })

  it("finds an area's population aged 10+ from that year's published pair, else the nearest year's", () => {
    const published = new Map([
      ['rso|2021/22', 1867],
      ['rso_rate|2021/22', 114],
      ['total|2023/24', 2400],
      ['total_rate|2023/24', 140]
    ])
    const lookup = (measure: string, period: string) => published.get(`${measure}|${period}`)
    expect(areaPopulation(lookup, '2021/22')).toBe(impliedPopulation(1867, 114))
    expect(areaPopulation(lookup, '2023/24')).toBe(impliedPopulation(2400, 140))
    expect(areaPopulation(lookup, '2022/23')).toBeUndefined()
    // Two years off either way: the older year wins the tie, as the checker always read it.
    expect(areaPopulation(lookup, '2022/23', ['2021/22', '2023/24'])).toBe(impliedPopulation(1867, 114))
    expect(areaPopulation(lookup, '2020/21', ['2021/22', '2023/24'])).toBe(impliedPopulation(1867, 114))
  })

  it('rounds a worked-out rate to a whole number, as the MoJ publishes rates', () => {
    expect(wholeRate(406, impliedPopulation(1867, 114))).toBe(25)
    expect(wholeRate(406, undefined)).toBeUndefined()
  })

  it('ranks highest first with ties sharing a rank and gaps after them', () => {
    const ranks = rankDescending(
      new Map<string, number | null>([
        ['a', 10],
        ['b', 30],
        ['c', 30],
        ['d', 5],
        ['e', null]
      ])
    )
    expect([...ranks]).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
      ['d', 4]
    ])
    expect(ranks.has('e')).toBe(false)
  })
})

describe('rankAmong', () => {
  it('says among how many, and flags ties on the published figure, never on float noise', async () => {
    const { rankAmong } = await import('./derived')
    const places = rankAmong(
      new Map<string, number | null>([
        ['a', 114],
        ['b', 113.99999999999],
        ['c', 114.0000000000001],
        ['d', 90],
        ['e', null]
      ])
    )
    expect(places.get('a')).toEqual({ rank: 1, of: 4, isTied: true })
    expect(places.get('c')).toEqual({ rank: 1, of: 4, isTied: true })
    expect(places.get('b')).toEqual({ rank: 1, of: 4, isTied: true })
    expect(places.get('d')).toEqual({ rank: 4, of: 4, isTied: false })
    expect(places.has('e')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { rankingSpec, specFromGrid } from './from-grid'
import { parseChartSpec } from './spec'
import { HOUSE_STYLE } from './theme'

const periods = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23', '2023/24']

describe('the chart the grid starts', () => {
  it('charts the ticked areas of By measure over the last six years, home area highlighted, England and Wales for reference', () => {
    const spec = specFromGrid({ by: 'measure', subjectId: 'rso', ticked: ['kent', 'essex'], periods, homeArea: 'essex' }, HOUSE_STYLE)
    expect(spec).toMatchObject({
      type: 'line',
      measure: 'rso',
      areas: ['kent', 'essex'],
      highlight: 'essex',
      reference: 'england-and-wales',
      periods: { from: '2018/19', to: '2023/24' },
      size: { widthMm: 86, heightMm: 70 }
    })
    expect(parseChartSpec(spec)).toEqual(spec)
  })

  it('charts one measure of the area in By area as columns', () => {
    const spec = specFromGrid({ by: 'area', subjectId: 'essex', ticked: ['rso_rate'], periods, homeArea: null }, HOUSE_STYLE)
    expect(spec).toMatchObject({ type: 'column', measure: 'rso_rate', areas: ['essex'], highlight: 'essex' })
  })

  it('ranks all 42 areas for the latest year, tall enough for their names', () => {
    const ranked = rankingSpec(
      specFromGrid({ by: 'measure', subjectId: 'rso', ticked: [], periods, homeArea: 'essex' }, HOUSE_STYLE),
      'essex',
      HOUSE_STYLE
    )
    expect(ranked).toMatchObject({
      type: 'bar',
      areas: 'all',
      highlight: 'essex',
      reference: 'england-and-wales',
      periods: { from: '2023/24', to: '2023/24' }
    })
    expect(ranked.size.heightMm).toBeGreaterThanOrEqual(180)
  })
})

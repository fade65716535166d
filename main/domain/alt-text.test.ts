import { describe, expect, it } from 'vitest'
import { draftAltText, trendPhrase } from './alt-text'
import { DEFAULT_STYLE } from './story/style'

const SIGN = { ...DEFAULT_STYLE, percent: 'percent-sign' as const }

const years = ['2018/19', '2019/20', '2020/21', '2021/22']

describe('drafted alt text', () => {
  it('states a rising trend with first, last, highest and lowest values and the gaps', () => {
    const text = draftAltText(
      {
        type: 'line',
        title: 'Registered sex offenders in Essex',
        measureLabel: 'Registered sexual offenders',
        categories: years,
        series: [{ label: 'Essex', role: 'highlight', values: [1496, 1596, null, 1867] }],
        referenceLine: null,
        highlightIndex: null,
        gaps: [{ series: 'Essex', category: '2020/21', token: '[c]', meaning: 'suppressed to protect identities' }]
      },
      SIGN
    )
    expect(text).toBe(
      'Registered sex offenders in Essex. Line chart of registered sexual offenders, 2018/19 to 2021/22. Essex rose from 1,496 in 2018/19 to 1,867 in 2021/22 (up 25%). Highest 1,867 in 2021/22; lowest 1,496 in 2018/19. No figure is shown for Essex 2020/21 ([c], suppressed to protect identities).'
    )
  })

  it('says fell, and unchanged, when the figures do', () => {
    expect(trendPhrase({ label: 'Kent', role: 'series', values: [900, 850, 800, 700] }, years, SIGN)).toBe(
      'fell from 900 in 2018/19 to 700 in 2021/22 (down 22%)'
    )
    expect(trendPhrase({ label: 'Kent', role: 'series', values: [900, 950, 880, 900] }, years, SIGN)).toBe(
      'was unchanged at 900 from 2018/19 to 2021/22'
    )
    expect(trendPhrase({ label: 'Kent', role: 'series', values: [null, null, null, null] }, years, SIGN)).toBe(
      'has no figures in these years'
    )
  })

  it('ranks a bar chart and names the highlighted area and the reference', () => {
    const text = draftAltText(
      {
        type: 'bar',
        title: '',
        measureLabel: 'Registered sexual offenders',
        categories: ['London', 'Essex', 'Dorset'],
        series: [{ label: 'rso', role: 'series', values: [5000, 1867, null] }],
        referenceLine: { label: 'England and Wales average per area', value: 1589 },
        highlightIndex: 1,
        gaps: [{ series: 'Dorset', category: '2021/22', token: '[c]', meaning: 'suppressed to protect identities' }]
      },
      SIGN
    )
    expect(text).toBe(
      'Bar chart ranking 2 areas by registered sexual offenders. Highest London with 5,000; lowest Essex with 1,867. Essex is highlighted: 2nd with 1,867. A line marks England and Wales average per area: 1,589. No figure is shown for Dorset 2021/22 ([c], suppressed to protect identities).'
    )
  })
})

import { describe, expect, it } from 'vitest'
import { HOUSE_STYLE } from '../contract/chart/theme'
import { checkColours, deltaE } from './colour-check'

describe('colour check', () => {
  it('flags a red and green pair for deuteranopia readers', () => {
    const warnings = checkColours([
      { label: 'Essex', colour: '#d62728' },
      { label: 'Kent', colour: '#2ca02c' }
    ])
    expect(deltaE('#d62728', '#2ca02c')).toBeGreaterThan(50)
    expect(warnings.map((warning) => warning.vision)).toContain('deuteranopia')
    expect(warnings.find((warning) => warning.vision === 'deuteranopia')!.message).toBe(
      'Essex and Kent are hard to tell apart for green-blind (deuteranopia) readers'
    )
  })

  it('flags two colours of the same lightness in greyscale print', () => {
    const warnings = checkColours([
      { label: 'Essex', colour: '#1f77b4' },
      { label: 'Kent', colour: '#d62728' }
    ])
    expect(warnings.map((warning) => warning.vision)).toEqual(['greyscale'])
  })

  it('passes the house style: highlight, two series and the reference on a trend; highlight and the rest on a ranking', () => {
    const { highlight, series, reference, context } = HOUSE_STYLE.colours
    const trend = [
      { label: 'highlight', colour: highlight },
      { label: 'first', colour: series[0] },
      { label: 'second', colour: series[1] },
      { label: 'reference', colour: reference }
    ]
    expect(checkColours(trend)).toEqual([])
    expect(
      checkColours([
        { label: 'highlight', colour: highlight },
        { label: 'the other areas', colour: context }
      ])
    ).toEqual([])
  })
})

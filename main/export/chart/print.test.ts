import { describe, expect, it } from 'vitest'
import { chartConfigOf, hasSegments, isolatedPoints, layoutLegend, legendEntriesOf } from './config'
import { importFile } from '../../import/importFile'
import type { Store } from '../../store/database'
import { setSetting } from '../../store/settings'
import { oldStyleBook } from '../../testing/fixtures'
import { tempStore } from '../../testing/temp'
import { measureText, printCmyk, rgbToCmyk } from './draw'
import { essexTrendSpec, pdfStreams, rankingSpec, textFills } from '../../testing/chart'
import { prepareChart } from './prepare'
import { renderChart } from './render'

/** Six editions in which England and Wales is published only for 31 March 2019, 2021 and 2022. */
function deskWithPatchyEnglandAndWales(): Store {
  const store = tempStore()
  for (const year of [2019, 2020, 2021, 2022, 2023, 2024]) {
    const overrides: Record<string, Record<string, string>> = [2019, 2021, 2022].includes(year)
      ? {}
      : { 'England and Wales': { rso: '..' } }
    importFile(store, {
      fileName: `mappa-${year - 1}-${String(year % 100).padStart(2, '0')}.xlsx`,
      bytes: oldStyleBook('xlsx', { year, overrides })
    })
  }
  return store
}

describe('a reference series with gaps', () => {
  it('finds the years that stand alone and whether any line is drawn', () => {
    expect(isolatedPoints([1, null, 3, 4, null, 6])).toEqual([true, false, false, false, false, true])
    expect(hasSegments([1, null, 3, null])).toBe(false)
    expect(hasSegments([1, 2, null])).toBe(true)
  })

  it('draws lines where consecutive years are known, a marked point where not, a legend that matches and a note that explains', () => {
    const desk = deskWithPatchyEnglandAndWales()
    const prepared = prepareChart(desk.db, essexTrendSpec({ annotations: [] }))
    const reference = prepared.data.series.find((series) => series.role === 'reference')!
    expect(reference.values.map((value) => value !== null)).toEqual([true, false, true, true, false, false])
    expect(prepared.texts.notes).toContain(
      'England and Wales average per area 2019/20, 2022/23 and 2023/24: .. not available, shown as a gap.'
    )
    expect(prepared.texts.notes).toContain(
      'England and Wales average per area 2018/19: no figure for the year before or after, shown as a dot.'
    )
    const plan = chartConfigOf(prepared.spec, prepared.data, prepared.style, prepared.texts, {
      widthPx: 1016,
      heightPx: 827,
      pxPerPt: 300 / 72,
      measure: measureText
    })
    const datasets = plan.config.data.datasets
    const referenceIndex = prepared.data.series.indexOf(reference)
    const radii = (datasets[referenceIndex] as { pointRadius?: unknown }).pointRadius as number[]
    expect(radii[0]).toBeGreaterThan(radii[2])
    expect(datasets[referenceIndex]).toMatchObject({ spanGaps: false })
    const entries = legendEntriesOf(prepared.spec, prepared.data, prepared.style, (points) => points)
    expect(entries.find((entry) => entry.label === reference.label)).toMatchObject({
      sample: 'line',
      lineWidth: prepared.style.sizes.lineWidthPt,
      dash: [3, 2],
      hasDot: true
    })
    expect(entries.find((entry) => entry.label === 'Essex')).toMatchObject({ hasDot: false, dash: [] })
  })

  it('shows a reference known in no two consecutive years as dots only, in the legend too', () => {
    const store = tempStore()
    for (const year of [2019, 2020, 2021, 2022]) {
      const overrides: Record<string, Record<string, string>> = year % 2 === 0 ? {} : { 'England and Wales': { rso: '[x]' } }
      importFile(store, { fileName: `mappa-${year}.xlsx`, bytes: oldStyleBook('xlsx', { year, overrides }) })
    }
    const prepared = prepareChart(store.db, essexTrendSpec({ annotations: [], periods: { from: '2018/19', to: '2021/22' } }))
    const plan = chartConfigOf(prepared.spec, prepared.data, prepared.style, prepared.texts, {
      widthPx: 244,
      heightPx: 198,
      pxPerPt: 1,
      measure: measureText
    })
    expect(plan.warnings).toEqual([])
    const entries = legendEntriesOf(prepared.spec, prepared.data, prepared.style, (points) => points)
    expect(entries.find((entry) => entry.label.startsWith('England and Wales'))).toMatchObject({ lineWidth: 0, hasDot: true })
    expect(prepared.texts.notes).toContain(
      'England and Wales average per area 2019/20 and 2021/22: no figure for the year before or after, shown as a dot.'
    )
  })
})

describe('type in a CMYK PDF', () => {
  it('prints near-black as 100% K alone, keeps greys one ink, and converts colours as they are', () => {
    expect(rgbToCmyk([26, 26, 26])).toEqual([0, 0, 0, 89.8])
    expect(printCmyk([26, 26, 26])).toEqual([0, 0, 0, 100])
    expect(printCmyk([0, 0, 0])).toEqual([0, 0, 0, 100])
    expect(printCmyk([92, 92, 92])).toEqual([0, 0, 0, 63.9])
    expect(printCmyk([28, 26, 26])).toEqual([0, 0, 0, 100])
    expect(printCmyk([230, 97, 0])).toEqual(rgbToCmyk([230, 97, 0]))
    expect(printCmyk([255, 255, 255])).toEqual([0, 0, 0, 0])
  })

  it('sets the title, labels and source of a line chart in solid black and the muted words in one ink', async () => {
    const desk = deskWithPatchyEnglandAndWales()
    const chart = await renderChart(desk.db, essexTrendSpec(), 'pdf', { isCmyk: true })
    const fills = textFills(pdfStreams(chart.bytes).join('\n'))
    expect(fills.length).toBeGreaterThan(10)
    expect(fills).toContain('0 0 0 1')
    expect(fills.filter((fill) => fill === '0 0 0 0.898')).toEqual([])
    // Every piece of type is one ink: black, or a grey of black alone.
    for (const fill of fills) expect(fill).toMatch(/^0 0 0 [\d.]+$/)
  })
})

describe('one house style per pack', () => {
  it('words the alt text with the story settings: per cent, or % when the desk writes %', async () => {
    const desk = deskWithPatchyEnglandAndWales()
    expect(prepareChart(desk.db, essexTrendSpec()).altText).toMatch(/\(down \d+ per cent\)/)
    setSetting(desk.db, 'storyPercent', 'percent-sign')
    expect(prepareChart(desk.db, essexTrendSpec()).altText).toMatch(/\(down \d+%\)/)
  })
})

describe("charts at a print desk's widths", () => {
  it("wraps a key wider than a single column inside the chart, and names the ranking's reference line in the key, not over the bars", () => {
    const desk = deskWithPatchyEnglandAndWales()
    const prepared = prepareChart(desk.db, essexTrendSpec({ size: { widthMm: 45, heightMm: 90 } }))
    const pt = (points: number) => points
    const widthPx = (45 / 25.4) * 72
    const { placed } = layoutLegend(
      legendEntriesOf(prepared.spec, prepared.data, prepared.style, pt),
      prepared.style,
      { widthPx, pxPerPt: 1, marginPx: 4, top: 0 },
      measureText
    )
    for (const entry of placed) {
      for (const line of entry.lines)
        expect(entry.x + 11 + measureText(line, `normal ${prepared.style.sizes.bodyPt.toFixed(2)}px Inter`)).toBeLessThanOrEqual(
          widthPx - 4 + 0.01
        )
    }
    expect(placed.find((entry) => entry.label.startsWith('England and Wales'))!.lines.length).toBe(2)
    const ranking = prepareChart(desk.db, rankingSpec('2021/22', { size: { widthMm: 45, heightMm: 200 } }))
    expect(legendEntriesOf(ranking.spec, ranking.data, ranking.style, pt).map((entry) => entry.label)).toEqual([
      'England and Wales average per area: 1,589'
    ])
  })

  it('chooses the value axis steps in points, so the PNG, the SVG and the PDF show the same ticks', () => {
    const desk = deskWithPatchyEnglandAndWales()
    const prepared = prepareChart(desk.db, rankingSpec('2021/22', { size: { widthMm: 45, heightMm: 200 } }))
    const stepAt = (pxPerPt: number) => {
      const plan = chartConfigOf(prepared.spec, prepared.data, prepared.style, prepared.texts, {
        widthPx: Math.round(127.56 * pxPerPt),
        heightPx: Math.round(566.9 * pxPerPt),
        pxPerPt,
        measure: measureText
      })
      return (plan.config.options!.scales!.x!.ticks as { stepSize?: number }).stepSize
    }
    expect(stepAt(1)).toBe(stepAt(300 / 72))
    expect(stepAt(1)).toBeGreaterThan(0)
    // A 2,064 top figure on a single column: the axis ends at 2,500, not 5,000 (one step of 2,500).
    expect(stepAt(1)).toBe(2500)
    // Over two columns, 0 to 2,500 in 500s rather than 0 to 3,000 in 1,000s.
    const wide = prepareChart(desk.db, { ...prepared.spec, size: { widthMm: 86, heightMm: 200 } })
    const plan = chartConfigOf(wide.spec, wide.data, wide.style, wide.texts, {
      widthPx: 243.8,
      heightPx: 566.9,
      pxPerPt: 1,
      measure: measureText
    })
    expect((plan.config.options!.scales!.x!.ticks as { stepSize?: number }).stepSize).toBe(500)
  })
})

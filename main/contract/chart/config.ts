// The one drawing path: spec, plotted data, house style and surface → a Chart.js configuration,
// used by the preview and every export alike. Pure: builds objects and a plugin, touches no canvas
// until Chart.js draws; never reads the store or the file system.

import type { ChartConfiguration, ChartDataset, LegendItem, Plugin } from 'chart.js'
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import { fontOf, layoutFurniture, wrapText, type ChartTexts, type Furniture, type TextMeasurer } from './furniture'
import { formatValue, type ChartData, type ChartSeries } from './series'
import type { ChartSpec } from './spec'
import type { HouseStyle } from './theme'

export interface DrawSurface {
  widthPx: number
  heightPx: number
  /** Pixels per point: dpi / 72 for PNG, 1 for SVG and PDF (their units are points). */
  pxPerPt: number
  measure: TextMeasurer
}

export interface DrawPlan {
  config: ChartConfiguration
  furniture: Furniture
  warnings: string[]
}

const MARGIN_PT = 4
const GAP_PT = 4

function transparent(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`
}

/** The colour of each series, in order: the colour check reads the same list the drawing uses. */
export function seriesColours(spec: ChartSpec, data: ChartData, style: HouseStyle): string[] {
  if (spec.type === 'column') return data.series.map(() => style.colours.highlight)
  if (spec.type === 'stacked' || spec.type === 'bar') return data.series.map((_, index) => style.colours.series[index % style.colours.series.length])
  let paletteIndex = 0
  return data.series.map((series) => {
    if (series.role === 'highlight') return style.colours.highlight
    if (series.role === 'reference') return style.colours.reference
    if (series.role === 'context') return style.colours.context
    return style.colours.series[paletteIndex++ % style.colours.series.length]
  })
}

/** What a reader must tell apart: the series, or for a ranking the highlighted bar and the rest. */
export function colourKey(spec: ChartSpec, data: ChartData, style: HouseStyle): { label: string; colour: string }[] {
  if (spec.type === 'bar') {
    return data.highlightIndex === null ? [] : [{ label: data.categories[data.highlightIndex], colour: style.colours.highlight }, { label: 'the other areas', colour: style.colours.context }]
  }
  const colours = seriesColours(spec, data, style)
  const key = data.series.map((series, index) => ({ label: series.role === 'context' ? 'the other areas' : series.label, colour: colours[index] }))
  return key.filter((entry, index) => key.findIndex((other) => other.label === entry.label) === index)
}

function datasetsOf(spec: ChartSpec, data: ChartData, style: HouseStyle, pt: (points: number) => number): ChartDataset[] {
  const line = style.sizes.lineWidthPt
  const colours = seriesColours(spec, data, style)
  if (spec.type === 'bar') {
    const [series] = data.series
    return [
      {
        type: 'bar',
        label: series.label,
        data: series.values,
        backgroundColor: data.categories.map((_, index) => (index === data.highlightIndex ? style.colours.highlight : style.colours.context)),
        borderWidth: 0,
        barPercentage: 0.8,
        categoryPercentage: 0.9
      }
    ]
  }
  if (spec.type === 'column' || spec.type === 'stacked') {
    return data.series.map((series, index) => ({
      type: 'bar' as const,
      label: series.label,
      data: series.values,
      backgroundColor: colours[index],
      borderWidth: 0,
      barPercentage: 0.75,
      categoryPercentage: 0.9,
      ...(spec.type === 'stacked' ? { stack: 'categories' } : {})
    }))
  }
  return data.series.map((series, index) => {
    const colour = colours[index]
    const isContext = series.role === 'context'
    // A year with no figure on either side has no line to sit on: it is marked, bigger than a joint.
    const isolated = isolatedPoints(series.values)
    const joint = isContext || data.categories.length > 15 ? 0 : pt(1.6)
    return {
      type: 'line' as const,
      label: series.label,
      data: series.values,
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: pt(isContext ? line * 0.5 : line),
      borderDash: series.role === 'reference' ? [pt(3), pt(2)] : [],
      pointRadius: isolated.some(Boolean) ? isolated.map((isAlone) => (isAlone ? pt(ISOLATED_POINT_PT) : joint)) : joint,
      pointHoverRadius: 0,
      pointBorderWidth: 0,
      spanGaps: false,
      tension: 0,
      fill: false
    }
  })
}

/** A known figure is drawn as a point where neither neighbouring year is known: no line reaches it. */
const ISOLATED_POINT_PT = 2

/** Which values stand alone: known, with no known value the year before or after. */
export function isolatedPoints(values: readonly (number | null)[]): boolean[] {
  return values.map((value, index) => value !== null && (values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null)
}

/** Whether any two consecutive years are both known, so a line is drawn at all. */
export function hasSegments(values: readonly (number | null)[]): boolean {
  return values.some((value, index) => value !== null && (values[index + 1] ?? null) !== null)
}

/**
 * The legend says what the plot draws: a line (dashed where the series is) for a series with
 * joined years, a dot beside it for one with years standing alone, and a dot only for one that
 * is never joined. Chart.js draws the lines from these items; the dots are the plugin's.
 */
function legendItemsOf(spec: ChartSpec, data: ChartData, style: HouseStyle, pt: (points: number) => number): LegendItem[] {
  const colours = seriesColours(spec, data, style)
  return data.series.flatMap((series, index) => {
    if (series.role === 'context') return []
    const isLine = spec.type === 'line'
    const width = isLine ? pt(style.sizes.lineWidthPt) : 0
    return [
      {
        text: series.label,
        datasetIndex: index,
        fillStyle: isLine ? 'rgba(0, 0, 0, 0)' : colours[index],
        strokeStyle: colours[index],
        lineWidth: isLine && hasSegments(series.values) ? width : 0,
        lineDash: isLine && series.role === 'reference' ? [pt(3), pt(2)] : [],
        fontColor: style.colours.text,
        hidden: false
      }
    ]
  })
}

/** Dots in the legend for line series with years standing alone, on the line sample's middle. */
function legendDotsPlugin(spec: ChartSpec, data: ChartData, style: HouseStyle, pt: (points: number) => number, boxWidth: number, fontSize: number): Plugin {
  return {
    id: 'legendDots',
    afterDraw(chart) {
      const legend = chart.legend as (typeof chart.legend & { legendHitBoxes?: { left: number; top: number }[]; legendItems?: LegendItem[] }) | undefined
      if (spec.type !== 'line' || !legend?.legendHitBoxes || !legend.legendItems) return
      const colours = seriesColours(spec, data, style)
      const { ctx } = chart
      ctx.save()
      legend.legendItems.forEach((item, at) => {
        const series = item.datasetIndex === undefined ? undefined : data.series[item.datasetIndex]
        const box = legend.legendHitBoxes![at]
        if (!series || !box || !isolatedPoints(series.values).some(Boolean)) return
        ctx.fillStyle = colours[item.datasetIndex!]
        ctx.beginPath()
        ctx.arc(box.left + boxWidth / 2, box.top + fontSize / 2, pt(ISOLATED_POINT_PT), 0, Math.PI * 2)
        ctx.fill()
      })
      ctx.restore()
    }
  }
}

function seriesForAnnotation(data: ChartData, area: string | undefined): ChartSeries | undefined {
  return data.series.find((series) => series.key === area) ?? data.series.find((series) => series.role === 'highlight') ?? data.series[0]
}

/** Roughly the plot's width: the surface less margins and the value axis labels. */
function plotWidthOf(surface: DrawSurface, pt: (points: number) => number, rightRoom: number): number {
  return surface.widthPx - 2 * pt(MARGIN_PT) - pt(30) - rightRoom
}

function annotationsOf(spec: ChartSpec, data: ChartData, style: HouseStyle, pt: (points: number) => number, warnings: string[], wrapRange: (text: string, years: number) => string[]): Record<string, AnnotationOptions> {
  const annotations: Record<string, AnnotationOptions> = {}
  const font = { family: style.fontFamily, size: pt(style.sizes.smallPt), weight: 'bold' as const }
  const last = data.categories.length - 1
  if (data.referenceLine) {
    annotations.reference = {
      type: 'line',
      scaleID: 'x',
      value: data.referenceLine.value,
      borderColor: style.colours.reference,
      borderWidth: pt(0.75),
      borderDash: [pt(2), pt(1.5)],
      label: {
        display: true,
        content: `${data.referenceLine.label}: ${formatValue(data.referenceLine.value)}`,
        position: 'end',
        backgroundColor: 'rgba(255, 255, 255, 0.85)',
        color: style.colours.text,
        font: { ...font, weight: 'normal' },
        padding: pt(1.5),
        xAdjust: pt(2)
      }
    }
  }
  spec.annotations.forEach((annotation, index) => {
    const key = `note${index}`
    if (annotation.kind === 'range') {
      const start = data.categoryKeys.indexOf(annotation.period!)
      const end = data.categoryKeys.indexOf(annotation.toPeriod!)
      if (start < 0 || end < 0) return
      annotations[key] = {
        type: 'box',
        xMin: Math.min(start, end) - 0.5,
        xMax: Math.max(start, end) + 0.5,
        backgroundColor: transparent(style.colours.muted, 0.12),
        borderWidth: 0,
        drawTime: 'beforeDatasetsDraw'
      }
      // The words go over the bars and lines, on white, so a narrow range stays readable.
      annotations[`${key}label`] = {
        type: 'label',
        xValue: (start + end) / 2,
        yValue: (context) => context.chart.scales.y.max,
        position: { x: 'center', y: 'start' },
        content: wrapRange(annotation.text, Math.abs(end - start) + 1),
        color: style.colours.muted,
        font: { ...font, weight: 'normal' },
        backgroundColor: 'rgba(255, 255, 255, 0.85)',
        padding: pt(1.5),
        yAdjust: pt(1)
      }
      return
    }
    const series = seriesForAnnotation(data, annotation.area)
    if (!series) return
    let at = annotation.kind === 'last' ? series.values.findLastIndex((value) => value !== null) : data.categoryKeys.indexOf(annotation.period ?? '')
    if (at < 0 || series.values[at] === null || series.values[at] === undefined) {
      warnings.push(`The annotation "${annotation.text || 'last value'}" is on a gap in ${series.label}: it is not drawn`)
      return
    }
    const value = series.values[at]!
    const content = annotation.text.trim() || formatValue(value)
    const isLabelRight = annotation.kind === 'last'
    at = Math.max(0, at)
    annotations[`${key}point`] = { type: 'point', xValue: at, yValue: value, radius: pt(2.2), backgroundColor: style.colours.background, borderColor: style.colours.annotation, borderWidth: pt(0.8) }
    annotations[key] = {
      type: 'label',
      xValue: at,
      yValue: value,
      content,
      color: style.colours.annotation,
      font,
      position: isLabelRight ? { x: 'start', y: 'center' } : { x: at === last ? 'end' : at === 0 ? 'start' : 'center', y: 'end' },
      xAdjust: isLabelRight ? pt(4) : at === last ? pt(2) : at === 0 ? -pt(2) : 0,
      yAdjust: isLabelRight ? 0 : -pt(4),
      padding: pt(1),
      backgroundColor: 'rgba(255, 255, 255, 0.8)'
    }
  })
  return annotations
}

/** Draws the background, the words around the chart, and the marker of every gap. */
function furniturePlugin(furniture: Furniture, spec: ChartSpec, data: ChartData, style: HouseStyle, pt: (points: number) => number): Plugin {
  return {
    id: 'pressFurniture',
    beforeDraw(chart) {
      const { ctx, width, height } = chart
      ctx.save()
      ctx.fillStyle = style.colours.background
      ctx.fillRect(0, 0, width, height)
      ctx.restore()
    },
    afterDraw(chart) {
      const { ctx } = chart
      ctx.save()
      ctx.textBaseline = 'top'
      for (const line of [...furniture.header, ...furniture.footer]) {
        ctx.font = line.font
        ctx.fillStyle = line.colour
        ctx.textAlign = line.align
        ctx.fillText(line.text, line.x, line.y)
      }
      // A marker is a gap with its token, never a zero: "[c]" sits where the figure would be.
      const single = data.series.length === 1 || spec.type === 'column'
      const gapSeries = single ? data.series[0] : data.series.find((series) => series.role === 'highlight')
      if (gapSeries && spec.type !== 'stacked') {
        ctx.font = fontOf(style, pt(style.sizes.smallPt))
        ctx.fillStyle = style.colours.muted
        const category = spec.type === 'bar' ? chart.scales.y : chart.scales.x
        const value = spec.type === 'bar' ? chart.scales.x : chart.scales.y
        gapSeries.values.forEach((plotted, index) => {
          if (plotted !== null) return
          const token = data.gaps.find((gap) => (spec.type === 'bar' ? gap.series === data.categories[index] : gap.series === gapSeries.label && gap.category === data.categories[index]))?.token ?? '..'
          const label = token === 'no figure' ? '–' : token
          if (spec.type === 'bar') {
            ctx.textAlign = 'left'
            ctx.textBaseline = 'middle'
            ctx.fillText(label, value.getPixelForValue(0) + pt(2), category.getPixelForValue(index))
          } else {
            ctx.textAlign = 'center'
            ctx.textBaseline = 'bottom'
            ctx.fillText(label, category.getPixelForValue(index), chart.chartArea.bottom - pt(2))
          }
        })
      }
      ctx.restore()
    }
  }
}

const LEGEND_BOX_PT = 8

/** Chart.js pads the legend by a fixed 10 px (Legend.fit): in points instead, it scales with the dpi. */
const LEGEND_FIXED_PX = 10

/** Room under the legend, so it never touches the top tick label or an annotation. */
function legendMarginPlugin(marginPx: number, pt: (points: number) => number): Plugin {
  return {
    id: 'legendMargin',
    beforeInit(chart) {
      const legend = chart.legend
      if (!legend) return
      const fit = legend.fit.bind(legend)
      legend.fit = () => {
        fit()
        if (legend.height > 0) legend.height += marginPx - LEGEND_FIXED_PX + pt(LEGEND_FIXED_PX)
      }
    }
  }
}

/** Headroom above the highest value for a label that sits over a point. */
function suggestedMaxOf(spec: ChartSpec, data: ChartData): number | undefined {
  if (!spec.annotations.some((annotation) => annotation.kind === 'point') || spec.type === 'bar') return undefined
  const values = data.series.flatMap((series) => series.values).filter((value): value is number => value !== null)
  return values.length > 0 ? Math.max(...values) * 1.15 : undefined
}

export function chartConfigOf(spec: ChartSpec, data: ChartData, style: HouseStyle, texts: ChartTexts, surface: DrawSurface): DrawPlan {
  const pt = (points: number) => points * surface.pxPerPt
  const warnings: string[] = []
  const marginPx = pt(MARGIN_PT)
  const furniture = layoutFurniture(texts, style, { widthPx: surface.widthPx, heightPx: surface.heightPx, pxPerPt: surface.pxPerPt, marginPx }, surface.measure)
  const plotHeight = surface.heightPx - furniture.headerHeight - furniture.footerHeight - 2 * pt(GAP_PT)
  if (plotHeight < surface.heightPx * 0.35) warnings.push('The title and notes take most of the height: shorten them or make the chart taller')
  if (!spec.axisFromZero && spec.type !== 'stacked') warnings.push('The value axis does not start at zero: differences look bigger than they are; say so in the subtitle')
  if (spec.type === 'bar') {
    const perBar = plotHeight / Math.max(1, data.categories.length)
    if (perBar < pt(style.sizes.smallPt) * 1.05) {
      const neededMm = Math.ceil(((data.categories.length * style.sizes.smallPt * 1.1 + (furniture.headerHeight + furniture.footerHeight) / surface.pxPerPt + 30) / 72) * 25.4)
      warnings.push(`Too short for ${data.categories.length} area names: make the chart at least ${neededMm} mm tall`)
    }
  }
  const lastLabels = spec.annotations.filter((annotation) => annotation.kind === 'last')
  const labelFont = fontOf(style, pt(style.sizes.smallPt), 700)
  const rightRoom = lastLabels.length > 0 ? Math.max(...lastLabels.map((annotation) => surface.measure(annotation.text || '000,000', labelFont))) + pt(8) : 0
  const tickFont = { family: style.fontFamily, size: pt(style.sizes.bodyPt) }
  const plotWidth = plotWidthOf(surface, pt, rightRoom)
  const perCategory = plotWidth / Math.max(1, data.categories.length)
  // "2018/19" where six fit; "18/19" in a single column, so every year keeps its label.
  const isShortPeriods = surface.measure('2018/19', fontOf(style, tickFont.size)) + pt(4) > perCategory
  const periodLabel = (category: string | undefined) => (category && isShortPeriods && /^\d{4}\/\d{2}$/.test(category) ? category.slice(2) : (category ?? ''))
  const rangeFont = fontOf(style, pt(style.sizes.smallPt))
  const wrapRange = (text: string, years: number) => wrapText(text, Math.max(perCategory * years - pt(3), pt(20)), rangeFont, surface.measure)
  const isBar = spec.type === 'bar'
  const valueScale = {
    type: 'linear' as const,
    beginAtZero: spec.axisFromZero || spec.type === 'stacked',
    stacked: spec.type === 'stacked',
    suggestedMax: suggestedMaxOf(spec, data),
    grid: { color: style.colours.grid, lineWidth: pt(0.5), drawTicks: false },
    border: { display: false },
    ticks: { font: tickFont, color: style.colours.muted, padding: pt(3), maxTicksLimit: 6, callback: (value: number | string) => formatValue(Number(value)) }
  }
  const categoryScale = {
    type: 'category' as const,
    stacked: spec.type === 'stacked',
    // No tick marks: Chart.js would size them in pixels (8 px at any dpi), not points.
    grid: { display: false, drawTicks: false },
    border: { color: style.colours.muted, width: pt(0.5) },
    ticks: isBar
      ? { font: { ...tickFont, size: pt(style.sizes.smallPt) }, color: style.colours.text, autoSkip: false, padding: pt(2) }
      : { font: tickFont, color: style.colours.muted, maxRotation: 0, autoSkip: true, autoSkipPadding: pt(4), padding: pt(4), callback: (_: unknown, index: number) => periodLabel(data.categories[index]) }
  }
  const legendSeries = data.series.filter((series) => series.role !== 'context')
  const isLegendShown = (spec.type === 'line' && legendSeries.length > 1) || spec.type === 'stacked'
  const config: ChartConfiguration = {
    type: isBar || spec.type === 'column' || spec.type === 'stacked' ? 'bar' : 'line',
    data: { labels: data.categories, datasets: datasetsOf(spec, data, style, pt) },
    options: {
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: 1,
      indexAxis: isBar ? 'y' : 'x',
      events: [],
      layout: { padding: { top: furniture.headerHeight + pt(GAP_PT), bottom: furniture.footerHeight + pt(GAP_PT), left: marginPx, right: marginPx + rightRoom } },
      scales: isBar ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
      plugins: {
        title: { display: false },
        subtitle: { display: false },
        tooltip: { enabled: false },
        legend: {
          display: isLegendShown,
          position: 'top',
          align: 'start',
          labels: {
            font: tickFont,
            color: style.colours.text,
            boxWidth: pt(LEGEND_BOX_PT),
            // A line's sample is its stroke alone (a box of no height), so a dashed series shows dashed.
            boxHeight: spec.type === 'line' ? pt(0.01) : pt(6),
            padding: pt(4),
            generateLabels: () => legendItemsOf(spec, data, style, pt),
            filter: (item) => legendSeries.some((series) => series.label === item.text)
          }
        },
        annotation: { clip: false, annotations: annotationsOf(spec, data, style, pt, warnings, wrapRange) }
      }
    },
    plugins: [furniturePlugin(furniture, spec, data, style, pt), legendMarginPlugin(pt(5), pt), legendDotsPlugin(spec, data, style, pt, pt(LEGEND_BOX_PT), tickFont.size)]
  }
  return { config, furniture, warnings }
}

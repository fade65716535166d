// The one drawing path: spec, plotted data, house style and surface → a Chart.js configuration,
// used by the preview and every export alike. Pure: builds objects and a plugin, touches no canvas
// until Chart.js draws; never reads the store or the file system.

import type { ChartConfiguration, ChartDataset, Plugin } from 'chart.js'
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import type { ChartTexts } from '../../contract/charts'
import { formatValue, type ChartData, type ChartSeries } from '../../contract/chart/series'
import type { ChartSpec } from '../../contract/chart/spec'
import type { HouseStyle } from '../../contract/chart/theme'
import { niceStep } from '../../contract/chart/tile-map'
import { fontOf, GAP_PT, layoutFurniture, MARGIN_PT, wrapText, type DrawSurface, type Furniture, type TextMeasurer } from './furniture'

export interface DrawPlan {
  config: ChartConfiguration
  furniture: Furniture
  warnings: string[]
}

function transparent(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`
}

/** The colour of each series, in order: the colour check reads the same list the drawing uses. */
export function seriesColours(spec: ChartSpec, data: ChartData, style: HouseStyle): string[] {
  if (spec.type === 'column') return data.series.map(() => style.colours.highlight)
  if (spec.type === 'stacked' || spec.type === 'bar')
    return data.series.map((_, index) => style.colours.series[index % style.colours.series.length])
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
    return data.highlightIndex === null
      ? []
      : [
          { label: data.categories[data.highlightIndex], colour: style.colours.highlight },
          { label: 'the other areas', colour: style.colours.context }
        ]
  }
  const colours = seriesColours(spec, data, style)
  const key = data.series.map((series, index) => ({
    label: series.role === 'context' ? 'the other areas' : series.label,
    colour: colours[index]
  }))
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
        backgroundColor: data.categories.map((_, index) =>
          index === data.highlightIndex ? style.colours.highlight : style.colours.context
        ),
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

/** One entry of the key above the plot: a sample of what is drawn and the words for it. */
export interface LegendEntry {
  label: string
  colour: string
  /** A line sample (its width 0 when the series is never joined) or a filled box. */
  sample: 'line' | 'box'
  lineWidth: number
  dash: number[]
  /** A dot on the sample: the series has years standing alone, drawn as dots. */
  hasDot: boolean
}

export interface PlacedLegendEntry extends LegendEntry {
  x: number
  y: number
  lines: string[]
}

/**
 * The key says what the plot draws: a line (dashed where the series is) for a series with joined
 * years, a dot on it for one with years standing alone, a dot only for one never joined; boxes for
 * stacked columns; the ranking's reference line with its value.
 */
export function legendEntriesOf(spec: ChartSpec, data: ChartData, style: HouseStyle, pt: (points: number) => number): LegendEntry[] {
  const colours = seriesColours(spec, data, style)
  if (spec.type === 'bar' && data.referenceLine) {
    return [
      {
        label: `${data.referenceLine.label}: ${formatValue(data.referenceLine.value)}`,
        colour: style.colours.reference,
        sample: 'line',
        lineWidth: pt(0.75),
        dash: [pt(2), pt(1.5)],
        hasDot: false
      }
    ]
  }
  if (spec.type === 'stacked')
    return data.series.map((series, index) => ({
      label: series.label,
      colour: colours[index],
      sample: 'box',
      lineWidth: 0,
      dash: [],
      hasDot: false
    }))
  if (spec.type !== 'line') return []
  const shown = data.series.filter((series) => series.role !== 'context')
  if (shown.length < 2) return []
  return data.series.flatMap((series, index) =>
    series.role === 'context'
      ? []
      : [
          {
            label: series.label,
            colour: colours[index],
            sample: 'line' as const,
            lineWidth: hasSegments(series.values) ? pt(style.sizes.lineWidthPt) : 0,
            dash: series.role === 'reference' ? [pt(3), pt(2)] : [],
            hasDot: isolatedPoints(series.values).some(Boolean)
          }
        ]
  )
}

/** Entries run left to right and wrap to the next row; a label wider than the chart wraps within its entry. */
export function layoutLegend(
  entries: LegendEntry[],
  style: HouseStyle,
  surface: { widthPx: number; pxPerPt: number; marginPx: number; top: number },
  measure: TextMeasurer
): { placed: PlacedLegendEntry[]; height: number } {
  if (entries.length === 0) return { placed: [], height: 0 }
  const pt = (points: number) => points * surface.pxPerPt
  const font = fontOf(style, pt(style.sizes.bodyPt))
  const lineHeight = pt(style.sizes.bodyPt) * 1.25
  const sample = pt(LEGEND_BOX_PT) + pt(3)
  const inner = surface.widthPx - 2 * surface.marginPx
  const placed: PlacedLegendEntry[] = []
  let x = surface.marginPx
  let y = surface.top
  let rowLines = 1
  for (const entry of entries) {
    const lines = wrapText(entry.label, inner - sample, font, measure)
    const width = sample + Math.max(...lines.map((line) => measure(line, font)))
    if (x > surface.marginPx && x + width > surface.marginPx + inner) {
      x = surface.marginPx
      y += rowLines * lineHeight + pt(2)
      rowLines = 1
    }
    placed.push({ ...entry, x, y, lines })
    rowLines = Math.max(rowLines, lines.length)
    x += width + pt(LEGEND_GAP_PT)
  }
  return { placed, height: y + rowLines * lineHeight - surface.top }
}

function drawLegend(
  context: CanvasRenderingContext2D,
  placed: PlacedLegendEntry[],
  style: HouseStyle,
  pt: (points: number) => number
): void {
  const sizePx = pt(style.sizes.bodyPt)
  context.font = fontOf(style, sizePx)
  context.textAlign = 'left'
  context.textBaseline = 'top'
  for (const entry of placed) {
    // The middle of a capital, set from the top: where a reader's eye puts the sample's line.
    const middle = entry.y + sizePx * 0.45
    const box = pt(LEGEND_BOX_PT)
    if (entry.sample === 'box') {
      context.fillStyle = entry.colour
      context.fillRect(entry.x, middle - pt(3), box, pt(6))
    } else if (entry.lineWidth > 0) {
      context.strokeStyle = entry.colour
      context.lineWidth = entry.lineWidth
      context.setLineDash(entry.dash)
      context.beginPath()
      context.moveTo(entry.x, middle)
      context.lineTo(entry.x + box, middle)
      context.stroke()
      context.setLineDash([])
    }
    if (entry.hasDot) {
      context.fillStyle = entry.colour
      context.beginPath()
      context.arc(entry.x + box / 2, middle, pt(ISOLATED_POINT_PT), 0, Math.PI * 2)
      context.fill()
    }
    context.fillStyle = style.colours.text
    entry.lines.forEach((line, index) => context.fillText(line, entry.x + box + pt(3), entry.y + index * sizePx * 1.25))
  }
}

function seriesForAnnotation(data: ChartData, area: string | undefined): ChartSeries | undefined {
  return data.series.find((series) => series.key === area) ?? data.series.find((series) => series.role === 'highlight') ?? data.series[0]
}

/** Roughly the plot's width: the surface less margins and the value axis labels. */
function plotWidthOf(surface: DrawSurface, pt: (points: number) => number, rightRoom: number): number {
  return surface.widthPx - 2 * pt(MARGIN_PT) - pt(30) - rightRoom
}

function annotationsOf(
  spec: ChartSpec,
  data: ChartData,
  style: HouseStyle,
  pt: (points: number) => number,
  warnings: string[],
  wrapRange: (text: string, years: number) => string[]
): Record<string, AnnotationOptions> {
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
      // Named in the key above the plot: a label on the line ran over the shortest bars and off a narrow chart.
      label: {
        display: false,
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
    let at =
      annotation.kind === 'last'
        ? series.values.findLastIndex((value) => value !== null)
        : data.categoryKeys.indexOf(annotation.period ?? '')
    if (at < 0 || series.values[at] === null || series.values[at] === undefined) {
      warnings.push(`The annotation "${annotation.text || 'last value'}" is on a gap in ${series.label}: it is not drawn`)
      return
    }
    const value = series.values[at]!
    const content = annotation.text.trim() || formatValue(value)
    const isLabelRight = annotation.kind === 'last'
    at = Math.max(0, at)
    annotations[`${key}point`] = {
      type: 'point',
      xValue: at,
      yValue: value,
      radius: pt(2.2),
      backgroundColor: style.colours.background,
      borderColor: style.colours.annotation,
      borderWidth: pt(0.8)
    }
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
function furniturePlugin(
  furniture: Furniture,
  legend: PlacedLegendEntry[],
  spec: ChartSpec,
  data: ChartData,
  style: HouseStyle,
  pt: (points: number) => number
): Plugin {
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
      drawLegend(ctx as unknown as CanvasRenderingContext2D, legend, style, pt)
      ctx.textBaseline = 'top'
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
          const token =
            data.gaps.find((gap) =>
              spec.type === 'bar'
                ? gap.series === data.categories[index]
                : gap.series === gapSeries.label && gap.category === data.categories[index]
            )?.token ?? '..'
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
const LEGEND_GAP_PT = 8

/**
 * Room each value-axis label needs, in points: stacked up the side a label is one line high; across
 * the foot of a ranking it is a number's width. Chart.js counts this room in pixels (40), so a PNG at
 * 300 dpi and a PDF in points would get different ticks; the step is chosen here instead, in points.
 */
const TICK_ROOM_PT = { up: 22, across: 30 }

function valueStepOf(spec: ChartSpec, data: ChartData, lengthPt: number, isAcross: boolean): number | undefined {
  const values =
    spec.type === 'stacked'
      ? data.categories.map((_, index) => data.series.reduce((sum, series) => sum + Math.max(0, series.values[index] ?? 0), 0))
      : data.series.flatMap((series) => series.values).filter((value): value is number => value !== null)
  if (data.referenceLine) values.push(data.referenceLine.value)
  if (values.length === 0) return undefined
  let low = Math.min(...values)
  let high = Math.max(...values, suggestedMaxOf(spec, data) ?? -Infinity)
  if (spec.axisFromZero || spec.type === 'stacked') {
    low = Math.min(0, low)
    high = Math.max(0, high)
  }
  if (!(high > low)) return undefined
  const spaces = Math.min(5, Math.max(1, Math.floor(lengthPt / (isAcross ? TICK_ROOM_PT.across : TICK_ROOM_PT.up))))
  // Of the round steps whose ticks fit the room, the one whose axis ends nearest the figures (then
  // the smaller): 0 to 2,500 in 500s rather than 0 to 3,000 in 1,000s, or 0 to 4,000 in 2,000s.
  const ticks = (step: number) => Math.ceil(high / step - 1e-9) - Math.floor(low / step + 1e-9)
  // An axis of one step (0 and 2,500 alone) reads worse than one of two or three a little longer.
  const span = (step: number) => ticks(step) * step * (ticks(step) === 1 ? 1.25 : 1)
  let best = niceStep(high - low, 1)
  for (let step = best; step > (high - low) / (spaces + 1); step = roundStepBelow(step)) {
    if (ticks(step) <= spaces && span(step) <= span(best)) best = step
  }
  return best
}

/** The next round step down the ladder 1, 2, 2.5, 5, 10: 1,000 → 500, 500 → 250, 250 → 200. */
function roundStepBelow(step: number): number {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9)
  const factor = Math.round((step / power) * 1000) / 1000
  const below = [1, 2, 2.5, 5].filter((candidate) => candidate < factor).at(-1)
  return below === undefined ? 5 * (power / 10) : below * power
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
  const furniture = layoutFurniture(texts, style, surface)
  const legend = layoutLegend(
    legendEntriesOf(spec, data, style, pt),
    style,
    { widthPx: surface.widthPx, pxPerPt: surface.pxPerPt, marginPx, top: furniture.headerHeight + pt(GAP_PT) },
    surface.measure
  )
  // Below the key, room for half of the top value label, which sits centred on its gridline.
  const headerHeight = furniture.headerHeight + (legend.height > 0 ? legend.height + pt(GAP_PT) + pt(style.sizes.bodyPt) / 2 : 0)
  const plotHeight = surface.heightPx - headerHeight - furniture.footerHeight - 2 * pt(GAP_PT)
  if (plotHeight < surface.heightPx * 0.35)
    warnings.push(
      legend.height > 0
        ? 'The title, key and notes take most of the height: shorten them or make the chart taller'
        : 'The title and notes take most of the height: shorten them or make the chart taller'
    )
  if (!spec.axisFromZero && spec.type !== 'stacked')
    warnings.push('The value axis does not start at zero: differences look bigger than they are; say so in the subtitle')
  if (spec.type === 'bar') {
    const perBar = plotHeight / Math.max(1, data.categories.length)
    if (perBar < pt(style.sizes.smallPt) * 1.05) {
      const neededMm = Math.ceil(
        ((data.categories.length * style.sizes.smallPt * 1.1 + (headerHeight + furniture.footerHeight) / surface.pxPerPt + 30) / 72) * 25.4
      )
      warnings.push(`Too short for ${data.categories.length} area names: make the chart at least ${neededMm} mm tall`)
    }
  }
  const lastLabels = spec.annotations.filter((annotation) => annotation.kind === 'last')
  const labelFont = fontOf(style, pt(style.sizes.smallPt), 700)
  const rightRoom =
    lastLabels.length > 0
      ? Math.max(...lastLabels.map((annotation) => surface.measure(annotation.text || '000,000', labelFont))) + pt(8)
      : 0
  const tickFont = { family: style.fontFamily, size: pt(style.sizes.bodyPt) }
  const plotWidth = plotWidthOf(surface, pt, rightRoom)
  const perCategory = plotWidth / Math.max(1, data.categories.length)
  // "2018/19" where six fit; "18/19" in a single column, so every year keeps its label.
  const isShortPeriods = surface.measure('2018/19', fontOf(style, tickFont.size)) + pt(4) > perCategory
  const periodLabel = (category: string | undefined) =>
    category && isShortPeriods && /^\d{4}\/\d{2}$/.test(category) ? category.slice(2) : (category ?? '')
  const rangeFont = fontOf(style, pt(style.sizes.smallPt))
  const wrapRange = (text: string, years: number) =>
    wrapText(text, Math.max(perCategory * years - pt(3), pt(20)), rangeFont, surface.measure)
  const isBar = spec.type === 'bar'
  const categoryRoomPt = isBar
    ? Math.max(0, ...data.categories.map((name) => surface.measure(name, fontOf(style, pt(style.sizes.smallPt))))) / surface.pxPerPt + 4
    : 0
  const valueLengthPt = isBar
    ? surface.widthPx / surface.pxPerPt - 2 * MARGIN_PT - categoryRoomPt - rightRoom / surface.pxPerPt
    : plotHeight / surface.pxPerPt - style.sizes.bodyPt * 1.25 - 4
  const valueStep = valueStepOf(spec, data, valueLengthPt, isBar)
  const valueScale = {
    type: 'linear' as const,
    beginAtZero: spec.axisFromZero || spec.type === 'stacked',
    stacked: spec.type === 'stacked',
    suggestedMax: suggestedMaxOf(spec, data),
    grid: { color: style.colours.grid, lineWidth: pt(0.5), drawTicks: false },
    border: { display: false },
    ticks: {
      font: tickFont,
      color: style.colours.muted,
      padding: pt(3),
      maxRotation: 0,
      stepSize: valueStep,
      maxTicksLimit: 8,
      callback: (value: number | string) => formatValue(Number(value))
    }
  }
  const categoryScale = {
    type: 'category' as const,
    stacked: spec.type === 'stacked',
    // No tick marks: Chart.js would size them in pixels (8 px at any dpi), not points.
    grid: { display: false, drawTicks: false },
    border: { color: style.colours.muted, width: pt(0.5) },
    ticks: isBar
      ? { font: { ...tickFont, size: pt(style.sizes.smallPt) }, color: style.colours.text, autoSkip: false, padding: pt(2) }
      : {
          font: tickFont,
          color: style.colours.muted,
          maxRotation: 0,
          autoSkip: true,
          autoSkipPadding: pt(4),
          padding: pt(4),
          callback: (_: unknown, index: number) => periodLabel(data.categories[index])
        }
  }
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
      layout: {
        padding: {
          top: headerHeight + pt(GAP_PT),
          bottom: furniture.footerHeight + pt(GAP_PT),
          left: marginPx,
          right: marginPx + rightRoom
        }
      },
      scales: isBar ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
      plugins: {
        title: { display: false },
        subtitle: { display: false },
        tooltip: { enabled: false },
        legend: { display: false },
        annotation: { clip: false, annotations: annotationsOf(spec, data, style, pt, warnings, wrapRange) }
      }
    },
    plugins: [furniturePlugin(furniture, legend.placed, spec, data, style, pt)]
  }
  return { config, furniture, warnings }
}

// The tile map: the 42 areas' figures for one year (or their per cent change) and the drawing of
// them as shaded squares with a key, under the same title, notes, source and byline as every chart.
// Pure: figures in, a scene out; the shapes are painted or written by draw.ts.

import {
  areaName,
  areasOf,
  baseDataOf,
  ENGLAND_AND_WALES,
  indexFigures,
  plotted,
  referenceOf,
  shortMeasureLabel,
  type ChartData,
  type ChartGap
} from '../../contract/chart/series'
import type { ChartSpec } from '../../contract/chart/spec'
import type { ChartTexts } from '../../contract/charts'
import type { HouseStyle } from '../../contract/chart/theme'
import {
  classOf,
  DIVERGING,
  divergingClasses,
  isChangeMap,
  NO_FIGURE_FILL,
  NO_FIGURE_HATCH,
  SEQUENTIAL,
  SEQUENTIAL_GREY,
  sequentialClasses,
  TILE_COLUMNS,
  TILE_PLACES,
  TILE_ROWS,
  tilePlace,
  type MapClass
} from '../../contract/chart/tile-map'
import type { Figure, StoryStyle } from '../../contract/types'
import { relativeLuminance } from '../../domain/colour-check'
import { percentChange } from '../../domain/derived'
import { fontOf, GAP_PT, layoutFurniture, MARGIN_PT, type DrawSurface, type TextLine } from './furniture'
import type { Scene, SceneItem } from './scene'

/** The story style settings the words on a chart follow (per cent or %). */
export type ChartWording = Pick<StoryStyle, 'percent'>

export function mapDataOf(spec: ChartSpec, figures: readonly Figure[]): ChartData {
  const index = indexFigures(figures)
  const gaps: ChartGap[] = []
  const note = (series: string, category: string, found: { token: string | null; meaning: string }) => {
    if (found.token !== null) gaps.push({ series, category, token: found.token, meaning: found.meaning })
  }
  const isChange = isChangeMap(spec)
  const rows = areasOf(spec).map((area) => {
    const name = areaName(area, figures)
    const last = plotted(index, area, spec.measure, spec.periods.to)
    if (!isChange) {
      note(name, spec.periods.to, last)
      return { area, name, value: last.value }
    }
    const first = plotted(index, area, spec.measure, spec.periods.from)
    note(name, spec.periods.from, first)
    note(name, spec.periods.to, last)
    return { area, name, value: percentChange(last.value, first.value) ?? null }
  })
  // Alphabetical, as a table lists them; the map places each area from its own slug.
  rows.sort((a, b) => a.name.localeCompare(b.name))
  const highlightIndex = spec.highlight ? rows.findIndex((row) => row.area === spec.highlight) : -1
  return {
    ...baseDataOf(spec, gaps),
    isChange,
    categories: rows.map((row) => row.name),
    categoryKeys: rows.map((row) => row.area),
    series: [{ key: spec.measure, label: shortMeasureLabel(spec.measure), role: 'series', values: rows.map((row) => row.value) }],
    referenceLine: spec.reference === ENGLAND_AND_WALES && !isChange ? referenceOf(index, spec.measure, spec.periods.to) : null,
    highlightIndex: highlightIndex >= 0 ? highlightIndex : null
  }
}

const isNeutral = (hex: string) => hex.slice(1, 3) === hex.slice(3, 5) && hex.slice(3, 5) === hex.slice(5, 7)

/** A greyscale house style shades in greys; change keeps its two hues, since sign needs them. */
export function mapClasses(data: ChartData, style: HouseStyle): MapClass[] {
  const values = (data.series[0]?.values ?? []).filter((value): value is number => value !== null)
  if (data.isChange) return divergingClasses(values, DIVERGING)
  return sequentialClasses(values, isNeutral(style.colours.highlight) ? SEQUENTIAL_GREY : SEQUENTIAL)
}

/** What the colour check compares: the classes in the key, side by side. */
export function mapColourKey(data: ChartData, style: HouseStyle): { label: string; colour: string }[] {
  return mapClasses(data, style).map((entry) => ({ label: entry.label, colour: entry.colour }))
}

/** The gutter between tiles, as a share of the tile: enough to see each edge at a column's width. */
const GUTTER = 0.08
/** Smallest type on a tile: below 4 pt a newsprint press fills in the counters. */
const MIN_LABEL_PT = 4
const SWATCH_PT = 7

interface KeyEntry {
  label: string
  draw: (x: number, y: number, size: number) => SceneItem[]
}

function hatch(x: number, y: number, size: number, spacing: number, colour: string, lineWidth: number): SceneItem[] {
  const lines: SceneItem[] = []
  for (let offset = -size + spacing / 2; offset < size; offset += spacing) {
    const start = Math.max(0, offset)
    const end = Math.min(size, size + offset)
    if (end - start < lineWidth) continue
    lines.push({
      kind: 'line',
      points: [
        [x + start, y + start - offset],
        [x + end, y + end - offset]
      ],
      stroke: colour,
      lineWidth
    })
  }
  return lines
}

function textItem(line: TextLine, style: HouseStyle, pxPerPt: number): SceneItem {
  const size = Number(/([\d.]+)px/.exec(line.font)?.[1] ?? style.sizes.bodyPt * pxPerPt)
  return {
    kind: 'text',
    text: line.text,
    x: line.x,
    y: line.y,
    sizePx: size,
    isBold: line.font.startsWith('bold'),
    family: style.fontFamily,
    colour: line.colour,
    align: line.align,
    baseline: 'top'
  }
}

function formatValue(value: number, isChange: boolean, wording: ChartWording): string {
  const text = Math.abs(value).toLocaleString('en-GB', { maximumFractionDigits: isChange ? 1 : 2 })
  if (!isChange) return text
  return value === 0 ? 'unchanged' : `${value > 0 ? 'up' : 'down'} ${text}${wording.percent === 'per-cent' ? ' per cent' : '%'}`
}

export interface MapPlan {
  scene: Scene
  warnings: string[]
}

export function mapSceneOf(
  spec: ChartSpec,
  data: ChartData,
  style: HouseStyle,
  texts: ChartTexts,
  surface: DrawSurface,
  wording: ChartWording
): MapPlan {
  const pt = (points: number) => points * surface.pxPerPt
  const warnings: string[] = []
  const marginPx = pt(MARGIN_PT)
  const furniture = layoutFurniture(texts, style, surface)
  const items: SceneItem[] = []
  const top = furniture.headerHeight + pt(GAP_PT)
  const bottom = surface.heightPx - furniture.footerHeight - pt(GAP_PT)
  const left = marginPx
  const right = surface.widthPx - marginPx
  const plotWidth = right - left
  const plotHeight = bottom - top
  if (plotHeight < surface.heightPx * 0.35)
    warnings.push('The title and notes take most of the height: shorten them or make the chart taller')

  const classes = mapClasses(data, style)
  const values = data.series[0]?.values ?? []
  const valueOf = new Map(data.categoryKeys.map((key, index) => [key, values[index] ?? null]))
  const nameOf = new Map(data.categoryKeys.map((key, index) => [key, data.categories[index]]))
  const hasGap = data.categoryKeys.some((key) => valueOf.get(key) === null)
  const highlight = data.highlightIndex === null ? null : data.categoryKeys[data.highlightIndex]

  // The key: a swatch and words for each class, then "no figure" and the outlined area.
  const keyFont = fontOf(style, pt(style.sizes.smallPt))
  const swatch = pt(SWATCH_PT)
  const keyLine = Math.max(swatch, pt(style.sizes.smallPt)) * 1.3
  const hairline = pt(0.35)
  const entries: KeyEntry[] = classes.map((entry) => ({
    label: entry.label,
    draw: (x, y, size) => [
      { kind: 'rect', x, y, width: size, height: size, fill: entry.colour, stroke: style.colours.muted, lineWidth: hairline }
    ]
  }))
  if (hasGap) {
    entries.push({
      label: 'No figure',
      draw: (x, y, size) => [
        { kind: 'rect', x, y, width: size, height: size, fill: NO_FIGURE_FILL },
        ...hatch(x, y, size, size / 3, NO_FIGURE_HATCH, hairline),
        { kind: 'rect', x, y, width: size, height: size, stroke: style.colours.muted, lineWidth: hairline }
      ]
    })
  }
  if (highlight) {
    entries.push({
      label: nameOf.get(highlight) ?? highlight,
      draw: (x, y, size) => [
        {
          kind: 'rect',
          x: x + pt(0.5),
          y: y + pt(0.5),
          width: size - pt(1),
          height: size - pt(1),
          stroke: style.colours.text,
          lineWidth: pt(1)
        }
      ]
    })
  }
  const keyTitle = data.isChange ? `Change since ${spec.periods.from}${wording.percent === 'per-cent' ? ', per cent' : ' (%)'}` : ''
  const titleWidth = keyTitle ? surface.measure(keyTitle, fontOf(style, pt(style.sizes.smallPt), 700)) : 0
  const keyWidth = Math.max(titleWidth, ...entries.map((entry) => swatch + pt(3) + surface.measure(entry.label, keyFont)))
  const keyHeight = entries.length * keyLine + (keyTitle ? keyLine : 0)
  // Underneath, the entries run across in as many columns as fit.
  const columnWidth = keyWidth + pt(6)
  const perRow = Math.max(1, Math.floor((plotWidth + pt(6)) / columnWidth))
  const belowHeight = Math.ceil(entries.length / perRow) * keyLine + (keyTitle ? keyLine : 0)

  // Three places for the key, whichever leaves the biggest tiles: the empty north-west corner of
  // the map (three tiles square, beside Cumbria and above Wales), to the right, or underneath.
  const cornerTiles = 3
  const tileIn = (width: number, height: number) => Math.min(width / TILE_COLUMNS, height / TILE_ROWS)
  const cornerTile = tileIn(plotWidth, plotHeight)
  const options = [
    {
      place: 'corner' as const,
      tile: keyWidth <= cornerTiles * cornerTile - pt(2) && keyHeight <= cornerTiles * cornerTile ? cornerTile : 0
    },
    { place: 'right' as const, tile: tileIn(plotWidth - keyWidth - pt(GAP_PT), plotHeight) },
    { place: 'below' as const, tile: tileIn(plotWidth, plotHeight - belowHeight - pt(GAP_PT)) }
  ]
  const best = options.reduce((a, b) => (b.tile > a.tile * 1.02 ? b : a))
  const tile = Math.max(0, best.tile)
  const mapWidth = tile * TILE_COLUMNS
  const mapHeight = tile * TILE_ROWS
  const mapLeft =
    best.place === 'right' ? left + Math.max(0, (plotWidth - keyWidth - pt(GAP_PT) - mapWidth) / 2) : left + (plotWidth - mapWidth) / 2
  const mapTop = top
  let keyX = mapLeft
  let keyY = mapTop
  if (best.place === 'right') keyX = mapLeft + mapWidth + pt(GAP_PT)
  if (best.place === 'below') keyY = mapTop + mapHeight + pt(GAP_PT)

  // The labels: short names where every one fits its tile, else three-letter codes, shrunk to fit.
  const inner = tile * (1 - GUTTER)
  const labelRoom = inner - pt(1.5)
  const widest = (pick: 'short' | 'code', sizePx: number) =>
    Math.max(...TILE_PLACES.map((place) => surface.measure(place[pick], fontOf(style, sizePx, 700))))
  // Body size where it fits, as the axis labels of other charts; then the small size; then smaller codes.
  const fits = (which: 'short' | 'code', sizePt: number) => widest(which, pt(sizePt)) <= labelRoom
  const first = (
    [
      ['short', style.sizes.bodyPt],
      ['short', style.sizes.smallPt],
      ['code', style.sizes.bodyPt],
      ['code', style.sizes.smallPt]
    ] as const
  ).find(([which, size]) => fits(which, size))
  const pick: 'short' | 'code' = first?.[0] ?? 'code'
  let labelPx = pt(first?.[1] ?? style.sizes.smallPt)
  if (!first) labelPx = Math.max(pt(MIN_LABEL_PT), (labelPx * labelRoom) / widest('code', labelPx))
  const isLabelled = widest(pick, labelPx) <= labelRoom * 1.02
  if (!isLabelled) warnings.push('The tiles are too small for their labels: make the map wider or taller')

  for (const place of TILE_PLACES) {
    const value = valueOf.get(place.slug) ?? null
    const name = nameOf.get(place.slug) ?? areaName(place.slug)
    const x = mapLeft + place.column * tile + (tile - inner) / 2
    const y = mapTop + place.row * tile + (tile - inner) / 2
    const fill = value === null ? NO_FIGURE_FILL : classes[classOf(value, classes)].colour
    // A pale tile gets a hairline edge, so it is not lost on the white page.
    const isPale = value !== null && relativeLuminance(fill) > 0.8
    const shapes: SceneItem[] = [
      { kind: 'rect', x, y, width: inner, height: inner, fill, ...(isPale ? { stroke: style.colours.grid, lineWidth: hairline } : {}) }
    ]
    if (value === null)
      shapes.push(...hatch(x, y, inner, inner / 5, NO_FIGURE_HATCH, hairline), {
        kind: 'rect',
        x,
        y,
        width: inner,
        height: inner,
        stroke: style.colours.muted,
        lineWidth: hairline
      })
    if (isLabelled) {
      const isDark = value !== null && relativeLuminance(fill) < 0.3
      shapes.push({
        kind: 'text',
        text: place[pick],
        x: x + inner / 2,
        y: y + inner / 2,
        sizePx: labelPx,
        isBold: place.slug === highlight,
        family: style.fontFamily,
        colour: isDark ? style.colours.background : style.colours.text,
        align: 'center',
        baseline: 'middle'
      })
    }
    const gap = data.gaps.find((entry) => entry.series === name)
    const said =
      value === null
        ? `no figure${gap && gap.token !== 'no figure' ? ` (${gap.token}, ${gap.meaning})` : ''}`
        : formatValue(value, data.isChange, wording)
    items.push({ kind: 'group', title: `${name}: ${said}`, items: shapes })
  }
  if (highlight && tilePlace(highlight)) {
    const place = tilePlace(highlight)!
    const outline = pt(1.2)
    const x = mapLeft + place.column * tile + (tile - inner) / 2
    const y = mapTop + place.row * tile + (tile - inner) / 2
    items.push({
      kind: 'rect',
      x: x + outline / 2,
      y: y + outline / 2,
      width: inner - outline,
      height: inner - outline,
      stroke: style.colours.text,
      lineWidth: outline
    })
  }

  // The key, drawn after the tiles so a corner key is never under one (the corner is empty).
  const keyItems: SceneItem[] = []
  let y = keyY
  if (keyTitle) {
    keyItems.push({
      kind: 'text',
      text: keyTitle,
      x: keyX,
      y: y + keyLine / 2,
      sizePx: pt(style.sizes.smallPt),
      isBold: true,
      family: style.fontFamily,
      colour: style.colours.text,
      align: 'left',
      baseline: 'middle'
    })
    y += keyLine
  }
  // Beside the map (or in its corner) the entries run down one column; underneath, across as many as fit.
  const across = best.place === 'below' ? perRow : 1
  entries.forEach((entry, index) => {
    const x = keyX + (index % across) * columnWidth
    const rowY = y + Math.floor(index / across) * keyLine
    keyItems.push(...entry.draw(x, rowY + (keyLine - swatch) / 2, swatch))
    keyItems.push({
      kind: 'text',
      text: entry.label,
      x: x + swatch + pt(3),
      y: rowY + keyLine / 2,
      sizePx: pt(style.sizes.smallPt),
      isBold: false,
      family: style.fontFamily,
      colour: style.colours.text,
      align: 'left',
      baseline: 'middle'
    })
  })
  items.push({ kind: 'group', title: keyTitle || 'Key', items: keyItems })
  for (const line of [...furniture.header, ...furniture.footer]) items.push(textItem(line, style, surface.pxPerPt))
  return { scene: { widthPx: surface.widthPx, heightPx: surface.heightPx, background: style.colours.background, items }, warnings }
}

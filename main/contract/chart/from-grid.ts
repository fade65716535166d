// The chart a reporter starts from when they press Chart in the grid: By measure gives a line of
// the ticked areas, By area a column of one measure, with the house style's two-column size.
// Pure: the grid's context in, a spec out.

import { CHART_SPEC_VERSION, type ChartSpec, type ChartType } from './spec'
import type { HouseStyle } from './theme'

export interface GridContext {
  by: 'measure' | 'area'
  /** The measure (By measure) or the area (By area) the grid shows. */
  subjectId: string
  /** Ticked rows: area slugs in By measure, measure ids in By area. */
  ticked: readonly string[]
  /** The periods the grid has, oldest first. */
  periods: readonly string[]
  homeArea: string | null
}

const ENGLAND_AND_WALES = 'england-and-wales'
/** Six years: long enough for a trend, short enough for one newspaper column. */
const DEFAULT_YEARS = 6

export function blankSpec(style: HouseStyle, type: ChartType, periods: readonly string[]): ChartSpec {
  const sorted = [...periods].sort()
  const from = sorted[Math.max(0, sorted.length - DEFAULT_YEARS)] ?? '2018/19'
  const to = sorted.at(-1) ?? from
  return {
    version: CHART_SPEC_VERSION,
    type,
    measure: 'rso',
    areas: [ENGLAND_AND_WALES],
    highlight: null,
    reference: null,
    periods: type === 'bar' ? { from: to, to } : { from, to },
    title: '',
    subtitle: '',
    source: '',
    notes: '',
    byline: '',
    altText: '',
    annotations: [],
    theme: style.name,
    size: { widthMm: style.columnsMm[1], heightMm: style.heightMm },
    dpi: 300,
    axisFromZero: true,
    mapShows: 'value'
  }
}

export function specFromGrid(context: GridContext, style: HouseStyle): ChartSpec {
  if (context.by === 'area') {
    const measure = context.ticked[0] ?? 'rso'
    return { ...blankSpec(style, 'column', context.periods), measure, areas: [context.subjectId], highlight: context.subjectId }
  }
  const ticked = context.ticked.filter((key) => key !== ENGLAND_AND_WALES)
  const areas = ticked.length > 0 ? ticked : context.homeArea ? [context.homeArea] : [ENGLAND_AND_WALES]
  const highlight = context.homeArea && areas.includes(context.homeArea) ? context.homeArea : areas[0]
  const reference = areas.includes(ENGLAND_AND_WALES) ? null : ENGLAND_AND_WALES
  return { ...blankSpec(style, 'line', context.periods), measure: context.subjectId, areas, highlight, reference }
}

/** "Map the areas": the 42 areas as tiles for the latest period, the reporter's own outlined, in a shape the map fills. */
export function mapSpec(spec: ChartSpec, homeArea: string | null): ChartSpec {
  const highlight = homeArea ?? spec.highlight ?? (spec.areas === 'all' ? null : spec.areas[0]) ?? null
  return {
    ...spec,
    type: 'map',
    areas: 'all',
    highlight: highlight === ENGLAND_AND_WALES ? null : highlight,
    reference: null,
    periods: spec.mapShows === 'change' ? spec.periods : { from: spec.periods.to, to: spec.periods.to },
    annotations: [],
    size: { widthMm: spec.size.widthMm, heightMm: Math.max(spec.size.heightMm, Math.round(spec.size.widthMm * MAP_HEIGHT_PER_WIDTH)) }
  }
}

/** The ten-row, seven-column grid with its words above and below fills a page about 1.25 times as tall as wide. */
const MAP_HEIGHT_PER_WIDTH = 1.25

/** "Rank all areas": the 42 areas for the latest period, the reporter's own highlighted. */
export function rankingSpec(spec: ChartSpec, homeArea: string | null, style: HouseStyle): ChartSpec {
  const highlight = homeArea ?? spec.highlight ?? (spec.areas === 'all' ? null : spec.areas[0]) ?? null
  return {
    ...spec,
    type: 'bar',
    areas: 'all',
    highlight,
    reference: ENGLAND_AND_WALES,
    periods: { from: spec.periods.to, to: spec.periods.to },
    annotations: [],
    size: { widthMm: spec.size.widthMm, heightMm: Math.max(spec.size.heightMm, style.heightMm * 2.6) }
  }
}

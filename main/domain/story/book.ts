// The figures a story is written from and checked against, indexed for lookup: one area's series,
// England and Wales, and every area's figures for ranking, with the series breaks. Pure: the store
// side gathers the figures and hands them in.

import type { AreaKind } from '../../contract/areas'
import { AREAS, aliasKey, slugify } from '../../contract/areas'
import type { CellStatus } from '../../contract/markers'
import { periodKeyForStartYear } from '../../contract/periods'
import { rankDescending } from '../derived'
import { mappaTotal } from '../total'
import { figureKey, type SourceCell } from '../../contract/types'

export interface StoryFigure {
  area: string
  areaName: string
  areaKind: AreaKind
  measure: string
  period: string
  value: number | null
  status: CellStatus
  source: SourceCell
}

/** A period from which a series is not comparable with the years before (a note says so). */
export interface SeriesBreak {
  period: string
  /** null: every measure. */
  measure: string | null
  /** null: every area. */
  area: string | null
  text: string
}

export interface StoryData {
  /** The current figure of each (area, measure, period). */
  figures: StoryFigure[]
  breaks: SeriesBreak[]
  /** What older editions printed where a later one restated it (absent: no revisions known). */
  history?: StoryFigure[]
  /** The editions in the store: each annual report's own latest year and its label. */
  releases?: { period: string; label: string }[]
}

/** Statuses whose value is a real published number to compare: a nil is 0, a revision is still the figure. */
const COMPARABLE: ReadonlySet<CellStatus> = new Set(['value', 'nil', 'revised'])

export const isComparableStatus = (status: CellStatus): boolean => COMPARABLE.has(status)

export const previousPeriod = (period: string): string => periodKeyForStartYear(Number(period.slice(0, 4)) - 1)

export const ENGLAND_AND_WALES = 'england-and-wales'

export interface FigureBook {
  get(area: string, measure: string, period: string): StoryFigure | undefined
  /** A published, comparable number, or undefined. */
  number(area: string, measure: string, period: string): number | undefined
  /** Every figure of one area and measure, oldest first. */
  series(area: string, measure: string): StoryFigure[]
  /** Whether a series break note falls after `from` and at or before `to`. */
  breakBetween(area: string, measure: string, from: string, to: string): SeriesBreak | undefined
  areaName(area: string): string
  areaKind(area: string): AreaKind | undefined
  /** The 42 areas' rank on a measure (1 = highest, ties shared), and how many areas had a figure. */
  rank(
    area: string,
    measure: string,
    period: string,
    order: 'highest' | 'lowest'
  ): { rank: number; of: number; isTied: boolean; sharing: number } | undefined
  /** What older editions printed for one figure, where a later edition restated it. */
  earlier(area: string, measure: string, period: string): StoryFigure[]
  /** Every one of the 42 areas' figures for a measure and period (published or marked), in MoJ order. */
  across(measure: string, period: string): StoryFigure[]
  /** The MAPPA total of an area (main/domain/total.ts), with the figures it was taken from. */
  total(area: string, period: string): { value: number; figures: StoryFigure[]; isSum: boolean } | undefined
}

export function indexFigures(data: StoryData): FigureBook {
  const byKey = new Map<string, StoryFigure>()
  const bySeries = new Map<string, StoryFigure[]>()
  const names = new Map<string, string>(AREAS.map((area) => [slugify(area.name), area.name]))
  const kinds = new Map<string, AreaKind>(AREAS.map((area) => [slugify(area.name), area.kind]))
  for (const figure of data.figures) {
    byKey.set(figureKey(figure.area, figure.measure, figure.period), figure)
    const seriesKey = `${figure.area}|${figure.measure}`
    bySeries.set(seriesKey, [...(bySeries.get(seriesKey) ?? []), figure])
    names.set(figure.area, figure.areaName)
    kinds.set(figure.area, figure.areaKind)
  }
  const earlier = new Map<string, StoryFigure[]>()
  for (const figure of data.history ?? []) {
    const key = figureKey(figure.area, figure.measure, figure.period)
    earlier.set(key, [...(earlier.get(key) ?? []), figure])
  }
  for (const series of bySeries.values()) series.sort((a, b) => (a.period < b.period ? -1 : 1))
  const number = (area: string, measure: string, period: string) => {
    const figure = byKey.get(figureKey(area, measure, period))
    return figure && figure.value !== null && isComparableStatus(figure.status) ? figure.value : undefined
  }
  const rankCache = new Map<string, { ranks: Map<string, number>; of: number }>()
  return {
    get: (area, measure, period) => byKey.get(figureKey(area, measure, period)),
    earlier: (area, measure, period) => earlier.get(figureKey(area, measure, period)) ?? [],
    number,
    series: (area, measure) => bySeries.get(`${area}|${measure}`) ?? [],
    breakBetween: (area, measure, from, to) =>
      data.breaks.find(
        (brk) =>
          (brk.area === null || brk.area === area) &&
          (brk.measure === null || brk.measure === measure) &&
          brk.period > from &&
          brk.period <= to
      ),
    areaName: (area) => names.get(area) ?? area,
    areaKind: (area) => kinds.get(area),
    rank: (area, measure, period, order) => {
      const cacheKey = `${measure}|${period}|${order}`
      let cached = rankCache.get(cacheKey)
      if (!cached) {
        const values = new Map<string, number | undefined>()
        for (const [slug, kind] of kinds) {
          if (kind !== 'area') continue
          const value = number(slug, measure, period)
          if (value !== undefined) values.set(slug, order === 'highest' ? value : -value)
        }
        cached = { ranks: rankDescending(values), of: values.size }
        rankCache.set(cacheKey, cached)
      }
      const rank = cached.ranks.get(area)
      if (rank === undefined) return undefined
      let sharing = 0
      for (const other of cached.ranks.values()) if (other === rank) sharing++
      return { rank, of: cached.of, isTied: sharing > 1, sharing }
    },
    across: (measure, period) => {
      const found: StoryFigure[] = []
      for (const [slug, kind] of kinds) {
        const figure = kind === 'area' ? byKey.get(figureKey(slug, measure, period)) : undefined
        if (figure) found.push(figure)
      }
      return found
    },
    total: (area, period) => {
      const total = mappaTotal((measure) =>
        byKey.has(figureKey(area, measure, period)) ? { value: number(area, measure, period) } : undefined
      )
      return (
        total && {
          value: total.value,
          figures: total.measures.map((measure) => byKey.get(figureKey(area, measure, period))!),
          isSum: total.isSum
        }
      )
    }
  }
}

/** Area names and press spellings a copy may use, longest first, with the slug each names. */
export const AREA_SPELLINGS: readonly { key: string; slug: string }[] = [
  ...AREAS.flatMap((area) =>
    [area.name, ...area.aliases.filter((alias) => !/^(?:total|all areas|nsd)$/i.test(alias))].map((spelling) => ({
      key: aliasKey(spelling),
      slug: slugify(area.name)
    }))
  )
].sort((a, b) => b.key.length - a.key.length)

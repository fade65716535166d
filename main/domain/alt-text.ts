// Drafts the alt text of a chart: what is shown, the direction, first and last values, highest
// and lowest, and the gaps, in the story's house style (per cent or %). Pure words from plotted
// numbers; the reporter may rewrite it.

import type { StoryStyle } from '../contract/types'
import { classOf } from '../contract/chart/tile-map'
import { joinWithAnd } from './format'
import { formatPercent } from './story/style'

import { ordinal } from '../contract/derived-columns'

export interface AltTextSeries {
  label: string
  role: 'highlight' | 'reference' | 'context' | 'series'
  values: (number | null)[]
}

export interface AltTextInput {
  type: 'line' | 'column' | 'bar' | 'stacked' | 'map'
  title: string
  measureLabel: string
  categories: string[]
  series: AltTextSeries[]
  referenceLine: { label: string; value: number } | null
  highlightIndex: number | null
  gaps: { series: string; category: string; token: string; meaning: string }[]
  /** Maps: the figures are per cent changes since the first period. */
  isChange?: boolean
  /** Maps: the periods compared (or the one year shown), and the classes the areas are shaded in, darkest last. */
  periods?: { from: string; to: string }
  classes?: { label: string; from: number; to: number }[]
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
const number = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 })

function points(series: AltTextSeries, categories: string[]): { category: string; value: number }[] {
  return series.values.flatMap((value, index) => (value === null ? [] : [{ category: categories[index], value }]))
}

/** "rose from 1,496 in 2018/19 to 2,010 in 2023/24 (up 34 per cent)". */
export function trendPhrase(series: AltTextSeries, categories: string[], style: StoryStyle): string {
  const shown = points(series, categories)
  if (shown.length === 0) return 'has no figures in these years'
  if (shown.length === 1) return `was ${number(shown[0].value)} in ${shown[0].category}`
  const first = shown[0]
  const last = shown[shown.length - 1]
  const change = first.value === 0 ? null : ((last.value - first.value) / first.value) * 100
  const verb = last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'was unchanged'
  const percent =
    change === null || formatPercent(change, style).startsWith('0')
      ? ''
      : ` (${change > 0 ? 'up' : 'down'} ${formatPercent(Math.abs(change), style)})`
  return verb === 'was unchanged'
    ? `was unchanged at ${number(last.value)} from ${first.category} to ${last.category}`
    : `${verb} from ${number(first.value)} in ${first.category} to ${number(last.value)} in ${last.category}${percent}`
}

function extremes(series: AltTextSeries, categories: string[]): string {
  const shown = points(series, categories)
  if (shown.length < 3) return ''
  const highest = shown.reduce((best, point) => (point.value > best.value ? point : best))
  const lowest = shown.reduce((best, point) => (point.value < best.value ? point : best))
  return ` Highest ${number(highest.value)} in ${highest.category}; lowest ${number(lowest.value)} in ${lowest.category}.`
}

function gapsSentence(input: AltTextInput): string {
  if (input.gaps.length === 0) return ''
  const listed = input.gaps
    .slice(0, 6)
    .map((gap) => `${gap.series} ${gap.category} (${gap.token === 'no figure' ? 'no figure' : `${gap.token}, ${gap.meaning}`})`)
  const more = input.gaps.length > 6 ? ` and ${input.gaps.length - 6} more` : ''
  return ` No figure is shown for ${listed.join(', ')}${more}.`
}

/** A tile map: what is shaded, the highest and lowest areas by name, the outlined one, then every area by class. */
function mapAltText(input: AltTextInput, intro: string, style: StoryStyle): string {
  const [series] = input.series
  const shown = points(series, input.categories)
  const say = (value: number) =>
    input.isChange ? (value === 0 ? 'unchanged' : `${value > 0 ? 'up' : 'down'} ${formatPercent(Math.abs(value), style)}`) : number(value)
  const periods = input.periods
  const what =
    input.isChange && periods
      ? `the per cent change in ${lowerFirst(input.measureLabel)} from ${periods.from} to ${periods.to}`
      : `${lowerFirst(input.measureLabel)}${periods ? `, ${periods.to}` : ''}`
  const parts = [`${intro} Tile map of the ${input.categories.length} MAPPA areas of England and Wales, shaded by ${what}.`]
  if (shown.length > 0) {
    const high = Math.max(...shown.map((point) => point.value))
    const low = Math.min(...shown.map((point) => point.value))
    const named = (value: number) => joinWithAnd(shown.filter((point) => point.value === value).map((point) => point.category))
    parts.push(`Highest: ${named(high)} (${say(high)}); lowest: ${named(low)} (${say(low)}).`)
  }
  if (input.highlightIndex !== null) {
    const name = input.categories[input.highlightIndex]
    const value = series.values[input.highlightIndex]
    if (value === null) parts.push(`${name} is outlined: no figure.`)
    else {
      const rank = shown.filter((point) => point.value > value).length + 1
      parts.push(`${name} is outlined: ${say(value)}, ${ordinal(rank)} of ${shown.length}.`)
    }
  }
  if (input.referenceLine) parts.push(`${input.referenceLine.label}: ${number(input.referenceLine.value)}.`)
  const classes = input.classes ?? []
  for (let index = classes.length - 1; index >= 0; index--) {
    const members = shown.filter((point) => classOf(point.value, classes) === index).map((point) => point.category)
    if (members.length > 0) parts.push(`${classes[index].label}: ${joinWithAnd(members)}.`)
  }
  return (parts.join(' ') + gapsSentence(input)).trim()
}

export function draftAltText(input: AltTextInput, style: StoryStyle): string {
  const span = input.categories.length > 0 ? `${input.categories[0]} to ${input.categories[input.categories.length - 1]}` : ''
  const intro = input.title.trim() ? `${input.title.trim()}.` : ''
  if (input.type === 'map') return mapAltText(input, intro, style)
  if (input.type === 'bar') {
    const [series] = input.series
    const ranked = points(series, input.categories)
    const parts = [`${intro} Bar chart ranking ${ranked.length} areas by ${lowerFirst(input.measureLabel)}.`]
    if (ranked.length > 0) {
      parts.push(
        `Highest ${ranked[0].category} with ${number(ranked[0].value)}; lowest ${ranked[ranked.length - 1].category} with ${number(ranked[ranked.length - 1].value)}.`
      )
    }
    if (input.highlightIndex !== null && series.values[input.highlightIndex] !== null) {
      const rank = ranked.findIndex((point) => point.category === input.categories[input.highlightIndex!]) + 1
      parts.push(
        `${input.categories[input.highlightIndex]} is highlighted: ${ordinal(rank)} with ${number(series.values[input.highlightIndex]!)}.`
      )
    }
    if (input.referenceLine) parts.push(`A line marks ${input.referenceLine.label}: ${number(input.referenceLine.value)}.`)
    return (parts.join(' ') + gapsSentence(input)).trim()
  }
  if (input.type === 'stacked') {
    const totals: AltTextSeries = {
      label: 'Total',
      role: 'series',
      values: input.categories.map((_, index) =>
        input.series.some((series) => series.values[index] === null)
          ? null
          : input.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0)
      )
    }
    const parts = input.series.map((series) => `${series.label} ${trendPhrase(series, input.categories, style)}.`)
    return `${intro} Stacked column chart of ${input.series.map((series) => lowerFirst(series.label)).join(', ')}, ${span}. Together they ${trendPhrase(totals, input.categories, style)}. ${parts.join(' ')}${gapsSentence(input)}`.trim()
  }
  const kind = input.type === 'column' ? 'Column chart' : 'Line chart'
  const main = input.series.filter((series) => series.role === 'highlight' || series.role === 'series')
  const context = input.series.filter((series) => series.role === 'context')
  const reference = input.series.find((series) => series.role === 'reference')
  const sentences = main.map(
    (series) =>
      `${series.label} ${trendPhrase(series, input.categories, style)}.${main.length === 1 ? extremes(series, input.categories) : ''}`
  )
  if (context.length > 0) sentences.push(`${context.length} other areas are drawn in grey for comparison.`)
  if (reference) sentences.push(`${reference.label} ${trendPhrase(reference, input.categories, style)}.`)
  return `${intro} ${kind} of ${lowerFirst(input.measureLabel)}, ${span}. ${sentences.join(' ')}${gapsSentence(input)}`.trim()
}

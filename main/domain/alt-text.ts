// Drafts the alt text of a chart: what is shown, the direction, first and last values, highest
// and lowest, and the gaps. Pure words from plotted numbers; the reporter may rewrite it.

import { ordinal } from '../contract/derived-columns'

export interface AltTextSeries {
  label: string
  role: 'highlight' | 'reference' | 'context' | 'series'
  values: (number | null)[]
}

export interface AltTextInput {
  type: 'line' | 'column' | 'bar' | 'stacked'
  title: string
  measureLabel: string
  categories: string[]
  series: AltTextSeries[]
  referenceLine: { label: string; value: number } | null
  highlightIndex: number | null
  gaps: { series: string; category: string; token: string; meaning: string }[]
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
const number = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 })

function points(series: AltTextSeries, categories: string[]): { category: string; value: number }[] {
  return series.values.flatMap((value, index) => (value === null ? [] : [{ category: categories[index], value }]))
}

/** "rose from 1,496 in 2018/19 to 2,010 in 2023/24 (up 34%)". */
export function trendPhrase(series: AltTextSeries, categories: string[]): string {
  const shown = points(series, categories)
  if (shown.length === 0) return 'has no figures in these years'
  if (shown.length === 1) return `was ${number(shown[0].value)} in ${shown[0].category}`
  const first = shown[0]
  const last = shown[shown.length - 1]
  const change = first.value === 0 ? null : Math.round(((last.value - first.value) / first.value) * 100)
  const verb = last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'was unchanged'
  const percent = change === null || change === 0 ? '' : ` (${change > 0 ? 'up' : 'down'} ${Math.abs(change)}%)`
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
  const listed = input.gaps.slice(0, 6).map((gap) => `${gap.series} ${gap.category} (${gap.token === 'no figure' ? 'no figure' : `${gap.token}, ${gap.meaning}`})`)
  const more = input.gaps.length > 6 ? ` and ${input.gaps.length - 6} more` : ''
  return ` No figure is shown for ${listed.join(', ')}${more}.`
}

export function draftAltText(input: AltTextInput): string {
  const span = input.categories.length > 0 ? `${input.categories[0]} to ${input.categories[input.categories.length - 1]}` : ''
  const intro = input.title.trim() ? `${input.title.trim()}.` : ''
  if (input.type === 'bar') {
    const [series] = input.series
    const ranked = points(series, input.categories)
    const parts = [`${intro} Bar chart ranking ${ranked.length} areas by ${lowerFirst(input.measureLabel)}.`]
    if (ranked.length > 0) {
      parts.push(`Highest ${ranked[0].category} with ${number(ranked[0].value)}; lowest ${ranked[ranked.length - 1].category} with ${number(ranked[ranked.length - 1].value)}.`)
    }
    if (input.highlightIndex !== null && series.values[input.highlightIndex] !== null) {
      const rank = ranked.findIndex((point) => point.category === input.categories[input.highlightIndex!]) + 1
      parts.push(`${input.categories[input.highlightIndex]} is highlighted: ${ordinal(rank)} with ${number(series.values[input.highlightIndex]!)}.`)
    }
    if (input.referenceLine) parts.push(`A line marks ${input.referenceLine.label}: ${number(input.referenceLine.value)}.`)
    return (parts.join(' ') + gapsSentence(input)).trim()
  }
  if (input.type === 'stacked') {
    const totals: AltTextSeries = {
      label: 'Total',
      role: 'series',
      values: input.categories.map((_, index) => (input.series.some((series) => series.values[index] === null) ? null : input.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0)))
    }
    const parts = input.series.map((series) => `${series.label} ${trendPhrase(series, input.categories)}.`)
    return `${intro} Stacked column chart of ${input.series.map((series) => lowerFirst(series.label)).join(', ')}, ${span}. Together they ${trendPhrase(totals, input.categories)}. ${parts.join(' ')}${gapsSentence(input)}`.trim()
  }
  const kind = input.type === 'column' ? 'Column chart' : 'Line chart'
  const main = input.series.filter((series) => series.role === 'highlight' || series.role === 'series')
  const context = input.series.filter((series) => series.role === 'context')
  const reference = input.series.find((series) => series.role === 'reference')
  const sentences = main.map((series) => `${series.label} ${trendPhrase(series, input.categories)}.${main.length === 1 ? extremes(series, input.categories) : ''}`)
  if (context.length > 0) sentences.push(`${context.length} other areas are drawn in grey for comparison.`)
  if (reference) sentences.push(`${reference.label} ${trendPhrase(reference, input.categories)}.`)
  return `${intro} ${kind} of ${lowerFirst(input.measureLabel)}, ${span}. ${sentences.join(' ')}${gapsSentence(input)}`.trim()
}

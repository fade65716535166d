// House style for the story's sentences: per cent or %, small numbers in words, the offenders'
// name and how a year is written. Pure formatting; knows no figures and no store.

import { ordinal } from '../../contract/derived-columns'
import { periodEndYear } from '../../contract/periods'
// One cached en-GB formatter: toLocaleString builds a new one each call (about 0.4 ms, most of the leads' time).
import { formatFigure } from '../format'

import type { NumberStyle, OffenderTerm, PercentStyle, StoryStyle, YearStyle } from '../../contract/types'

export type { NumberStyle, OffenderTerm, PercentStyle, StoryStyle, YearStyle }

export const DEFAULT_STYLE: StoryStyle = { percent: 'per-cent', smallNumbers: 'words', offenderTerm: 'sex', yearStyle: 'end-of-march' }

/** The allowed values of each setting, in the order a settings menu lists them. */
export const STYLE_CHOICES = {
  percent: ['per-cent', 'percent-sign'],
  smallNumbers: ['words', 'figures'],
  offenderTerm: ['sex', 'sexual'],
  yearStyle: ['end-of-march', 'year-to', 'financial']
} as const satisfies { [K in keyof StoryStyle]: readonly StoryStyle[K][] }

/** Reads stored setting values, keeping the default for anything missing or unknown. */
export function styleFrom(values: Partial<Record<keyof StoryStyle, unknown>>): StoryStyle {
  const pick = <K extends keyof StoryStyle>(key: K): StoryStyle[K] => {
    const value = values[key]
    return (STYLE_CHOICES[key] as readonly unknown[]).includes(value) ? (value as StoryStyle[K]) : DEFAULT_STYLE[key]
  }
  return { percent: pick('percent'), smallNumbers: pick('smallNumbers'), offenderTerm: pick('offenderTerm'), yearStyle: pick('yearStyle') }
}

export const SMALL_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const
export const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'] as const

/** A count as house style writes it: "1,867", and numbers under ten in words where the style says so. */
export function formatCount(value: number, style: StoryStyle): string {
  // "no other dangerous offenders" reads better than "zero"; in figures it stays 0.
  if (style.smallNumbers === 'words' && value === 0) return 'no'
  if (style.smallNumbers === 'words' && Number.isInteger(value) && value > 0 && value < 10) return SMALL_NUMBER_WORDS[value]
  return formatFigure(value, 1)
}

/** A rate as published: whole numbers stay whole, never in words ("114", "0.5"). */
export function formatRate(value: number): string {
  return formatFigure(value, 1)
}

/** Per cent to the precision a reader needs: whole numbers, one decimal place under 1. */
export function roundPercent(value: number): number {
  const size = Math.abs(value)
  return size < 1 && size > 0 ? Math.round(value * 10) / 10 : Math.round(value)
}

export function formatPercent(value: number, style: StoryStyle): string {
  const text = formatFigure(roundPercent(value), 1)
  return style.percent === 'per-cent' ? `${text} per cent` : `${text}%`
}

/** "third", "12th", "21st"; under ten in words where the style says so. */
export function formatOrdinal(rank: number, style: StoryStyle): string {
  if (style.smallNumbers === 'words' && rank > 0 && rank < 10) return ORDINAL_WORDS[rank]
  return ordinal(rank)
}

/** "registered sex offenders" or "registered sexual offenders" (short: "sex offenders"). */
export function offenderName(style: StoryStyle, form: 'full' | 'short' = 'full'): string {
  const noun = style.offenderTerm === 'sex' ? 'sex offenders' : 'sexual offenders'
  return form === 'full' ? `registered ${noun}` : noun
}

/** When a snapshot figure stands, as the style writes it: "at the end of March 2022", "in 2021/22". */
export function periodPhrase(period: string, style: StoryStyle): string {
  const end = periodEndYear(period)
  if (style.yearStyle === 'financial') return `in ${period}`
  if (style.yearStyle === 'year-to') return `in the year to March ${end}`
  return `at the end of March ${end}`
}

/** A period named in passing, as the style writes it: "2018/19", "March 2019". */
export function periodName(period: string, style: StoryStyle): string {
  return style.yearStyle === 'financial' ? period : `March ${periodEndYear(period)}`
}

/** "Essex's", "Dyfed-Powys's". */
export function possessive(name: string): string {
  return `${name}'s`
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

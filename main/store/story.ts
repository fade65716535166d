// Gathers what the story tools read: the current figures of the headline measures for every area,
// the series breaks reporters have noted, and the house style from the settings. Read-only; the
// wording and checking themselves live in domain/story and never see the database.

import type { SettingKey } from '../contract/channels'
import type { Figure } from '../contract/types'
import type { SeriesBreak, StoryData, StoryFigure } from '../domain/story/book'
import { styleFrom, type StoryStyle } from '../domain/story/style'
import type { Db } from './database'
import { currentFigures } from './figures'
import { listAnnotations } from './annotations'
import { getSetting } from './settings'

/** The measures sentences state and copy is checked against. */
export const STORY_MEASURES = ['rso', 'rso_rate', 'violent', 'other_dangerous', 'terrorism', 'total'] as const

/** A note saying a series breaks there: "series break", "not comparable", "break in the series". */
const BREAK_WORDS = /\bseries\s+break\b|\bbreak\s+in\s+(?:the\s+)?series\b|\bnot\s+(?:directly\s+)?comparable\b|\bdiscontinuity\b/i

export function storyFigureOf(figure: Figure): StoryFigure {
  return {
    area: figure.area,
    areaName: figure.area_name,
    areaKind: figure.area_kind,
    measure: figure.measure,
    period: figure.period,
    value: figure.value,
    status: figure.status,
    source: { file: figure.source.file, sheet: figure.source.sheet, cell: figure.source.cell, release: figure.source.release }
  }
}

export function seriesBreaks(db: Db): SeriesBreak[] {
  const breaks: SeriesBreak[] = []
  for (const note of listAnnotations(db)) {
    if (!BREAK_WORDS.test(note.text)) continue
    const { target } = note
    if (target.kind === 'period') breaks.push({ period: target.period, measure: target.measure ?? null, area: null, text: note.text })
    if (target.kind === 'cell') breaks.push({ period: target.period, measure: target.measure, area: target.area, text: note.text })
  }
  return breaks
}

export function storyData(db: Db): StoryData {
  const figures = STORY_MEASURES.flatMap((measure) => (db.prepare('SELECT 1 FROM measure WHERE id = ?').get(measure) ? currentFigures(db, { measure }) : []))
  return { figures: figures.map(storyFigureOf), breaks: seriesBreaks(db) }
}

/** The setting each house-style choice is stored under. */
export const STYLE_SETTINGS = {
  percent: 'storyPercent',
  smallNumbers: 'storySmallNumbers',
  offenderTerm: 'storyOffenderTerm',
  yearStyle: 'storyYearStyle'
} as const satisfies Record<keyof StoryStyle, SettingKey>

export function houseStyle(db: Db): StoryStyle {
  return styleFrom({
    percent: getSetting(db, STYLE_SETTINGS.percent),
    smallNumbers: getSetting(db, STYLE_SETTINGS.smallNumbers),
    offenderTerm: getSetting(db, STYLE_SETTINGS.offenderTerm),
    yearStyle: getSetting(db, STYLE_SETTINGS.yearStyle)
  })
}

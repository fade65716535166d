// Gathers what the story tools read: the current figures of the headline measures for every area,
// the series breaks reporters have noted, and the house style from the settings. Read-only; the
// wording and checking themselves live in domain/story and never see the database.

import { MEASURES } from '../contract/measures'
import type { Figure } from '../contract/types'
import type { SeriesBreak, StoryData, StoryFigure } from '../domain/story/book'
import { styleFrom, type StoryStyle } from '../domain/story/style'
import type { Db } from './database'
import { currentRows, sourceOf } from './current'
import { listAnnotations } from './annotations'
import { getSetting } from './settings'

/** The measures sentences state and copy is checked against. */
export const STORY_MEASURES = ['rso', 'rso_rate', 'violent', 'other_dangerous', 'terrorism', 'total'] as const

/** A note saying a series breaks there: "series break", "not comparable", "break in the series". */
const BREAK_WORDS = /\bseries\s+break\b|\bbreak\s+in\s+(?:the\s+)?series\b|\bnot\s+(?:directly\s+)?comparable\b|\bdiscontinuity\b/i

export function storyFigureOf(
  figure: Pick<Figure, 'area' | 'area_name' | 'area_kind' | 'measure' | 'period' | 'value' | 'status' | 'source'>
): StoryFigure {
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

interface EarlierRow {
  area: string
  area_name: string
  area_kind: StoryFigure['areaKind']
  measure: string
  period: string
  value: number
  status: StoryFigure['status']
  file_name: string
  sheet: string
  cell: string
  edition_label: string
}

/**
 * What older editions printed for a story figure that a later edition restated: "revised" in the checker.
 * In precedence order, so the edition the checker cites for a number is the newest that printed it, and
 * the sample (which ranks after every real edition) only where no edition did.
 */
function earlierEditions(db: Db): StoryFigure[] {
  const rows = db
    .prepare(
      `SELECT a.slug AS area, a.name AS area_name, a.kind AS area_kind, ro.measure_id AS measure, ro.period, ro.value, ro.status,
        ro.file_name, ro.sheet, ro.cell, ro.edition_label
      FROM ranked_observation ro JOIN area a ON a.id = ro.area_id
      JOIN ranked_observation cur ON cur.area_id = ro.area_id AND cur.measure_id = ro.measure_id AND cur.period = ro.period AND cur.figure_rank = 1
      WHERE ro.figure_rank > 1 AND ro.value IS NOT NULL AND ro.value IS NOT cur.value
        AND ro.measure_id IN (${STORY_MEASURES.map(() => '?').join(', ')})
      ORDER BY ro.figure_rank`
    )
    .all(...STORY_MEASURES) as EarlierRow[]
  return rows.map((row) => ({
    area: row.area,
    areaName: row.area_name,
    areaKind: row.area_kind,
    measure: row.measure,
    period: row.period,
    value: row.value,
    status: row.status,
    source: { file: row.file_name, sheet: row.sheet, cell: row.cell, release: row.edition_label }
  }))
}

/** Each edition's own latest year and label, oldest first; the sample is not an edition a story is written from. */
function releasesOf(db: Db): { period: string; label: string }[] {
  return db
    .prepare('SELECT period, edition_label AS label FROM release WHERE period IS NOT NULL AND is_sample = 0 ORDER BY period, id')
    .all() as { period: string; label: string }[]
}

/** The current figures of some measures as the story tools read them, in one query (no rate warnings: the story tools make their own checks). */
export function currentStoryFigures(db: Db, measures: readonly string[]): StoryFigure[] {
  return currentRows(db, { measures }).map((row) => storyFigureOf({ ...row, source: sourceOf(row) }))
}

/**
 * Other counts the tables hold that copy cites ("24 were cautioned for breaching notification
 * requirements", "25 were managed at level 2"): Check my copy confirms them.
 */
export const COPY_EXTRA_MEASURES: readonly string[] = [
  'breaches_notification',
  'shpo',
  'sro',
  'sfo_charged',
  'returned_custody_licence',
  'returned_custody_order',
  ...MEASURES.filter((measure) => measure.level !== null).map((measure) => measure.id)
]

export function storyData(db: Db): StoryData {
  return {
    figures: currentStoryFigures(db, [...STORY_MEASURES, ...COPY_EXTRA_MEASURES]),
    breaks: seriesBreaks(db),
    history: earlierEditions(db),
    releases: releasesOf(db)
  }
}

/** The setting each house-style choice is stored under. */
export const STYLE_SETTINGS = {
  percent: 'storyPercent',
  smallNumbers: 'storySmallNumbers',
  offenderTerm: 'storyOffenderTerm',
  yearStyle: 'storyYearStyle'
} as const satisfies Record<keyof StoryStyle, string>

export function houseStyle(db: Db): StoryStyle {
  return styleFrom({
    percent: getSetting(db, STYLE_SETTINGS.percent),
    smallNumbers: getSetting(db, STYLE_SETTINGS.smallNumbers),
    offenderTerm: getSetting(db, STYLE_SETTINGS.offenderTerm),
    yearStyle: getSetting(db, STYLE_SETTINGS.yearStyle)
  })
}

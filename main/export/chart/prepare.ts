// Gets a chart spec ready to draw: checks it against the store, reads the current figures it
// shows, drafts the empty texts from provenance (source, notes) and the figures (title, alt
// text), and runs the colour check. Reads the store; never writes it and never draws.

import { areaName, areasOf, chartDataOf, measuresOf, shortMeasureLabel, type ChartData } from '../../contract/chart/series'
import { checkSpecNames, ChartSpecError, parseChartSpec, type ChartSpec } from '../../contract/chart/spec'
import { builtInStyle, houseStyleSchema, type HouseStyle } from '../../contract/chart/theme'
import type { ChartTexts } from '../../contract/charts'
import type { Figure, StoryStyle } from '../../contract/types'
import { draftAltText } from '../../domain/alt-text'
import { checkColours } from '../../domain/colour-check'
import { joinWithAnd } from '../../domain/format'
import { findMeasureById } from '../../contract/measures'
import { AppError } from '../../contract/errors'
import { documentText } from '../../domain/safe-text'
import { styleSpec } from '../../store/charts'
import type { Db } from '../../store/database'
import { currentFigures } from '../../store/figures'
import { areaNames, measureLabels, storedPeriods } from '../../store/keys'
import { houseStyle as storyStyle } from '../../store/story'
import { oncePerStoreVersion } from '../../store/transaction'
import { isChangeMap } from '../../contract/chart/tile-map'
import { colourKey, isolatedPoints } from './config'
import { mapClasses, mapColourKey, mapDataOf } from './map'
import { provenanceOf, type Provenance } from '../provenance'

export interface PreparedChart {
  spec: ChartSpec
  style: HouseStyle
  data: ChartData
  /** The texts drawn: the reporter's where written, drafted where left empty. */
  texts: ChartTexts
  /** What each text would be if left empty, for the editor's placeholders. */
  drafts: ChartTexts & { altText: string }
  altText: string
  provenance: Provenance
  warnings: string[]
  /** The story style settings: alt text, notes and the map's words say per cent as the story does. */
  wording: StoryStyle
}

/** A spec from a file or a request, parsed; its one-line error names the field. */
export function parseSpecOrThrow(input: unknown): ChartSpec {
  try {
    return parseChartSpec(input)
  } catch (error) {
    if (error instanceof ChartSpecError) throw new AppError('bad_input', `Chart spec ${error.message}`)
    throw error
  }
}

/** The catalogue, and the figures of each measure as the editor asks for them, read once per version of the store. */
const readsOf = oncePerStoreVersion((db) => ({ catalogue: readCatalogue(db), figures: new Map<string, Figure[]>() }))

function readCatalogue(db: Db) {
  return { areas: new Set(areaNames(db).keys()), measures: new Set(measureLabels(db).keys()), periods: storedPeriods(db) }
}

function figuresOf(db: Db, measure: string): Figure[] {
  const cache = readsOf(db).figures
  let figures = cache.get(measure)
  if (!figures) {
    figures = currentFigures(db, { measure })
    cache.set(measure, figures)
  }
  return figures
}

/** A house style by name: a built-in one, or one saved from the editor in the `template` table. */
export function styleNamed(db: Db, name: string): HouseStyle {
  const builtIn = builtInStyle(name)
  if (builtIn) return builtIn
  const saved = styleSpec(db, name)
  if (saved === undefined)
    throw new AppError('bad_input', `Chart spec theme: unknown house style "${name}" (use house, mono or one saved in this project)`)
  const parsed = houseStyleSchema.safeParse({ ...(JSON.parse(saved) as object), name })
  if (!parsed.success)
    throw new AppError(
      'bad_input',
      `House style "${name}" is damaged: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`
    )
  return parsed.data
}

function figuresShown(db: Db, spec: ChartSpec): Figure[] {
  const areas = new Set(areasOf(spec))
  if (spec.highlight) areas.add(spec.highlight)
  if (spec.reference) areas.add(spec.reference)
  const from = spec.type === 'bar' || (spec.type === 'map' && !isChangeMap(spec)) ? spec.periods.to : spec.periods.from
  return measuresOf(spec)
    .flatMap((measure) => figuresOf(db, measure))
    .filter((figure) => areas.has(figure.area) && figure.period >= from && figure.period <= spec.periods.to)
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

function draftTitle(spec: ChartSpec, figures: Figure[]): string {
  const measure = shortMeasureLabel(spec.measure)
  const focus = spec.highlight ?? (spec.areas === 'all' ? null : spec.areas[0])
  switch (spec.type) {
    case 'bar':
      return `${measure} by MAPPA area, ${spec.periods.to}`
    case 'map':
      return isChangeMap(spec)
        ? `Change in ${lowerFirst(measure)} by MAPPA area, ${spec.periods.from} to ${spec.periods.to}`
        : `${measure} by MAPPA area, ${spec.periods.to}`
    case 'stacked':
      return `MAPPA offenders by category in ${areaName(focus ?? 'england-and-wales', figures)}`
    case 'column':
      return `${measure} in ${areaName(focus ?? 'england-and-wales', figures)}`
    case 'line': {
      if (spec.areas === 'all') return `${measure} in the 42 MAPPA areas`
      const names = spec.areas.map((area) => areaName(area, figures))
      return names.length <= 3 ? `${measure} in ${joinWithAnd(names)}` : `${measure} in ${names.length} MAPPA areas`
    }
  }
}

/** How a stacked column's subtitle names its parts: "registered sexual, violent and other dangerous offenders". */
const STACKED_WORDS: Readonly<Record<string, string>> = {
  rso: 'registered sexual',
  violent: 'violent',
  other_dangerous: 'other dangerous',
  terrorism: 'terrorism'
}

function draftSubtitle(spec: ChartSpec, data: ChartData): string {
  const definition = findMeasureById(spec.measure)
  const isOneYear = spec.type === 'bar' || (spec.type === 'map' && !isChangeMap(spec))
  const span = isOneYear ? spec.periods.to : `${spec.periods.from} to ${spec.periods.to}`
  const when = definition?.kind === 'flow' ? `During the year, ${span}` : `At 31 March, ${span}`
  if (spec.type === 'stacked') {
    const words = data.series.map(
      (series) =>
        STACKED_WORDS[series.key] ??
        shortMeasureLabel(series.key)
          .toLowerCase()
          .replace(/ offenders$/, '')
    )
    return `${when}; ${joinWithAnd(words)} offenders`
  }
  if (definition?.unit === 'rate') return `${definition.label.replace(/^.*?per/i, 'Per')}, ${when.toLowerCase()}`
  return when
}

function draftNotes(provenance: Provenance, data: ChartData): string {
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)
  // Grouped by what the gap is, then by series: "England and Wales 2019/20 and 2022/23: .. not available".
  const gaps = new Map<string, Map<string, string[]>>()
  for (const gap of data.gaps) {
    const key = gap.token === 'no figure' ? 'no figure in the tables imported' : `${gap.token} ${gap.meaning}`
    const bySeries = gaps.get(key) ?? new Map<string, string[]>()
    bySeries.set(gap.series, [...(bySeries.get(gap.series) ?? []), gap.category])
    gaps.set(key, bySeries)
  }
  const gapLines = [...gaps].map(([what, bySeries]) => {
    const count = [...bySeries.values()].reduce((sum, categories) => sum + categories.length, 0)
    const where = [...bySeries].map(([series, categories]) =>
      `${series} ${categories.length > 6 ? `${categories.length} years` : joinWithAnd(categories)}`.trim()
    )
    return `${bySeries.size > 1 && count > 4 ? `${count} figures` : joinWithAnd(where)}: ${what}, shown as a gap`
  })
  // A year known with no known year either side is a dot with no line: the note says why.
  const lines = data.type === 'line' ? data.series.filter((series) => series.role !== 'context') : []
  const dotLines = lines.flatMap((series) => {
    const alone = isolatedPoints(series.values).flatMap((isAlone, at) => (isAlone ? [data.categories[at]] : []))
    return alone.length === 0 ? [] : [`${series.label} ${joinWithAnd(alone)}: no figure for the year before or after, shown as a dot`]
  })
  return [...provenance.edits.map((edit) => edit.line), ...provenance.notes.map((note) => note.line), ...gapLines, ...dotLines]
    .map(sentence)
    .join(' ')
}

/** Each of a record's texts with the characters XML forbids dropped: no SVG, PDF or PNG carries one. */
function documentTexts<T extends object>(texts: T): T {
  return Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, typeof text === 'string' ? documentText(text) : text])) as T
}

/** The spec's own words (titles, notes, alt text, annotations) as a document may carry them. */
function withDocumentTexts(spec: ChartSpec): ChartSpec {
  return { ...documentTexts(spec), annotations: spec.annotations.map(documentTexts) }
}

export function prepareChart(db: Db, input: unknown): PreparedChart {
  const spec = withDocumentTexts(parseSpecOrThrow(input))
  try {
    checkSpecNames(spec, readsOf(db).catalogue)
  } catch (error) {
    if (error instanceof ChartSpecError) throw new AppError('bad_input', `Chart spec ${error.message}`)
    throw error
  }
  const style = styleNamed(db, spec.theme)
  const figures = figuresShown(db, spec)
  const data = spec.type === 'map' ? mapDataOf(spec, figures) : chartDataOf(spec, figures)
  const wording = storyStyle(db)
  const provenance = provenanceOf(db, figures)
  // Drafts quote the store: file names, footnotes, notes and edit reasons from imported files.
  const drafts = documentTexts({
    title: draftTitle(spec, figures),
    subtitle: draftSubtitle(spec, data),
    source: provenance.sourceLine,
    notes: draftNotes(provenance, data),
    byline: ''
  })
  const texts: ChartTexts = {
    title: spec.title.trim() || drafts.title,
    subtitle: spec.subtitle.trim() || drafts.subtitle,
    source: spec.source.trim() || drafts.source,
    notes: spec.notes.trim() || drafts.notes,
    byline: spec.byline.trim()
  }
  const classes = spec.type === 'map' ? mapClasses(data, style) : undefined
  const draftedAlt = documentText(draftAltText({ ...data, title: texts.title, periods: spec.periods, classes }, wording))
  const warnings = checkColours(spec.type === 'map' ? mapColourKey(data, style) : colourKey(spec, data, style)).map(
    (warning) => warning.message
  )
  if (data.series.every((series) => series.values.every((value) => value === null)))
    warnings.push('None of the figures asked for is in this database: the chart is empty')
  return {
    spec,
    style,
    data,
    texts,
    drafts: { ...drafts, altText: draftedAlt },
    altText: spec.altText.trim() || draftedAlt,
    provenance,
    warnings,
    wording
  }
}

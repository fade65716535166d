// The chart spec: one versioned JSON shape for every chart a reporter makes, validated by one zod
// schema that the channels, the CLI and the editor share. Pure: no Node, DOM or store access.

import { z } from 'zod'
import { MAPPA_CATEGORIES } from '../measures'
import { fileStem } from '../file-names'

export const CHART_SPEC_VERSION = 1
export const CHART_TYPES = ['line', 'column', 'bar', 'stacked', 'map'] as const
export type ChartType = (typeof CHART_TYPES)[number]

/** Print sizes a press can take: a thumbnail column to a full broadsheet page, in mm. */
export const SIZE_LIMITS_MM = { min: 20, max: 600 }
/** 72 dpi is a screen; above 1200 dpi no press plate gains anything, and files balloon. */
export const DPI_LIMITS = { min: 72, max: 1200 }

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be an area slug such as essex')
const measureId = z.string().regex(/^[a-z0-9_:-]{1,120}$/, 'must be a measure id such as rso')
const periodKey = z.string().regex(/^\d{4}\/\d{2}$/, 'must be a financial year such as 2021/22')
const text = (max: number) => z.string().max(max, `must be under ${max} characters`)

export const chartAnnotationSchema = z
  .object({
    /** point: a value ("1,867: highest yet"); range: years shaded ("COVID recording delays"); last: the area's last value labelled. */
    kind: z.enum(['point', 'range', 'last']).default('point'),
    area: slug.optional(),
    period: periodKey.optional(),
    /** The end of a range. */
    toPeriod: periodKey.optional(),
    text: text(200)
  })
  .strict()

export const chartSpecSchema = z
  .object({
    version: z.literal(CHART_SPEC_VERSION),
    type: z.enum(CHART_TYPES),
    measure: measureId.default('rso'),
    /** Stacked columns: the measures stacked, bottom first. */
    measures: z.array(measureId).min(1).max(8).optional(),
    areas: z.union([z.literal('all'), z.array(slug).min(1).max(50)]),
    highlight: slug.nullable().default(null),
    reference: slug.nullable().default(null),
    periods: z.object({ from: periodKey, to: periodKey }).strict(),
    title: text(200).default(''),
    subtitle: text(300).default(''),
    source: text(400).default(''),
    notes: text(1500).default(''),
    byline: text(120).default(''),
    altText: text(2000).default(''),
    annotations: z.array(chartAnnotationSchema).max(20).default([]),
    theme: z.string().trim().min(1).max(80).default('house'),
    size: z
      .object({
        widthMm: z
          .number()
          .min(SIZE_LIMITS_MM.min, `must be at least ${SIZE_LIMITS_MM.min} mm`)
          .max(SIZE_LIMITS_MM.max, `must be at most ${SIZE_LIMITS_MM.max} mm`),
        heightMm: z
          .number()
          .min(SIZE_LIMITS_MM.min, `must be at least ${SIZE_LIMITS_MM.min} mm`)
          .max(SIZE_LIMITS_MM.max, `must be at most ${SIZE_LIMITS_MM.max} mm`)
      })
      .strict(),
    dpi: z
      .number()
      .int()
      .min(DPI_LIMITS.min, `must be at least ${DPI_LIMITS.min}`)
      .max(DPI_LIMITS.max, `must be at most ${DPI_LIMITS.max}`)
      .default(300),
    /** Axis from zero unless the reporter turns it off (a warning says so). */
    axisFromZero: z.boolean().default(true),
    /** A map's shading: the figure for `periods.to`, or its per cent change since `periods.from`. */
    mapShows: z.enum(['value', 'change']).default('value')
  })
  .strict()

export type ChartSpec = z.output<typeof chartSpecSchema>
export type ChartSpecInput = z.input<typeof chartSpecSchema>
export type ChartAnnotation = z.output<typeof chartAnnotationSchema>

/** What the store knows, for checking a spec's names. */
export interface ChartCatalogue {
  areas: ReadonlySet<string>
  measures: ReadonlySet<string>
  periods: ReadonlySet<string>
}

export class ChartSpecError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(`${field}: ${message}`)
    this.name = 'ChartSpecError'
  }
}

/** Parses a spec; a bad one throws one line naming the field ("size.widthMm: must be at least 20 mm"). */
export function parseChartSpec(input: unknown): ChartSpec {
  const parsed = chartSpecSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue.path.length > 0 ? issue.path.join('.') : 'spec'
    throw new ChartSpecError(field, issue.message)
  }
  const spec = parsed.data
  if (spec.periods.from > spec.periods.to)
    throw new ChartSpecError('periods', `"from" (${spec.periods.from}) is after "to" (${spec.periods.to})`)
  if (
    spec.size.widthMm * spec.size.heightMm > 0 &&
    (spec.size.widthMm / spec.size.heightMm > 8 || spec.size.heightMm / spec.size.widthMm > 8)
  ) {
    throw new ChartSpecError(
      'size',
      `${spec.size.widthMm} × ${spec.size.heightMm} mm is too thin for a chart: keep width and height within 8:1`
    )
  }
  const pixels = pixelSize(spec)
  if (pixels.widthPx * pixels.heightPx > 100_000_000)
    throw new ChartSpecError('dpi', `${spec.dpi} dpi at this size makes more than 100 million pixels`)
  return spec
}

/** Checks the areas, measures and periods a spec names against what the store holds. */
export function checkSpecNames(spec: ChartSpec, catalogue: ChartCatalogue): void {
  const measures = spec.type === 'stacked' ? (spec.measures ?? [...MAPPA_CATEGORIES]) : [spec.measure]
  measures.forEach((measure, index) => {
    if (!catalogue.measures.has(measure))
      throw new ChartSpecError(spec.type === 'stacked' && spec.measures ? `measures.${index}` : 'measure', `unknown measure "${measure}"`)
  })
  if (spec.areas !== 'all') {
    spec.areas.forEach((area, index) => {
      if (!catalogue.areas.has(area)) throw new ChartSpecError(`areas.${index}`, `unknown area "${area}"`)
    })
  }
  for (const field of ['highlight', 'reference'] as const) {
    const area = spec[field]
    if (area !== null && !catalogue.areas.has(area)) throw new ChartSpecError(field, `unknown area "${area}"`)
  }
  for (const field of ['from', 'to'] as const) {
    if (!catalogue.periods.has(spec.periods[field]))
      throw new ChartSpecError(`periods.${field}`, `no figures for ${spec.periods[field]} in this database`)
  }
  spec.annotations.forEach((annotation, index) => {
    if (annotation.area && !catalogue.areas.has(annotation.area))
      throw new ChartSpecError(`annotations.${index}.area`, `unknown area "${annotation.area}"`)
    for (const field of ['period', 'toPeriod'] as const) {
      const period = annotation[field]
      if (period && (period < spec.periods.from || period > spec.periods.to)) {
        throw new ChartSpecError(
          `annotations.${index}.${field}`,
          `${period} is outside the chart's years (${spec.periods.from} to ${spec.periods.to})`
        )
      }
    }
    if (annotation.kind === 'range' && !(annotation.period && annotation.toPeriod))
      throw new ChartSpecError(`annotations.${index}`, 'a range needs "period" and "toPeriod"')
    if (annotation.kind === 'point' && !annotation.period)
      throw new ChartSpecError(`annotations.${index}.period`, 'a point annotation needs a period')
  })
}

export const MM_PER_INCH = 25.4
export const POINTS_PER_INCH = 72

/** Pixel size is round(mm / 25.4 × dpi), the contract for every PNG. */
export function pixelSize(spec: Pick<ChartSpec, 'size' | 'dpi'>): { widthPx: number; heightPx: number } {
  return {
    widthPx: Math.round((spec.size.widthMm / MM_PER_INCH) * spec.dpi),
    heightPx: Math.round((spec.size.heightMm / MM_PER_INCH) * spec.dpi)
  }
}

/** Page size in PostScript points, for PDF and SVG. */
export function pointSize(spec: Pick<ChartSpec, 'size'>): { widthPt: number; heightPt: number } {
  return { widthPt: (spec.size.widthMm / MM_PER_INCH) * POINTS_PER_INCH, heightPt: (spec.size.heightMm / MM_PER_INCH) * POINTS_PER_INCH }
}

/** A file name from the title: "Registered sex offenders in Essex" → "registered-sex-offenders-in-essex.png" (see fileStem). */
export function fileNameOf(title: string, extension: string): string {
  return `${fileStem(title, 'chart')}.${extension}`
}

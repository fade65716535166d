// One area's pack from one chart spec: the chart as PNG (at the spec's dpi), SVG and PDF, its table
// as CSV and HTML, and story.txt with the sentences and the alt text, under `<area-slug>/`. Written
// into a `.partial` folder and renamed when whole, so a folder that exists is a complete pack.

import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { areasOf, measuresOf } from '../../contract/chart/series'
import type { ChartSpec } from '../../contract/chart/spec'
import { draftSentences } from '../../domain/story/sentences'
import type { Db } from '../../store/database'
import { currentFigures } from '../../store/figures'
import { houseStyle, storyData } from '../../store/story'
import type { StoryData } from '../../domain/story/book'
import { prepareChart } from '../chart/prepare'
import { renderPrepared } from '../chart/render'
import { buildTableSpec } from '../tables/spec'
import { writeTable } from '../tables/registry'

/** The files every pack holds, in the order they are written; pack.json goes last. */
export const PACK_FILES = ['chart.png', 'chart.svg', 'chart.pdf', 'table.csv', 'table.html', 'story.txt'] as const
export const MANIFEST = 'pack.json'

export interface PackManifest {
  area: string
  areaName: string
  /** The spec the pack was made from; a re-run remakes packs of any other spec. */
  specHash: string
  title: string
  altText: string
  files: string[]
  warnings: string[]
}

export function specHash(spec: ChartSpec): string {
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 16)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The area a spec is about: its highlight, else its one area. */
export function focusOf(spec: ChartSpec): string | null {
  return spec.highlight ?? (spec.areas !== 'all' && spec.areas.length === 1 ? spec.areas[0] : null)
}

/**
 * The spec for one area: a single-area chart charts that area; a chart of several areas keeps them
 * and adds this one; either way it is highlighted. The old area's name in the title and subtitle
 * becomes the new one; notes, alt text and notes pinned on the old area's figures are drafted afresh.
 */
export function specForArea(spec: ChartSpec, area: string, names: { from: string | null; to: string }): ChartSpec {
  const focus = focusOf(spec)
  const areas = spec.areas === 'all' ? 'all' : spec.areas.length === 1 ? [area] : spec.areas.includes(area) ? spec.areas : [...spec.areas, area]
  const rename = (text: string) => (names.from ? text.replace(new RegExp(`\\b${escapeRegExp(names.from)}\\b`, 'g'), names.to) : text)
  return {
    ...spec,
    areas,
    highlight: area,
    reference: spec.reference === area ? null : spec.reference,
    title: rename(spec.title),
    subtitle: rename(spec.subtitle),
    altText: '',
    notes: '',
    annotations: spec.annotations.flatMap((annotation) => {
      if (!annotation.area || annotation.area !== focus) return [annotation]
      return annotation.kind === 'last' ? [{ ...annotation, area }] : []
    })
  }
}

/** The edition a pack's sentences are for: the chart's last year, else the latest before it with a figure. */
function storyPeriod(data: StoryData, area: string, spec: ChartSpec): string {
  const periods = data.figures.filter((figure) => figure.area === area && figure.measure === 'rso' && figure.value !== null && figure.period <= spec.periods.to).map((figure) => figure.period)
  return periods.sort().at(-1) ?? spec.periods.to
}

function tablePeriods(db: Db, spec: ChartSpec): string[] {
  const periods = new Set(measuresOf(spec).flatMap((measure) => currentFigures(db, { measure }).map((figure) => figure.period)))
  return [...periods].filter((period) => period >= spec.periods.from && period <= spec.periods.to).sort()
}

export function isPackComplete(outDir: string, area: string, hash: string): boolean {
  const manifest = join(outDir, area, MANIFEST)
  if (!existsSync(manifest)) return false
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as PackManifest).specHash === hash
  } catch {
    return false
  }
}

export interface PackContext {
  db: Db
  spec: ChartSpec
  hash: string
  outDir: string
  data: StoryData
  areaNames: ReadonlyMap<string, string>
  /** Checked between files: a cancelled pack is removed, never left half-written. */
  isCancelled: () => boolean
}

export class PackCancelled extends Error {}

export function packContext(db: Db, spec: ChartSpec, outDir: string, isCancelled: () => boolean = () => false): PackContext {
  const areaNames = new Map(db.prepare('SELECT slug, name FROM area').all().map((row) => [(row as { slug: string }).slug, (row as { name: string }).name]))
  return { db, spec, hash: specHash(spec), outDir, data: storyData(db), areaNames, isCancelled }
}

/** Writes one area's pack; returns its manifest. Throws PackCancelled (leaving nothing) when cancelled. */
export async function writePack(context: PackContext, area: string): Promise<PackManifest> {
  const { db, spec, outDir } = context
  const areaName = context.areaNames.get(area) ?? area
  const focus = focusOf(spec)
  const areaSpec = specForArea(spec, area, { from: focus ? (context.areaNames.get(focus) ?? null) : null, to: areaName })
  const partial = join(outDir, `${area}.partial`)
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial, { recursive: true })
  const put = (name: string, bytes: Uint8Array | string) => {
    if (context.isCancelled()) throw new PackCancelled()
    writeFileSync(join(partial, name), bytes)
  }
  try {
    const prepared = prepareChart(db, areaSpec)
    const warnings = [...prepared.warnings]
    for (const format of ['png', 'svg', 'pdf'] as const) {
      const rendered = await renderPrepared(prepared, format)
      put(`chart.${format}`, rendered.bytes)
    }
    const isStacked = areaSpec.type === 'stacked'
    const table = buildTableSpec(db, {
      by: isStacked ? 'area' : 'measure',
      subject: isStacked ? area : areaSpec.measure,
      rows: isStacked ? measuresOf(areaSpec) : areaSpec.areas === 'all' ? undefined : [...new Set([...areasOf(areaSpec), ...(areaSpec.reference ? [areaSpec.reference] : [])])],
      periods: tablePeriods(db, areaSpec),
      highlight: isStacked ? null : area,
      title: prepared.texts.title
    })
    for (const format of ['csv', 'html'] as const) put(`table.${format}`, (await writeTable(table, format)).bytes)
    const sentences = draftSentences(context.data, area, storyPeriod(context.data, area, areaSpec), houseStyle(db))
    const story = [prepared.texts.title, '', ...sentences.map((sentence) => sentence.text), '', `Alt text: ${prepared.altText}`, '', prepared.texts.source, ''].join('\n')
    put('story.txt', story)
    const manifest: PackManifest = { area, areaName, specHash: context.hash, title: prepared.texts.title, altText: prepared.altText, files: [...PACK_FILES], warnings }
    put(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`)
    const final = join(outDir, area)
    rmSync(final, { recursive: true, force: true })
    renameSync(partial, final)
    return manifest
  } catch (error) {
    rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

// One area's pack from one chart spec: the chart as PNG (at the spec's dpi), SVG and PDF, its table
// as CSV and HTML, and story.txt with the sentences and the alt text, under `<area-slug>/`. Written
// into a temporary folder, pack.json (the completion marker) last, and renamed into place when
// whole; a pack is replaced only when it is one of ours, and a file of the reporter's in it is kept.

import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { AppError } from '../../contract/errors'
import { partialNameFor, writeFailure, writeFileWhole } from '../../files/write'
import { removeOwnFiles } from './folder'
import { areasOf, measuresOf } from '../../contract/chart/series'
import type { ChartSpec } from '../../contract/chart/spec'
import { draftSentences } from '../../domain/story/sentences'
import type { Db } from '../../store/database'
import { currentFigures } from '../../store/figures'
import { areaNames } from '../../store/keys'
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
  /** Each file's size in bytes: a pack counts as complete only while every file is there at its size. */
  sizes?: Record<string, number>
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
  const areas =
    spec.areas === 'all' ? 'all' : spec.areas.length === 1 ? [area] : spec.areas.includes(area) ? spec.areas : [...spec.areas, area]
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
  const periods = data.figures
    .filter((figure) => figure.area === area && figure.measure === 'rso' && figure.value !== null && figure.period <= spec.periods.to)
    .map((figure) => figure.period)
  return periods.sort().at(-1) ?? spec.periods.to
}

function tablePeriods(db: Db, spec: ChartSpec): string[] {
  const periods = new Set(measuresOf(spec).flatMap((measure) => currentFigures(db, { measure }).map((figure) => figure.period)))
  return [...periods].filter((period) => period >= spec.periods.from && period <= spec.periods.to).sort()
}

/** The pack's manifest, where `<area>/pack.json` is one of ours for that area; null where there is none. */
export function readManifest(outDir: string, area: string): PackManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(join(outDir, area, MANIFEST), 'utf8')) as Partial<PackManifest>
    const isOurs =
      manifest.area === area &&
      typeof manifest.specHash === 'string' &&
      Array.isArray(manifest.files) &&
      manifest.files.every((file) => typeof file === 'string' && basename(file) === file)
    return isOurs ? (manifest as PackManifest) : null
  } catch {
    return null
  }
}

/** The manifest of a complete pack: every file it lists is there, at the size it was written. */
export function completeManifest(outDir: string, area: string): PackManifest | null {
  const manifest = readManifest(outDir, area)
  if (!manifest?.sizes) return null
  for (const file of manifest.files) {
    try {
      if (statSync(join(outDir, area, file)).size !== manifest.sizes[file]) return null
    } catch {
      return null
    }
  }
  return manifest
}

export function isPackComplete(outDir: string, area: string, hash: string): boolean {
  return completeManifest(outDir, area)?.specHash === hash
}

/** Whether `<area>/` is free for a pack: missing, or a pack of ours; anything else there is the reporter's. */
function packFolderState(outDir: string, area: string): 'missing' | 'ours' | 'foreign' {
  try {
    if (!statSync(join(outDir, area)).isDirectory()) return 'foreign'
  } catch {
    return 'missing'
  }
  return readManifest(outDir, area) ? 'ours' : 'foreign'
}

/** The names a pack of ours holds: its files and its manifest (those of the spec that made it, and of this version). */
export function isPackFileName(name: string, manifest?: PackManifest | null): boolean {
  return name === MANIFEST || (PACK_FILES as readonly string[]).includes(name) || (manifest?.files.includes(name) ?? false)
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
  const names = areaNames(db)
  return { db, spec, hash: specHash(spec), outDir, data: storyData(db), areaNames: names, isCancelled }
}

/** Writes one area's pack; returns its manifest. Throws PackCancelled (leaving nothing) when cancelled. */
export async function writePack(context: PackContext, area: string): Promise<PackManifest> {
  const { db, spec, outDir } = context
  const areaName = context.areaNames.get(area) ?? area
  const focus = focusOf(spec)
  const areaSpec = specForArea(spec, area, { from: focus ? (context.areaNames.get(focus) ?? null) : null, to: areaName })
  const final = join(outDir, area)
  const state = packFolderState(outDir, area)
  if (state === 'foreign') {
    throw new AppError(
      'bad_input',
      `${final} is not a MAPPA Desk pack (no pack.json of ours): left untouched, so there is no pack for ${areaName}; move it, or choose another folder`
    )
  }
  const partial = join(outDir, partialNameFor(area))
  try {
    mkdirSync(partial)
  } catch (error) {
    throw writeFailure(error, partial, true)
  }
  const sizes: Record<string, number> = Object.create(null) as Record<string, number>
  const put = (name: string, contents: Uint8Array | string) => {
    if (context.isCancelled()) throw new PackCancelled()
    const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents
    writeFileWhole(join(partial, name), bytes)
    sizes[name] = bytes.length
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
      rows: isStacked
        ? measuresOf(areaSpec)
        : areaSpec.areas === 'all'
          ? undefined
          : [...new Set([...areasOf(areaSpec), ...(areaSpec.reference ? [areaSpec.reference] : [])])],
      periods: tablePeriods(db, areaSpec),
      highlight: isStacked ? null : area,
      title: prepared.texts.title
    })
    for (const format of ['csv', 'html'] as const) put(`table.${format}`, (await writeTable(table, format)).bytes)
    const sentences = draftSentences(context.data, area, storyPeriod(context.data, area, areaSpec), houseStyle(db))
    const story = [
      prepared.texts.title,
      '',
      ...sentences.map((sentence) => sentence.text),
      '',
      `Alt text: ${prepared.altText}`,
      '',
      prepared.texts.source,
      ''
    ].join('\n')
    put('story.txt', story)
    // The completion marker, last: a pack without it, or with a file missing or cut short, is made again.
    const manifest: PackManifest = {
      area,
      areaName,
      specHash: context.hash,
      title: prepared.texts.title,
      altText: prepared.altText,
      files: [...PACK_FILES],
      sizes: { ...sizes },
      warnings
    }
    put(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`)
    if (state === 'ours') replacePack(outDir, area, partial)
    else renameInto(partial, final)
    return manifest
  } catch (error) {
    removeOwnFiles(partial, (name) => isPackFileName(name))
    throw error
  }
}

function renameInto(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (error) {
    throw writeFailure(error, to, true)
  }
}

/**
 * Puts the new pack where an old one of ours was: any file the reporter added to the old pack
 * moves into the new one first, the old pack steps aside, the new one takes its name, and the
 * old one's own files are removed.
 */
function replacePack(outDir: string, area: string, partial: string): void {
  const final = join(outDir, area)
  const old = readManifest(outDir, area)
  for (const entry of readdirSync(final)) {
    if (!isPackFileName(entry, old)) renameInto(join(final, entry), join(partial, entry))
  }
  const aside = `${partial}-old`
  renameInto(final, aside)
  renameInto(partial, final)
  removeOwnFiles(aside, (name) => isPackFileName(name, old))
}

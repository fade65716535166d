// Test and benchmark helpers for charts: a store with six editions of the MoJ tables (Essex
// suppressed in one year), a base spec, and readers for PNG chunks and PDF content streams.

import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import type { ChartSpecInput } from '../contract/chart/spec'
import { importFile } from '../import/importFile'
import type { Store } from '../store/database'
import { oldStyleBook } from './fixtures'

/** 31 March 2019 to 2024, one edition each; Essex rso 2020/21 is "[c]" and Kent violent 2023/24 "..". */
export function importSixEditions(store: Store): void {
  for (const year of [2019, 2020, 2021, 2022, 2023, 2024]) {
    const overrides: Record<string, Record<string, string>> = year === 2021
      ? { Essex: { rso: '[c]' } }
      : year === 2024
        ? { Kent: { violent: '..' } }
        : {}
    importFile(store, {
      fileName: `mappa-${year - 1}-${String(year % 100).padStart(2, '0')}.xlsx`,
      bytes: oldStyleBook('xlsx', { year, overrides })
    })
  }
}

export function essexTrendSpec(overrides: Partial<ChartSpecInput> = {}): ChartSpecInput {
  return {
    version: 1,
    type: 'line',
    measure: 'rso',
    areas: ['essex'],
    highlight: 'essex',
    reference: 'england-and-wales',
    periods: { from: '2018/19', to: '2023/24' },
    title: 'Registered sex offenders in Essex',
    annotations: [{ kind: 'point', area: 'essex', period: '2021/22', text: '1,867: highest yet' }],
    size: { widthMm: 86, heightMm: 70 },
    dpi: 300,
    ...overrides
  }
}

/** The 42 areas ranked for one year, on a bar chart tall enough to name every area. */
export function rankingSpec(period = '2021/22', overrides: Partial<ChartSpecInput> = {}): ChartSpecInput {
  return essexTrendSpec({
    type: 'bar',
    areas: 'all',
    periods: { from: period, to: period },
    annotations: [],
    size: { widthMm: 86, heightMm: 200 },
    ...overrides
  })
}

export interface PngInfo {
  width: number
  height: number
  pixelsPerMetre: number | null
  unit: number | null
}

/** Reads IHDR and pHYs straight from the bytes. */
export function readPngInfo(bytes: Uint8Array): PngInfo {
  const view = Buffer.from(bytes)
  if (view.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG')
  const info: PngInfo = { width: 0, height: 0, pixelsPerMetre: null, unit: null }
  for (let at = 8; at < view.length;) {
    const length = view.readUInt32BE(at)
    const type = view.subarray(at + 4, at + 8).toString('latin1')
    const data = view.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') Object.assign(info, { width: data.readUInt32BE(0), height: data.readUInt32BE(4) })
    if (type === 'pHYs') Object.assign(info, { pixelsPerMetre: data.readUInt32BE(0), unit: data[8] })
    at += 12 + length
  }
  return info
}

/** Every content stream of a PDF, inflated where compressed. */
export function pdfStreams(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1')
  const streams: string[] = []
  for (const match of text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const raw = Buffer.from(match[1], 'latin1')
    try {
      streams.push(inflateSync(raw).toString('latin1'))
    } catch {
      streams.push(match[1])
    }
  }
  return streams
}

/** Fill colour in force at each piece of text in a pdfkit content stream (`c m y k scn` before `BT`). */
/** The distinct font-family attributes an SVG's words carry. */
export function fontFamilies(svg: string): string[] {
  return [...new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((match) => match[1]))]
}

export function textFills(content: string): string[] {
  const fills: string[] = []
  let fill = ''
  for (const match of content.matchAll(/([\d. ]+) (scn|k)\b|\bBT\b/g)) {
    if (match[0] === 'BT') fills.push(fill)
    else fill = match[1].trim()
  }
  return fills
}

/** Runs a poppler tool on the bytes written to `folder`. */
export function poppler(
  tool: 'pdffonts' | 'pdfimages' | 'pdftotext' | 'pdfinfo',
  bytes: Uint8Array,
  folder: string,
  args: string[] = []
): string {
  const file = join(folder, `chart-${tool}.pdf`)
  writeFileSync(file, bytes)
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' })
}

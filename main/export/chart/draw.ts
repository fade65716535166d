// Draws a chart plan with Chart.js 4 on @napi-rs/canvas: PNG at the spec's dpi with pHYs, SVG
// with text kept as text, vector PDF with subset fonts, and CMYK PDF through pdfkit. Node only;
// the plan comes from config.ts, so this module never decides what a chart shows.

import { createCanvas, GlobalFonts, type Canvas, PDFDocument as SkiaPdf, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas'
import { Chart, registerables, type ChartConfiguration } from 'chart.js'
import annotationPlugin from 'chartjs-plugin-annotation'
import { join } from 'node:path'
import PDFKit from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'
import type { TextMeasurer } from './furniture'
import { resourcesDir } from '../../paths'
import { escapeXml, paintScene, sceneSvgBody, type PaintContext, type Scene } from './scene'

Chart.register(...registerables, annotationPlugin)

export const FONT_FAMILY = 'Inter'

export function fontFiles(): { regular: string; bold: string } {
  const folder = join(resourcesDir(), 'fonts')
  return { regular: join(folder, 'Inter_400Regular.ttf'), bold: join(folder, 'Inter_700Bold.ttf') }
}

let isFontRegistered = false

/** Registers the bundled Inter, regular and bold under one family: no system font is ever used. */
export function registerFonts(): void {
  if (isFontRegistered) return
  const files = fontFiles()
  if (!GlobalFonts.registerFromPath(files.regular, FONT_FAMILY) || !GlobalFonts.registerFromPath(files.bold, FONT_FAMILY)) {
    throw new Error(`The bundled fonts could not be loaded from ${files.regular}`)
  }
  isFontRegistered = true
}

/**
 * Inter's contextual alternates swap ":" after a digit for a glyph with no Unicode mapping, which
 * SVG and PDF text then lose ("1,867: highest" extracts as "1,867 highest"): they are turned off.
 */
const FONT_FEATURES = '"calt" 0'

const scratch = createCanvas(8, 8).getContext('2d')
scratch.fontFeatureSettings = FONT_FEATURES
scratch.textRendering = 'geometricPrecision'

export const measureText: TextMeasurer = (text, font) => {
  registerFonts()
  scratch.font = font
  return scratch.measureText(text).width
}

type DrawTarget = { width: number; height: number; getContext: (kind: '2d') => SKRSContext2D }

/** Draws once, hands the drawn surface to `finish`, then frees the chart (destroy clears the canvas). */
function drawWith<T>(canvas: DrawTarget, config: ChartConfiguration, finish: () => T): T {
  registerFonts()
  const features = {
    id: 'fontFeatures',
    beforeDraw: (drawn: Chart) => {
      const context = drawn.ctx as unknown as SKRSContext2D
      context.fontFeatureSettings = FONT_FEATURES
      // Unhinted glyphs scale exactly, so the screen preview is the print image at fewer pixels.
      context.textRendering = 'geometricPrecision'
    }
  }
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, { ...config, plugins: [features, ...(config.plugins ?? [])] })
  try {
    chart.draw()
    return finish()
  } finally {
    chart.destroy()
  }
}

export function drawPng(
  config: ChartConfiguration,
  size: { widthPx: number; heightPx: number },
  dpi: number,
  metadata: { title: string; description: string }
): Buffer {
  const canvas = createCanvas(size.widthPx, size.heightPx)
  return drawWith(canvas, config, () => encodePng(canvas, dpi, metadata))
}

function encodePng(canvas: Canvas, dpi: number, metadata: { title: string; description: string }): Buffer {
  return canvas.encodeSync('png', { resolution: dpi, title: metadata.title, description: metadata.description, software: 'MAPPA Desk' })
}

/** Sets the bundled font's drawing options on a context, as drawWith does for Chart.js. */
function prepareContext(context: SKRSContext2D): SKRSContext2D {
  registerFonts()
  context.fontFeatureSettings = FONT_FEATURES
  context.textRendering = 'geometricPrecision'
  return context
}

/** A scene (a chart drawn without Chart.js, such as the tile map) as PNG: same pHYs and metadata. */
export function paintPng(scene: Scene, dpi: number, metadata: { title: string; description: string }): Buffer {
  const canvas = createCanvas(scene.widthPx, scene.heightPx)
  paintScene(prepareContext(canvas.getContext('2d')) as unknown as PaintContext, scene)
  return encodePng(canvas, dpi, metadata)
}

/** A scene as a vector PDF page, the fonts embedded as subsets. */
export function paintPdf(scene: Scene, size: { widthPt: number; heightPt: number }, metadata: { title: string; subject: string }): Buffer {
  const document = new SkiaPdf({ title: metadata.title, subject: metadata.subject, creator: 'MAPPA Desk', producer: 'MAPPA Desk' })
  const context = prepareContext(document.beginPage(size.widthPt, size.heightPt) as unknown as SKRSContext2D)
  paintScene(context as unknown as PaintContext, scene)
  document.endPage()
  return exactMediaBox(document.close(), size)
}

/** A scene as SVG, sized and titled as drawSvg sizes and titles a Chart.js drawing. */
export function sceneSvg(scene: Scene, size: { widthMm: number; heightMm: number }, alt: { title: string; description: string }): string {
  return svgDocument(sceneSvgBody(scene), { width: scene.widthPx, height: scene.heightPx, ...size }, alt)
}

/**
 * An SVG keeps its words as text, set in Inter; a layout program or browser without Inter installed
 * would fall back to its default face, a serif. Each family named is followed by faces of the same
 * build, so such a machine sets the words in a sans-serif of like width. (The PDFs embed Inter.)
 */
export const SVG_FALLBACK_FONTS = "'Helvetica Neue', Helvetica, Arial, sans-serif"

const withFallbackFonts = (body: string) =>
  body.replace(/font-family="([^"]*)"/g, (_, family: string) => `font-family="${family}, ${SVG_FALLBACK_FONTS}"`)

function svgDocument(
  body: string,
  size: { width: number; height: number; widthMm: number; heightMm: number },
  alt: { title: string; description: string }
): string {
  const root = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.widthMm}mm" height="${size.heightMm}mm" viewBox="0 0 ${size.width} ${size.height}" role="img" aria-labelledby="chart-title chart-desc">`
  const described = `<title id="chart-title">${escapeXml(alt.title)}</title><desc id="chart-desc">${escapeXml(alt.description)}</desc>`
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}${described}${withFallbackFonts(body)}</svg>`
}

/** Skia numbers clip paths across the whole process; numbered per file, the same chart gives the same bytes. */
function renumberClipIds(svg: string): string {
  const ids = new Map<string, string>()
  return svg.replace(/\bcl_[0-9a-zA-Z]+\b/g, (id) => {
    if (!ids.has(id)) ids.set(id, `clip${ids.size + 1}`)
    return ids.get(id)!
  })
}

/** Vector SVG in points; sized in mm for print, with the alt text as its title and description. */
export function drawSvg(
  config: ChartConfiguration,
  size: { widthPt: number; heightPt: number; widthMm: number; heightMm: number },
  alt: { title: string; description: string }
): string {
  const width = Math.floor(size.widthPt)
  const height = Math.floor(size.heightPt)
  const canvas = createCanvas(width, height, SvgExportFlag.NoPrettyXML)
  const svg = drawWith(canvas as unknown as DrawTarget, config, () => canvas.getContent().toString('utf8'))
  const open = /<svg\b[^>]*>/.exec(svg)
  const close = svg.lastIndexOf('</svg>')
  if (!open || close < open.index) throw new Error('The SVG drawing came out without an <svg> element')
  return svgDocument(
    renumberClipIds(svg.slice(open.index + open[0].length, close)),
    { width, height, widthMm: size.widthMm, heightMm: size.heightMm },
    alt
  )
}

/** Vector PDF from Skia: the page is the print size in points, the fonts embedded as subsets. */
export function drawPdf(
  config: ChartConfiguration,
  size: { widthPt: number; heightPt: number },
  metadata: { title: string; subject: string }
): Buffer {
  const document = new SkiaPdf({ title: metadata.title, subject: metadata.subject, creator: 'MAPPA Desk', producer: 'MAPPA Desk' })
  const context = document.beginPage(size.widthPt, size.heightPt) as unknown as SKRSContext2D
  const page = { width: Math.floor(size.widthPt), height: Math.floor(size.heightPt), getContext: () => context }
  // Chart.js finds the canvas through the context; a PDF page's context has none of its own.
  Object.defineProperty(context, 'canvas', { value: page, configurable: true })
  drawWith(page, config, () => document.endPage())
  return exactMediaBox(document.close(), size)
}

/**
 * Skia writes the page size rounded to whole points (86 mm becomes 244 pt, not 243.78 pt). The
 * MediaBox is rewritten to the exact size and the cross-reference offsets after it shifted to match.
 */
export function exactMediaBox(pdf: Buffer, size: { widthPt: number; heightPt: number }): Buffer {
  const text = pdf.toString('latin1')
  const match = /\/MediaBox \[0 0 [\d.]+ [\d.]+\]/.exec(text)
  const xref = text.lastIndexOf('\nxref\n')
  if (!match || xref < match.index) return pdf
  const exact = `/MediaBox [0 0 ${size.widthPt.toFixed(4)} ${size.heightPt.toFixed(4)}]`
  const shift = exact.length - match[0].length
  const rewritten = text.slice(0, match.index) + exact + text.slice(match.index + match[0].length)
  const table = xref + shift
  const shifted =
    rewritten.slice(0, table) +
    rewritten
      .slice(table)
      .replace(/^(\d{10}) (\d{5}) n/gm, (entry, offset: string, generation: string) => {
        const at = Number(offset)
        return at > match.index ? `${String(at + shift).padStart(10, '0')} ${generation} n` : entry
      })
      .replace(/startxref\n(\d+)/, (_, offset: string) => `startxref\n${Number(offset) + shift}`)
  return Buffer.from(shifted, 'latin1')
}

/** Naive RGB → CMYK (no ICC profile): the print desk's RIP maps it to its press. */
export function rgbToCmyk([red, green, blue]: number[]): [number, number, number, number] {
  const r = red / 255
  const g = green / 255
  const b = blue / 255
  const k = 1 - Math.max(r, g, b)
  if (k >= 1) return [0, 0, 0, 100]
  const scale = (channel: number) => Math.round(((1 - channel - k) / (1 - k)) * 1000) / 10
  return [scale(r), scale(g), scale(b), Math.round(k * 1000) / 10]
}

/**
 * A near-black grey (the house text colour #1a1a1a is 90% K) prints as 100% K: screened, small type
 * and hairlines go fuzzy on newsprint. Greys lighter than this stay the grey they were meant to be,
 * as one ink (K alone); colours are converted as they are.
 */
const SOLID_BLACK_FROM_K = 85
/** How far apart the channels of a "neutral" colour may be (out of 255): #1a1a1a and #1c1a1a alike. */
const NEUTRAL_SPREAD = 8

export function printCmyk(rgb: number[]): [number, number, number, number] {
  const cmyk = rgbToCmyk(rgb)
  const isNeutral = Math.max(...rgb) - Math.min(...rgb) <= NEUTRAL_SPREAD
  if (!isNeutral) return cmyk
  if (cmyk[3] >= SOLID_BLACK_FROM_K) return [0, 0, 0, 100]
  return [0, 0, 0, cmyk[3]]
}

/** CMYK PDF for the print desk: the SVG redrawn by pdfkit, every colour converted, fonts embedded. */
export async function drawCmykPdf(
  svg: string,
  size: { widthPt: number; heightPt: number },
  metadata: { title: string; subject: string }
): Promise<Buffer> {
  const files = fontFiles()
  const document = new PDFKit({
    size: [size.widthPt, size.heightPt],
    margin: 0,
    info: { Title: metadata.title, Subject: metadata.subject, Creator: 'MAPPA Desk', Producer: 'MAPPA Desk' }
  })
  document.registerFont(FONT_FAMILY, files.regular)
  document.registerFont(`${FONT_FAMILY}-Bold`, files.bold)
  document.font(FONT_FAMILY)
  const chunks: Buffer[] = []
  document.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    document.on('end', () => resolve())
    document.on('error', reject)
  })
  // svg-to-pdfkit reads the root's mm size as CSS pixels; in points it maps the viewBox onto the page exactly.
  const inPoints = svg.replace(/width="[\d.]+mm" height="[\d.]+mm"/, `width="${size.widthPt}" height="${size.heightPt}"`)
  SVGtoPDF(document, inPoints, 0, 0, {
    width: size.widthPt,
    height: size.heightPt,
    assumePt: true,
    fontCallback: (_family: string, isBold: boolean) => (isBold ? `${FONT_FAMILY}-Bold` : FONT_FAMILY),
    colorCallback: (parsed: SVGtoPDF.Color | undefined) =>
      parsed ? ([printCmyk(parsed[0]), parsed[1]] as unknown as SVGtoPDF.Color) : parsed
  } as SVGtoPDF.Options)
  document.end()
  await finished
  return Buffer.concat(chunks)
}

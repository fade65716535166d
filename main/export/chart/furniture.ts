// The words around a chart as a print desk sets them: title and subtitle above, notes, source
// and byline below, wrapped to the width with the bundled font's own metrics. Pure layout; the
// Chart.js plugin (config.ts) and the tile map's scene (map.ts) draw it.

import type { ChartTexts } from '../../contract/charts'
import type { HouseStyle } from '../../contract/chart/theme'

/** Width of `text` in px set in `font` (a CSS font string): the drawing surface answers. */
export type TextMeasurer = (text: string, font: string) => number

export interface DrawSurface {
  widthPx: number
  heightPx: number
  /** Pixels per point: dpi / 72 for PNG, 1 for SVG and PDF (their units are points). */
  pxPerPt: number
  measure: TextMeasurer
}

/** The white edge of every chart, and the gap between the words and the plot, in points. */
export const MARGIN_PT = 4
export const GAP_PT = 4

export interface TextLine {
  text: string
  font: string
  colour: string
  x: number
  y: number
  align: 'left' | 'right'
}

export interface Furniture {
  header: TextLine[]
  footer: TextLine[]
  headerHeight: number
  footerHeight: number
}

const LINE_HEIGHT = 1.25

export function fontOf(style: HouseStyle, sizePx: number, weight: 400 | 700 = 400): string {
  return `${weight === 700 ? 'bold' : 'normal'} ${sizePx.toFixed(2)}px ${style.fontFamily}`
}

/** Greedy word wrap; a word longer than the line is left whole rather than split. */
export function wrapText(text: string, widthPx: number, font: string, measure: TextMeasurer): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/\s+/).filter(Boolean)
    let line = ''
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word
      if (line && measure(candidate, font) > widthPx) {
        lines.push(line)
        line = word
      } else {
        line = candidate
      }
    }
    if (line) lines.push(line)
  }
  return lines
}

function withPrefix(prefix: string, text: string): string {
  if (!text.trim()) return ''
  return prefix && !text.trimStart().toLowerCase().startsWith(prefix.toLowerCase()) ? `${prefix} ${text.trim()}` : text.trim()
}

/** The words laid out on the whole surface, inside the white edge every chart keeps. */
export function layoutFurniture(texts: ChartTexts, style: HouseStyle, surface: DrawSurface): Furniture {
  const { widthPx, heightPx, pxPerPt, measure } = surface
  const marginPx = MARGIN_PT * pxPerPt
  const inner = widthPx - 2 * marginPx
  const header: TextLine[] = []
  let y = marginPx
  const place = (lines: TextLine[], text: string, sizePt: number, weight: 400 | 700, colour: string) => {
    const font = fontOf(style, sizePt * pxPerPt, weight)
    for (const line of wrapText(text, inner, font, measure)) {
      lines.push({ text: line, font, colour, x: marginPx, y, align: 'left' })
      y += sizePt * pxPerPt * LINE_HEIGHT
    }
  }
  place(header, texts.title, style.sizes.titlePt, 700, style.colours.text)
  if (texts.subtitle.trim()) y += 0.15 * style.sizes.subtitlePt * pxPerPt
  place(header, texts.subtitle, style.sizes.subtitlePt, 400, style.colours.muted)
  const headerHeight = y

  // The footer is laid out from the top of its own block, then moved to sit on the bottom margin.
  const footer: TextLine[] = []
  y = 0
  place(footer, withPrefix(style.wording.notesPrefix, texts.notes), style.sizes.smallPt, 400, style.colours.muted)
  const source = withPrefix(style.wording.sourcePrefix, texts.source)
  const byline = withPrefix(style.wording.bylinePrefix, texts.byline)
  const smallFont = fontOf(style, style.sizes.smallPt * pxPerPt)
  const gap = 3 * style.sizes.smallPt * pxPerPt
  if (source && byline && measure(source, smallFont) + measure(byline, smallFont) + gap <= inner) {
    footer.push({ text: source, font: smallFont, colour: style.colours.text, x: marginPx, y, align: 'left' })
    footer.push({ text: byline, font: smallFont, colour: style.colours.muted, x: widthPx - marginPx, y, align: 'right' })
    y += style.sizes.smallPt * pxPerPt * LINE_HEIGHT
  } else {
    place(footer, source, style.sizes.smallPt, 400, style.colours.text)
    place(footer, byline, style.sizes.smallPt, 400, style.colours.muted)
  }
  const footerHeight = y
  const top = heightPx - marginPx - footerHeight
  for (const line of footer) line.y += top
  return { header, footer, headerHeight, footerHeight: footerHeight + marginPx }
}

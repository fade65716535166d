// A drawing as a list of shapes and words, painted on a canvas (PNG, vector PDF) or written as SVG
// (and from the SVG, the CMYK PDF), so every format of a chart drawn this way shows the same thing.
// Pure: draws on the context it is given; opens no file.

export type TextBaseline = 'top' | 'middle' | 'alphabetic'

export type SceneItem =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill?: string; stroke?: string; lineWidth?: number }
  | { kind: 'line'; points: readonly (readonly [number, number])[]; stroke: string; lineWidth: number }
  | {
      kind: 'text'
      text: string
      x: number
      y: number
      sizePx: number
      isBold: boolean
      family: string
      colour: string
      align: 'left' | 'center' | 'right'
      baseline: TextBaseline
    }
  /** A group with a name a screen reader (and the SVG's <title>) gives it. */
  | { kind: 'group'; title: string; items: SceneItem[] }

export interface Scene {
  widthPx: number
  heightPx: number
  background: string
  items: SceneItem[]
}

/** The 2D context calls a scene needs: the browser's, Skia's and a PDF page's all have them. */
export interface PaintContext {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  font: string
  textAlign: string
  textBaseline: string
  fillRect(x: number, y: number, width: number, height: number): void
  strokeRect(x: number, y: number, width: number, height: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  stroke(): void
  fillText(text: string, x: number, y: number): void
  save(): void
  restore(): void
}

export function fontString(item: { sizePx: number; isBold: boolean; family: string }): string {
  return `${item.isBold ? 'bold' : 'normal'} ${item.sizePx.toFixed(2)}px ${item.family}`
}

function paintItem(context: PaintContext, item: SceneItem): void {
  switch (item.kind) {
    case 'rect':
      if (item.fill) {
        context.fillStyle = item.fill
        context.fillRect(item.x, item.y, item.width, item.height)
      }
      if (item.stroke && item.lineWidth) {
        context.strokeStyle = item.stroke
        context.lineWidth = item.lineWidth
        context.strokeRect(item.x, item.y, item.width, item.height)
      }
      return
    case 'line':
      context.strokeStyle = item.stroke
      context.lineWidth = item.lineWidth
      context.beginPath()
      item.points.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)))
      context.stroke()
      return
    case 'text':
      context.font = fontString(item)
      context.fillStyle = item.colour
      context.textAlign = item.align
      context.textBaseline = item.baseline
      context.fillText(item.text, item.x, item.y)
      return
    case 'group':
      for (const inner of item.items) paintItem(context, inner)
  }
}

export function paintScene(context: PaintContext, scene: Scene): void {
  context.save()
  context.fillStyle = scene.background
  context.fillRect(0, 0, scene.widthPx, scene.heightPx)
  for (const item of scene.items) paintItem(context, item)
  context.restore()
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * Where Skia puts the alphabetic baseline of Inter for a `top` or `middle` baseline, in ems
 * (measured: 100 px type set at y = 10 with `top` lands on 90.06), so SVG words sit where the PNG's do.
 */
const BASELINE_SHIFT_EM: Record<TextBaseline, number> = { top: 0.80062, middle: 0.30062, alphabetic: 0 }
const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const
const number = (value: number) => String(Math.round(value * 1000) / 1000)

function svgItem(item: SceneItem): string {
  switch (item.kind) {
    case 'rect': {
      const fill = item.fill ? `fill="${item.fill}"` : 'fill="none"'
      const stroke = item.stroke && item.lineWidth ? ` stroke="${item.stroke}" stroke-width="${number(item.lineWidth)}"` : ''
      return `<rect x="${number(item.x)}" y="${number(item.y)}" width="${number(item.width)}" height="${number(item.height)}" ${fill}${stroke}/>`
    }
    case 'line':
      return `<path d="${item.points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${number(x)} ${number(y)}`).join(' ')}" fill="none" stroke="${item.stroke}" stroke-width="${number(item.lineWidth)}"/>`
    case 'text': {
      const y = item.y + BASELINE_SHIFT_EM[item.baseline] * item.sizePx
      return `<text x="${number(item.x)}" y="${number(y)}" font-family="${item.family}" font-size="${number(item.sizePx)}" font-weight="${item.isBold ? 'bold' : 'normal'}" fill="${item.colour}" text-anchor="${ANCHOR[item.align]}">${escapeXml(item.text)}</text>`
    }
    case 'group':
      return `<g><title>${escapeXml(item.title)}</title>${item.items.map(svgItem).join('')}</g>`
  }
}

/** The scene's body as SVG elements in its own units: the caller wraps it in the sized root. */
export function sceneSvgBody(scene: Scene): string {
  return `<rect x="0" y="0" width="${number(scene.widthPx)}" height="${number(scene.heightPx)}" fill="${scene.background}"/>${scene.items.map(svgItem).join('')}`
}

// Renders a chart spec to PNG, SVG, PDF or CMYK PDF bytes: the preview and every export come
// through here, so what the editor shows is what the file holds. Reads the store through
// prepareChart; writes no files (the CLI and the save dialog do).

import { chartConfigOf } from './config'
import { fileNameOf, pixelSize, pointSize } from '../../contract/chart/spec'
import type { ChartFormat, ChartRender } from '../../contract/charts'
import type { Db } from '../../store/database'
import { drawCmykPdf, drawPdf, drawPng, drawSvg, measureText, paintPdf, paintPng, sceneSvg } from './draw'
import { mapSceneOf } from './map'
import { prepareChart, type PreparedChart } from './prepare'

export type { ChartFormat }

/** A drawing with its format: the preview channel's answer, plus what the export needs. */
export interface RenderedChart extends ChartRender {
  format: ChartFormat
  isCmyk: boolean
}

const MIME: Record<ChartFormat, string> = { png: 'image/png', svg: 'image/svg+xml', pdf: 'application/pdf' }

function vectorPlan(prepared: PreparedChart) {
  const { widthPt, heightPt } = pointSize(prepared.spec)
  const plan = chartConfigOf(prepared.spec, prepared.data, prepared.style, prepared.texts, {
    widthPx: Math.floor(widthPt),
    heightPx: Math.floor(heightPt),
    pxPerPt: 1,
    measure: measureText
  })
  return { plan, widthPt, heightPt }
}

/** The tile map is drawn as a scene (its tiles carry titles in SVG), at the surface's size. */
function mapPlan(prepared: PreparedChart, surface: { widthPx: number; heightPx: number; pxPerPt: number }) {
  return mapSceneOf(prepared.spec, prepared.data, prepared.style, prepared.texts, { ...surface, measure: measureText }, prepared.wording)
}

function svgOf(prepared: PreparedChart): { svg: string; warnings: string[]; widthPt: number; heightPt: number } {
  if (prepared.spec.type === 'map') {
    const { widthPt, heightPt } = pointSize(prepared.spec)
    const map = mapPlan(prepared, { widthPx: Math.floor(widthPt), heightPx: Math.floor(heightPt), pxPerPt: 1 })
    return {
      svg: sceneSvg(map.scene, prepared.spec.size, { title: prepared.texts.title, description: prepared.altText }),
      warnings: map.warnings,
      widthPt,
      heightPt
    }
  }
  const { plan, widthPt, heightPt } = vectorPlan(prepared)
  const svg = drawSvg(
    plan.config,
    { widthPt, heightPt, ...prepared.spec.size },
    { title: prepared.texts.title, description: prepared.altText }
  )
  return { svg, warnings: plan.warnings, widthPt, heightPt }
}

export async function renderPrepared(
  prepared: PreparedChart,
  format: ChartFormat,
  options: { isCmyk?: boolean } = {}
): Promise<RenderedChart> {
  const { spec } = prepared
  const pixels = pixelSize(spec)
  let bytes: Uint8Array
  let warnings: string[]
  const isCmyk = format === 'pdf' && options.isCmyk === true
  const metadata = { title: prepared.texts.title, description: prepared.altText, subject: prepared.altText }
  if (spec.type === 'map' && format === 'png') {
    const map = mapPlan(prepared, { ...pixels, pxPerPt: spec.dpi / 72 })
    bytes = paintPng(map.scene, spec.dpi, metadata)
    warnings = map.warnings
  } else if (spec.type === 'map' && format === 'pdf' && !isCmyk) {
    const { widthPt, heightPt } = pointSize(spec)
    const map = mapPlan(prepared, { widthPx: Math.floor(widthPt), heightPx: Math.floor(heightPt), pxPerPt: 1 })
    bytes = paintPdf(map.scene, { widthPt, heightPt }, metadata)
    warnings = map.warnings
  } else if (format === 'png') {
    const plan = chartConfigOf(spec, prepared.data, prepared.style, prepared.texts, {
      ...pixels,
      pxPerPt: spec.dpi / 72,
      measure: measureText
    })
    bytes = drawPng(plan.config, pixels, spec.dpi, { title: prepared.texts.title, description: prepared.altText })
    warnings = plan.warnings
  } else if (format === 'svg') {
    const drawn = svgOf(prepared)
    bytes = new TextEncoder().encode(drawn.svg)
    warnings = drawn.warnings
  } else if (isCmyk) {
    const drawn = svgOf(prepared)
    bytes = await drawCmykPdf(
      drawn.svg,
      { widthPt: drawn.widthPt, heightPt: drawn.heightPt },
      { title: prepared.texts.title, subject: prepared.altText }
    )
    warnings = drawn.warnings
  } else {
    const { plan, widthPt, heightPt } = vectorPlan(prepared)
    bytes = drawPdf(plan.config, { widthPt, heightPt }, { title: prepared.texts.title, subject: prepared.altText })
    warnings = plan.warnings
  }
  return {
    bytes,
    format,
    mime: MIME[format],
    fileName: fileNameOf(prepared.texts.title, format),
    ...pixels,
    dpi: spec.dpi,
    altText: prepared.altText,
    source: prepared.texts.source,
    warnings: [...warnings, ...prepared.warnings],
    isCmyk,
    texts: prepared.texts,
    drafts: prepared.drafts
  }
}

export async function renderChart(db: Db, spec: unknown, format: ChartFormat, options: { isCmyk?: boolean } = {}): Promise<RenderedChart> {
  return renderPrepared(prepareChart(db, spec), format, options)
}

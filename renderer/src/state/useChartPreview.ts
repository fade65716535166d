// The chart editor's live preview: drawn by the core's export path a moment after the spec changes
// (debounced, stale answers dropped) and its delay from change to screen measured. Renders nothing.

import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChartRender } from '../../../main/contract/charts'
import type { ChartSpec } from '../../../main/contract/chart/spec'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'

/** Long enough to skip the frames between two keystrokes, short enough to feel live (measured in the UI bench). */
export const PREVIEW_DEBOUNCE_MS = 25
/** Screen preview density: 86 mm is about 500 px, sharp at twice the shown size. The drawing is the export's, scaled. */
export const PREVIEW_DPI = 150

export interface PreviewImage {
  url: string
  render: ChartRender
  /** When the spec it shows was typed, for measuring the preview delay. */
  changedAt: number
}

export interface ChartPreview {
  preview: PreviewImage | null
  previewError: string | null
  /** Milliseconds from a change to its preview on screen, and which image that was. */
  previewMs: { ms: number; url: string } | null
  previewShown: (image: PreviewImage) => void
}

/** `changedAt`: performance.now() when the spec last changed (a new value redraws even the same spec). */
export function useChartPreview(spec: ChartSpec, changedAt: number): ChartPreview {
  const [preview, setPreview] = useState<PreviewImage | null>(null)
  const [previewError, setPreviewError] = useState<string | null>(null)
  const [previewMs, setPreviewMs] = useState<{ ms: number; url: string } | null>(null)
  const latest = useRef(0)

  useEffect(() => {
    const request = ++latest.current
    const timer = setTimeout(() => {
      invoke('charts:render', { spec, dpi: Math.min(spec.dpi, PREVIEW_DPI) })
        .then((render) => {
          if (request !== latest.current) return
          const url = URL.createObjectURL(new Blob([render.bytes.slice().buffer], { type: render.mime }))
          setPreview((old) => {
            if (old) URL.revokeObjectURL(old.url)
            return { url, render, changedAt }
          })
          setPreviewError(null)
        })
        .catch((error: unknown) => {
          if (request === latest.current) setPreviewError(oneLine(error))
        })
    }, PREVIEW_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [spec, changedAt])

  const previewShown = useCallback(
    (image: PreviewImage) => setPreviewMs({ ms: Math.round(performance.now() - image.changedAt), url: image.url }),
    []
  )
  return { preview, previewError, previewMs, previewShown }
}

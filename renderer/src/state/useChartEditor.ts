// The chart editor's state: the spec being edited, the preview drawn by the core's export path
// (debounced, stale answers dropped, its delay measured), house styles, saved charts and exports.
// Talks to the core only through the client; keeps no file system or SQL knowledge.

import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChartFormat, ChartRender, SavedChart, SavedStyle } from '../../../main/contract/charts'
import type { ChartSpec } from '../../../main/contract/chart/spec'
import { HOUSE_STYLE, type HouseStyle } from '../../../main/contract/chart/theme'
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

export interface ChartEditor {
  spec: ChartSpec
  update: (change: Partial<ChartSpec>) => void
  replace: (spec: ChartSpec) => void
  preview: PreviewImage | null
  previewError: string | null
  /** Milliseconds from a change to its preview on screen, and which image that was. */
  previewMs: { ms: number; url: string } | null
  previewShown: (image: PreviewImage) => void
  styles: SavedStyle[]
  style: HouseStyle
  saveStyle: (name: string) => Promise<void>
  saved: SavedChart[]
  savedId: number | null
  saveChart: (name: string) => Promise<void>
  openChart: (chart: SavedChart) => void
  duplicateChart: (id: number) => Promise<void>
  deleteChart: (id: number) => Promise<void>
  exportAs: (format: ChartFormat, isCmyk: boolean) => Promise<void>
  status: string | null
}

/** Browser mode: the renderer gets the bytes and saves them through a download link. */
function download(bytes: Uint8Array, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function useChartEditor(initial: ChartSpec, onError: (message: string, context: string) => void): ChartEditor {
  const [spec, setSpec] = useState(initial)
  const [changedAt, setChangedAt] = useState(() => performance.now())
  const [preview, setPreview] = useState<PreviewImage | null>(null)
  const [previewError, setPreviewError] = useState<string | null>(null)
  const [previewMs, setPreviewMs] = useState<{ ms: number; url: string } | null>(null)
  const [styles, setStyles] = useState<SavedStyle[]>([{ style: HOUSE_STYLE, isBuiltIn: true }])
  const [saved, setSaved] = useState<SavedChart[]>([])
  const [savedId, setSavedId] = useState<number | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const latest = useRef(0)

  const update = useCallback((change: Partial<ChartSpec>) => {
    setSpec((current) => ({ ...current, ...change }))
    setChangedAt(performance.now())
  }, [])
  const replace = useCallback((next: ChartSpec) => {
    setSpec(next)
    setChangedAt(performance.now())
  }, [])

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
          if (request === latest.current) setPreviewError(error instanceof Error ? error.message : String(error))
        })
    }, PREVIEW_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [spec, changedAt])

  const previewShown = useCallback(
    (image: PreviewImage) => setPreviewMs({ ms: Math.round(performance.now() - image.changedAt), url: image.url }),
    []
  )

  const refresh = useCallback(async () => {
    const [nextStyles, nextSaved] = await Promise.all([invoke('templates:list', {}), invoke('charts:list', {})])
    setStyles(nextStyles)
    setSaved(nextSaved)
  }, [])
  useEffect(() => {
    refresh().catch((error: unknown) => onError(error instanceof Error ? error.message : String(error), 'Loading saved charts'))
  }, [refresh, onError])

  const attempt = useCallback(
    async (context: string, work: () => Promise<void>) => {
      try {
        await work()
      } catch (error) {
        onError(error instanceof Error ? error.message : String(error), context)
      }
    },
    [onError]
  )

  const style = styles.find((entry) => entry.style.name === spec.theme)?.style ?? HOUSE_STYLE

  return {
    spec,
    update,
    replace,
    preview,
    previewError,
    previewMs,
    previewShown,
    styles,
    style,
    saveStyle: (name) =>
      attempt('Saving the house style', async () => {
        await invoke('templates:save', { style: { ...style, name } })
        await refresh()
        update({ theme: name })
        setStatus(`House style "${name}" saved`)
      }),
    saved,
    savedId,
    saveChart: (name) =>
      attempt('Saving the chart', async () => {
        const chart = await invoke('charts:save', { ...(savedId !== null ? { id: savedId } : {}), name, spec })
        setSavedId(chart.id)
        await refresh()
        setStatus(`Chart "${chart.name}" saved in the project`)
      }),
    openChart: (chart) => {
      setSavedId(chart.id)
      replace(chart.spec)
    },
    duplicateChart: (id) =>
      attempt('Duplicating the chart', async () => {
        const copy = await invoke('charts:duplicate', { id })
        await refresh()
        setSavedId(copy.id)
        replace(copy.spec)
      }),
    deleteChart: (id) =>
      attempt('Deleting the chart', async () => {
        await invoke('charts:delete', { id })
        if (savedId === id) setSavedId(null)
        await refresh()
      }),
    exportAs: (format, isCmyk) =>
      attempt(`Exporting ${format.toUpperCase()}`, async () => {
        const result = await invoke('charts:export', { spec, format, cmyk: isCmyk })
        if (result.bytes) {
          download(result.bytes, result.fileName, result.mime)
          download(new TextEncoder().encode(`${result.altText}\n`), result.fileName.replace(/\.\w+$/, '.alt.txt'), 'text/plain')
          setStatus(`${result.fileName} downloaded with its alt text`)
        } else if (result.savedTo) {
          setStatus(`Saved ${result.savedTo} with its alt text beside it`)
        }
      }),
    status
  }
}

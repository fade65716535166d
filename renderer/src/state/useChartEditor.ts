// The chart editor's state: the spec being edited, its live preview (useChartPreview), the house
// styles and saved charts (useChartLibrary), and exports. Talks to the core only through the client;
// keeps no file system or SQL knowledge.

import { useCallback, useState } from 'react'
import type { ChartFormat, SavedChart, SavedStyle } from '../../../main/contract/charts'
import type { ChartSpec } from '../../../main/contract/chart/spec'
import { oneLine } from '../../../main/contract/errors'
import { HOUSE_STYLE, type HouseStyle } from '../../../main/contract/chart/theme'
import { invoke } from '../api/client'
import { downloadBytes } from './download'
import { useChartLibrary } from './useChartLibrary'
import { useChartPreview, type ChartPreview } from './useChartPreview'

export interface ChartEditor extends ChartPreview {
  spec: ChartSpec
  update: (change: Partial<ChartSpec>) => void
  replace: (spec: ChartSpec) => void
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

export function useChartEditor(initial: ChartSpec, onError: (message: string, context: string) => void): ChartEditor {
  const [spec, setSpec] = useState(initial)
  const [changedAt, setChangedAt] = useState(() => performance.now())
  const [savedId, setSavedId] = useState<number | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const preview = useChartPreview(spec, changedAt)
  const library = useChartLibrary(onError)

  const update = useCallback((change: Partial<ChartSpec>) => {
    setSpec((current) => ({ ...current, ...change }))
    setChangedAt(performance.now())
  }, [])
  const replace = useCallback((next: ChartSpec) => {
    setSpec(next)
    setChangedAt(performance.now())
  }, [])

  const attempt = useCallback(
    async (context: string, work: () => Promise<void>) => {
      try {
        await work()
      } catch (error) {
        onError(oneLine(error), context)
      }
    },
    [onError]
  )

  const style = library.styles.find((entry) => entry.style.name === spec.theme)?.style ?? HOUSE_STYLE

  return {
    spec,
    update,
    replace,
    ...preview,
    styles: library.styles,
    style,
    saveStyle: (name) =>
      attempt('Saving the house style', async () => {
        await library.saveStyle({ ...style, name })
        update({ theme: name })
        setStatus(`House style "${name}" saved`)
      }),
    saved: library.saved,
    savedId,
    saveChart: (name) =>
      attempt('Saving the chart', async () => {
        const chart = await library.saveChart(name, spec, savedId)
        setSavedId(chart.id)
        setStatus(`Chart "${chart.name}" saved in the project`)
      }),
    openChart: (chart) => {
      setSavedId(chart.id)
      replace(chart.spec)
    },
    duplicateChart: (id) =>
      attempt('Duplicating the chart', async () => {
        const copy = await library.duplicateChart(id)
        setSavedId(copy.id)
        replace(copy.spec)
      }),
    deleteChart: (id) =>
      attempt('Deleting the chart', async () => {
        await library.deleteChart(id)
        if (savedId === id) setSavedId(null)
      }),
    exportAs: (format, isCmyk) =>
      attempt(`Exporting ${format.toUpperCase()}`, async () => {
        const result = await invoke('charts:export', { spec, format, cmyk: isCmyk })
        if (result.bytes) {
          downloadBytes(result.fileName, result.mime, result.bytes)
          downloadBytes(result.fileName.replace(/\.\w+$/, '.alt.txt'), 'text/plain', new TextEncoder().encode(`${result.altText}\n`))
          setStatus(`${result.fileName} downloaded with its alt text`)
        } else if (result.savedTo) {
          setStatus(`Saved ${result.savedTo} with its alt text beside it`)
        }
      }),
    status
  }
}

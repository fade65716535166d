// The house styles and saved charts of this project: listed when the editor opens and after every
// change; saving, duplicating and deleting them through 'templates:*' and 'charts:*'. Renders nothing.

import { useCallback, useEffect, useState } from 'react'
import type { SavedChart, SavedStyle } from '../../../main/contract/charts'
import type { ChartSpec } from '../../../main/contract/chart/spec'
import { oneLine } from '../../../main/contract/errors'
import { HOUSE_STYLE, type HouseStyle } from '../../../main/contract/chart/theme'
import { invoke } from '../api/client'

export interface ChartLibrary {
  styles: SavedStyle[]
  saved: SavedChart[]
  saveStyle: (style: HouseStyle) => Promise<void>
  /** Saves over the chart `id` where given, else as a new one. */
  saveChart: (name: string, spec: ChartSpec, id: number | null) => Promise<SavedChart>
  duplicateChart: (id: number) => Promise<SavedChart>
  deleteChart: (id: number) => Promise<void>
}

export function useChartLibrary(onError: (message: string, context: string) => void): ChartLibrary {
  const [styles, setStyles] = useState<SavedStyle[]>([{ style: HOUSE_STYLE, isBuiltIn: true }])
  const [saved, setSaved] = useState<SavedChart[]>([])

  const reload = useCallback(async () => {
    const [nextStyles, nextSaved] = await Promise.all([invoke('templates:list', {}), invoke('charts:list', {})])
    setStyles(nextStyles)
    setSaved(nextSaved)
  }, [])
  useEffect(() => {
    reload().catch((error: unknown) => onError(oneLine(error), 'Loading saved charts'))
  }, [reload, onError])

  return {
    styles,
    saved,
    saveStyle: async (style) => {
      await invoke('templates:save', { style })
      await reload()
    },
    saveChart: async (name, spec, id) => {
      const chart = await invoke('charts:save', { ...(id !== null ? { id } : {}), name, spec })
      await reload()
      return chart
    },
    duplicateChart: async (id) => {
      const copy = await invoke('charts:duplicate', { id })
      await reload()
      return copy
    },
    deleteChart: async (id) => {
      await invoke('charts:delete', { id })
      await reload()
    }
  }
}

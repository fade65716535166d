// The export dialog's working state: which table (from the view shown), its live preview, and
// the export itself: the desktop's native save dialog, or a browser download of the bytes.

import { useEffect, useState } from 'react'
import type { TableFormat, TableFormatInfo, TablePreview, TableRequest } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke, isDesktop } from '../api/client'
import { downloadBytes } from './download'

/** Typing a title re-previews after this pause, not on every key (a 42-area preview takes ~100 ms). */
const PREVIEW_DELAY_MS = 250

export interface TableExport {
  formats: TableFormatInfo[]
  preview: TablePreview | null
  error: string | null
  busy: boolean
  exportAs: (format: TableFormat) => Promise<string | null>
}

export function useTableExport(request: TableRequest): TableExport {
  const [formats, setFormats] = useState<TableFormatInfo[]>([])
  const [preview, setPreview] = useState<TablePreview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const key = JSON.stringify(request)

  useEffect(() => {
    invoke('tables:formats', {})
      .then(setFormats)
      .catch((failure: unknown) => setError(oneLine(failure)))
  }, [])

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      invoke('tables:preview', JSON.parse(key) as TableRequest)
        .then((result) => {
          if (!current) return
          setPreview(result)
          setError(null)
        })
        .catch((failure: unknown) => current && setError(oneLine(failure)))
    }, PREVIEW_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [key])

  /** Resolves with what to tell the reporter ("Saved …"), or null when the save was cancelled. */
  const exportAs = async (format: TableFormat): Promise<string | null> => {
    setBusy(true)
    setError(null)
    try {
      const asked = { ...(JSON.parse(key) as TableRequest), format }
      if (isDesktop()) {
        const { path } = await invoke('tables:save', asked)
        return path === null ? null : `Table saved as ${path}`
      }
      const table = await invoke('tables:export', asked)
      downloadBytes(table.fileName, table.mimeType, table.bytes)
      return `Table downloaded as ${table.fileName}`
    } catch (failure) {
      setError(oneLine(failure))
      return null
    } finally {
      setBusy(false)
    }
  }

  return { formats, preview, error, busy, exportAs }
}

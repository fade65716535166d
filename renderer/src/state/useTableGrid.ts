// The state of one imported table as the file held it: loads 'tables:grid' for the table shown and
// again after every import. Owns that one call; the view only draws what it holds.

import { useEffect, useState } from 'react'
import type { TableGrid } from '../../../main/contract/types'
import { oneLine } from '../../../main/contract/errors'
import { invoke } from '../api/client'

export type TableLoad = { state: 'loading' } | { state: 'ready'; grid: TableGrid } | { state: 'failed' }

/** `revision` is bumped after every import so an open table is re-read. */
export function useTableGrid(tableId: number, revision: number, onError: (message: string, context: string) => void): TableLoad {
  const [load, setLoad] = useState<TableLoad>({ state: 'loading' })

  useEffect(() => {
    let current = true
    setLoad((previous) => (previous.state === 'ready' && previous.grid.table.id === tableId ? previous : { state: 'loading' }))
    invoke('tables:grid', { tableId })
      .then((grid) => current && setLoad({ state: 'ready', grid }))
      .catch((error: unknown) => {
        if (!current) return
        setLoad({ state: 'failed' })
        onError(oneLine(error), 'Could not open the table')
      })
    return () => {
      current = false
    }
  }, [tableId, revision, onError])

  return load
}

// The tabs over a preview with several tables: one per table, arrow keys move between them, and
// a mark on tables with rows still unmatched. Presentational; the selected table is the dialog's.

import type { KeyboardEvent } from 'react'
import type { PreviewTable } from '../../../../main/contract/types'

interface TableTabsProps {
  tables: PreviewTable[]
  selected: number
  onSelect: (index: number) => void
  unmatchedLabels: string[]
}

export function TableTabs({ tables, selected, onSelect, unmatchedLabels }: TableTabsProps) {
  const open = new Set(unmatchedLabels)
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    const position = tables.findIndex((table) => table.index === selected)
    let next: number
    if (step !== 0) next = (position + step + tables.length) % tables.length
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = tables.length - 1
    else return
    event.preventDefault()
    onSelect(tables[next].index)
    document.getElementById(`preview-tab-${tables[next].index}`)?.focus()
  }
  return (
    <div className="preview-tabs" role="tablist" aria-label="Tables in this file" onKeyDown={move}>
      {tables.map((table) => {
        const isSelected = table.index === selected
        const needsWork = table.rows.some((row) => open.has(row.label))
        return (
          <button
            key={table.index}
            id={`preview-tab-${table.index}`}
            type="button"
            role="tab"
            className="preview-tab"
            aria-selected={isSelected}
            aria-controls={`preview-table-${table.index}`}
            tabIndex={isSelected ? 0 : -1}
            title={table.title ?? table.sheet}
            onClick={() => onSelect(table.index)}
          >
            <span className="preview-tab-name">{table.title ?? table.sheet}</span>
            {needsWork && (
              <span className="preview-tab-flag" aria-label="has unmatched rows">
                ⚠
              </span>
            )}
          </button>
        )
      })}
    </div>
  )
}

// The tabs over a preview with several tables: one per table, arrow keys move between them, and
// a mark on tables with rows still unmatched. Presentational; the selected table is the dialog's.

import type { KeyboardEvent } from 'react'
import type { PreviewTable } from '../../../../main/contract/types'
import { moveBetweenTabs, Tab } from '../Tab'

interface TableTabsProps {
  tables: PreviewTable[]
  selected: number
  onSelect: (index: number) => void
  unmatchedLabels: string[]
}

const tabId = (table: PreviewTable) => `preview-tab-${table.index}`

export function TableTabs({ tables, selected, onSelect, unmatchedLabels }: TableTabsProps) {
  const open = new Set(unmatchedLabels)
  const move = (event: KeyboardEvent<HTMLDivElement>) =>
    moveBetweenTabs(
      event,
      tables.map(tabId),
      tables.findIndex((table) => table.index === selected),
      (position) => onSelect(tables[position].index)
    )
  return (
    <div className="preview-tabs" role="tablist" aria-label="Tables in this file" onKeyDown={move}>
      {tables.map((table) => {
        const needsWork = table.rows.some((row) => open.has(row.label))
        return (
          <Tab
            key={table.index}
            id={tabId(table)}
            isSelected={table.index === selected}
            controls={`preview-table-${table.index}`}
            className="preview-tab"
            title={table.title ?? table.sheet}
            onSelect={() => onSelect(table.index)}
          >
            <span className="preview-tab-name">{table.title ?? table.sheet}</span>
            {needsWork && (
              <span className="preview-tab-flag" aria-label="has unmatched rows">
                ⚠
              </span>
            )}
          </Tab>
        )
      })}
    </div>
  )
}

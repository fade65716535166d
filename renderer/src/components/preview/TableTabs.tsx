// The tabs over a preview with several tables: one per table, arrow keys move between them, and
// a mark on tables with rows still unmatched. Presentational; the selected table is the dialog's.

import type { PreviewTable } from '../../../../main/contract/types'
import { TabBar } from '../Tab'

interface TableTabsProps {
  tables: PreviewTable[]
  selected: number
  onSelect: (index: number) => void
  unmatchedLabels: string[]
}

export function TableTabs({ tables, selected, onSelect, unmatchedLabels }: TableTabsProps) {
  const open = new Set(unmatchedLabels)
  return (
    <TabBar
      name="preview"
      label="Tables in this file"
      tabs={tables.map((table) => ({
        key: table.index,
        title: table.title ?? table.sheet,
        controls: `preview-table-${table.index}`,
        label: (
          <>
            <span className="preview-tab-name">{table.title ?? table.sheet}</span>
            {table.rows.some((row) => open.has(row.label)) && (
              <span className="preview-tab-flag" aria-label="has unmatched rows">
                ⚠
              </span>
            )}
          </>
        )
      }))}
      selected={selected}
      onSelect={onSelect}
    />
  )
}

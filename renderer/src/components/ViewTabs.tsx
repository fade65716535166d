// The view bar above the work area: the tabs By measure, By area, As imported (the table chosen in
// the sidebar) and Leads, moved between by the arrow keys, Home and End, and room at the end for a notice. Presentational.

import type { ReactNode } from 'react'
import type { ViewKind } from '../state/useDesk'
import { TabBar, type TabItem } from './Tab'

const TABS: TabItem<ViewKind>[] = [
  { key: 'measure', label: 'By measure', title: 'One measure: the 42 areas down the side, periods across' },
  { key: 'area', label: 'By area', title: 'One area: every measure by period' },
  { key: 'table', label: 'As imported', title: 'The table chosen on the left, as imported, with its sheet and cell addresses (read-only)' },
  { key: 'leads', label: 'Leads', title: 'What is new in an edition across the 42 areas, most newsworthy first' }
]

export const VIEW_PANEL_ID = 'view-panel'

export function ViewTabs({ view, onView, children }: { view: ViewKind | null; onView: (view: ViewKind) => void; children?: ReactNode }) {
  return (
    <div className="view-bar">
      <TabBar name="view" label="Views" tabs={TABS} panel={VIEW_PANEL_ID} selected={view} onSelect={onView} />
      {children}
    </div>
  )
}

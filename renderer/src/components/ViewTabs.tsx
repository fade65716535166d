// The view bar above the work area: the tabs By measure, By area, As imported (the table chosen in
// the sidebar) and Leads, moved between by the arrow keys, Home and End, and room at the end for a notice. Presentational.

import type { KeyboardEvent, ReactNode } from 'react'
import type { ViewKind } from '../state/useDesk'
import { moveBetweenTabs, Tab } from './Tab'

const TABS: { view: ViewKind; label: string; hint: string }[] = [
  { view: 'measure', label: 'By measure', hint: 'One measure: the 42 areas down the side, periods across' },
  { view: 'area', label: 'By area', hint: 'One area: every measure by period' },
  { view: 'table', label: 'As imported', hint: 'The table chosen on the left, as imported, with its sheet and cell addresses (read-only)' },
  { view: 'leads', label: 'Leads', hint: 'What is new in an edition across the 42 areas, most newsworthy first' }
]

export const VIEW_PANEL_ID = 'view-panel'

const tabId = (view: ViewKind) => `view-tab-${view}`

export function ViewTabs({ view, onView, children }: { view: ViewKind | null; onView: (view: ViewKind) => void; children?: ReactNode }) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) =>
    moveBetweenTabs(
      event,
      TABS.map((tab) => tabId(tab.view)),
      TABS.findIndex((tab) => tab.view === view),
      (index) => onView(TABS[index].view)
    )

  return (
    <div className="view-bar">
      <div className="view-tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <Tab
            key={tab.view}
            id={tabId(tab.view)}
            isSelected={view === tab.view}
            controls={VIEW_PANEL_ID}
            className="view-tab"
            title={tab.hint}
            onSelect={() => onView(tab.view)}
          >
            {tab.label}
          </Tab>
        ))}
      </div>
      {children}
    </div>
  )
}

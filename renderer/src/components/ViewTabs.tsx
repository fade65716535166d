// The view bar above the work area: the tabs By measure, By area, As imported (the table chosen in
// the sidebar) and Leads, with arrow-key movement, and room at the end for a notice. Presentational.

import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import type { ViewKind } from '../state/useDesk'

const TABS: { view: ViewKind; label: string; hint: string }[] = [
  { view: 'measure', label: 'By measure', hint: 'One measure: the 42 areas down the side, periods across' },
  { view: 'area', label: 'By area', hint: 'One area: every measure by period' },
  { view: 'table', label: 'As imported', hint: 'The table chosen on the left, as imported, with its sheet and cell addresses (read-only)' },
  { view: 'leads', label: 'Leads', hint: 'What is new in an edition across the 42 areas, most newsworthy first' }
]

export const VIEW_PANEL_ID = 'view-panel'

export function ViewTabs({ view, onView, children }: { view: ViewKind | null; onView: (view: ViewKind) => void; children?: ReactNode }) {
  const list = useRef<HTMLDivElement>(null)

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.findIndex((tab) => tab.view === view)
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const next = TABS[(at + step + TABS.length) % TABS.length]
    onView(next.view)
    list.current?.querySelector<HTMLButtonElement>(`#view-tab-${next.view}`)?.focus()
  }

  return (
    <div className="view-bar">
      <div ref={list} className="view-tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.view}
            id={`view-tab-${tab.view}`}
            type="button"
            role="tab"
            className="view-tab"
            aria-selected={view === tab.view}
            aria-controls={VIEW_PANEL_ID}
            tabIndex={view === tab.view ? 0 : -1}
            title={tab.hint}
            onClick={() => onView(tab.view)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {children}
    </div>
  )
}

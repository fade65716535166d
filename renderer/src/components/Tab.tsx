// A tab bar, as the WAI-ARIA tabs pattern has it: only the selected tab is in the Tab order; the
// arrow keys select and focus the next tab, wrapping, and Home and End go to the ends. The view bar,
// the Story panel's tools and the preview's tables are tab bars. Presentational.

import type { KeyboardEvent, ReactNode } from 'react'

export interface TabItem<Key extends string | number> {
  key: Key
  /** What the tab shows. */
  label: ReactNode
  /** Its tooltip: what the tab is for. */
  title: string
  /** The id of the panel it shows, where each tab has its own (else the bar's `panel`). */
  controls?: string
}

interface TabBarProps<Key extends string | number> {
  /** Names the bar's classes (`view-tabs`, each `view-tab`) and its tabs' ids (tabId). */
  name: string
  /** The bar's accessible name: "Views". */
  label: string
  tabs: readonly TabItem<Key>[]
  /** The id of the one panel every tab shows, where they share one. */
  panel?: string
  /** The selected tab's key; null where none is (no view yet). */
  selected: Key | null
  onSelect: (key: Key) => void
}

/** A tab's element id, which its panel is labelled by: "view-tab-measure". */
export const tabId = (name: string, key: string | number) => `${name}-tab-${key}`

export function TabBar<Key extends string | number>({ name, label, tabs, panel, selected, onSelect }: TabBarProps<Key>) {
  const idOf = (key: Key) => tabId(name, key)
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) =>
    moveBetweenTabs(
      event,
      tabs.map((tab) => idOf(tab.key)),
      tabs.findIndex((tab) => tab.key === selected),
      (index) => onSelect(tabs[index].key)
    )
  return (
    <div className={`${name}-tabs`} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          id={idOf(tab.key)}
          type="button"
          role="tab"
          className={`${name}-tab`}
          aria-selected={tab.key === selected}
          aria-controls={tab.controls ?? panel}
          tabIndex={tab.key === selected ? 0 : -1}
          title={tab.title}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}

/** Selects and focuses the tab a key moves to from the selected one (-1: none yet); other keys pass through. */
function moveBetweenTabs(
  event: KeyboardEvent<HTMLElement>,
  tabIds: readonly string[],
  selected: number,
  onSelect: (index: number) => void
) {
  const count = tabIds.length
  const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
  let next: number
  if (step !== 0) next = (selected + step + count) % count
  else if (event.key === 'Home') next = 0
  else if (event.key === 'End') next = count - 1
  else return
  event.preventDefault()
  onSelect(next)
  document.getElementById(tabIds[next])?.focus()
}

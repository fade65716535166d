// One tab of a tab bar, and the keys that move between a bar's tabs, as the WAI-ARIA tabs pattern
// has them: only the selected tab is in the Tab order; arrows wrap, Home and End go to the ends.

import type { KeyboardEvent, ReactNode } from 'react'

interface TabProps {
  id: string
  isSelected: boolean
  /** The id of the panel it shows. */
  controls: string
  className: string
  title: string
  onSelect: () => void
  children: ReactNode
}

export function Tab({ id, isSelected, controls, className, title, onSelect, children }: TabProps) {
  return (
    <button
      id={id}
      type="button"
      role="tab"
      className={className}
      aria-selected={isSelected}
      aria-controls={controls}
      tabIndex={isSelected ? 0 : -1}
      title={title}
      onClick={onSelect}
    >
      {children}
    </button>
  )
}

/** Selects and focuses the tab a key moves to from the selected one (-1: none yet); other keys pass through. */
export function moveBetweenTabs(
  event: KeyboardEvent<HTMLElement>,
  tabIds: readonly string[],
  selected: number,
  onSelect: (index: number) => void
): void {
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

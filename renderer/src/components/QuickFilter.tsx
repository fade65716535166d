// The "Filter rows…" search box above every grid, with the count of rows it leaves.
// Presentational: the grid it filters owns the rows.

import type { ReactNode } from 'react'

export function QuickFilter({ value, onChange, children }: { value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <>
      <input
        type="search"
        className="quick-filter"
        placeholder="Filter rows…"
        aria-label="Filter rows"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="grid-count" aria-live="polite">
        {children}
      </span>
    </>
  )
}

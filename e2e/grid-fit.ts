// Where the figures grid's rows fall against its scrolling body and the window, and what a click
// at the foot of its last whole row lands on: shared by the layout specs.

import type { Page } from '@playwright/test'

export interface GridFit {
  /** Body rows whose whole box is inside the grid's scrolling body. */
  whole: number
  /** Body rows the body's edge cuts through. */
  cut: string[]
  /** Pinned rows (totals) wholly inside the grid. */
  pinnedWhole: number
  /** How far the grid's foot reaches past the view (0 when it is all in the window). */
  overflow: number
}

/** Where the figures grid's rows fall against its scrolling body (AG Grid 36: one viewport, the header
 *  and pinned rows stuck to its top and foot) and against the window. */
export function gridFit(page: Page): Promise<GridFit> {
  return page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('[role="region"][aria-label="Figures table"]')
    const viewport = grid?.querySelector<HTMLElement>('.ag-grid-viewport')
    const topRows = viewport?.querySelector<HTMLElement>('.ag-grid-pinned-top-rows')
    const bottomRows = viewport?.querySelector<HTMLElement>('.ag-grid-pinned-bottom-rows')
    const panel = document.getElementById('view-panel')
    // Between views the grid is not drawn yet: say so, and a poll asks again.
    if (!grid || !viewport || !topRows || !bottomRows || !panel)
      return { whole: 0, cut: ['(grid not drawn yet)'], pinnedWhole: 0, overflow: 0 }
    const top = topRows.getBoundingClientRect()
    const bottom = bottomRows.getBoundingClientRect()
    const view = panel.getBoundingClientRect()
    const inside = { top: top.bottom, bottom: viewport.getBoundingClientRect().top + viewport.clientHeight - bottom.height }
    let whole = 0
    const cut: string[] = []
    for (const row of Array.from(grid.querySelectorAll<HTMLElement>('.ag-grid-scrolling-rows [role="row"]'))) {
      const rect = row.getBoundingClientRect()
      if (rect.bottom <= inside.top + 0.5 || rect.top >= inside.bottom - 0.5) continue
      if (rect.top >= inside.top - 0.5 && rect.bottom <= inside.bottom + 0.5) whole++
      else cut.push(row.getAttribute('row-id') ?? '?')
    }
    const gridBox = grid.getBoundingClientRect()
    const pinnedWhole = Array.from(grid.querySelectorAll<HTMLElement>('.ag-grid-pinned-bottom-rows [role="row"]')).filter((row) => {
      const rect = row.getBoundingClientRect()
      return rect.height > 0 && rect.top >= gridBox.top && rect.bottom <= gridBox.bottom + 0.5
    }).length
    return { whole, cut, pinnedWhole, overflow: Math.max(0, gridBox.bottom - Math.min(view.bottom, window.innerHeight)) }
  })
}

export /** What a click at the foot of the last body row wholly in view lands on: that row's cell, or what covers it. */
function footOfLastWholeRow(page: Page): Promise<{ rowId: string | null; hit: string | null }> {
  return page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('[role="region"][aria-label="Figures table"]')!
    const viewport = grid.querySelector<HTMLElement>('.ag-grid-viewport')!
    const bodyBottom =
      viewport.getBoundingClientRect().top +
      viewport.clientHeight -
      viewport.querySelector<HTMLElement>('.ag-grid-pinned-bottom-rows')!.getBoundingClientRect().height
    const rows = Array.from(grid.querySelectorAll<HTMLElement>('.ag-grid-scrolling-rows [role="row"]'))
      .map((row) => ({ row, box: row.getBoundingClientRect() }))
      .filter(({ box }) => box.bottom <= bodyBottom + 0.5)
      .sort((a, b) => a.box.bottom - b.box.bottom)
    const last = rows.at(-1)!
    const cell =
      last.row.querySelector<HTMLElement>('[col-id$="/23"], [col-id$="/22"]') ?? last.row.querySelector<HTMLElement>('[role="gridcell"]')!
    const box = cell.getBoundingClientRect()
    const hit = document.elementFromPoint(box.left + box.width / 2, box.bottom - 3)
    return { rowId: last.row.getAttribute('row-id'), hit: hit?.closest('[role="row"]')?.getAttribute('row-id') ?? hit?.className ?? null }
  })
}

/** What a click just inside the right edge of the first row's rightmost figure lands on: that row, or what covers it. */
export function rightEdgeOfFirstRow(page: Page): Promise<{ rowId: string | null; hit: string | null }> {
  return page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('[role="region"][aria-label="Figures table"]')!
    const row = grid.querySelector<HTMLElement>('.ag-grid-scrolling-rows [role="row"]')!
    const cells = Array.from(row.querySelectorAll<HTMLElement>('[role="gridcell"]')).sort(
      (a, b) => a.getBoundingClientRect().right - b.getBoundingClientRect().right
    )
    const box = cells.at(-1)!.getBoundingClientRect()
    const hit = document.elementFromPoint(box.right - 3, box.top + box.height / 2)
    return { rowId: row.getAttribute('row-id'), hit: hit?.closest('[role="row"]')?.getAttribute('row-id') ?? hit?.className ?? null }
  })
}

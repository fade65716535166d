// Sizes a long grid to the room it has, to a whole number of rows: the grid fills the window with its
// own scrollbar, no row at its foot is cut in half, and a grid with few rows ends at its last row.
// Measures the DOM it is given; never decides which rows a grid holds. useFiguresGridSizing is how
// the table view's and the pivot's grids use it.

import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react'

export interface WholeRowsInput {
  /** Height the grid may take, in px. */
  available: number
  /** The grid's height minus its scrolling body: headers, pinned rows, scrollbar, borders. */
  chrome: number
  /** Where each drawn body row ends, in px from the top of the rows, in order (rows may differ in
   *  height: By area wraps long measure names). The last is where the rows end. */
  rowBottoms: readonly number[]
  /** Height of one row, for a grid with no rows (its "no rows match" line). */
  rowHeight: number
  /** Rows kept in view however little room there is (the window scrolls instead). */
  minRows: number
}

/** The grid's height in px: its rows when they fit, else as many whole rows as fit, at least minRows. */
export function wholeRowsHeight({ available, chrome, rowBottoms, rowHeight, minRows }: WholeRowsInput): number {
  const room = available - Math.ceil(chrome)
  const content = rowBottoms.at(-1)
  let body: number
  if (content === undefined) body = rowHeight
  else if (content <= room + 0.5) body = content
  else {
    const fitting = rowBottoms.filter((bottom) => bottom <= room + 0.5)
    const least = rowBottoms[Math.min(minRows, rowBottoms.length) - 1]
    body = Math.max(fitting.at(-1) ?? 0, least)
  }
  // Whole pixels, rounded up, so sub-pixel chrome never takes a sliver off the last row.
  return Math.ceil(chrome) + Math.ceil(body)
}

/** AG Grid 36 scrolls one viewport, with the header and pinned top rows stuck to its top and the
 *  pinned bottom rows to its foot; what is between them is the scrolling body. */
export const GRID_VIEWPORT = '.ag-grid-viewport'
export const PINNED_TOP = '.ag-grid-pinned-top-rows'
export const PINNED_BOTTOM = '.ag-grid-pinned-bottom-rows'
export const SCROLLING_ROWS = '.ag-grid-scrolling-rows'

function partsOf(grid: HTMLElement): { viewport: HTMLElement; stuck: HTMLElement[]; rows: HTMLElement } | null {
  const viewport = grid.querySelector<HTMLElement>(GRID_VIEWPORT)
  const rows = viewport?.querySelector<HTMLElement>(SCROLLING_ROWS)
  if (!viewport || !rows) return null
  const top = viewport.querySelector<HTMLElement>(PINNED_TOP)
  const bottom = viewport.querySelector<HTMLElement>(PINNED_BOTTOM)
  return { viewport, stuck: top && bottom ? [top, bottom] : [], rows }
}

/** The frame's height left for the grid once its other children (the legend) have theirs. */
function roomIn(frame: HTMLElement, grid: HTMLElement): number {
  const gap = Number.parseFloat(getComputedStyle(frame).rowGap) || 0
  let others = 0
  for (const child of Array.from(frame.children)) {
    if (child !== grid && child instanceof HTMLElement) others += child.getBoundingClientRect().height + gap
  }
  return frame.clientHeight - others
}

export interface WholeRows {
  frame: RefObject<HTMLDivElement | null>
  grid: RefObject<HTMLDivElement | null>
  /** Null until measured, and for grids sized by AG Grid itself (autoHeight). */
  height: number | null
  /** Measure again (rows filtered, pinned rows or columns changed). */
  remeasure: () => void
}

/** `rows` (the body rows shown) only prompts a new measurement when a filter changes them. */
export function useWholeRowsHeight(options: { enabled: boolean; rowHeight: number; rows: number; minRows?: number }): WholeRows {
  const { enabled, rowHeight, rows, minRows = 3 } = options
  const frame = useRef<HTMLDivElement | null>(null)
  const grid = useRef<HTMLDivElement | null>(null)
  const [height, setHeight] = useState<number | null>(null)
  const pending = useRef(0)
  const observer = useRef<ResizeObserver | null>(null)

  const measure = useCallback(() => {
    const frameElement = frame.current
    const gridElement = grid.current
    if (!enabled || !frameElement || !gridElement) return
    const parts = partsOf(gridElement)
    if (!parts) return
    // The body changes size when pinned rows or a horizontal scrollbar come and go.
    for (const part of [parts.viewport, parts.rows, ...parts.stuck]) observer.current?.observe(part)
    const [top, bottom] = parts.stuck.map((part) => part.getBoundingClientRect().height)
    const rowsBox = parts.rows.getBoundingClientRect()
    const rowBottoms = Array.from(
      parts.rows.querySelectorAll<HTMLElement>('[role="row"]'),
      (row) => row.getBoundingClientRect().bottom - rowsBox.top
    ).sort((a, b) => a - b)
    const stuckHeight = (top ?? 0) + (bottom ?? 0)
    // A row brought into view by the browser (find in page, focus) lands clear of the stuck rows.
    parts.viewport.style.scrollPaddingTop = `${top ?? 0}px`
    parts.viewport.style.scrollPaddingBottom = `${bottom ?? 0}px`
    const chrome = gridElement.getBoundingClientRect().height - (parts.viewport.clientHeight - stuckHeight)
    const next = wholeRowsHeight({ available: roomIn(frameElement, gridElement), chrome, rowBottoms, rowHeight, minRows })
    setHeight((current) => (current !== null && Math.abs(current - next) < 1 ? current : next))
  }, [enabled, rowHeight, minRows])

  const remeasure = useCallback(() => {
    cancelAnimationFrame(pending.current)
    pending.current = requestAnimationFrame(measure)
  }, [measure])

  useLayoutEffect(() => {
    if (!enabled) {
      setHeight(null)
      return
    }
    const watching = new ResizeObserver(remeasure)
    observer.current = watching
    if (frame.current) watching.observe(frame.current)
    measure()
    return () => {
      watching.disconnect()
      observer.current = null
      cancelAnimationFrame(pending.current)
    }
  }, [enabled, measure, remeasure])

  // A filter that changes the rows shown changes the height the whole rows need.
  useLayoutEffect(() => {
    measure()
  }, [rows, measure])

  return { frame, grid, height: enabled ? height : null, remeasure }
}

/** A short table sits in a grid its own height, totals right under the areas, not at the window's foot. */
const AUTO_HEIGHT_UP_TO = 12

export interface FiguresGridSizing extends WholeRows {
  /** AG Grid sizes the grid to its rows (domLayout 'autoHeight'): it has `AUTO_HEIGHT_UP_TO` rows or fewer. */
  autoHeight: boolean
  /** The sizing's modifiers for the grid's element, after `figures-grid`. */
  modifiers: string
  /** For the grid: counts the body rows a filter leaves, tells `onShownRowsChange`, and measures again. */
  onModelUpdated: (event: { api: { getDisplayedRowCount(): number } }) => void
}

/**
 * How a figures grid (the table view's and the pivot's) takes its height: its own rows' height when
 * short, else whole rows of the room it has, following the rows a filter leaves.
 */
export function useFiguresGridSizing(
  rowCount: number,
  bodyRows: number,
  rowHeight: number,
  onShownRowsChange: (shown: number) => void
): FiguresGridSizing {
  const autoHeight = rowCount <= AUTO_HEIGHT_UP_TO
  const [shownRows, setShownRows] = useState(bodyRows)
  const sizing = useWholeRowsHeight({ enabled: !autoHeight, rowHeight, rows: shownRows })
  const { remeasure } = sizing
  const onModelUpdated = useCallback(
    (event: { api: { getDisplayedRowCount(): number } }) => {
      const shown = event.api.getDisplayedRowCount()
      setShownRows(shown)
      onShownRowsChange(shown)
      remeasure()
    },
    [onShownRowsChange, remeasure]
  )
  const modifiers = `${autoHeight ? ' figures-grid--auto' : ''}${sizing.height !== null ? ' figures-grid--sized' : ''}`
  return { ...sizing, autoHeight, modifiers, onModelUpdated }
}

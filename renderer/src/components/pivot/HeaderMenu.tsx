// The column header's menu (right-click or Shift+F10 on a header): pin the column or period to the
// left or right, unpin it, or size it to its contents. Presentational: the grid applies the choice.

import { useEffect, useRef, type KeyboardEvent } from 'react'

export type PinSide = 'left' | 'right' | null

export interface HeaderMenuState {
  x: number
  y: number
  /** The columns the choice applies to: one, or every column of a period group. */
  columnIds: string[]
  label: string
  pinned: PinSide
}

interface HeaderMenuProps {
  menu: HeaderMenuState
  onPin: (columnIds: string[], side: PinSide) => void
  onAutosize: (columnIds: string[]) => void
  onClose: () => void
}

export function HeaderMenu({ menu, onPin, onAutosize, onClose }: HeaderMenuProps) {
  const element = useRef<HTMLDivElement>(null)

  useEffect(() => {
    element.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
    const away = (event: MouseEvent) => {
      if (!element.current?.contains(event.target instanceof Node ? event.target : null)) onClose()
    }
    window.addEventListener('mousedown', away)
    return () => window.removeEventListener('mousedown', away)
  }, [onClose])

  const choose = (action: () => void) => () => {
    action()
    onClose()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(element.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])]
    const at = items.findIndex((item) => item === document.activeElement)
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault()
      onClose()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      items[(at + step + items.length) % items.length]?.focus()
    }
  }

  const left = Math.min(menu.x, window.innerWidth - 230)
  const top = Math.min(menu.y, window.innerHeight - 170)
  return (
    <div ref={element} className="header-menu" role="menu" aria-label={`Column ${menu.label}`} style={{ left, top }} onKeyDown={onKeyDown}>
      <div className="header-menu-title" aria-hidden="true">
        {menu.label}
      </div>
      <button type="button" role="menuitem" disabled={menu.pinned === 'left'} onClick={choose(() => onPin(menu.columnIds, 'left'))}>
        Pin to the left
      </button>
      <button type="button" role="menuitem" disabled={menu.pinned === 'right'} onClick={choose(() => onPin(menu.columnIds, 'right'))}>
        Pin to the right
      </button>
      <button type="button" role="menuitem" disabled={menu.pinned === null} onClick={choose(() => onPin(menu.columnIds, null))}>
        Unpin
      </button>
      <button type="button" role="menuitem" onClick={choose(() => onAutosize(menu.columnIds))}>
        Size to fit the figures
      </button>
    </div>
  )
}

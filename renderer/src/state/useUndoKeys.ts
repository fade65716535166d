// Undo and redo from the keyboard and the Edit menu, except in a text field or open cell editor, whose
// own typing undo wins. Subscribes only; what undo does belongs to useChanges.

import { useEffect, useEffectEvent } from 'react'
import { isDesktop, onAppEvent } from '../api/client'

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password', ''])

/** Where the browser's own undo applies: text inputs, text areas, selects and editable content. */
export function isTextField(element: Element | null): boolean {
  if (element instanceof HTMLInputElement) return TEXT_INPUTS.has(element.type)
  return (
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLElement && element.isContentEditable)
  )
}

/** A modal dialog (the reason for an edit, the import preview) owns the keyboard while it is open. */
const modalOpen = () => document.querySelector('dialog[open]') !== null

export function useUndoKeys(handlers: { undo: () => void; redo: () => void }): void {
  const undo = useEffectEvent(() => handlers.undo())
  const redo = useEffectEvent(() => handlers.redo())

  useEffect(() => {
    // The Edit menu's accelerators arrive as events in Electron.
    const fromMenu = (direction: 'undo' | 'redo') => () => {
      if (isTextField(document.activeElement)) {
        document.execCommand(direction)
        return
      }
      if (modalOpen()) return
      if (direction === 'undo') undo()
      else redo()
    }
    const stops = [onAppEvent('menu:undo', fromMenu('undo')), onAppEvent('menu:redo', fromMenu('redo'))]
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return
      const key = event.key.toLowerCase()
      const isRedoY = key === 'y' && event.ctrlKey && !event.shiftKey
      // In Electron the menu owns Ctrl/Cmd+Z; Ctrl+Y is not on the menu, so it is handled here too.
      if (key !== 'z' && !isRedoY) return
      if (key === 'z' && isDesktop()) return
      if (isTextField(document.activeElement) || modalOpen()) return
      event.preventDefault()
      if (key === 'z' && !event.shiftKey) undo()
      else redo()
    }
    window.addEventListener('keydown', onKey)
    return () => {
      stops.forEach((stop) => stop())
      window.removeEventListener('keydown', onKey)
    }
  }, [])
}

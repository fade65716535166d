// Opens a <dialog> as a modal for as long as its component is mounted, and closes it on unmount.
// Owns the dialog element's open state only; what the dialog says and does belongs to its component.

import { useEffect, useRef, type RefObject } from 'react'

/** `initialFocus`: the control the reporter starts in (the reason box, the Import button); else the browser's first. */
export function useModalDialog(initialFocus?: RefObject<HTMLElement | null>): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    initialFocus?.current?.focus()
    return () => element?.close()
  }, [])
  return dialog
}

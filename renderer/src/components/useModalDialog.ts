// Opens a <dialog> as a modal for as long as its component is mounted, closes it on unmount, and
// hands Escape to the component instead of letting the browser close the dialog under it.
// Owns the dialog element's open state only; what the dialog says and does belongs to its component.

import { useLayoutEffect, useRef, type RefObject, type SyntheticEvent } from 'react'

/** Spread on the <dialog>: its ref, and its Escape handler. */
export interface ModalDialogProps {
  ref: RefObject<HTMLDialogElement | null>
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void
}

/**
 * `onEscape`: what Escape does (close, or nothing while the dialog is busy); the dialog stays
 * open until its component unmounts. `initialFocus`: the control the reporter starts in (the
 * reason box, the Import button); else the browser's first.
 */
export function useModalDialog(onEscape: () => void, initialFocus?: RefObject<HTMLElement | null>): ModalDialogProps {
  const ref = useRef<HTMLDialogElement>(null)
  // Before the browser paints: the frame that shows the dialog's content shows it open and modal.
  useLayoutEffect(() => {
    const element = ref.current
    if (element && !element.open) element.showModal()
    initialFocus?.current?.focus()
    return () => element?.close()
    // Once, when the dialog opens: `initialFocus` is a ref, the same object on every render.
  }, [initialFocus])
  return {
    ref,
    onCancel: (event) => {
      event.preventDefault()
      onEscape()
    }
  }
}

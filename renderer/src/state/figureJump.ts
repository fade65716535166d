// Asks the grid to show one figure's cell (a figure link in the Story panel, which sits outside the
// work area): the grid listens, the link publishes. Holds listeners only, never a figure.

import type { FigureRef } from '../../../main/contract/types'

const listeners = new Set<(ref: FigureRef) => void>()

export function requestFigureJump(ref: FigureRef): void {
  for (const listener of listeners) listener(ref)
}

/** Listens for requests; returns the function that stops listening. */
export function onFigureJump(listener: (ref: FigureRef) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

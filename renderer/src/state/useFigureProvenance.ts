// The provenance panel's data for the focused figure: what every edition printed for it, and
// "Copy figure with source" (the citation from the core's provenance module, to the clipboard).

import type { FigureEdition, FigureRef } from '../../../main/contract/types'
import { invoke } from '../api/client'
import { useFigureList } from './useFigureList'

const readEditions = (figure: FigureRef) => invoke('figures:editions', figure)

/** What every edition printed for the focused figure (see useFigureList). */
export function useFigureEditions(figure: FigureRef | null, version: number): FigureEdition[] | null {
  return useFigureList(figure, version, readEditions)
}

/** Puts "1,867 (Ministry of Justice, MAPPA annual report 2021/22, sheet …, cell B18)" on the clipboard; resolves with it. */
export async function copyCitation(figure: FigureRef): Promise<string> {
  const { citation } = await invoke('figures:cite', figure)
  await navigator.clipboard.writeText(citation)
  return citation
}

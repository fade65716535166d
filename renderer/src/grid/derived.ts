// How one derived figure of a pivot cell reads in the grid. The names, meanings and wording are the
// contract's (main/contract/derived-columns.ts), shared with the exported tables.

import { derivedText } from '../../../main/contract/derived-columns'
import type { DerivedCell, DerivedKind } from '../../../main/contract/types'

/** "+183", "−2.4%", "114", "1 in 877", "=3rd of 42"; empty where the cell has no such figure. */
export function formatDerived(kind: DerivedKind, cell: DerivedCell | undefined): string {
  const value = cell?.[kind]
  if (value === undefined || !Number.isFinite(value)) return ''
  return derivedText(kind, value, { of: cell?.rankOf, isTied: cell?.rankTied === true })
}

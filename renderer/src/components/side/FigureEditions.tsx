// "In every edition": what each imported release printed for the focused figure, newest first,
// with its file, sheet, cell and raw text, and which one the current figure comes from. Presentational.

import type { FigureEdition } from '../../../../main/contract/types'
import { formatCell, STATUS_LABELS } from '../../grid/format'

export function FigureEditions({ editions }: { editions: FigureEdition[] | null }) {
  if (editions === null) return <p className="side-empty">Loading…</p>
  if (editions.length === 0) return <p className="side-empty">No edition in the store prints this figure.</p>
  return (
    <ol className="detail-editions" aria-label="Every edition's figure">
      {editions.map((edition) => (
        <li
          key={`${edition.releaseId}|${edition.sheet}|${edition.cell}`}
          className={edition.isCurrent ? 'detail-edition detail-edition--current' : 'detail-edition'}
        >
          <div className="detail-edition-figure">
            <strong>{formatCell(edition) || '(blank)'}</strong>
            {edition.status !== 'value' && <span className="detail-status">{STATUS_LABELS[edition.status]}</span>}
            {edition.isCurrent && <span className="badge">current</span>}
          </div>
          <div className="detail-edition-where">
            {edition.editionLabel}
            <br />
            {edition.fileName} · sheet “{edition.sheet}”, cell {edition.cell} · as printed: “{edition.raw}”
          </div>
        </li>
      ))}
    </ol>
  )
}

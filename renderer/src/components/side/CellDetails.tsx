// The focused figure in detail: its value, the imported original where it was edited, a correction a
// newer edition restated (keep it or take the new figure), warnings, the stored value, its source,
// the same figure in every edition, its edits (who, when, why, each revertable on its own), its
// notes, and "Copy figure with source". Presentational.

import type { Annotation, EditRecord, FigureCell, FigureEdition } from '../../../../main/contract/types'
import { formatCell, formatWhen, STATUS_LABELS } from '../../grid/format'
import { newFigureButtonLabel, staleEditSentence, storedValueLine } from '../../grid/precedence'
import type { CellRef } from '../../state/useView'
import { FigureEditions } from './FigureEditions'

interface CellDetailsProps {
  cell: CellRef
  figure: FigureCell | null
  edits: EditRecord[] | null
  notes: Annotation[]
  onRevert: (editId: number) => void
  /** Keeps a correction a newer edition restated. */
  onKeep: (editId: number) => void
  /** Drops a correction a newer edition restated, for that edition's figure. */
  onTakeNewer: (editId: number) => void
  onAddNote: () => void
  editions: FigureEdition[] | null
  onCopyCitation: () => void
}

/** A figure of an edit as the grid shows it ("1,870" for a typed "1870"); markers as written. */
function shownFigure(value: number | null, raw: string | null): string {
  if (raw === null) return '(blank)'
  return value === null ? raw : formatCell({ value, status: 'value', raw })
}

function EditItem({ edit, onRevert }: { edit: EditRecord; onRevert: (editId: number) => void }) {
  return (
    <li className={`detail-edit${edit.isActive ? '' : ' detail-edit--reverted'}`}>
      <div className="detail-edit-change">
        {shownFigure(edit.before, edit.before_raw)} → <strong>{shownFigure(edit.after, edit.after_raw)}</strong>
        {!edit.isActive && <span className="history-undone">reverted</span>}
      </div>
      <div className="detail-edit-reason">“{edit.reason}”</div>
      <div className="detail-edit-meta">
        {formatWhen(edit.at)} · {edit.author ?? 'on this computer'}
        {edit.isActive && (
          <button
            type="button"
            className="button button--small"
            onClick={() => onRevert(edit.id)}
            title="Put the figure back as it was before this edit"
          >
            Revert
          </button>
        )}
      </div>
    </li>
  )
}

/** A correction a newer edition restated: the sentence, and the reporter's two ways out. */
function StaleEditChoice({
  figure,
  onKeep,
  onTakeNewer
}: {
  figure: FigureCell
  onKeep: (editId: number) => void
  onTakeNewer: (editId: number) => void
}) {
  const stale = figure.staleEdit
  if (!stale) return null
  return (
    <div className="detail-stale" role="group" aria-label="Correction restated by a newer edition">
      <p className="detail-stale-text">{staleEditSentence(stale)}</p>
      <div className="detail-stale-actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => onKeep(stale.editId)}
          title="Your corrected figure stays, now standing against the newer edition"
        >
          Keep my correction
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => onTakeNewer(stale.editId)}
          title="Drop your correction; the newer edition's figure becomes current"
        >
          {newFigureButtonLabel(stale)}
        </button>
      </div>
    </div>
  )
}

export function CellDetails({
  cell,
  figure,
  edits,
  notes,
  onRevert,
  onKeep,
  onTakeNewer,
  onAddNote,
  editions,
  onCopyCitation
}: CellDetailsProps) {
  return (
    <section className="side-section cell-details" role="region" aria-label="Cell details">
      <h2 className="side-title">
        {cell.areaName}
        {cell.period && ` · ${cell.period}`}
      </h2>
      <p className="detail-measure">{cell.measureLabel}</p>
      {cell.period === null ? (
        <p className="side-empty">Move to a figure to see its source, edits and notes.</p>
      ) : !figure ? (
        <p className="side-empty">No figure for this period in any imported edition.</p>
      ) : (
        <>
          <p className="detail-value">
            <span className="detail-figure">{formatCell(figure) || '(blank)'}</span>
            {figure.isEdited && <span className="badge badge--edited">edited</span>}
            {figure.isRevised && <span className="badge badge--revised">revised</span>}
            {figure.staleEdit && <span className="badge badge--stale">restated</span>}
            {figure.status !== 'value' && <span className="detail-status">{STATUS_LABELS[figure.status]}</span>}
          </p>
          {figure.isEdited && figure.original && (
            <p className="detail-original">
              As imported: <strong>{formatCell(figure.original) || '(blank)'}</strong>
            </p>
          )}
          <StaleEditChoice figure={figure} onKeep={onKeep} onTakeNewer={onTakeNewer} />
          {figure.warnings.length > 0 && (
            <ul className="detail-warnings" aria-label="Warnings">
              {figure.warnings.map((warning) => (
                <li key={warning.code} className="detail-warning">
                  <span className="detail-warning-mark" aria-hidden="true">
                    ⚠
                  </span>
                  {warning.message}
                </li>
              ))}
            </ul>
          )}
          {storedValueLine(figure) && <p className="detail-stored">{storedValueLine(figure)}</p>}
          <p className="detail-source">
            {figure.source.file} · {figure.source.sheet}!{figure.source.cell}
            <br />
            {figure.source.release}
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={onCopyCitation}
            title="Copy the figure with its edition, sheet and cell, for the story"
          >
            Copy figure with source
          </button>
          <h3 className="detail-heading">In every edition</h3>
          <FigureEditions editions={editions} />
          <h3 className="detail-heading">Edits</h3>
          {edits === null ? (
            <p className="side-empty">Loading…</p>
          ) : edits.length === 0 ? (
            <p className="side-empty">Not edited: this is the figure as imported. Type in the cell to correct it.</p>
          ) : (
            <ol className="detail-edits">
              {edits.map((edit) => (
                <EditItem key={edit.id} edit={edit} onRevert={onRevert} />
              ))}
            </ol>
          )}
          <h3 className="detail-heading">Notes on this figure</h3>
          {notes.length > 0 && (
            <ul className="detail-notes">
              {notes.map((note) => (
                <li key={note.id}>{note.text}</li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--small" onClick={onAddNote}>
            Add note
          </button>
        </>
      )}
    </section>
  )
}

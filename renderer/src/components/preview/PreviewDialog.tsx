// The Import preview: a modal dialog showing what a file holds and how it will be read, with the
// mapping editor. Holds the draft of corrections; importing and discarding belong to the import flow.

import { useRef, useState } from 'react'
import type { AreaInfo, ImportMappings, MeasureInfo } from '../../../../main/contract/types'
import { plural } from '../../grid/format'
import { changeCount, initialDraft, toMappings, unmatchedLabels, type MappingDraft } from '../../state/mappings'
import type { OpenPreview } from '../../state/usePreviewDecision'
import { PreviewSummary } from './PreviewSummary'
import { TablePanel } from './TablePanel'
import { TableTabs } from './TableTabs'
import { tabId } from '../Tab'
import { useModalDialog } from '../useModalDialog'

interface PreviewDialogProps {
  open: OpenPreview
  areas: AreaInfo[]
  measures: MeasureInfo[]
  onImport: (mappings: ImportMappings) => void
  onCancel: () => void
  onShowDuplicate: () => void
}

export function PreviewDialog({ open, areas, measures, onImport, onCancel, onShowDuplicate }: PreviewDialogProps) {
  const { preview } = open
  const primary = useRef<HTMLButtonElement>(null)
  // Escape: the flow decides (it ignores Escape while an import is being written).
  const dialog = useModalDialog(onCancel, primary)
  const [draft, setDraft] = useState<MappingDraft>(() => initialDraft(preview))
  // Open on the first table that needs the reporter, else the first.
  const [tableIndex, setTableIndex] = useState(
    () => (preview.tables.find((candidate) => candidate.rows.some((row) => row.areaSlug === null)) ?? preview.tables[0])?.index ?? 0
  )

  const mappings = toMappings(preview, draft)
  const changes = changeCount(mappings)
  const unmatched = unmatchedLabels(preview, draft)
  const table = preview.tables.find((candidate) => candidate.index === tableIndex) ?? preview.tables[0]
  const duplicate = preview.duplicateOf

  return (
    <dialog
      {...dialog}
      className="preview-dialog"
      aria-label="Import preview"
      aria-describedby="preview-file"
      onClose={() => {
        // The browser may close a modal on Escape without a cancel event; a close we caused on unmount is ignored.
        const element = dialog.ref.current
        if (element && element.isConnected && !element.open) onCancel()
      }}
    >
      <div className="preview-body">
        <PreviewSummary open={open} unmatched={unmatched} />
        {preview.tables.length === 0 ? (
          <p className="preview-empty">No table with a header row and figures was found in this file, so there is nothing to import.</p>
        ) : (
          <>
            {preview.tables.length > 1 && (
              <TableTabs tables={preview.tables} selected={table.index} onSelect={setTableIndex} unmatchedLabels={unmatched} />
            )}
            <fieldset className="preview-fieldset" disabled={duplicate !== null || open.committing}>
              <div
                role={preview.tables.length > 1 ? 'tabpanel' : undefined}
                id={`preview-table-${table.index}`}
                aria-labelledby={preview.tables.length > 1 ? tabId('preview', table.index) : undefined}
              >
                <TablePanel key={table.index} table={table} areas={areas} measures={measures} draft={draft} onDraft={setDraft} />
              </div>
            </fieldset>
          </>
        )}
      </div>
      <footer className="preview-footer">
        {duplicate === null && (
          <>
            <label className="remember">
              <input
                type="checkbox"
                checked={draft.remember}
                onChange={(event) => setDraft((current) => ({ ...current, remember: event.target.checked }))}
              />
              Remember these choices for future files
            </label>
            <span className="preview-changes" aria-live="polite">
              {changes === 0 ? 'No corrections' : `${plural(changes, 'correction')} to apply`}
              {unmatched.length > 0 && ` · ${plural(unmatched.length, 'row')} still unmatched`}
            </span>
          </>
        )}
        {open.error && (
          <span className="preview-error" role="alert">
            Could not import: {open.error}
          </span>
        )}
        <span className="preview-footer-spacer" />
        <button type="button" className="button" onClick={onCancel} disabled={open.committing}>
          Cancel
        </button>
        {duplicate ? (
          <button ref={primary} type="button" className="button button--primary" onClick={onShowDuplicate}>
            Show it
          </button>
        ) : (
          <button
            ref={primary}
            type="button"
            className="button button--primary"
            onClick={() => onImport(mappings)}
            disabled={open.committing || preview.tables.length === 0}
            aria-busy={open.committing}
          >
            {open.committing && <span className="spinner spinner--light" aria-hidden="true" />}
            Import
          </button>
        )}
      </footer>
    </dialog>
  )
}

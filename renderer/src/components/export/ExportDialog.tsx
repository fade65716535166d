// The "Export table" dialog: format, title, which periods and rows, derived figures as in the
// grid, and a live preview of the HTML table with its source line and notes. Export saves or
// downloads through useTableExport; the dialog itself never calls the core.

import { useMemo, useState } from 'react'
import type { DerivedKind, Pivot, TableFormat } from '../../../../main/contract/types'
import { useTableExport } from '../../state/useTableExport'
import { useModalDialog } from '../useModalDialog'

interface ExportDialogProps {
  pivot: Pivot
  derived: DerivedKind[]
  onDone: (message: string) => void
  onClose: () => void
}

/** By measure: the 42 areas then England and Wales, as in print; by area: every measure. */
function defaultRows(pivot: Pivot): string[] {
  if (pivot.by === 'area') return pivot.rows.map((row) => row.key)
  return pivot.rows.filter((row) => row.areaKind === 'area' || row.key === 'england-and-wales').map((row) => row.key)
}

export function ExportDialog({ pivot, derived, onDone, onClose }: ExportDialogProps) {
  const dialog = useModalDialog(() => {
    if (!table.busy) onClose()
  })
  const [format, setFormat] = useState<TableFormat>('html')
  const [title, setTitle] = useState('')
  const [periods, setPeriods] = useState<string[]>(pivot.periods)
  const [rows, setRows] = useState<string[]>(() => defaultRows(pivot))
  const request = useMemo(
    () => ({ by: pivot.by, subject: pivot.subject.id, rows, periods, derived, ...(title.trim() ? { title: title.trim() } : {}) }),
    [pivot.by, pivot.subject.id, rows, periods, derived, title]
  )
  const table = useTableExport(request)
  const isEmpty = rows.length === 0 || periods.length === 0

  const toggle = (list: string[], item: string, order: string[]) =>
    list.includes(item) ? list.filter((each) => each !== item) : order.filter((each) => each === item || list.includes(each))
  const rowOrder = pivot.rows.map((row) => row.key)

  const submit = async () => {
    if (isEmpty || table.busy) return
    const message = await table.exportAs(format)
    if (message) onDone(message)
  }

  return (
    <dialog {...dialog} className="export-dialog" aria-label="Export table">
      <form
        method="dialog"
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <div className="export-controls">
          <h2 className="export-heading">Export table</h2>
          <p className="export-subject">{pivot.subject.label}</p>
          <label className="export-field">
            <span>Title</span>
            <input
              type="text"
              value={title}
              maxLength={300}
              placeholder={table.preview?.title ?? ''}
              onChange={(event) => setTitle(event.target.value)}
            />
          </label>
          <fieldset className="export-field">
            <legend>Format</legend>
            {table.formats.map((info) => (
              <label key={info.format} className="export-choice">
                <input
                  type="radio"
                  name="format"
                  value={info.format}
                  checked={format === info.format}
                  onChange={() => setFormat(info.format)}
                />
                {info.label}
              </label>
            ))}
            <p className="export-file">{table.preview ? `File: ${table.preview.fileNames[format]}` : ''}</p>
          </fieldset>
          <fieldset className="export-field">
            <legend>Periods</legend>
            <div className="export-periods">
              {pivot.periods.map((period) => (
                <label key={period} className="export-choice">
                  <input
                    type="checkbox"
                    checked={periods.includes(period)}
                    onChange={() => setPeriods(toggle(periods, period, pivot.periods))}
                  />
                  {period}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="export-field export-rows-field">
            <legend>
              {pivot.by === 'measure' ? 'Areas' : 'Measures'} ({rows.length})
              <button type="button" className="button button--small" onClick={() => setRows(defaultRows(pivot))}>
                Default
              </button>
              <button type="button" className="button button--small" onClick={() => setRows([])}>
                None
              </button>
            </legend>
            <div className="export-rows">
              {pivot.rows.map((row) => (
                <label key={row.key} className="export-choice">
                  <input type="checkbox" checked={rows.includes(row.key)} onChange={() => setRows(toggle(rows, row.key, rowOrder))} />
                  {row.label}
                </label>
              ))}
            </div>
          </fieldset>
          <p className="export-derived">
            {derived.length > 0
              ? 'Derived figures as switched on in the grid.'
              : 'No derived figures: switch them on in the grid to add them.'}
          </p>
          {table.error && (
            <p className="export-error" role="alert">
              {table.error}
            </p>
          )}
          <div className="export-actions">
            <button type="button" className="button" onClick={onClose} disabled={table.busy}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={isEmpty || table.busy}>
              {table.busy ? 'Exporting…' : 'Export'}
            </button>
          </div>
        </div>
        <section className="export-preview" aria-label="Table preview">
          {isEmpty ? (
            <p className="side-empty">Choose at least one period and one row.</p>
          ) : table.preview ? (
            // The fragment is MAPPA Desk's own, every text in it escaped, with no scripts or links.
            <div className="export-preview-table" dangerouslySetInnerHTML={{ __html: table.preview.html }} />
          ) : (
            <p className="side-empty">Preparing the preview…</p>
          )}
        </section>
      </form>
    </dialog>
  )
}

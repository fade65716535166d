// The top of the Import preview: which file, how it was read (recogniser, edition, period, size),
// notices for generic reads and duplicates, warnings and footnotes. Presentational only.

import type { OpenPreview } from '../../state/usePreviewDecision'
import { formatBytes, staticWarnings } from '../../state/mappings'
import { plural } from '../../grid/format'
import { Facts } from './Facts'

interface PreviewSummaryProps {
  open: OpenPreview
  /** Row labels the reporter has not yet mapped, recounted as they choose. */
  unmatched: string[]
}

export function PreviewSummary({ open, unmatched }: PreviewSummaryProps) {
  const { preview, position } = open
  const warnings = staticWarnings(preview)
  if (unmatched.length > 0) {
    const shown = unmatched.slice(0, 6).join(', ')
    warnings.unshift(`${plural(unmatched.length, 'row')} not matched to a MAPPA area: ${shown}${unmatched.length > 6 ? '…' : ''}`)
  }
  return (
    <header className="preview-head">
      <div className="preview-eyebrow">Import preview{position && ` · file ${position}`}</div>
      <h2 className="preview-file" id="preview-file" title={preview.fileName}>
        {preview.fileName}
      </h2>
      <Facts
        className="preview-facts--file"
        facts={[
          ['Read as', preview.recogniserLabel],
          ['Edition', preview.editionLabel],
          ['Period', preview.period ?? 'not found'],
          ['Size', `${formatBytes(preview.sizeBytes)} · ${preview.format.toUpperCase()} · ${plural(preview.tables.length, 'table')}`]
        ]}
      />
      {preview.duplicateOf && (
        <p className="preview-notice preview-notice--info">
          <strong>Already imported as “{preview.duplicateOf.editionLabel}”</strong> ({preview.duplicateOf.fileName}). Importing it again
          would add nothing: use “Show it” to open the stored copy.
        </p>
      )}
      {preview.isGeneric && (
        <p className="preview-notice preview-notice--warning">
          <strong>Not recognised as a MoJ MAPPA table; read as a generic table.</strong> Check the columns and rows below before importing.
        </p>
      )}
      {warnings.length > 0 && (
        <div className="preview-warnings">
          <h3 className="visually-hidden">Warnings</h3>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>
                <span aria-hidden="true">⚠ </span>
                {warning}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.footnotes.length > 0 ? (
        <details className="preview-footnotes">
          <summary>Footnotes ({preview.footnotes.length})</summary>
          <ol>
            {preview.footnotes.map((footnote) => (
              <li key={footnote.ref}>
                <span className="footnote-ref">[{footnote.ref}]</span> {footnote.text}
              </li>
            ))}
          </ol>
        </details>
      ) : (
        <p className="preview-muted preview-footnotes-none">No footnotes found in this file.</p>
      )}
    </header>
  )
}

// "Check my copy": paste a draft or open a .txt, .md or .docx, then see the draft with every figure
// highlighted by verdict and a list of each with the right figure and its cell. Presentational.

import { useRef } from 'react'
import type { CheckedFigureView } from '../../../../main/contract/types'

const VERDICT_LABELS: Record<CheckedFigureView['verdict'], string> = {
  verified: 'Verified',
  rounding: 'Rounding',
  mismatch: 'Mismatch',
  unmatched: 'Unmatched'
}

const cellOf = (figure: CheckedFigureView) => (figure.source ? `${figure.source.file}, ${figure.source.sheet}!${figure.source.cell}` : '')

function HighlightedDraft({ text, figures }: { text: string; figures: CheckedFigureView[] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  figures.forEach((figure, index) => {
    if (figure.start < at) return
    parts.push(text.slice(at, figure.start))
    parts.push(
      <mark key={index} className={`verdict verdict--${figure.kind === 'period' ? 'period' : figure.verdict}`} title={`${VERDICT_LABELS[figure.verdict]}: ${figure.note}`} data-verdict={figure.verdict}>
        {text.slice(figure.start, figure.end)}
      </mark>
    )
    at = figure.end
  })
  parts.push(text.slice(at))
  return (
    <div className="check-draft" role="region" aria-label="Checked draft">
      {parts}
    </div>
  )
}

interface CheckViewProps {
  text: string
  onText: (text: string) => void
  results: { text: string; figures: CheckedFigureView[] } | null
  busy: boolean
  onCheck: (text: string) => void
  onOpen: (file: File) => void
}

export function CheckView({ text, onText, results, busy, onCheck, onOpen }: CheckViewProps) {
  const fileInput = useRef<HTMLInputElement>(null)
  const figures = results?.figures.filter((figure) => figure.kind !== 'period') ?? []
  const counts = new Map<string, number>()
  for (const figure of figures) counts.set(figure.verdict, (counts.get(figure.verdict) ?? 0) + 1)
  return (
    <div className="story-body">
      <label className="field field--stacked">
        <span className="field-label">Draft</span>
        <textarea className="check-input" value={text} onChange={(event) => onText(event.target.value)} rows={7} placeholder="Paste the story here, or open a .txt, .md or .docx file." aria-label="Draft to check" />
      </label>
      <div className="check-actions">
        <button type="button" className="button button--primary" disabled={busy || text.trim() === ''} onClick={() => onCheck(text)}>
          {busy ? 'Checking…' : 'Check figures'}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Open draft…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.md,.docx"
          hidden
          aria-label="Draft file to check"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) onOpen(file)
          }}
        />
      </div>
      {results && (
        <>
          <p className="check-summary" role="status">
            {figures.length === 0 ? 'No figures found.' : (['verified', 'rounding', 'mismatch', 'unmatched'] as const).filter((verdict) => counts.has(verdict)).map((verdict) => `${counts.get(verdict)} ${verdict}`).join(' · ')}
          </p>
          <HighlightedDraft text={results.text} figures={results.figures} />
          <table className="check-table" aria-label="Figures checked">
            <thead>
              <tr>
                <th scope="col">As written</th>
                <th scope="col">Verdict</th>
                <th scope="col">The table says</th>
                <th scope="col">Cell</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((figure, index) => (
                <tr key={index} className={`check-row check-row--${figure.verdict}`}>
                  <td>{figure.text}</td>
                  <td>
                    <span className={`verdict-badge verdict-badge--${figure.verdict}`}>{VERDICT_LABELS[figure.verdict]}</span>
                  </td>
                  <td title={figure.note}>{figure.expected === null ? (figure.verdict === 'unmatched' ? figure.note.replace(/^not a MAPPA figure: /, '') : '') : figure.expected.toLocaleString('en-GB')}</td>
                  <td className="check-cell">{cellOf(figure)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  )
}

// "Check my copy": paste a draft or open a .txt, .md or .docx, then see what it was read against
// (area and edition, inferred or chosen), the draft with every figure marked by verdict and its
// explanation on hover and focus, and a list of each with the right figure and its cell. Presentational.

import { useRef } from 'react'
import type { AreaInfo, CheckedFigureView, CopyCheckView } from '../../../../main/contract/types'
import type { CheckHints } from '../../state/useStory'
import { areaChoices, SelectField } from '../SelectField'

const VERDICT_LABELS: Record<CheckedFigureView['verdict'], string> = {
  verified: 'Verified',
  rounding: 'Rounding',
  revised: 'Revised',
  mismatch: 'Mismatch',
  unmatched: 'Unmatched',
  'not-checked': 'Not checked'
}

const MEASURE_LABELS: Record<string, string> = {
  rso: 'Registered sex offenders',
  violent: 'Violent offenders',
  other_dangerous: 'Other dangerous offenders',
  terrorism: 'Terrorism offenders',
  total: 'MAPPA total',
  rso_rate: 'Rate per 100,000'
}

const cellOf = (figure: CheckedFigureView) => (figure.source ? `${figure.source.file}, ${figure.source.sheet}!${figure.source.cell}` : '')

/** The summary line: what holds, then the problems, then what is not a MAPPA figure, kept apart. */
export function countLine(figures: CheckedFigureView[]): string {
  const counts = new Map<string, number>()
  for (const figure of figures) counts.set(figure.verdict, (counts.get(figure.verdict) ?? 0) + 1)
  const part = (verdicts: CheckedFigureView['verdict'][]) =>
    verdicts.filter((verdict) => counts.has(verdict)).map((verdict) => `${counts.get(verdict)} ${VERDICT_LABELS[verdict].toLowerCase()}`)
  const held = part(['verified', 'rounding', 'revised'])
  const problems = part(['mismatch', 'unmatched'])
  const notChecked = counts.get('not-checked') ?? 0
  return [
    held.join(' · '),
    problems.length > 0 ? `Problems: ${problems.join(' · ')}` : 'No problems',
    notChecked > 0 ? `${notChecked} not checked (not MAPPA figures)` : ''
  ]
    .filter(Boolean)
    .join(' — ')
}

function HighlightedDraft({ text, figures }: { text: string; figures: CheckedFigureView[] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  figures.forEach((figure, index) => {
    if (figure.start < at) return
    parts.push(text.slice(at, figure.start))
    const tip = `check-tip-${index}`
    const tone = figure.kind === 'period' ? 'period' : figure.verdict
    parts.push(
      <span key={index} className="check-mark">
        <mark tabIndex={0} className={`verdict verdict--${tone}`} aria-describedby={tip} data-verdict={figure.verdict}>
          {text.slice(figure.start, figure.end)}
        </mark>
        <span role="tooltip" id={tip} className="check-tip">
          <strong>{VERDICT_LABELS[figure.verdict]}.</strong> {figure.explanation}
        </span>
      </span>
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

function inferredNote(check: CopyCheckView): string {
  if (check.isAreaInferred && check.isEditionInferred) return ': both inferred from the copy, the reading in which most figures hold'
  if (check.isAreaInferred) return ': the area inferred from the copy'
  if (check.isEditionInferred) return ': the edition inferred from the copy, the one in which most figures hold'
  return ''
}

interface ReadAgainstProps {
  check: CopyCheckView
  areas: AreaInfo[]
  periods: string[]
  hints: CheckHints
  onHints: (change: Partial<CheckHints>) => void
}

/** What the copy was read against, and a way to read it against another area or edition. */
function ReadAgainst({ check, areas, periods, hints, onHints }: ReadAgainstProps) {
  const areaName = (slug: string | null) => areas.find((area) => area.slug === slug)?.name ?? slug ?? 'none'
  const editions = check.edition && !periods.includes(check.edition.period) ? [...periods, check.edition.period].sort() : periods
  return (
    <div className="check-against" aria-label="Read against">
      <SelectField
        label="Area"
        ariaLabel="Check against area"
        value={hints.area}
        onChange={(area) => onHints({ area })}
        none={`As the copy says (${areaName(check.isAreaInferred ? check.area : null)})`}
        choices={areaChoices(areas)}
      />
      <SelectField
        label="Edition (at 31 March)"
        ariaLabel="Check against edition"
        value={hints.period}
        onChange={(period) => onHints({ period })}
        none={`As the copy says (${check.isEditionInferred && check.edition ? check.edition.period : 'none'})`}
        choices={editions}
      />
      <p className="check-read-as">
        Read as {areaName(check.area)}
        {check.areas.length > 1 ? ` (with ${check.areas.slice(1).map(areaName).join(', ')})` : ''},{' '}
        {check.edition ? (check.edition.label ?? check.edition.period) : 'no edition'}
        {inferredNote(check)}.
      </p>
    </div>
  )
}

interface CheckViewProps {
  text: string
  onText: (text: string) => void
  results: { text: string; check: CopyCheckView } | null
  busy: boolean
  onCheck: (text: string) => void
  onOpen: (file: File) => void
  areas: AreaInfo[]
  periods: string[]
  hints: CheckHints
  onHints: (change: Partial<CheckHints>) => void
}

export function CheckView({ text, onText, results, busy, onCheck, onOpen, areas, periods, hints, onHints }: CheckViewProps) {
  const fileInput = useRef<HTMLInputElement>(null)
  const mentions = results?.check.mentions ?? []
  const figures = mentions.filter((figure) => figure.kind !== 'period')
  return (
    <div className="story-body">
      <label className="field field--stacked">
        <span className="field-label">Draft</span>
        <textarea
          className="check-input"
          value={text}
          onChange={(event) => onText(event.target.value)}
          rows={7}
          placeholder="Paste the story here, or open a .txt, .md or .docx file."
          aria-label="Draft to check"
        />
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
          <ReadAgainst check={results.check} areas={areas} periods={periods} hints={hints} onHints={onHints} />
          <p className="check-summary" role="status">
            {figures.length === 0 ? 'No figures found.' : countLine(figures)}
          </p>
          <HighlightedDraft text={results.text} figures={mentions} />
          <table className="check-table" aria-label="Figures checked">
            <thead>
              <tr>
                <th scope="col">As written</th>
                <th scope="col">Verdict</th>
                <th scope="col">Read as</th>
                <th scope="col">The table says</th>
                <th scope="col">Cell</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((figure, index) => (
                <tr key={index} className={`check-row check-row--${figure.verdict}`} title={figure.explanation}>
                  <td>{figure.text}</td>
                  <td>
                    <span className={`verdict-badge verdict-badge--${figure.verdict}`}>{VERDICT_LABELS[figure.verdict]}</span>
                  </td>
                  <td>
                    {figure.measure
                      ? [
                          MEASURE_LABELS[figure.measure] ?? figure.measure,
                          areas.find((area) => area.slug === figure.area)?.name ?? figure.area,
                          figure.period
                        ]
                          .filter(Boolean)
                          .join(', ')
                      : figure.explanation.replace(/^not a MAPPA figure: /, '').replace(/^not checked: /, '')}
                  </td>
                  <td>{figure.expected === null ? '' : figure.expected.toLocaleString('en-GB')}</td>
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

// The project's saved charts: save the one being edited under a name, reopen, duplicate or delete
// one. Presentational over the editor state.

import { useState } from 'react'
import type { ChartEditor } from '../../state/useChartEditor'

export function SavedCharts({ editor }: { editor: ChartEditor }) {
  const [name, setName] = useState('')
  const current = editor.saved.find((chart) => chart.id === editor.savedId)
  return (
    <section className="chart-saved" aria-label="Saved charts">
      <div className="chart-row">
        <input
          type="text"
          aria-label="Chart name"
          placeholder={current?.name ?? 'Name this chart'}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button
          type="button"
          className="button button--small"
          onClick={() => void editor.saveChart(name.trim() || current?.name || editor.spec.title || 'Chart')}
        >
          {current ? 'Save changes' : 'Save chart'}
        </button>
      </div>
      {editor.saved.length > 0 && (
        <ul className="chart-saved-list">
          {editor.saved.map((chart) => (
            <li key={chart.id} aria-current={chart.id === editor.savedId ? 'true' : undefined}>
              <span className="chart-saved-name">{chart.name}</span>
              <button type="button" className="button button--small" onClick={() => editor.openChart(chart)}>
                Open
              </button>
              <button type="button" className="button button--small" onClick={() => void editor.duplicateChart(chart.id)}>
                Duplicate
              </button>
              <button type="button" className="button button--small" onClick={() => void editor.deleteChart(chart.id)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

// House style and print size: the style, one to three newspaper columns (widths from the style),
// width and height in mm, dpi, and "Save as house style". Presentational.

import { useState } from 'react'
import type { ChartSpec } from '../../../../main/contract/chart/spec'
import type { SavedStyle } from '../../../../main/contract/charts'
import type { HouseStyle } from '../../../../main/contract/chart/theme'

interface ChartStyleFormProps {
  spec: ChartSpec
  styles: SavedStyle[]
  style: HouseStyle
  onChange: (change: Partial<ChartSpec>) => void
  onSaveStyle: (name: string) => void
}

const COLUMN_NAMES = ['1 column', '2 columns', '3 columns']

function millimetres(text: string): number | null {
  const value = Number(text)
  return Number.isFinite(value) && value > 0 ? value : null
}

export function ChartStyleForm({ spec, styles, style, onChange, onSaveStyle }: ChartStyleFormProps) {
  const [styleName, setStyleName] = useState('')
  const setSize = (change: Partial<ChartSpec['size']>) => onChange({ size: { ...spec.size, ...change } })
  return (
    <fieldset className="chart-fieldset">
      <legend>Style and size</legend>
      <label className="field field--stacked">
        <span className="field-label">House style</span>
        <select value={spec.theme} onChange={(event) => onChange({ theme: event.target.value })}>
          {styles.map((entry) => (
            <option key={entry.style.name} value={entry.style.name}>
              {entry.style.name}
              {entry.isBuiltIn ? ' (built in)' : ''}
            </option>
          ))}
        </select>
      </label>
      <div className="chart-row" role="group" aria-label="Print width">
        {style.columnsMm.map((width, index) => (
          <button
            key={index}
            type="button"
            className="button button--small"
            aria-pressed={spec.size.widthMm === width}
            onClick={() => setSize({ widthMm: width })}
          >
            {COLUMN_NAMES[index]} ({width} mm)
          </button>
        ))}
      </div>
      <div className="chart-row">
        <label className="field field--stacked">
          <span className="field-label">Width mm</span>
          <input
            type="number"
            min={20}
            max={600}
            step={1}
            value={spec.size.widthMm}
            onChange={(event) => millimetres(event.target.value) && setSize({ widthMm: millimetres(event.target.value)! })}
          />
        </label>
        <label className="field field--stacked">
          <span className="field-label">Height mm</span>
          <input
            type="number"
            min={20}
            max={600}
            step={1}
            value={spec.size.heightMm}
            onChange={(event) => millimetres(event.target.value) && setSize({ heightMm: millimetres(event.target.value)! })}
          />
        </label>
        <label className="field field--stacked">
          <span className="field-label">dpi</span>
          <input
            type="number"
            min={72}
            max={1200}
            step={1}
            value={spec.dpi}
            onChange={(event) => millimetres(event.target.value) && onChange({ dpi: Math.round(millimetres(event.target.value)!) })}
          />
        </label>
      </div>
      <div className="chart-row">
        <input
          type="text"
          aria-label="House style name"
          placeholder="Name for a new house style"
          value={styleName}
          onChange={(event) => setStyleName(event.target.value)}
        />
        <button
          type="button"
          className="button button--small"
          disabled={styleName.trim() === ''}
          title="Keep these fonts, colours, sizes, column widths and wording for later charts"
          onClick={() => {
            onSaveStyle(styleName.trim())
            setStyleName('')
          }}
        >
          Save as house style
        </button>
      </div>
    </fieldset>
  )
}

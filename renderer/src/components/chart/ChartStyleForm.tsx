// House style and print size: the style, one to three newspaper columns (widths from the style),
// width and height in mm, dpi, and "Save as house style". Presentational.

import { useState } from 'react'
import type { ChartSpec } from '../../../../main/contract/chart/spec'
import type { SavedStyle } from '../../../../main/contract/charts'
import type { HouseStyle } from '../../../../main/contract/chart/theme'
import { SelectField } from '../SelectField'

interface ChartStyleFormProps {
  spec: ChartSpec
  styles: SavedStyle[]
  style: HouseStyle
  onChange: (change: Partial<ChartSpec>) => void
  onSaveStyle: (name: string) => void
}

const COLUMN_NAMES = ['1 column', '2 columns', '3 columns']

/** A size box in whole steps; what is typed reaches `onValue` only as a positive number. */
function SizeField({
  label,
  min,
  max,
  value,
  onValue
}: {
  label: string
  min: number
  max: number
  value: number
  onValue: (value: number) => void
}) {
  return (
    <label className="field field--stacked">
      <span className="field-label">{label}</span>
      <input
        type="number"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(event) => {
          const typed = Number(event.target.value)
          if (Number.isFinite(typed) && typed > 0) onValue(typed)
        }}
      />
    </label>
  )
}

export function ChartStyleForm({ spec, styles, style, onChange, onSaveStyle }: ChartStyleFormProps) {
  const [styleName, setStyleName] = useState('')
  const setSize = (change: Partial<ChartSpec['size']>) => onChange({ size: { ...spec.size, ...change } })
  return (
    <fieldset className="chart-fieldset">
      <legend>Style and size</legend>
      <SelectField
        isPlain
        label="House style"
        value={spec.theme}
        onChange={(theme) => onChange({ theme })}
        choices={styles.map((entry) => ({ value: entry.style.name, label: `${entry.style.name}${entry.isBuiltIn ? ' (built in)' : ''}` }))}
      />
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
        <SizeField label="Width mm" min={20} max={600} value={spec.size.widthMm} onValue={(widthMm) => setSize({ widthMm })} />
        <SizeField label="Height mm" min={20} max={600} value={spec.size.heightMm} onValue={(heightMm) => setSize({ heightMm })} />
        <SizeField label="dpi" min={72} max={1200} value={spec.dpi} onValue={(dpi) => onChange({ dpi: Math.round(dpi) })} />
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

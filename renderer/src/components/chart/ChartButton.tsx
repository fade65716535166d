// The grid toolbar's Chart button: opens the chart editor with the grid's context (the measure or
// area shown, the ticked rows, the periods, the reporter's own area).

import { useState } from 'react'
import { specFromGrid } from '../../../../main/contract/chart/from-grid'
import type { ChartSpec } from '../../../../main/contract/chart/spec'
import { HOUSE_STYLE } from '../../../../main/contract/chart/theme'
import type { AreaInfo, MeasureInfo, Pivot } from '../../../../main/contract/types'
import { tickedRows } from '../../state/ticked'
import { ChartEditor } from './ChartEditor'

interface ChartButtonProps {
  pivot: Pivot | null
  homeArea: string | null
  catalogue: { areas: AreaInfo[]; measures: MeasureInfo[] }
}

export function ChartButton({ pivot, homeArea, catalogue }: ChartButtonProps) {
  const [initial, setInitial] = useState<ChartSpec | null>(null)
  if (!pivot) return null
  const periods = [...pivot.periods].sort()
  return (
    <>
      <button
        type="button"
        className="button"
        title="Chart the ticked rows (or your own area) and export it for print or the web"
        onClick={() =>
          setInitial(specFromGrid({ by: pivot.by, subjectId: pivot.subject.id, ticked: tickedRows(), periods, homeArea }, HOUSE_STYLE))
        }
      >
        Chart
      </button>
      {initial && (
        <ChartEditor
          initial={initial}
          areas={catalogue.areas}
          measures={catalogue.measures}
          periods={periods}
          homeArea={homeArea}
          onClose={() => setInitial(null)}
        />
      )}
    </>
  )
}

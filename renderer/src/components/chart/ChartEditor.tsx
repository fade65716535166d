// The chart editor: what is drawn, the words, style and size on the left; the preview the export
// writes, its alt text and warnings on the right; saved charts and the exports below. Composes the
// forms and the editor state; the core draws every pixel.

import { useCallback, useState } from 'react'
import { mapSpec, rankingSpec } from '../../../../main/contract/chart/from-grid'
import type { ChartSpec } from '../../../../main/contract/chart/spec'
import type { AreaInfo, MeasureInfo } from '../../../../main/contract/types'
import { useChartEditor } from '../../state/useChartEditor'
import { ChartDataForm } from './ChartDataForm'
import { ChartPreview } from './ChartPreview'
import { ChartStyleForm } from './ChartStyleForm'
import { ChartWordsForm } from './ChartWordsForm'
import { SavedCharts } from './SavedCharts'
import { useModalDialog } from '../useModalDialog'

interface ChartEditorProps {
  initial: ChartSpec
  areas: AreaInfo[]
  measures: MeasureInfo[]
  periods: readonly string[]
  homeArea: string | null
  onClose: () => void
}

export function ChartEditor({ initial, areas, measures, periods, homeArea, onClose }: ChartEditorProps) {
  const dialog = useModalDialog(onClose)
  const [failure, setFailure] = useState<string | null>(null)
  const onError = useCallback((message: string, context: string) => setFailure(`${context}: ${message}`), [])
  const editor = useChartEditor(initial, onError)
  const [isCmyk, setCmyk] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const { spec, update } = editor

  const exportAs = async (format: 'png' | 'svg' | 'pdf') => {
    setBusy(format)
    setFailure(null)
    await editor.exportAs(format, format === 'pdf' && isCmyk)
    setBusy(null)
  }

  return (
    <dialog {...dialog} className="chart-editor" aria-label="Chart editor">
      <header className="chart-editor-head">
        <h2 className="chart-editor-title">Chart</h2>
        <span className="chart-status" role="status" aria-live="polite">
          {editor.status}
        </span>
        {failure && (
          <span className="chart-error" role="alert">
            {failure}
          </span>
        )}
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="chart-editor-body">
        <div className="chart-editor-form">
          <ChartDataForm
            spec={spec}
            areas={areas}
            measures={measures}
            periods={periods}
            onChange={update}
            onRankAll={() => editor.replace(rankingSpec(spec, homeArea, editor.style))}
            onMap={() => editor.replace(mapSpec(spec, homeArea))}
          />
          <ChartWordsForm spec={spec} drafts={editor.preview?.render.drafts ?? null} areas={areas} onChange={update} />
          <ChartStyleForm
            spec={spec}
            styles={editor.styles}
            style={editor.style}
            onChange={update}
            onSaveStyle={(name) => void editor.saveStyle(name)}
          />
        </div>
        <div className="chart-editor-side">
          <ChartPreview
            spec={spec}
            preview={editor.preview}
            error={editor.previewError}
            previewMs={editor.previewMs}
            onShown={editor.previewShown}
          />
          <div className="chart-exports" role="group" aria-label="Export">
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void exportAs('png')}>
              Export PNG
            </button>
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void exportAs('svg')}>
              Export SVG
            </button>
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void exportAs('pdf')}>
              Export PDF
            </button>
            <label className="chart-check" title="Colours converted to CMYK for the print desk">
              <input type="checkbox" checked={isCmyk} onChange={(event) => setCmyk(event.target.checked)} />
              CMYK PDF
            </label>
          </div>
          <SavedCharts editor={editor} />
        </div>
      </div>
    </dialog>
  )
}

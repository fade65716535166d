// The preview: the PNG the core draws by the export path, shown at its print proportions, with the
// alt text, the colour check and other warnings beside it. Presentational.

import { pixelSize, type ChartSpec } from '../../../../main/contract/chart/spec'
import type { PreviewImage } from '../../state/useChartPreview'

interface ChartPreviewProps {
  spec: ChartSpec
  preview: PreviewImage | null
  error: string | null
  previewMs: { ms: number; url: string } | null
  onShown: (image: PreviewImage) => void
}

/** On screen at one and a half times print size: 86 mm shows about 490 px wide. */
const SCREEN_SCALE = 1.5
const CSS_PX_PER_MM = 96 / 25.4

export function ChartPreview({ spec, preview, error, previewMs, onShown }: ChartPreviewProps) {
  const width = spec.size.widthMm * CSS_PX_PER_MM * SCREEN_SCALE
  return (
    <section className="chart-preview" aria-label="Preview" data-preview-ms={previewMs?.ms ?? ''} data-preview-url={previewMs?.url ?? ''}>
      <div className="chart-preview-frame">
        {preview ? (
          <img
            className="chart-preview-image"
            src={preview.url}
            alt={preview.render.altText}
            style={{ width: `min(100%, ${width.toFixed(0)}px)`, aspectRatio: `${spec.size.widthMm} / ${spec.size.heightMm}` }}
            onLoad={() => onShown(preview)}
          />
        ) : (
          <div className="table-placeholder">Drawing…</div>
        )}
      </div>
      {error && (
        <p className="chart-error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <div className="chart-facts">
          <p className="chart-size">
            {spec.size.widthMm} × {spec.size.heightMm} mm at {spec.dpi} dpi: the PNG is {pixelSize(spec).widthPx} ×{' '}
            {pixelSize(spec).heightPx} px
          </p>
          {preview.render.warnings.length > 0 && (
            <ul className="chart-warnings" aria-label="Warnings">
              {preview.render.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <h3 className="chart-facts-title">Alt text</h3>
          <p className="chart-alt" aria-label="Alt text">
            {preview.render.altText}
          </p>
        </div>
      )}
    </section>
  )
}

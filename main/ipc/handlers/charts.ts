// Handlers for the chart editor: the preview render, exports (saved through the shell's dialog
// in Electron, handed back as bytes in browser mode), saved charts and house styles. The drawing
// libraries (chart.js, canvas, pdfkit) load on the first render, not when the core opens.

import { dirname, join } from 'node:path'
import type { ChartExport } from '../../contract/charts'
import {
  deleteChart,
  deleteStyle,
  duplicateChart,
  lastExportFolder,
  listCharts,
  listStyles,
  rememberExportFolder,
  saveChart,
  saveStyle
} from '../../export/chart/library'
import { altTextPathFor } from '../../export/chart/files'
import { writeFileWhole } from '../../files/write'
import type { HandlerGroup } from '../registrar'
import type { HandlerContext } from './context'

const drawing = () => import('../../export/chart/render')

export function chartHandlers(context: HandlerContext) {
  const { db } = context.store
  return {
    'charts:render': async ({ spec, format, dpi }) => {
      // A screen preview may ask for fewer pixels; the drawing is the same, scaled (every size is in points).
      const { renderChart } = await drawing()
      const rendered = await renderChart(db, dpi === undefined ? spec : { ...spec, dpi }, format ?? 'png')
      const { format: _format, isCmyk: _isCmyk, ...preview } = rendered
      return preview
    },
    'charts:export': async ({ spec, format, cmyk }): Promise<ChartExport> => {
      const { renderChart } = await drawing()
      const rendered = await renderChart(db, spec, format, { isCmyk: cmyk })
      const summary = {
        fileName: rendered.fileName,
        mime: rendered.mime,
        format,
        isCmyk: rendered.isCmyk,
        widthPx: rendered.widthPx,
        heightPx: rendered.heightPx,
        dpi: rendered.dpi,
        altText: rendered.altText,
        warnings: rendered.warnings
      }
      if (!context.chooseSavePath) return { ...summary, bytes: rendered.bytes, savedTo: null, isCancelled: false }
      const folder = lastExportFolder(db)
      const path = await context.chooseSavePath({ defaultPath: folder ? join(folder, rendered.fileName) : rendered.fileName, format })
      if (!path) return { ...summary, bytes: null, savedTo: null, isCancelled: true }
      writeFileWhole(path, rendered.bytes)
      writeFileWhole(altTextPathFor(path), `${rendered.altText}\n`)
      rememberExportFolder(db, dirname(path))
      return { ...summary, bytes: null, savedTo: path, isCancelled: false }
    },
    'charts:list': () => listCharts(db),
    'charts:save': (request) => saveChart(db, request),
    'charts:duplicate': ({ id }) => duplicateChart(db, id),
    'charts:delete': ({ id }) => deleteChart(db, id),
    'templates:list': () => listStyles(db),
    'templates:save': ({ style }) => saveStyle(db, style),
    'templates:delete': ({ name }) => deleteStyle(db, name)
  } satisfies HandlerGroup
}

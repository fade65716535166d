// Handlers for article tables and figure provenance: the export dialog's formats, preview and
// export (bytes for a download, or a file saved where the desktop's native dialog says), every
// edition's printing of a figure, and a figure's citation. The table writers (exceljs among them)
// load on the first call that needs them, not when the core opens.

import { dirname, join } from 'node:path'
import { AppError } from '../../contract/errors'
import { citeFigure } from '../../export/provenance'
import { writeFileWhole } from '../../files/write'
import { tableHtml } from '../../export/tables/html'
import { buildTableSpec, footerLines } from '../../export/tables/spec'
import type { TableFormat } from '../../contract/types'
import { figureEditions } from '../../store/editions'
import { currentFigures } from '../../store/figures'
import { getSetting, setSetting } from '../../store/settings'
import type { HandlerGroup } from '../registrar'
import type { HandlerContext } from './context'

/** The folder the last table was saved in, offered first next time. */
export const LAST_EXPORT_FOLDER = 'lastExportFolder'

const writers = () => import('../../export/tables/registry')

export function tableHandlers(context: HandlerContext) {
  const { db } = context.store
  return {
    'tables:formats': async () => (await writers()).TABLE_WRITERS.map(({ format, label, extension }) => ({ format, label, extension })),
    'tables:preview': async (request) => {
      const { TABLE_WRITERS, tableFileName } = await writers()
      const spec = buildTableSpec(db, request)
      const fileNames = Object.fromEntries(
        TABLE_WRITERS.map((writer) => [writer.format, tableFileName(spec.title, writer.format)])
      ) as Record<TableFormat, string>
      return {
        title: spec.title,
        html: tableHtml(spec),
        rows: spec.rows.length,
        columns: spec.columns.length,
        sourceLine: spec.sourceLine,
        footer: footerLines(spec),
        fileNames
      }
    },
    'tables:export': async ({ format, ...request }) => (await writers()).writeTable(buildTableSpec(db, request), format),
    'tables:save': async ({ format, ...request }) => {
      if (!context.chooseSavePath)
        throw new AppError('bad_input', 'Saving through a dialog needs the desktop app; in the browser the table downloads instead')
      const written = await (await writers()).writeTable(buildTableSpec(db, request), format)
      const folder = getSetting(db, LAST_EXPORT_FOLDER)
      const path = await context.chooseSavePath({
        defaultPath: typeof folder === 'string' ? join(folder, written.fileName) : written.fileName,
        format
      })
      if (path === null) return { path: null }
      writeFileWhole(path, written.bytes)
      setSetting(db, LAST_EXPORT_FOLDER, dirname(path))
      return { path }
    },
    'figures:editions': (ref) => figureEditions(db, ref),
    'figures:cite': (ref) => {
      const [figure] = currentFigures(db, ref)
      if (!figure) throw new AppError('not_found', `No figure for ${ref.area} ${ref.measure} ${ref.period} in any imported edition`)
      return { citation: citeFigure(figure) }
    }
  } satisfies HandlerGroup
}

import { describe, expect, it } from 'vitest'
import type { ImportJobStatus, ImportSummary } from '../contract/types'
import { createDispatch, type Dispatch } from '../ipc/registrar'
import { createHandlers } from '../ipc/handlers'
import { currentFigures } from '../store/figures'
import { areaTableRows, oldStyleWorkbook, workbookBytes } from '../testing/fixtures'
import { tempContext, tempStore } from '../testing/temp'
import { waitFor } from '../testing/wait'
import { importFile } from './importFile'

/** The names every plain object inherits: rows a careless lookup would find in Object.prototype. */
const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']

/** The area table with a row for each of those names after the 42 areas. */
function tableWithInheritedNames(): (string | number | null)[][] {
  const rows = areaTableRows()
  const header = rows.findIndex((row) => row[0] === 'Area')
  rows.splice(header + 1, 0, ...INHERITED.map((label, index) => [label, 10 + index, 20 + index, 1, 50]))
  return rows
}

async function ok<T>(dispatch: Dispatch, channel: string, args: unknown): Promise<T> {
  const envelope = await dispatch(channel, args)
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code}: ${envelope.error.message}`)
  return envelope.result as T
}

describe('rows labelled with the names of object members', () => {
  it.each(['csv', 'xlsx'] as const)('import from %s as unmatched rows, keeping their figures', (format) => {
    const store = tempStore()
    const summary = importFile(store, {
      fileName: `mappa-2021-22.${format}`,
      bytes: workbookBytes({ 'Table 1': tableWithInheritedNames() }, format)
    })
    expect(summary).toMatchObject({ status: 'imported', matchedAreas: 44 })
    expect([...summary.unknownRowLabels].sort()).toEqual([...INHERITED].sort())
    expect(summary.warnings.map((warning) => warning.code)).toEqual(['unmatched_rows'])
    const stored = store.db
      .prepare("SELECT row_label, value FROM observation WHERE area_id IS NULL AND measure_id = 'rso' ORDER BY row_label")
      .all()
    expect(stored).toEqual(
      INHERITED.map((label, index) => ({ row_label: label, value: 10 + index })).sort((a, b) => (a.row_label < b.row_label ? -1 : 1))
    )
    expect(currentFigures(store.db, { area: 'essex', measure: 'rso' })[0].value).toBe(1867)
  })

  it('can be mapped to areas through the JSON the bridge receives', async () => {
    const context = tempContext()
    const dispatch = createDispatch(createHandlers(context))
    const bytes = oldStyleWorkbook('csv', { spellings: { Teesside: '__proto__', Kent: 'constructor' } })
    const { jobId } = await ok<{ jobId: string }>(dispatch, 'import:start', { fileName: 'mappa-2021-22.csv', bytes })
    const status = await waitFor(async () => {
      const seen = await ok<ImportJobStatus>(dispatch, 'import:status', { jobId })
      return seen.state !== 'running' && seen
    })
    expect([...status.preview!.unknownAreas].sort()).toEqual(['__proto__', 'constructor'])
    // As the bridge receives it: JSON.parse keeps "__proto__" as an ordinary key.
    const mappings = JSON.parse('{ "areas": { "__proto__": "teesside", "constructor": "kent" } }') as unknown
    const summary = await ok<ImportSummary>(dispatch, 'import:commit', { previewId: jobId, mappings })
    expect(summary).toMatchObject({ status: 'imported', matchedAreas: 44, unknownRowLabels: [], warnings: [] })
    expect(currentFigures(context.store.db, { area: 'teesside', measure: 'rso' })).toHaveLength(1)
    expect(currentFigures(context.store.db, { area: 'kent', measure: 'rso' })).toHaveLength(1)
  })
})

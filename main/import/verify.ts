// Checks the stored figures against the files they came from: each release's kept bytes are read
// again by the import's own reader, and every cell compared by sheet and cell. Never writes the store.

import type { CellFigure, ReleaseCheck, SourceCheck, SourceMismatch } from '../contract/types'
import type { Analysis } from './analyse'
import type { Db } from '../store/database'

export type { CellFigure, ReleaseCheck, SourceCheck, SourceMismatch }

/** Reads a file as the import did: in the import worker, or in this thread. */
export type SourceReader = (fileName: string, bytes: Uint8Array) => Promise<Analysis> | Analysis

const keyOf = (sheet: string, cell: string) => `${sheet}\u0000${cell}`
const same = (a: CellFigure, b: CellFigure) => a.value === b.value && a.status === b.status && a.raw === b.raw

/** Compares one release's stored cells with the cells its file holds now. */
export function compareRelease(releaseId: number, stored: (CellFigure & { sheet: string; cell: string })[], analysis: Analysis): SourceMismatch[] {
  const inFile = new Map<string, CellFigure & { sheet: string; cell: string }>()
  for (const table of analysis.parsed.tables) {
    for (const observation of table.observations) {
      inFile.set(keyOf(observation.sheet, observation.cell), {
        sheet: observation.sheet,
        cell: observation.cell,
        value: observation.reading.value,
        status: observation.reading.status,
        raw: observation.raw
      })
    }
  }
  const mismatches: SourceMismatch[] = []
  const seen = new Set<string>()
  for (const { sheet, cell, value, status, raw } of stored) {
    const key = keyOf(sheet, cell)
    seen.add(key)
    const file = inFile.get(key)
    const kept = { value, status, raw }
    if (!file) mismatches.push({ release: releaseId, sheet, cell, stored: kept, file: null })
    else if (!same(kept, file)) mismatches.push({ release: releaseId, sheet, cell, stored: kept, file: { value: file.value, status: file.status, raw: file.raw } })
  }
  for (const [key, { sheet, cell, value, status, raw }] of inFile) {
    if (!seen.has(key)) mismatches.push({ release: releaseId, sheet, cell, stored: null, file: { value, status, raw } })
  }
  return mismatches
}

const count = (n: number) => n.toLocaleString('en-GB')

export function describeCheck(releases: ReleaseCheck[]): string {
  const figures = releases.reduce((sum, release) => sum + release.figures, 0)
  const mismatches = releases.reduce((sum, release) => sum + release.mismatches.length, 0)
  const inReleases = `${releases.length} release${releases.length === 1 ? '' : 's'}`
  if (releases.length === 0) return 'No releases to check: import a spreadsheet first'
  if (mismatches === 0) return `All ${count(figures)} figures in ${inReleases} match their source cells`
  return `${count(mismatches)} of ${count(figures)} figures in ${inReleases} do not match their source cells`
}

/** "Sheet1!B18: stored 1867 (value), file 1870 (value)" */
export function describeMismatch(mismatch: SourceMismatch): string {
  const show = (figure: CellFigure | null) => (figure ? `"${figure.raw}" (${figure.status}${figure.value === null ? '' : ` ${figure.value}`})` : 'nothing')
  return `release ${mismatch.release}, ${mismatch.sheet}!${mismatch.cell}: stored ${show(mismatch.stored)}, file ${show(mismatch.file)}`
}

/** Reads every release's kept file again and compares each cell; `onProgress` hears each release as it starts. */
export async function verifySources(db: Db, read: SourceReader, onProgress: (done: number, total: number) => void = () => undefined): Promise<SourceCheck> {
  const releases = db.prepare('SELECT id, edition_label AS editionLabel, file_name AS fileName FROM release ORDER BY id').all() as {
    id: number
    editionLabel: string
    fileName: string
  }[]
  const bytesOf = db.prepare('SELECT bytes FROM release WHERE id = ?').pluck()
  const cellsOf = db.prepare('SELECT sheet, cell, value, status, raw FROM observation WHERE release_id = ? ORDER BY id')
  const checks: ReleaseCheck[] = []
  for (const [index, release] of releases.entries()) {
    onProgress(index, releases.length)
    const bytes = new Uint8Array(bytesOf.get(release.id) as Buffer)
    const stored = cellsOf.all(release.id) as (CellFigure & { sheet: string; cell: string })[]
    const analysis = await read(release.fileName, bytes)
    checks.push({ releaseId: release.id, editionLabel: release.editionLabel, fileName: release.fileName, figures: stored.length, mismatches: compareRelease(release.id, stored, analysis) })
  }
  onProgress(releases.length, releases.length)
  const figures = checks.reduce((sum, check) => sum + check.figures, 0)
  const mismatchCount = checks.reduce((sum, check) => sum + check.mismatches.length, 0)
  return { releases: checks, figures, mismatchCount, line: describeCheck(checks) }
}

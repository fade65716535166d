// Checks the stored figures against the files they came from: each release's kept bytes are read
// again by the import's own reader, and every cell compared by sheet and cell. Never writes the store.

import type { CellFigure, ReleaseCheck, SourceCheck, SourceMismatch } from '../contract/types'
import type { Analysis } from './analyse'
import type { Db } from '../store/database'
import { listReleases, releaseBytes, releaseCells } from '../store/releases'

export type { CellFigure, ReleaseCheck, SourceCheck, SourceMismatch }

/** Reads a file as the import did: in the import worker, or in this thread; `onProgress` hears 0 to 1 as it reads. */
export type SourceReader = (fileName: string, bytes: Uint8Array, onProgress?: (progress: number) => void) => Promise<Analysis> | Analysis

/** Where a check has got to: releases done of the total, the one being read, and 0 to 1 over the whole run. */
export interface VerifyProgress {
  done: number
  total: number
  current: string | null
  progress: number
}

const keyOf = (sheet: string, cell: string) => `${sheet}\u0000${cell}`
const same = (a: CellFigure, b: CellFigure) => a.value === b.value && a.status === b.status && a.raw === b.raw

/** Compares one release's stored cells with the cells its file holds now. */
export function compareRelease(
  releaseId: number,
  stored: (CellFigure & { sheet: string; cell: string })[],
  analysis: Analysis
): SourceMismatch[] {
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
    else if (!same(kept, file))
      mismatches.push({ release: releaseId, sheet, cell, stored: kept, file: { value: file.value, status: file.status, raw: file.raw } })
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
  const show = (figure: CellFigure | null) =>
    figure ? `"${figure.raw}" (${figure.status}${figure.value === null ? '' : ` ${figure.value}`})` : 'nothing'
  return `release ${mismatch.release}, ${mismatch.sheet}!${mismatch.cell}: stored ${show(mismatch.stored)}, file ${show(mismatch.file)}`
}

/** Reads every release's kept file again and compares each cell; `onProgress` hears each release start and its reading move. */
export async function verifySources(
  db: Db,
  read: SourceReader,
  onProgress: (progress: VerifyProgress) => void = () => undefined
): Promise<SourceCheck> {
  // In the order they were imported.
  const releases = listReleases(db).sort((a, b) => a.id - b.id)
  // Progress moves by bytes read, so a 100 MB release is not counted as one step like a 20 KB one.
  const totalBytes = releases.reduce((sum, release) => sum + Math.max(1, release.sizeBytes), 0)
  let bytesDone = 0
  const checks: ReleaseCheck[] = []
  for (const [index, release] of releases.entries()) {
    const share = Math.max(1, release.sizeBytes)
    const report = (within: number) =>
      onProgress({
        done: index,
        total: releases.length,
        current: release.editionLabel,
        progress: (bytesDone + share * Math.min(1, Math.max(0, within))) / totalBytes
      })
    report(0)
    const bytes = releaseBytes(db, release.id)
    const stored = releaseCells(db, release.id)
    const analysis = await read(release.fileName, bytes, report)
    checks.push({
      releaseId: release.id,
      editionLabel: release.editionLabel,
      fileName: release.fileName,
      figures: stored.length,
      mismatches: compareRelease(release.id, stored, analysis)
    })
    bytesDone += share
  }
  onProgress({ done: releases.length, total: releases.length, current: null, progress: 1 })
  const figures = checks.reduce((sum, check) => sum + check.figures, 0)
  const mismatchCount = checks.reduce((sum, check) => sum + check.mismatches.length, 0)
  return { releases: checks, figures, mismatchCount, line: describeCheck(checks) }
}

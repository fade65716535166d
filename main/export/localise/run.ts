// A localise run: one chart spec made into a pack for each area asked for (default the 42), one
// after another, skipping packs a previous run completed, reporting progress after each and
// stopping cleanly between files when cancelled; then the index page. Runs wherever it is called
// (the localise worker, or a test's thread), in a packs folder it holds alone (folder.ts).

import { join } from 'node:path'
import { AREAS, slugify } from '../../contract/areas'
import type { ChartSpec } from '../../contract/chart/spec'
import { AppError, oneLine } from '../../contract/errors'
import type { LocaliseProgress, LocaliseResult } from '../../contract/types'
import type { Db } from '../../store/database'
import { assertArea } from '../../store/keys'
import { parseSpecOrThrow } from '../chart/prepare'
import { clearLeftovers, openPacksFolder } from './folder'
import { INDEX_FILE, writeIndex } from './index-page'
import { isPackComplete, isPackFileName, packContext, PackCancelled, writePack } from './pack'

export const ALL_AREAS: readonly string[] = AREAS.filter((area) => area.kind === 'area').map((area) => slugify(area.name))

export type { LocaliseProgress, LocaliseResult }

export function checkAreas(db: Db, areas: readonly string[] | undefined): string[] {
  const chosen = areas && areas.length > 0 ? [...new Set(areas)] : [...ALL_AREAS]
  for (const area of chosen) assertArea(db, area)
  return chosen
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve))

/** A disk that is full or cannot be written fails every pack alike: the run stops at the first, in one line. */
const stopsTheRun = (error: unknown) => error instanceof AppError && (error.code === 'disk_full' || error.code === 'read_only')

export interface LocaliseInput {
  spec: unknown
  outDir: string
  areas?: readonly string[]
  /** The chart a folder MAPPA Desk named is for (see openPacksFolder); absent where the reporter named the folder. */
  owner?: string
  /** The caller opened and locked `outDir` (openPacksFolder) and releases it. */
  isFolderHeld?: boolean
}

export async function runLocalise(
  db: Db,
  input: LocaliseInput,
  hooks: { onProgress?: (progress: LocaliseProgress) => void; isCancelled?: () => boolean } = {}
): Promise<LocaliseResult> {
  const spec = parseSpecOrThrow(input.spec)
  const areas = checkAreas(db, input.areas)
  const folder = input.isFolderHeld ? null : openPacksFolder(input.outDir, { owner: input.owner })
  try {
    return await runInFolder(db, spec, areas, folder?.path ?? input.outDir, hooks)
  } finally {
    folder?.release()
  }
}

async function runInFolder(
  db: Db,
  spec: ChartSpec,
  areas: string[],
  outDir: string,
  hooks: { onProgress?: (progress: LocaliseProgress) => void; isCancelled?: () => boolean }
): Promise<LocaliseResult> {
  const isCancelled = hooks.isCancelled ?? (() => false)
  clearLeftovers(outDir, (name) => isPackFileName(name))
  const context = packContext(db, spec, outDir, isCancelled)
  const progress: LocaliseProgress = { done: 0, total: areas.length, current: null, made: [], kept: [], failed: [] }
  let wasCancelled = false
  for (const area of areas) {
    await yieldToEvents()
    if (isCancelled()) {
      wasCancelled = true
      break
    }
    if (isPackComplete(outDir, area, context.hash)) progress.kept.push(area)
    else {
      hooks.onProgress?.({ ...progress, current: area })
      try {
        await writePack(context, area)
        progress.made.push(area)
      } catch (error) {
        if (error instanceof PackCancelled) {
          wasCancelled = true
          break
        }
        if (stopsTheRun(error)) throw error
        progress.failed.push({ area, message: oneLine(error) })
      }
    }
    progress.done++
    hooks.onProgress?.({ ...progress, current: null })
  }
  const indexPath = writeIndex(outDir, areas, `${spec.title || 'Chart'}: a pack for each area`)
  if (indexPath === null)
    progress.failed.push({
      area: INDEX_FILE,
      message: `${join(outDir, INDEX_FILE)} was not written by MAPPA Desk: left as it was, so there is no index page`
    })
  const isComplete =
    !wasCancelled && indexPath !== null && progress.failed.length === 0 && progress.made.length + progress.kept.length === areas.length
  return { ...progress, current: null, isCancelled: wasCancelled, indexPath, isComplete }
}

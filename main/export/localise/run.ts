// A localise run: one chart spec made into a pack for each area asked for (default the 42), one
// after another, skipping packs a previous run completed, reporting progress after each and
// stopping cleanly between files when cancelled; then the index page. Runs wherever it is called
// (the localise worker, or a test's thread).

import { mkdirSync } from 'node:fs'
import { AREAS, slugify } from '../../contract/areas'
import { AppError, oneLine } from '../../contract/errors'
import type { Db } from '../../store/database'
import { parseSpecOrThrow } from '../chart/prepare'
import { writeIndex } from './index-page'
import { isPackComplete, packContext, PackCancelled, writePack } from './pack'

export const ALL_AREAS: readonly string[] = AREAS.filter((area) => area.kind === 'area').map((area) => slugify(area.name))

export interface LocaliseProgress {
  done: number
  total: number
  /** The area being made now, or null between packs. */
  current: string | null
  made: string[]
  /** Packs a previous run had already completed with the same spec. */
  kept: string[]
  failed: { area: string; message: string }[]
}

export interface LocaliseResult extends LocaliseProgress {
  isCancelled: boolean
  indexPath: string
  /** Every pack asked for is complete. */
  isComplete: boolean
}

export function checkAreas(db: Db, areas: readonly string[] | undefined): string[] {
  const chosen = areas && areas.length > 0 ? [...new Set(areas)] : [...ALL_AREAS]
  for (const area of chosen) {
    if (!db.prepare('SELECT 1 FROM area WHERE slug = ?').get(area)) throw new AppError('not_found', `Unknown area "${area}": use slugs such as essex,kent,county-durham`)
  }
  return chosen
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function runLocalise(
  db: Db,
  input: { spec: unknown; outDir: string; areas?: readonly string[] },
  hooks: { onProgress?: (progress: LocaliseProgress) => void; isCancelled?: () => boolean } = {}
): Promise<LocaliseResult> {
  const spec = parseSpecOrThrow(input.spec)
  const areas = checkAreas(db, input.areas)
  const isCancelled = hooks.isCancelled ?? (() => false)
  mkdirSync(input.outDir, { recursive: true })
  const context = packContext(db, spec, input.outDir, isCancelled)
  const progress: LocaliseProgress = { done: 0, total: areas.length, current: null, made: [], kept: [], failed: [] }
  let wasCancelled = false
  for (const area of areas) {
    await yieldToEvents()
    if (isCancelled()) {
      wasCancelled = true
      break
    }
    if (isPackComplete(input.outDir, area, context.hash)) progress.kept.push(area)
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
        progress.failed.push({ area, message: oneLine(error) })
      }
    }
    progress.done++
    hooks.onProgress?.({ ...progress, current: null })
  }
  const indexPath = writeIndex(input.outDir, areas, `${spec.title || 'Chart'}: a pack for each area`)
  const isComplete = !wasCancelled && progress.failed.length === 0 && progress.made.length + progress.kept.length === areas.length
  return { ...progress, current: null, isCancelled: wasCancelled, indexPath, isComplete }
}

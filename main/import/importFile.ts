// Imports one file in a single step (the CLI, the native dialog, the sample): analyse it in
// this thread, then commit it as recognised. All or nothing: a failure leaves the store as it was.

import type { ImportSummary } from '../contract/types'
import { catalogueSnapshot } from '../store/catalogue'
import type { Store } from '../store/database'
import { findReleaseBySha } from '../store/releases'
import { analyseFile } from './analyse'
import { sha256Of } from './digest'
import { commitAnalysis, duplicateSummary } from './commit'

export type { ImportSummary }

export interface ImportRequest {
  fileName: string
  bytes: Uint8Array
  isSample?: boolean
}

export function importFile(store: Store, request: ImportRequest): ImportSummary {
  const existing = findReleaseBySha(store.db, sha256Of(request.bytes))
  if (existing !== undefined) return duplicateSummary(store, existing)
  const analysis = analyseFile(request, catalogueSnapshot(store.db))
  return commitAnalysis(store, analysis, request.bytes, {}, { isSample: request.isSample })
}

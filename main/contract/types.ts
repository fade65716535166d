// The shapes that cross the contract: what the store and the importer return and the renderer
// shows. Types only, importing nothing with Node or DOM dependencies, so both sides can use them.

import type { ErrorCode } from './errors'
import type { CellStatus } from './markers'
import type { MeasureUnit } from './measures'

export type { CellStatus }

/** One of the 42 areas, a total (England and Wales, Wales), or another row (National Security Division). */
export type AreaKind = 'area' | 'total' | 'other'

export interface StoredTable {
  id: number
  ordinal: number
  sheet: string
  title: string | null
  headerRow: number | null
  layout: string
  observations: number
}

export interface StoredRelease {
  id: number
  fileName: string
  sha256: string
  sizeBytes: number
  format: string
  recogniser: string
  editionLabel: string
  period: string | null
  isSample: boolean
  importedAt: string
  tables: StoredTable[]
}

/** What removing a release touches, for the confirmation and the result. */
export interface ReleaseImpact {
  releaseId: number
  editionLabel: string
  fileName: string
  isSample: boolean
  /** Observations the release holds. */
  figures: number
  /** Figures now current from this release (others take their place after removal). */
  currentFigures: number
  /** Edits on this release's figures: kept, never deleted with a release. */
  edits: number
  /** Notes on this release or its figures: kept too. */
  notes: number
}

/** A mapping the reporter chose in a preview and asked to keep for later files. */
export interface RememberedMapping {
  kind: 'area' | 'measure'
  /** The normalised spelling it is stored under. */
  key: string
  /** The row label or header as the file wrote it. */
  label: string
  /** Area slug or measure id. */
  target: string
  targetLabel: string
}

export interface ImportSummary {
  status: 'imported' | 'duplicate'
  releaseId: number
  fileName: string
  editionLabel: string
  period: string | null
  recogniser: string
  format: string
  tables: { id: number; sheet: string; title: string | null; layout: string; observations: number }[]
  observations: number
  matchedAreas: number
  unknownRowLabels: string[]
  warnings: ImportWarning[]
  /** Figures this import restates differently from another edition in the store. */
  revisions: Revision[]
  /** Per table: its columns as mapped and its marker counts (the preview's findings). */
  findings: PreviewTable[]
}

export interface FigureQuery {
  area?: string
  measure?: string
  period?: string
}

/** Names one figure: its area's slug, its measure's id and its period ("2021/22"). */
export interface FigureRef {
  area: string
  measure: string
  period: string
}

/** One figure's key in a lookup: "essex|category_1|2023/24". */
export const figureKey = (area: string, measure: string, period: string): string => `${area}|${measure}|${period}`

/** A current figure as `figures --json` prints it: snake_case keys are part of the CLI contract. */
export interface Figure {
  area: string
  area_name: string
  area_kind: AreaKind
  measure: string
  period: string
  value: number | null
  status: CellStatus
  raw: string
  footnotes: string[]
  edited: boolean
  /** Where edited: the imported figure the correction was made against, and why it was changed. */
  original?: { value: number | null; raw: string; status: CellStatus }
  reason?: string
  /** Where an edit was made against an older edition that a newer one restates. */
  stale_edit?: StaleEdit
  /** The unrounded number the sheet stored, where it differs from the figure as published. */
  stored_value?: number
  /** Where the figure disagrees with another (a count and its rate). */
  warnings?: FigureWarning[]
  source: { file: string; sheet: string; cell: string; release: string; release_id: number; is_sample: boolean }
}

/** A correction made against one edition's figure that a newer edition now states differently. */
export interface StaleEdit {
  editId: number
  /** The edition the correction was made against: "MAPPA annual report 2021/22". */
  madeAgainst: string
  /** The edition that now leads, and what it says. */
  newEdition: string
  nowSays: { value: number | null; raw: string }
}

export type FigureWarningCode = 'rate_count_disagree'

export interface FigureWarning {
  code: FigureWarningCode
  /** One sentence naming the figures involved. */
  message: string
}

export interface GridColumn {
  key: string
  /** The column's header as imported. */
  label: string
  measureId: string
  measureLabel: string
  period: string | null
}

export interface GridCell {
  value: number | null
  status: CellStatus
  raw: string
  cell: string
  footnotes: string | null
}

export interface GridRow {
  key: string
  label: string
  areaSlug: string | null
  areaKind: AreaKind | null
  cells: Record<string, GridCell>
}

export interface TableGrid {
  table: {
    id: number
    releaseId: number
    sheet: string
    title: string | null
    layout: string
    headerRow: number | null
    notes: string | null
    fileName: string
    editionLabel: string
  }
  columns: GridColumn[]
  rows: GridRow[]
}

export interface AppInfo {
  name: string
  version: string
  mode: 'electron' | 'browser'
  dbPath: string
  /** The database is on a read-only medium or folder: figures can be read, nothing changed. */
  isReadOnly: boolean
  /** Why it is read-only: its medium or folder cannot be written, or another window writes to it. */
  readOnlyReason?: 'medium' | 'other_window' | null
  /** The window that writes to this database, where it is not this one, and the line that says so. */
  openElsewhere?: { pid: number; since: string; notice: string } | null
  releases: number
  observations: number
  /** Set where the database is damaged: the window shows the recovery screen instead of the desk. */
  recovery?: Recovery
}

/** How many cells of each kind a table holds, for the import preview. */
export interface MarkerCounts {
  values: number
  nils: number
  suppressed: number
  notAvailable: number
  notApplicable: number
  /** Estimates, provisional, revised and low-reliability figures: values with a flag. */
  flagged: number
  text: number
}

export type TableLayout = 'wide' | 'long' | 'series'

export interface PreviewColumn {
  /** Zero-based column index in the sheet. */
  column: number
  /** The header as it reads in the file (group header first, one line). */
  header: string
  measureId: string
  measureLabel: string
  isCustom: boolean
  /** Where a column is one period of a series table. */
  period: string | null
  footnotes: string[]
}

export interface PreviewRow {
  label: string
  areaSlug: string | null
  areaName: string | null
  areaKind: AreaKind | null
}

export interface PreviewTable {
  /** Position of the table in the file, the key mappings refer to. */
  index: number
  sheet: string
  title: string | null
  /** One-based, as a spreadsheet shows it. */
  headerRow: number
  layout: TableLayout
  period: string | null
  /** Where the period was read from: "title", "file name", "cover sheet", "year column", … */
  periodSource: string | null
  columns: PreviewColumn[]
  rows: PreviewRow[]
  counts: MarkerCounts
  observations: number
}

export interface ImportPreview {
  previewId: string
  fileName: string
  format: string
  sizeBytes: number
  recogniser: string
  /** What the recogniser is, said for a person ("MoJ accessible tables (2021 on)"). */
  recogniserLabel: string
  isGeneric: boolean
  editionLabel: string
  period: string | null
  tables: PreviewTable[]
  footnotes: { ref: string; text: string }[]
  warnings: ImportWarning[]
  /** Row labels in area tables that match no area: the reporter should map them. */
  unknownAreas: string[]
  duplicateOf: { releaseId: number; editionLabel: string; fileName: string } | null
}

/** The reporter's corrections to a preview, applied at commit and remembered for next time. */
export interface ImportMappings {
  /** Row label → area slug, or null for "not an area". */
  areas?: Record<string, string | null>
  columns?: { table: number; column: number; measureId: string }[]
  periods?: { table: number; period: string }[]
  /** Keep these choices for the next file with the same header or row label (default true). */
  remember?: boolean
}

export type ImportJobState = 'running' | 'done' | 'failed' | 'cancelled'

export interface ImportJobStatus {
  jobId: string
  state: ImportJobState
  /** What is happening now ("Reading workbook", "Recognising tables"). */
  phase: string
  /** 0 to 1. */
  progress: number
  preview: ImportPreview | null
  error: { code: ErrorCode; message: string } | null
}

export interface Revision {
  area: string
  area_name: string
  measure: string
  period: string
  old: number | null
  new: number | null
  old_raw: string
  new_raw: string
  /** "restated": a different number; "now_suppressed": the newer edition suppresses a published figure; "now_published": it publishes one it suppressed. */
  change: 'restated' | 'now_suppressed' | 'now_published'
  from_release: string
  to_release: string
  from_release_id: number
  to_release_id: number
}

export interface AreaInfo {
  slug: string
  name: string
  kind: AreaKind
  isWelsh: boolean
  /** How many current figures the store holds for it (0: nothing to show yet). */
  figures: number
}

export interface MeasureInfo {
  id: string
  label: string
  unit: MeasureUnit
  isCustom: boolean
  /** How many current figures the store holds for it (0: nothing to show yet). */
  figures: number
}

/** The cell a published figure was printed in: its file, sheet and cell, and the edition that file is. */
export interface SourceCell {
  file: string
  sheet: string
  cell: string
  release: string
}

/** Where a figure came from, for tooltips and source lines. */
export interface FigureSource extends SourceCell {
  release_id: number
  is_sample: boolean
}

/** One cell of a pivot: the current figure, what it was imported as, and what marks it. */
export interface FigureCell {
  value: number | null
  status: CellStatus
  raw: string
  isEdited: boolean
  /** The imported figure, where an edit has replaced it. */
  original: { value: number | null; raw: string; status: CellStatus } | null
  editId: number | null
  reason: string | null
  isAnnotated: boolean
  /** A later edition restated this figure. */
  isRevised: boolean
  footnotes: string[]
  source: FigureSource
  /** The unrounded value the sheet stored, where it differs from the published (displayed) figure. */
  storedValue: number | null
  /** An edit made against an older edition that a newer edition restates. */
  staleEdit: StaleEdit | null
  warnings: FigureWarning[]
}

export type DerivedKind = 'change' | 'percentChange' | 'share' | 'rate' | 'oneInN' | 'rank'

/** Figures worked out from the published ones; absent where an input is missing or suppressed. */
export type DerivedCell = Partial<Record<DerivedKind, number>> & {
  /** With rank: how many areas had a figure to rank ("6th of 42"). */
  rankOf?: number
  /** With rank: another area shares it ("=3rd"). */
  rankTied?: boolean
}

export interface PivotRow {
  /** Area slug (measure pivot) or measure id (area pivot). */
  key: string
  label: string
  areaKind: AreaKind | null
  isHome: boolean
  isAnnotated: boolean
  cells: Record<string, FigureCell>
  derived: Record<string, DerivedCell>
}

export interface Pivot {
  by: 'measure' | 'area'
  /** The measure (areas down the side) or the area (measures down the side) this pivot is of. */
  subject: { id: string; label: string; unit?: MeasureUnit; kind?: AreaKind }
  periods: string[]
  annotatedPeriods: string[]
  rows: PivotRow[]
}

export interface EditRecord {
  id: number
  area: string
  area_name: string
  measure: string
  period: string
  before: number | null
  before_raw: string | null
  after: number | null
  after_raw: string
  reason: string
  author: string | null
  at: string
  undone_at: string | null
  isActive: boolean
}

export type AnnotationTarget =
  | { kind: 'cell'; area: string; measure: string; period: string }
  | { kind: 'area'; area: string }
  | { kind: 'period'; period: string; measure?: string }
  | { kind: 'measure'; measure: string }
  | { kind: 'release'; releaseId: number | null }

export interface Annotation {
  id: number
  target: AnnotationTarget
  /** The target as a person reads it: "Essex · rso · 2021/22". */
  targetLabel: string
  text: string
  createdAt: string
  updatedAt: string | null
}

export type HistoryKind = 'edit' | 'revert' | 'annotate' | 'reword' | 'unannotate'

export interface HistoryEntry {
  id: number
  kind: HistoryKind
  at: string
  isUndone: boolean
  /** One line: "Essex, Registered sexual offenders, 2021/22: 1,867 → 1,870 (press office correction)". */
  description: string
  area: string | null
  measure: string | null
  period: string | null
  editId: number | null
  annotationId: number | null
  /** Whether its effect still stands and can be reverted on its own. */
  canRevert: boolean
}

export type PercentStyle = 'per-cent' | 'percent-sign'
export type NumberStyle = 'words' | 'figures'
export type OffenderTerm = 'sex' | 'sexual'
export type YearStyle = 'financial' | 'year-to' | 'end-of-march'

/** The story's house style (per cent, small numbers, the offenders' name, years); a chart's look is its HouseStyle (contract/chart/theme.ts). */
export interface StoryStyle {
  /** "11 per cent" or "11%". */
  percent: PercentStyle
  /** "nine other dangerous offenders" (words) or "9 other dangerous offenders" (figures). */
  smallNumbers: NumberStyle
  /** "registered sex offenders" or "registered sexual offenders". */
  offenderTerm: OffenderTerm
  /** "in 2021/22", "in the year to March 2022" or "at the end of March 2022". */
  yearStyle: YearStyle
}

/**
 * What Check my copy says of a number in a draft: it holds; it is the figure rounded without saying
 * so; an older edition printed it and a later one restated it; it is wrong; it reads as a MAPPA
 * figure the store cannot settle; or it is not a MAPPA figure at all (an age, a date, money, another count).
 */
export type Verdict = 'verified' | 'rounding' | 'revised' | 'mismatch' | 'unmatched' | 'not-checked'

/** How a figure a story tool writes is worked out from its cell's: a per cent change, a share, "one in N", a rank, or categories added up. */
export type FigureDerivation = 'percentChange' | 'share' | 'oneInN' | 'rank' | 'sum'

/** A figure a story tool states, with the cell it comes from. */
export interface CitedFigure extends FigureRef {
  value: number
  /** Set for a figure worked out from published ones; the source is then the figure's own cell. */
  derived?: FigureDerivation
  source: SourceCell
}

/** A story sentence as `mappa sentences --json` prints it: each figure with its cell and its place in the text. */
export interface StorySentenceView {
  text: string
  /** The wording rule that wrote it ("headline:record-high", "rate", "rank", …). */
  rule: string
  figures: (CitedFigure & { text: string; start: number; end: number })[]
  /** The figures a claim rests on without writing them: the series behind "the third rise in a row", the 42 rates behind a rank. */
  basis: Omit<CitedFigure, 'derived'>[]
}

/** One number of a checked draft as `mappa check --json` prints it. */
export interface CheckedFigureView {
  text: string
  value: number
  verdict: Verdict
  expected: number | null
  measure: string | null
  area: string | null
  period: string | null
  /** The edition it was read against (the annual report's label, else its year). */
  edition: string | null
  source: { file: string; sheet: string; cell: string; release: string } | null
  /** What it was read as, the store's value and cell, the arithmetic, or why it was not checked. */
  explanation: string
  kind: 'count' | 'percent' | 'rate' | 'oneInN' | 'rank' | 'change' | 'ratio' | 'period' | 'other'
  start: number
  end: number
}

/** A checked draft: the area and edition it was read against (given or inferred) and every number. */
export interface CopyCheckView {
  area: string | null
  areas: string[]
  isAreaInferred: boolean
  edition: { period: string; label: string | null } | null
  isEditionInferred: boolean
  mentions: CheckedFigureView[]
}

export type BackupReason = 'import' | 'removal' | 'daily' | 'restore' | 'manual'

/** A copy of the database in the backups folder beside it, with what it holds. */
export interface BackupInfo {
  file: string
  path: string
  /** When it was made (ISO 8601, UTC). */
  at: string
  /** What it was made before: an import, a release removal, the day's first use, a restore, by hand. */
  reason: BackupReason
  sizeBytes: number
  releases: number
  edits: number
  notes: number
  /** Passed SQLite's quick_check. */
  isIntact: boolean
}

/** Where the database could not be used: why, and the backup that can be restored. */
export interface Recovery {
  message: string
  dbPath: string
  backup: BackupInfo | null
}
/** What an import warning is about, for code to match on; the message is for the reporter. */
export type ImportWarningCode =
  /** A hidden sheet, not imported. */
  | 'hidden_sheet'
  /** A visible sheet that holds no table, not imported. */
  | 'not_a_table_sheet'
  /** A table with figures that could not be placed in time. */
  | 'no_period'
  /** Rows of an area table that match no area. */
  | 'unmatched_rows'
  /** The same bytes were imported before: nothing was stored. */
  | 'duplicate'

export interface ImportWarning {
  code: ImportWarningCode
  message: string
}

/** What a file really is, read from its bytes. */
export type FileFormat = 'xlsx' | 'xls' | 'ods' | 'csv'

/** One edition's printing of a figure, for the provenance panel. */
export interface FigureEdition {
  releaseId: number
  editionLabel: string
  fileName: string
  isSample: boolean
  importedAt: string
  value: number | null
  status: CellStatus
  raw: string
  sheet: string
  cell: string
  footnotes: string[]
  /** The edition the current figure comes from (before any edit on top). */
  isCurrent: boolean
}

/** What goes in an article table: one measure by area (or one area by measure), periods across. */
export interface TableRequest {
  /** By measure: areas down the side; by area: every measure of one area down the side. */
  by?: 'measure' | 'area'
  /** The measure id (by measure) or area slug (by area). */
  subject: string
  /** Rows: area slugs (by measure) or measure ids (by area); default every row with figures. */
  rows?: string[]
  /** Columns: period keys such as 2021/22; default every period with figures. */
  periods?: string[]
  derived?: DerivedKind[]
  title?: string
  /** The area to highlight (by measure); default the reporter's own area, null for none. */
  highlight?: string | null
}

export type TableFormat = 'csv' | 'xlsx' | 'html' | 'md' | 'idtt'

export interface TableFormatInfo {
  format: TableFormat
  label: string
  extension: string
}

/** The table as the export dialog previews it. */
export interface TablePreview {
  title: string
  /** The HTML fragment the CMS export writes, shown as the live preview. */
  html: string
  rows: number
  columns: number
  sourceLine: string
  /** Source, markers and notes, as they go under the table. */
  footer: string[]
  /** The file name each format would be saved as. */
  fileNames: Record<TableFormat, string>
}

export interface ExportedTable {
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

/** How far a localise run has got: packs done of the total, the area being made now. */
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

/** How a localise run ended. */
export interface LocaliseResult extends LocaliseProgress {
  isCancelled: boolean
  /** Null where an index.html MAPPA Desk did not write was in the way (and was left as it was). */
  indexPath: string | null
  /** Every pack asked for is complete. */
  isComplete: boolean
}

/** A localise run as the window polls it: its progress, then its result or its error. */
export interface LocaliseJobStatus {
  jobId: string
  state: 'running' | 'done' | 'failed' | 'cancelled'
  outDir: string
  progress: LocaliseProgress
  result: LocaliseResult | null
  error: { code: ErrorCode; message: string } | null
}

/** What a cell holds: its number (null for a marker), its status and the text as printed. */
export interface CellFigure {
  value: number | null
  status: string
  raw: string
}

export interface SourceMismatch {
  release: number
  sheet: string
  cell: string
  /** Null where the file has a figure the store lacks. */
  stored: CellFigure | null
  /** Null where the store has a figure the file no longer has at that cell. */
  file: CellFigure | null
}

export interface ReleaseCheck {
  releaseId: number
  editionLabel: string
  fileName: string
  figures: number
  mismatches: SourceMismatch[]
}

export interface SourceCheck {
  releases: ReleaseCheck[]
  figures: number
  mismatchCount: number
  /** "All 12,345 figures in 3 releases match their source cells", or how many do not. */
  line: string
}

/** A verify run the window polls: which release is being read, how far it has got, and at the end the check. */
export interface VerifyJobStatus {
  jobId: string
  state: 'running' | 'done' | 'failed'
  /** Releases checked so far, of how many. */
  done: number
  total: number
  /** The release being read now ("MAPPA annual report 2023/24"), null before the first and after the last. */
  current: string | null
  /** 0 to 1 over the whole run, moving within a release as its file is read. */
  progress: number
  result: SourceCheck | null
  error: { code: ErrorCode; message: string } | null
}

/** What a lead found: a record, a streak, a turn, a move, a place in the ranking, a gap to the national rate, a restatement, or why no comparison can be made. */
export type LeadKind =
  | 'record-high'
  | 'record-low'
  | 'streak'
  | 'turn'
  | 'rise'
  | 'fall'
  | 'rank-top'
  | 'rank-bottom'
  | 'rank-move'
  | 'gap'
  | 'restatement'
  | 'series-break'
  | 'marker'
  | 'missing'

/** A figure a lead rests on with its cell; `text`, `start` and `end` where the sentence writes it. */
/** A figure a lead rests on; one its text writes has its place in the text. */
export interface LeadFigure extends CitedFigure {
  text?: string
  start?: number
  end?: number
}

export interface Lead {
  /** Stable across runs: kind, area, measure and period. */
  id: string
  kind: LeadKind
  /** How newsworthy, 0 to 100: higher first (docs/user-guide.md says how it is worked out). */
  score: number
  area: string
  areaName: string
  /** The region the area sits in (null for England and Wales). */
  region: string | null
  measure: string
  period: string
  /** One or two sentences in house style. */
  text: string
  /** Why it ranks where it does, in a few words: "a record high", "the largest rise of the 42 areas". */
  why: string
  figures: LeadFigure[]
  /** "Source: Ministry of Justice, MAPPA annual reports 2020/21 and 2021/22": the editions its figures come from. */
  sourceLine: string
  /** Set where a figure it rests on is a restatement still to be checked. */
  caution?: string
}

/** An earlier year's figure a later edition changed by more than a tenth: implausible until a reporter confirms it. */
export interface RestatementCheck {
  area: string
  areaName: string
  measure: string
  period: string
  old: { value: number; source: { file: string; sheet: string; cell: string; release: string } }
  new: { value: number; source: { file: string; sheet: string; cell: string; release: string } }
  /** The change, in per cent of the old figure. */
  percent: number
  fromReleaseId: number
  toReleaseId: number
  isConfirmed: boolean
  /** One line for the reporter. */
  text: string
}

export interface LeadsResult {
  /** The edition the leads are for (its 31 March), null when the store has no figures. */
  period: string | null
  /** Every edition leads can be found for, oldest first. */
  periods: string[]
  style: StoryStyle
  leads: Lead[]
  restatementsToCheck: RestatementCheck[]
}

/** Names one restatement: the figure and the two editions. */
export interface RestatementRef extends FigureRef {
  fromReleaseId: number
  toReleaseId: number
}

export interface HistoryState {
  /** The action undone or redone, null when there was none. */
  actionId: number | null
  canUndo: boolean
  canRedo: boolean
}

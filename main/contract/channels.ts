// The contract between the renderer and the core: every channel with its argument and result
// types. Types only: shared by main, preload and renderer, it must never import runtime code.

import type { ErrorCode } from './errors'
import type { ChartExport, ChartFormat, ChartRender, ChartSpec, HouseStyle, SavedChart, SavedStyle } from './charts'
import type {
  Annotation,
  AnnotationTarget,
  AppInfo,
  DerivedKind,
  EditRecord,
  HistoryEntry,
  Pivot,
  AreaInfo,
  BackupInfo,
  Figure,
  FigureQuery,
  ImportJobStatus,
  ImportMappings,
  ImportSummary,
  MeasureInfo,
  ReleaseImpact,
  RememberedMapping,
  Revision,
  StoredRelease,
  TableGrid,
  StoryStyle,
  LocaliseJobStatus,
  StorySentenceView,
  CopyCheckView,
  LeadsResult,
  RestatementCheck,
  RestatementRef,
  ExportedTable,
  FigureEdition,
  TableFormat,
  TableFormatInfo,
  TablePreview,
  TableRequest,
  VerifyJobStatus
} from './types'

export type * from './types'

export interface Channels {
  /** Name, version, where the database lives and whether it holds anything yet. */
  'app:info': { args: Record<string, never>; result: AppInfo }
  /** Every imported release, newest edition first, with its tables. */
  'releases:list': { args: Record<string, never>; result: StoredRelease[] }
  /** One imported table pivoted for the grid. */
  'tables:grid': { args: { tableId: number }; result: TableGrid }
  /** Imports a file's bytes (from a file chooser, a drop, or the native dialog). */
  'import:file': { args: { fileName: string; bytes: Uint8Array }; result: ImportSummary }
  /** Imports the bundled sample of published figures. */
  'sample:open': { args: Record<string, never>; result: ImportSummary }
  /** Current figures with provenance, filtered by area slug, measure id and period key. */
  'figures:list': { args: FigureQuery; result: Figure[] }
  /** Starts reading a file off the main thread; poll import:status for progress and the preview. */
  'import:start': { args: { fileName: string; bytes: Uint8Array }; result: { jobId: string } }
  /** Progress of a started import and, when done, its preview. */
  'import:status': { args: { jobId: string }; result: ImportJobStatus }
  /** Stops a running import; nothing is written. */
  'import:cancel': { args: { jobId: string }; result: { cancelled: boolean } }
  /** Writes a previewed file with the reporter's corrections, in one transaction. */
  'import:commit': { args: { previewId: string; mappings: ImportMappings }; result: ImportSummary }
  /** Forgets a preview the reporter closed without importing. */
  'import:discard': { args: { previewId: string }; result: { discarded: boolean } }
  /** Figures a later edition restated, filtered by area slug and measure id. */
  'revisions:list': { args: { area?: string; measure?: string }; result: Revision[] }
  /** The areas a row can be mapped to, in MoJ order. */
  'areas:list': { args: Record<string, never>; result: AreaInfo[] }
  /** The measures a column can be mapped to, catalogue first, then custom measures. */
  'measures:list': { args: Record<string, never>; result: MeasureInfo[] }
  /** One measure: areas down the side, periods across, with the derived figures asked for. */
  'pivot:measure': { args: { measure: string; derived?: DerivedKind[] }; result: Pivot }
  /** One area: every measure down the side, periods across. */
  'pivot:area': { args: { area: string; derived?: DerivedKind[] }; result: Pivot }
  /** Corrects a figure; a reason is required and the imported original is kept. */
  'edits:apply': { args: { area: string; measure: string; period: string; value: string; reason: string }; result: EditRecord }
  /** Reverts one edit on its own. */
  'edits:revert': { args: { editId: number }; result: EditRecord }
  /** The edits of a cell (or more), newest first. */
  'edits:list': { args: { area?: string; measure?: string; period?: string }; result: EditRecord[] }
  /** Every edit and note change, newest first, filterable by area and measure. */
  'history:list': { args: { area?: string; measure?: string }; result: HistoryEntry[] }
  /** Undoes the latest edit or note change still in effect. */
  'history:undo': { args: Record<string, never>; result: HistoryState }
  /** Redoes the change undone most recently. */
  'history:redo': { args: Record<string, never>; result: HistoryState }
  /** Whether there is anything to undo or redo. */
  'history:state': { args: Record<string, never>; result: HistoryState }
  'annotations:list': { args: Record<string, never>; result: Annotation[] }
  'annotations:create': { args: { target: AnnotationTarget; text: string }; result: Annotation }
  'annotations:update': { args: { id: number; text: string }; result: Annotation }
  'annotations:delete': { args: { id: number }; result: { deleted: boolean } }
  /** A preference: `homeArea` is the reporter's own area, pinned at the top of the grid. */
  'settings:get': { args: { key: SettingKey }; result: { value: string | null } }
  'settings:set': { args: { key: SettingKey; value: string | null }; result: { value: string | null } }
  /** The story's sentences for an area and edition, in the stored house style, each figure with its cell. */
  'story:sentences': { args: { area: string; period: string }; result: { style: StoryStyle; sentences: StorySentenceView[] } }
  /** Every figure in a draft checked against the figures for an area and edition. */
  'story:check': { args: { area?: string; period?: string; text: string }; result: CopyCheckView }
  /** The text of a draft opened from a file: .txt, .md or .docx. */
  'story:read-copy': { args: { fileName: string; bytes: Uint8Array }; result: { text: string } }
  /** The house style the sentences follow. */
  'story:style': { args: Record<string, never>; result: StoryStyle }
  /** Changes one or more house-style settings; returns the style now in force. */
  'story:set-style': { args: { style: Partial<StoryStyle> }; result: StoryStyle }
  /** What is new in an edition (the newest where none is named) across the areas or regions asked for (all where none), ranked, with the restatements to check. */
  'leads:list': { args: { period?: string; areas?: string[] }; result: LeadsResult }
  /** A reporter has checked a restatement of more than a tenth and it stands. */
  'leads:confirm': { args: RestatementRef; result: RestatementCheck }
  /** Undoes a confirmation: the restatement is to be checked again. */
  'leads:unconfirm': { args: RestatementRef; result: RestatementCheck }
  /** Starts making a pack for each area (default the 42) from a saved chart, a spec, or the default chart. */
  'localise:start': {
    args: { chartId?: number; spec?: ChartSpec; areas?: string[] }
    result: { jobId: string; outDir: string; total: number }
  }
  /** A localise run's progress and, when it stops, its result. */
  'localise:status': { args: { jobId: string }; result: LocaliseJobStatus }
  /** Stops a run between files: only complete packs stay; a re-run resumes. */
  'localise:cancel': { args: { jobId: string }; result: { cancelled: boolean } }
  /** The run's index page, every area's chart on one page. */
  'localise:index': { args: { jobId: string }; result: { html: string; path: string } }
  /** What removing a release would touch: figures, figures now current from it, edits and notes (kept). */
  'releases:impact': { args: { releaseId: number }; result: ReleaseImpact }
  /** Removes a release and its figures; edits and notes are kept. */
  'releases:remove': { args: { releaseId: number }; result: ReleaseImpact }
  /** Keeps a correction after a newer edition restated the figure it was made against. */
  'edits:keep': { args: { editId: number }; result: EditRecord }
  /** The row and column mappings the reporter asked to remember. */
  'aliases:list': { args: Record<string, never>; result: RememberedMapping[] }
  /** Forgets one remembered mapping; built-in spellings stay. */
  'aliases:forget': { args: { kind: 'area' | 'measure'; key: string }; result: { forgotten: boolean } }
  /** The backups beside the database, newest first, with what each holds. */
  'backups:list': { args: Record<string, never>; result: BackupInfo[] }
  /** Makes a backup now. */
  'backups:create': { args: Record<string, never>; result: BackupInfo | null }
  /** Puts a backup (the latest intact one unless named) in the database's place; the replaced file is kept aside. */
  'backups:restore': { args: { file?: string }; result: { restored: BackupInfo; keptAs: string | null } }
  /** Draws a spec for the editor's preview by the export's own path: PNG at the spec's dpi (or `dpi`, for a screen), or SVG. */
  'charts:render': { args: { spec: ChartSpec; format?: 'png' | 'svg'; dpi?: number }; result: ChartRender }
  /** Exports a spec: a native save dialog in Electron, the bytes to download in browser mode. */
  'charts:export': { args: { spec: ChartSpec; format: ChartFormat; cmyk?: boolean }; result: ChartExport }
  'charts:list': { args: Record<string, never>; result: SavedChart[] }
  'charts:save': { args: { id?: number; name: string; spec: ChartSpec }; result: SavedChart }
  'charts:duplicate': { args: { id: number }; result: SavedChart }
  'charts:delete': { args: { id: number }; result: { deleted: boolean } }
  'templates:list': { args: Record<string, never>; result: SavedStyle[] }
  'templates:save': { args: { style: HouseStyle }; result: SavedStyle }
  'templates:delete': { args: { name: string }; result: { deleted: boolean } }
  /** The formats an article table can be exported in. */
  'tables:formats': { args: Record<string, never>; result: TableFormatInfo[] }
  /** The article table as the export dialog previews it (HTML), with its footer lines and file names. */
  'tables:preview': { args: TableRequest; result: TablePreview }
  /** The table's bytes in one format, for a browser download. */
  'tables:export': { args: TableRequest & { format: TableFormat }; result: ExportedTable }
  /** Desktop only: writes the table where the reporter chooses in the native save dialog (null when cancelled). */
  'tables:save': { args: TableRequest & { format: TableFormat }; result: { path: string | null } }
  /** Every edition's printing of one figure, newest first, marking the current one. */
  'figures:editions': { args: { area: string; measure: string; period: string }; result: FigureEdition[] }
  /** "1,867 (Ministry of Justice, MAPPA annual report 2021/22, sheet "Table 1", cell B18)" for one figure. */
  'figures:cite': { args: { area: string; measure: string; period: string }; result: { citation: string } }
  /**
   * Starts reading every release's kept file again with the import's reader, comparing each stored
   * figure with its cell, in the background (joins the run already going); poll verify:status.
   */
  'verify:start': { args: Record<string, never>; result: { jobId: string } }
  /** A verify run's progress and, when it stops, its check. */
  'verify:status': { args: { jobId: string }; result: VerifyJobStatus }
}

export type SettingKey = 'homeArea' | 'storyPercent' | 'storySmallNumbers' | 'storyOffenderTerm' | 'storyYearStyle'

export interface HistoryState {
  /** The action undone or redone, null when there was none. */
  actionId: number | null
  canUndo: boolean
  canRedo: boolean
}

export type Channel = keyof Channels
export type ArgsOf<C extends Channel> = Channels[C]['args']
export type ResultOf<C extends Channel> = Channels[C]['result']

export type Envelope<T> = { ok: true; result: T } | { ok: false; error: { code: ErrorCode; message: string } }

/** Events the core pushes to the renderer (Electron only: menus and the native dialog). */
export interface AppEvents {
  'menu:import': Record<string, never>
  'menu:sample': Record<string, never>
  /** Edit ▸ Undo / Redo: the window undoes text typing or the last change to the figures. */
  'menu:undo': Record<string, never>
  'menu:redo': Record<string, never>
  /** File ▸ Export…: open the table export dialog for the view shown. */
  'menu:export': Record<string, never>
  /** A file chosen in the native dialog is being read: follow the job to its preview. */
  'import:job': { jobId: string; fileName: string }
  'store:changed': { releaseId: number; summary: ImportSummary }
  'app:error': { message: string }
}
export type AppEvent = keyof AppEvents

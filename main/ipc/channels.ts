// Every channel the window may call, declared once: its name, a one-line doc and the zod schema its
// argument must pass before a handler runs. The channel list and the argument types derive from this
// map, the result types from the handlers (handlers/index.ts). Main only: the renderer imports its types.

import { z } from 'zod'
import { chartSpecSchema } from '../contract/chart/spec'
import { houseStyleSchema } from '../contract/chart/theme'
import { STYLE_CHOICES } from '../domain/story/style'
import { STYLE_SETTINGS } from '../store/story'

const none = z.object({}).strict()
const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be a lowercase slug such as essex')
const periodKey = z.string().regex(/^\d{4}\/\d{2}$/, 'must be a financial year such as 2021/22')

/** The limit the HTTP bridge and IPC both enforce on an uploaded file (the reader has its own). */
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024

const upload = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_UPLOAD_BYTES, 'file is larger than 100 MB')
  })
  .strict()
const jobId = z.object({ jobId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) }).strict()
const previewId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
const measureId = z.string().regex(/^[a-z0-9_:-]{1,120}$/)
const rowId = z.number().int().positive()
const derivedKinds = z.array(z.enum(['change', 'percentChange', 'share', 'rate', 'oneInN', 'rank'])).max(6)
/** The preferences a window may read and set: the reporter's own area and the story's house style. */
const settingKey = z.enum(['homeArea', ...Object.values(STYLE_SETTINGS)])
const areaRecord = z.record(z.string().max(300), slug.nullable())
/**
 * Row label → area slug or null, checked as a record but passed on as it came: z.record copies it
 * into a plain {}, where a row labelled "__proto__" would vanish.
 */
const areaMappings = z.custom<z.infer<typeof areaRecord>>().superRefine((value, context) => {
  const checked = areaRecord.safeParse(value)
  if (!checked.success) for (const issue of checked.error.issues) context.addIssue({ ...issue })
})
const annotationTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cell'), area: slug, measure: measureId, period: periodKey }).strict(),
  z.object({ kind: z.literal('area'), area: slug }).strict(),
  z.object({ kind: z.literal('period'), period: periodKey, measure: measureId.optional() }).strict(),
  z.object({ kind: z.literal('measure'), measure: measureId }).strict(),
  z.object({ kind: z.literal('release'), releaseId: rowId }).strict()
])

const tableRequest = {
  by: z.enum(['measure', 'area']).optional(),
  subject: z.string().regex(/^[a-z0-9_:-]{1,120}$/),
  rows: z
    .array(z.string().regex(/^[a-z0-9_:-]{1,120}$/))
    .max(500)
    .optional(),
  periods: z.array(periodKey).max(100).optional(),
  derived: derivedKinds.optional(),
  title: z.string().max(300).optional(),
  highlight: slug.nullable().optional()
}
const tableFormat = z.enum(['csv', 'xlsx', 'html', 'md', 'idtt'])
const figureRef = z.object({ area: slug, measure: measureId, period: periodKey }).strict()
const restatementRef = z.object({ area: slug, measure: measureId, period: periodKey, fromReleaseId: rowId, toReleaseId: rowId }).strict()

export const CHANNELS = {
  'app:info': { doc: 'Name, version, where the database lives and whether it holds anything yet.', args: none },
  'releases:list': { doc: 'Every imported release, newest edition first, with its tables.', args: none },
  'tables:grid': { doc: 'One imported table pivoted for the grid.', args: z.object({ tableId: z.number().int().positive() }).strict() },
  'import:file': { doc: "Imports a file's bytes in one step, without a preview.", args: upload },
  'sample:open': { doc: 'Imports the bundled sample of published figures.', args: none },
  'figures:list': {
    doc: 'Current figures with provenance, filtered by area slug, measure id and period key.',
    args: z.object({ area: slug.optional(), measure: measureId.optional(), period: periodKey.optional() }).strict()
  },
  'import:start': { doc: 'Starts reading a file off the main thread; poll import:status for progress and the preview.', args: upload },
  'import:status': { doc: 'Progress of a started import and, when done, its preview.', args: jobId },
  'import:cancel': { doc: 'Stops a running import; nothing is written.', args: jobId },
  'import:commit': {
    doc: "Writes a previewed file with the reporter's corrections, in one transaction.",
    args: z
      .object({
        previewId,
        mappings: z
          .object({
            areas: areaMappings.optional(),
            columns: z
              .array(z.object({ table: z.number().int().min(0), column: z.number().int().min(0), measureId }).strict())
              .max(10_000)
              .optional(),
            periods: z
              .array(z.object({ table: z.number().int().min(0), period: periodKey }).strict())
              .max(1_000)
              .optional(),
            remember: z.boolean().optional()
          })
          .strict()
      })
      .strict()
  },
  'import:discard': { doc: 'Forgets a preview the reporter closed without importing.', args: z.object({ previewId }).strict() },
  'revisions:list': {
    doc: 'Figures a later edition restated, filtered by area slug and measure id.',
    args: z.object({ area: slug.optional(), measure: measureId.optional() }).strict()
  },
  'areas:list': { doc: 'The areas a row can be mapped to, in MoJ order.', args: none },
  'measures:list': { doc: 'The measures a column can be mapped to, catalogue first, then custom measures.', args: none },
  'pivot:measure': {
    doc: 'One measure: areas down the side, periods across, with the derived figures asked for.',
    args: z.object({ measure: measureId, derived: derivedKinds.optional() }).strict()
  },
  'pivot:area': {
    doc: 'One area: every measure down the side, periods across.',
    args: z.object({ area: slug, derived: derivedKinds.optional() }).strict()
  },
  'edits:apply': {
    doc: 'Corrects a figure; a reason is required and the imported original is kept.',
    args: z.object({ area: slug, measure: measureId, period: periodKey, value: z.string().max(40), reason: z.string().max(2000) }).strict()
  },
  'edits:revert': { doc: 'Reverts one edit on its own.', args: z.object({ editId: rowId }).strict() },
  'edits:list': {
    doc: 'The edits of a cell (or more), newest first.',
    args: z.object({ area: slug.optional(), measure: measureId.optional(), period: periodKey.optional() }).strict()
  },
  'history:list': {
    doc: 'Every edit and note change, newest first, filterable by area and measure.',
    args: z.object({ area: slug.optional(), measure: measureId.optional() }).strict()
  },
  'history:undo': { doc: 'Undoes the latest edit or note change still in effect.', args: none },
  'history:redo': { doc: 'Redoes the change undone most recently.', args: none },
  'history:state': { doc: 'Whether there is anything to undo or redo.', args: none },
  'annotations:list': { doc: 'Every note, on a cell, an area, a period, a measure or a release.', args: none },
  'annotations:create': {
    doc: 'Adds a note to a cell, an area, a period, a measure or a release.',
    args: z.object({ target: annotationTarget, text: z.string().max(10_000) }).strict()
  },
  'annotations:update': { doc: "Rewrites a note's text.", args: z.object({ id: rowId, text: z.string().max(10_000) }).strict() },
  'annotations:delete': { doc: 'Deletes a note (undoable from the history).', args: z.object({ id: rowId }).strict() },
  'settings:get': {
    doc: "A preference: homeArea is the reporter's own area, pinned at the top of the grid; the story* keys are the house style.",
    args: z.object({ key: settingKey }).strict()
  },
  'settings:set': {
    doc: 'Sets a preference (null clears it) and returns it as stored.',
    args: z.object({ key: settingKey, value: slug.nullable() }).strict()
  },
  'story:sentences': {
    doc: "The story's sentences for an area and edition, in the stored house style, each figure with its cell.",
    args: z.object({ area: slug, period: periodKey }).strict()
  },
  // A ceiling for the request alone: a draft over the checker's own caps (domain/story/limits.ts) is refused in its words.
  'story:check': {
    doc: 'Every figure in a draft checked against the figures for an area and edition.',
    args: z.object({ area: slug.optional(), period: periodKey.optional(), text: z.string().max(1_000_000) }).strict()
  },
  'story:read-copy': { doc: 'The text of a draft opened from a file: .txt, .md or .docx.', args: upload },
  'story:style': { doc: 'The house style the sentences follow.', args: none },
  'story:set-style': {
    doc: 'Changes one or more house-style settings; returns the style now in force.',
    args: z
      .object({
        style: z
          .object({
            percent: z.enum(STYLE_CHOICES.percent).optional(),
            smallNumbers: z.enum(STYLE_CHOICES.smallNumbers).optional(),
            offenderTerm: z.enum(STYLE_CHOICES.offenderTerm).optional(),
            yearStyle: z.enum(STYLE_CHOICES.yearStyle).optional()
          })
          .strict()
      })
      .strict()
  },
  'leads:list': {
    doc: 'What is new in an edition (the newest where none is named) for the areas or regions asked for (all where none), ranked, with the restatements to check.',
    args: z.object({ period: periodKey.optional(), areas: z.array(slug).max(60).optional() }).strict()
  },
  'leads:confirm': { doc: 'A reporter has checked a restatement of more than a tenth and it stands.', args: restatementRef },
  'leads:unconfirm': { doc: 'Undoes a confirmation: the restatement is to be checked again.', args: restatementRef },
  'localise:start': {
    doc: 'Starts making a pack for each area (default the 42) from a saved chart, a spec, or the default chart.',
    args: z.object({ chartId: rowId.optional(), spec: chartSpecSchema.optional(), areas: z.array(slug).max(45).optional() }).strict()
  },
  'localise:status': { doc: "A localise run's progress and, when it stops, its result.", args: jobId },
  'localise:cancel': { doc: 'Stops a run between files: only complete packs stay; a re-run resumes.', args: jobId },
  'localise:index': { doc: "The run's index page, every area's chart on one page.", args: jobId },
  'releases:impact': {
    doc: 'What removing a release would touch: figures, figures now current from it, edits and notes (kept).',
    args: z.object({ releaseId: rowId }).strict()
  },
  'releases:remove': { doc: 'Removes a release and its figures; edits and notes are kept.', args: z.object({ releaseId: rowId }).strict() },
  'edits:keep': {
    doc: 'Keeps a correction after a newer edition restated the figure it was made against.',
    args: z.object({ editId: rowId }).strict()
  },
  'aliases:list': { doc: 'The row and column mappings the reporter asked to remember.', args: none },
  'aliases:forget': {
    doc: 'Forgets one remembered mapping; built-in spellings stay.',
    args: z.object({ kind: z.enum(['area', 'measure']), key: z.string().min(1).max(300) }).strict()
  },
  'backups:list': { doc: 'The backups beside the database, newest first, with what each holds.', args: none },
  'backups:create': { doc: 'Makes a backup now.', args: none },
  'verify:start': {
    doc: "Starts reading every release's kept file again and comparing each stored figure with its cell (joins a run already going); poll verify:status.",
    args: none
  },
  'verify:status': { doc: "A verify run's progress and, when it stops, its check.", args: jobId },
  // A file name, never a path: only the database's own backups (backups:list) are restored.
  'backups:restore': {
    doc: "Puts a backup (the latest intact one unless named) in the database's place; the replaced file is kept aside.",
    args: z
      .object({
        file: z
          .string()
          .max(255)
          .regex(/^[^/\\]+\.sqlite$/, 'must be a backup file name from backups:list')
          .optional()
      })
      .strict()
  },
  'charts:render': {
    doc: "Draws a spec for the editor's preview by the export's own path: PNG at the spec's dpi (or dpi, for a screen), or SVG.",
    args: z
      .object({ spec: chartSpecSchema, format: z.enum(['png', 'svg']).optional(), dpi: chartSpecSchema.shape.dpi.unwrap().optional() })
      .strict()
  },
  'charts:export': {
    doc: 'Exports a spec: a native save dialog in Electron, the bytes to download in browser mode.',
    args: z.object({ spec: chartSpecSchema, format: z.enum(['png', 'svg', 'pdf']), cmyk: z.boolean().optional() }).strict()
  },
  'charts:list': { doc: 'The saved charts.', args: none },
  'charts:save': {
    doc: 'Saves a chart under a name (a new one, or over the id given).',
    args: z.object({ id: rowId.optional(), name: z.string().max(200), spec: chartSpecSchema }).strict()
  },
  'charts:duplicate': { doc: 'Saves a copy of a saved chart.', args: z.object({ id: rowId }).strict() },
  'charts:delete': { doc: 'Deletes a saved chart.', args: z.object({ id: rowId }).strict() },
  'templates:list': { doc: 'The house styles a chart can use.', args: none },
  'templates:save': { doc: 'Saves a house style under its name.', args: z.object({ style: houseStyleSchema }).strict() },
  'templates:delete': { doc: 'Deletes a saved house style.', args: z.object({ name: z.string().trim().min(1).max(80) }).strict() },
  'tables:formats': { doc: 'The formats an article table can be exported in.', args: none },
  'tables:preview': {
    doc: 'The article table as the export dialog previews it (HTML), with its footer lines and file names.',
    args: z.object(tableRequest).strict()
  },
  'tables:export': {
    doc: "The table's bytes in one format, for a browser download.",
    args: z.object({ ...tableRequest, format: tableFormat }).strict()
  },
  'tables:save': {
    doc: 'Desktop only: writes the table where the reporter chooses in the native save dialog (path null when cancelled).',
    args: z.object({ ...tableRequest, format: tableFormat }).strict()
  },
  'figures:editions': { doc: "Every edition's printing of one figure, newest first, marking the current one.", args: figureRef },
  'figures:cite': {
    doc: 'One figure\'s citation: "1,867 (Ministry of Justice, MAPPA annual report 2021/22, sheet "Table 1", cell B18)".',
    args: figureRef
  }
} satisfies Record<string, { doc: string; args: z.ZodType }>

export type Channel = keyof typeof CHANNELS
/** What a caller sends on a channel (a chart spec may leave out what has a default). */
export type ArgsOf<C extends Channel> = z.input<(typeof CHANNELS)[C]['args']>
/** What a channel's handler is given: the argument as its schema passed it on. */
export type ParsedArgs<C extends Channel> = z.output<(typeof CHANNELS)[C]['args']>
export type SettingKey = z.output<typeof settingKey>

export const CHANNEL_NAMES = Object.keys(CHANNELS) as Channel[]

/** Own names only: `constructor` or `__proto__` is no channel. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(CHANNELS, name)
}

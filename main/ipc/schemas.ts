// Validation for every channel's input, in one place: the registrar rejects anything that does
// not match before a handler runs. A test checks that every channel in the contract has one.

import { z } from 'zod'
import { chartSpecSchema } from '../contract/chart/spec'
import { houseStyleSchema } from '../contract/chart/theme'
import type { ArgsOf, Channel } from '../contract/channels'
import { STYLE_CHOICES } from '../domain/story/style'

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
const settingKey = z.enum(['homeArea', 'storyPercent', 'storySmallNumbers', 'storyOffenderTerm', 'storyYearStyle'])
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

export const SCHEMAS = {
  'app:info': none,
  'releases:list': none,
  'tables:grid': z.object({ tableId: z.number().int().positive() }).strict(),
  'import:file': upload,
  'sample:open': none,
  'figures:list': z
    .object({
      area: slug.optional(),
      measure: measureId.optional(),
      period: periodKey.optional()
    })
    .strict(),
  'import:start': upload,
  'import:status': jobId,
  'import:cancel': jobId,
  'import:commit': z
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
    .strict(),
  'import:discard': z.object({ previewId }).strict(),
  'revisions:list': z.object({ area: slug.optional(), measure: measureId.optional() }).strict(),
  'areas:list': none,
  'measures:list': none,
  'pivot:measure': z.object({ measure: measureId, derived: derivedKinds.optional() }).strict(),
  'pivot:area': z.object({ area: slug, derived: derivedKinds.optional() }).strict(),
  'edits:apply': z
    .object({ area: slug, measure: measureId, period: periodKey, value: z.string().max(40), reason: z.string().max(2000) })
    .strict(),
  'edits:revert': z.object({ editId: rowId }).strict(),
  'edits:list': z.object({ area: slug.optional(), measure: measureId.optional(), period: periodKey.optional() }).strict(),
  'history:list': z.object({ area: slug.optional(), measure: measureId.optional() }).strict(),
  'history:undo': none,
  'history:redo': none,
  'history:state': none,
  'annotations:list': none,
  'annotations:create': z.object({ target: annotationTarget, text: z.string().max(10_000) }).strict(),
  'annotations:update': z.object({ id: rowId, text: z.string().max(10_000) }).strict(),
  'annotations:delete': z.object({ id: rowId }).strict(),
  'settings:get': z.object({ key: settingKey }).strict(),
  'settings:set': z.object({ key: settingKey, value: slug.nullable() }).strict(),
  'story:sentences': z.object({ area: slug, period: periodKey }).strict(),
  // A ceiling for the request alone: a draft over the checker's own caps (domain/story/limits.ts) is refused in its words.
  'story:check': z.object({ area: slug.optional(), period: periodKey.optional(), text: z.string().max(1_000_000) }).strict(),
  'story:read-copy': upload,
  'story:style': none,
  'story:set-style': z
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
    .strict(),
  'leads:list': z.object({ period: periodKey.optional(), areas: z.array(slug).max(60).optional() }).strict(),
  'leads:confirm': restatementRef,
  'leads:unconfirm': restatementRef,
  'localise:start': z
    .object({ chartId: rowId.optional(), spec: chartSpecSchema.optional(), areas: z.array(slug).max(45).optional() })
    .strict(),
  'localise:status': jobId,
  'localise:cancel': jobId,
  'localise:index': jobId,
  'releases:impact': z.object({ releaseId: rowId }).strict(),
  'releases:remove': z.object({ releaseId: rowId }).strict(),
  'edits:keep': z.object({ editId: rowId }).strict(),
  'aliases:list': none,
  'aliases:forget': z.object({ kind: z.enum(['area', 'measure']), key: z.string().min(1).max(300) }).strict(),
  'backups:list': none,
  'backups:create': none,
  'verify:start': none,
  'verify:status': jobId,
  // A file name, never a path: only the database's own backups (backups:list) are restored.
  'backups:restore': z
    .object({
      file: z
        .string()
        .max(255)
        .regex(/^[^/\\]+\.sqlite$/, 'must be a backup file name from backups:list')
        .optional()
    })
    .strict(),
  'charts:render': z
    .object({ spec: chartSpecSchema, format: z.enum(['png', 'svg']).optional(), dpi: chartSpecSchema.shape.dpi.unwrap().optional() })
    .strict(),
  'charts:export': z.object({ spec: chartSpecSchema, format: z.enum(['png', 'svg', 'pdf']), cmyk: z.boolean().optional() }).strict(),
  'charts:list': none,
  'charts:save': z.object({ id: rowId.optional(), name: z.string().max(200), spec: chartSpecSchema }).strict(),
  'charts:duplicate': z.object({ id: rowId }).strict(),
  'charts:delete': z.object({ id: rowId }).strict(),
  'templates:list': none,
  'templates:save': z.object({ style: houseStyleSchema }).strict(),
  'templates:delete': z.object({ name: z.string().trim().min(1).max(80) }).strict(),
  'tables:formats': none,
  'tables:preview': z.object(tableRequest).strict(),
  'tables:export': z.object({ ...tableRequest, format: tableFormat }).strict(),
  'tables:save': z.object({ ...tableRequest, format: tableFormat }).strict(),
  'figures:editions': figureRef,
  'figures:cite': figureRef
} satisfies { [C in Channel]: z.ZodType<ArgsOf<C>> }

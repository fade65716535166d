import { u as isChannel } from "./app-BWIFkLlT.js";
import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { a as chartSpecSchema, r as houseStyleSchema } from "./theme-DYFJEqKO.js";
import { t as STYLE_CHOICES } from "./style-BM5LLFvw.js";
import { z } from "zod";
// main/ipc/schemas.ts
var none = z.object({}).strict();
var slug = z.string().regex(/^[a-z0-9-]{1,80}$/, "must be a lowercase slug such as essex");
var periodKey = z.string().regex(/^\d{4}\/\d{2}$/, "must be a financial year such as 2021/22");
/** The limit the HTTP bridge and IPC both enforce on an uploaded file (the reader has its own). */
var MAX_UPLOAD_BYTES = 104857600;
var upload = z.object({
	fileName: z.string().trim().min(1).max(255),
	bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_UPLOAD_BYTES, "file is larger than 100 MB")
}).strict();
var jobId = z.object({ jobId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) }).strict();
var previewId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
var measureId = z.string().regex(/^[a-z0-9_:-]{1,120}$/);
var rowId = z.number().int().positive();
var derivedKinds = z.array(z.enum([
	"change",
	"percentChange",
	"share",
	"rate",
	"oneInN",
	"rank"
])).max(6);
var settingKey = z.enum([
	"homeArea",
	"storyPercent",
	"storySmallNumbers",
	"storyOffenderTerm",
	"storyYearStyle"
]);
var areaRecord = z.record(z.string().max(300), slug.nullable());
/**
* Row label → area slug or null, checked as a record but passed on as it came: z.record copies it
* into a plain {}, where a row labelled "__proto__" would vanish.
*/
var areaMappings = z.custom().superRefine((value, context) => {
	const checked = areaRecord.safeParse(value);
	if (!checked.success) for (const issue of checked.error.issues) context.addIssue({ ...issue });
});
var annotationTarget = z.discriminatedUnion("kind", [
	z.object({
		kind: z.literal("cell"),
		area: slug,
		measure: measureId,
		period: periodKey
	}).strict(),
	z.object({
		kind: z.literal("area"),
		area: slug
	}).strict(),
	z.object({
		kind: z.literal("period"),
		period: periodKey,
		measure: measureId.optional()
	}).strict(),
	z.object({
		kind: z.literal("measure"),
		measure: measureId
	}).strict(),
	z.object({
		kind: z.literal("release"),
		releaseId: rowId
	}).strict()
]);
var tableRequest = {
	by: z.enum(["measure", "area"]).optional(),
	subject: z.string().regex(/^[a-z0-9_:-]{1,120}$/),
	rows: z.array(z.string().regex(/^[a-z0-9_:-]{1,120}$/)).max(500).optional(),
	periods: z.array(periodKey).max(100).optional(),
	derived: derivedKinds.optional(),
	title: z.string().max(300).optional(),
	highlight: slug.nullable().optional()
};
var tableFormat = z.enum([
	"csv",
	"xlsx",
	"html",
	"md",
	"idtt"
]);
var figureRef = z.object({
	area: slug,
	measure: measureId,
	period: periodKey
}).strict();
var restatementRef = z.object({
	area: slug,
	measure: measureId,
	period: periodKey,
	fromReleaseId: rowId,
	toReleaseId: rowId
}).strict();
var SCHEMAS = {
	"app:info": none,
	"releases:list": none,
	"tables:grid": z.object({ tableId: z.number().int().positive() }).strict(),
	"import:file": upload,
	"sample:open": none,
	"figures:list": z.object({
		area: slug.optional(),
		measure: measureId.optional(),
		period: periodKey.optional()
	}).strict(),
	"import:start": upload,
	"import:status": jobId,
	"import:cancel": jobId,
	"import:commit": z.object({
		previewId,
		mappings: z.object({
			areas: areaMappings.optional(),
			columns: z.array(z.object({
				table: z.number().int().min(0),
				column: z.number().int().min(0),
				measureId
			}).strict()).max(1e4).optional(),
			periods: z.array(z.object({
				table: z.number().int().min(0),
				period: periodKey
			}).strict()).max(1e3).optional(),
			remember: z.boolean().optional()
		}).strict()
	}).strict(),
	"import:discard": z.object({ previewId }).strict(),
	"revisions:list": z.object({
		area: slug.optional(),
		measure: measureId.optional()
	}).strict(),
	"areas:list": none,
	"measures:list": none,
	"pivot:measure": z.object({
		measure: measureId,
		derived: derivedKinds.optional()
	}).strict(),
	"pivot:area": z.object({
		area: slug,
		derived: derivedKinds.optional()
	}).strict(),
	"edits:apply": z.object({
		area: slug,
		measure: measureId,
		period: periodKey,
		value: z.string().max(40),
		reason: z.string().max(2e3)
	}).strict(),
	"edits:revert": z.object({ editId: rowId }).strict(),
	"edits:list": z.object({
		area: slug.optional(),
		measure: measureId.optional(),
		period: periodKey.optional()
	}).strict(),
	"history:list": z.object({
		area: slug.optional(),
		measure: measureId.optional()
	}).strict(),
	"history:undo": none,
	"history:redo": none,
	"history:state": none,
	"annotations:list": none,
	"annotations:create": z.object({
		target: annotationTarget,
		text: z.string().max(1e4)
	}).strict(),
	"annotations:update": z.object({
		id: rowId,
		text: z.string().max(1e4)
	}).strict(),
	"annotations:delete": z.object({ id: rowId }).strict(),
	"settings:get": z.object({ key: settingKey }).strict(),
	"settings:set": z.object({
		key: settingKey,
		value: slug.nullable()
	}).strict(),
	"story:sentences": z.object({
		area: slug,
		period: periodKey
	}).strict(),
	"story:check": z.object({
		area: slug.optional(),
		period: periodKey.optional(),
		text: z.string().max(1e6)
	}).strict(),
	"story:read-copy": upload,
	"story:style": none,
	"story:set-style": z.object({ style: z.object({
		percent: z.enum(STYLE_CHOICES.percent).optional(),
		smallNumbers: z.enum(STYLE_CHOICES.smallNumbers).optional(),
		offenderTerm: z.enum(STYLE_CHOICES.offenderTerm).optional(),
		yearStyle: z.enum(STYLE_CHOICES.yearStyle).optional()
	}).strict() }).strict(),
	"leads:list": z.object({
		period: periodKey.optional(),
		areas: z.array(slug).max(60).optional()
	}).strict(),
	"leads:confirm": restatementRef,
	"leads:unconfirm": restatementRef,
	"localise:start": z.object({
		chartId: rowId.optional(),
		spec: chartSpecSchema.optional(),
		areas: z.array(slug).max(45).optional()
	}).strict(),
	"localise:status": jobId,
	"localise:cancel": jobId,
	"localise:index": jobId,
	"releases:impact": z.object({ releaseId: rowId }).strict(),
	"releases:remove": z.object({ releaseId: rowId }).strict(),
	"edits:keep": z.object({ editId: rowId }).strict(),
	"aliases:list": none,
	"aliases:forget": z.object({
		kind: z.enum(["area", "measure"]),
		key: z.string().min(1).max(300)
	}).strict(),
	"backups:list": none,
	"backups:create": none,
	"verify:start": none,
	"verify:status": jobId,
	"backups:restore": z.object({ file: z.string().max(255).regex(/^[^/\\]+\.sqlite$/, "must be a backup file name from backups:list").optional() }).strict(),
	"charts:render": z.object({
		spec: chartSpecSchema,
		format: z.enum(["png", "svg"]).optional(),
		dpi: chartSpecSchema.shape.dpi.unwrap().optional()
	}).strict(),
	"charts:export": z.object({
		spec: chartSpecSchema,
		format: z.enum([
			"png",
			"svg",
			"pdf"
		]),
		cmyk: z.boolean().optional()
	}).strict(),
	"charts:list": none,
	"charts:save": z.object({
		id: rowId.optional(),
		name: z.string().max(200),
		spec: chartSpecSchema
	}).strict(),
	"charts:duplicate": z.object({ id: rowId }).strict(),
	"charts:delete": z.object({ id: rowId }).strict(),
	"templates:list": none,
	"templates:save": z.object({ style: houseStyleSchema }).strict(),
	"templates:delete": z.object({ name: z.string().trim().min(1).max(80) }).strict(),
	"tables:formats": none,
	"tables:preview": z.object(tableRequest).strict(),
	"tables:export": z.object({
		...tableRequest,
		format: tableFormat
	}).strict(),
	"tables:save": z.object({
		...tableRequest,
		format: tableFormat
	}).strict(),
	"figures:editions": figureRef,
	"figures:cite": figureRef
};
// main/ipc/registrar.ts
/** Merges handler groups, refusing two groups that claim the same channel; the result's type is their union. */
function mergeHandlers(...groups) {
	const merged = {};
	for (const group of groups) for (const name of Object.keys(group)) {
		if (name in merged) throw new Error(`Channel ${name} is handled twice`);
		Object.assign(merged, { [name]: group[name] });
	}
	return merged;
}
function errorEnvelope(error) {
	if (error instanceof AppError) return {
		ok: false,
		error: {
			code: error.code,
			message: error.message
		}
	};
	return {
		ok: false,
		error: {
			code: "internal",
			message: oneLine(error)
		}
	};
}
function createDispatch(handlers, log = () => void 0) {
	return async (channel, args) => {
		if (!isChannel(channel)) return {
			ok: false,
			error: {
				code: "unknown_channel",
				message: `Unknown channel: ${String(channel).slice(0, 80)}`
			}
		};
		const parsed = SCHEMAS[channel].safeParse(args ?? {});
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			return {
				ok: false,
				error: {
					code: "bad_input",
					message: `Invalid input for ${channel}: ${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`
				}
			};
		}
		try {
			const handler = handlers[channel];
			return {
				ok: true,
				result: await handler(parsed.data)
			};
		} catch (error) {
			if (!(error instanceof AppError)) log(`${channel} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
			return errorEnvelope(error);
		}
	};
}
export { createDispatch, errorEnvelope, mergeHandlers };

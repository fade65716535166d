import { t as MAPPA_CATEGORIES } from "./measures-Dj0ua4gL.js";
import { t as fileStem } from "./file-names-Dy4K7J4l.js";
import { z } from "zod";
var CHART_TYPES = [
	"line",
	"column",
	"bar",
	"stacked",
	"map"
];
/** Print sizes a press can take: a thumbnail column to a full broadsheet page, in mm. */
var SIZE_LIMITS_MM = {
	min: 20,
	max: 600
};
/** 72 dpi is a screen; above 1200 dpi no press plate gains anything, and files balloon. */
var DPI_LIMITS = {
	min: 72,
	max: 1200
};
var slug = z.string().regex(/^[a-z0-9-]{1,80}$/, "must be an area slug such as essex");
var measureId = z.string().regex(/^[a-z0-9_:-]{1,120}$/, "must be a measure id such as rso");
var periodKey = z.string().regex(/^\d{4}\/\d{2}$/, "must be a financial year such as 2021/22");
var text = (max) => z.string().max(max, `must be under ${max} characters`);
var chartAnnotationSchema = z.object({
	/** point: a value ("1,867: highest yet"); range: years shaded ("COVID recording delays"); last: the area's last value labelled. */
	kind: z.enum([
		"point",
		"range",
		"last"
	]).default("point"),
	area: slug.optional(),
	period: periodKey.optional(),
	/** The end of a range. */
	toPeriod: periodKey.optional(),
	text: text(200)
}).strict();
var chartSpecSchema = z.object({
	version: z.literal(1),
	type: z.enum(CHART_TYPES),
	measure: measureId.default("rso"),
	/** Stacked columns: the measures stacked, bottom first. */
	measures: z.array(measureId).min(1).max(8).optional(),
	areas: z.union([z.literal("all"), z.array(slug).min(1).max(50)]),
	highlight: slug.nullable().default(null),
	reference: slug.nullable().default(null),
	periods: z.object({
		from: periodKey,
		to: periodKey
	}).strict(),
	title: text(200).default(""),
	subtitle: text(300).default(""),
	source: text(400).default(""),
	notes: text(1500).default(""),
	byline: text(120).default(""),
	altText: text(2e3).default(""),
	annotations: z.array(chartAnnotationSchema).max(20).default([]),
	theme: z.string().trim().min(1).max(80).default("house"),
	size: z.object({
		widthMm: z.number().min(SIZE_LIMITS_MM.min, `must be at least ${SIZE_LIMITS_MM.min} mm`).max(SIZE_LIMITS_MM.max, `must be at most ${SIZE_LIMITS_MM.max} mm`),
		heightMm: z.number().min(SIZE_LIMITS_MM.min, `must be at least ${SIZE_LIMITS_MM.min} mm`).max(SIZE_LIMITS_MM.max, `must be at most ${SIZE_LIMITS_MM.max} mm`)
	}).strict(),
	dpi: z.number().int().min(DPI_LIMITS.min, `must be at least ${DPI_LIMITS.min}`).max(DPI_LIMITS.max, `must be at most ${DPI_LIMITS.max}`).default(300),
	/** Axis from zero unless the reporter turns it off (a warning says so). */
	axisFromZero: z.boolean().default(true),
	/** A map's shading: the figure for `periods.to`, or its per cent change since `periods.from`. */
	mapShows: z.enum(["value", "change"]).default("value")
}).strict();
var ChartSpecError = class extends Error {
	field;
	constructor(field, message) {
		super(`${field}: ${message}`);
		this.field = field;
		this.name = "ChartSpecError";
	}
};
/** Parses a spec; a bad one throws one line naming the field ("size.widthMm: must be at least 20 mm"). */
function parseChartSpec(input) {
	const parsed = chartSpecSchema.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ChartSpecError(issue.path.length > 0 ? issue.path.join(".") : "spec", issue.message);
	}
	const spec = parsed.data;
	if (spec.periods.from > spec.periods.to) throw new ChartSpecError("periods", `"from" (${spec.periods.from}) is after "to" (${spec.periods.to})`);
	if (spec.size.widthMm * spec.size.heightMm > 0 && (spec.size.widthMm / spec.size.heightMm > 8 || spec.size.heightMm / spec.size.widthMm > 8)) throw new ChartSpecError("size", `${spec.size.widthMm} × ${spec.size.heightMm} mm is too thin for a chart: keep width and height within 8:1`);
	const pixels = pixelSize(spec);
	if (pixels.widthPx * pixels.heightPx > 1e8) throw new ChartSpecError("dpi", `${spec.dpi} dpi at this size makes more than 100 million pixels`);
	return spec;
}
/** Checks the areas, measures and periods a spec names against what the store holds. */
function checkSpecNames(spec, catalogue) {
	(spec.type === "stacked" ? spec.measures ?? [...MAPPA_CATEGORIES] : [spec.measure]).forEach((measure, index) => {
		if (!catalogue.measures.has(measure)) throw new ChartSpecError(spec.type === "stacked" && spec.measures ? `measures.${index}` : "measure", `unknown measure "${measure}"`);
	});
	if (spec.areas !== "all") spec.areas.forEach((area, index) => {
		if (!catalogue.areas.has(area)) throw new ChartSpecError(`areas.${index}`, `unknown area "${area}"`);
	});
	for (const field of ["highlight", "reference"]) {
		const area = spec[field];
		if (area !== null && !catalogue.areas.has(area)) throw new ChartSpecError(field, `unknown area "${area}"`);
	}
	for (const field of ["from", "to"]) if (!catalogue.periods.has(spec.periods[field])) throw new ChartSpecError(`periods.${field}`, `no figures for ${spec.periods[field]} in this database`);
	spec.annotations.forEach((annotation, index) => {
		if (annotation.area && !catalogue.areas.has(annotation.area)) throw new ChartSpecError(`annotations.${index}.area`, `unknown area "${annotation.area}"`);
		for (const field of ["period", "toPeriod"]) {
			const period = annotation[field];
			if (period && (period < spec.periods.from || period > spec.periods.to)) throw new ChartSpecError(`annotations.${index}.${field}`, `${period} is outside the chart's years (${spec.periods.from} to ${spec.periods.to})`);
		}
		if (annotation.kind === "range" && !(annotation.period && annotation.toPeriod)) throw new ChartSpecError(`annotations.${index}`, "a range needs \"period\" and \"toPeriod\"");
		if (annotation.kind === "point" && !annotation.period) throw new ChartSpecError(`annotations.${index}.period`, "a point annotation needs a period");
	});
}
var MM_PER_INCH = 25.4;
/** Pixel size is round(mm / 25.4 × dpi), the contract for every PNG. */
function pixelSize(spec) {
	return {
		widthPx: Math.round(spec.size.widthMm / MM_PER_INCH * spec.dpi),
		heightPx: Math.round(spec.size.heightMm / MM_PER_INCH * spec.dpi)
	};
}
/** Page size in PostScript points, for PDF and SVG. */
function pointSize(spec) {
	return {
		widthPt: spec.size.widthMm / MM_PER_INCH * 72,
		heightPt: spec.size.heightMm / MM_PER_INCH * 72
	};
}
/** A file name from the title: "Registered sex offenders in Essex" → "registered-sex-offenders-in-essex.png" (see fileStem). */
function fileNameOf(title, extension) {
	return `${fileStem(title, "chart")}.${extension}`;
}
// main/contract/chart/theme.ts
var colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour such as #1f5fa8");
var points = z.number().min(4).max(72);
var millimetres = z.number().min(20).max(600);
var houseStyleSchema = z.object({
	name: z.string().trim().min(1).max(80),
	/** The bundled family: the only one the core registers, so output is the same on every laptop. */
	fontFamily: z.literal("Inter").default("Inter"),
	colours: z.object({
		background: colour,
		text: colour,
		muted: colour,
		grid: colour,
		/** The highlighted area, and the first series. */
		highlight: colour,
		/** Other areas when many are shown. */
		context: colour,
		reference: colour,
		annotation: colour,
		/** Series colours in order, for a few areas or stacked measures. */
		series: z.array(colour).min(3).max(12)
	}).strict(),
	sizes: z.object({
		titlePt: points,
		subtitlePt: points,
		bodyPt: points,
		smallPt: points,
		lineWidthPt: z.number().min(.25).max(6)
	}).strict(),
	/** Newspaper column widths in mm: one, two and three columns. */
	columnsMm: z.tuple([
		millimetres,
		millimetres,
		millimetres
	]),
	heightMm: millimetres,
	wording: z.object({
		sourcePrefix: z.string().max(40),
		notesPrefix: z.string().max(40),
		bylinePrefix: z.string().max(40)
	}).strict()
}).strict();
/**
* The built-in house style. Column widths: a 41 mm column and a 4 mm gutter (86 mm over two,
* 131 mm over three), a common tabloid grid. Colours: blue and orange stay apart for the three
* common colour-vision deficiencies and in greyscale (the colour check tests this).
*/
var HOUSE_STYLE = {
	name: "house",
	fontFamily: "Inter",
	colours: {
		background: "#ffffff",
		text: "#1a1a1a",
		muted: "#5c5c5c",
		grid: "#dcdcdc",
		highlight: "#e66100",
		context: "#a8b3bf",
		reference: "#1a1a1a",
		annotation: "#1a1a1a",
		series: [
			"#1f5fa8",
			"#e69f00",
			"#b2df8a",
			"#009e73",
			"#cc79a7",
			"#56b4e9",
			"#8c510a",
			"#b2182b"
		]
	},
	sizes: {
		titlePt: 9.5,
		subtitlePt: 7.5,
		bodyPt: 6.5,
		smallPt: 5.5,
		lineWidthPt: 1.25
	},
	columnsMm: [
		41,
		86,
		131
	],
	heightMm: 70,
	wording: {
		sourcePrefix: "Source:",
		notesPrefix: "Note:",
		bylinePrefix: "Graphic:"
	}
};
var BUILT_IN_STYLES = [HOUSE_STYLE, {
	...HOUSE_STYLE,
	name: "mono",
	colours: {
		...HOUSE_STYLE.colours,
		highlight: "#000000",
		context: "#b4b4b4",
		series: [
			"#000000",
			"#777777",
			"#bbbbbb",
			"#3c3c3c",
			"#999999",
			"#dddddd"
		]
	}
}];
function builtInStyle(name) {
	return BUILT_IN_STYLES.find((style) => style.name === name);
}
export { chartSpecSchema as a, parseChartSpec as c, ChartSpecError as i, pixelSize as l, builtInStyle as n, checkSpecNames as o, houseStyleSchema as r, fileNameOf as s, BUILT_IN_STYLES as t, pointSize as u };

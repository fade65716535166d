import { t as __exportAll } from "./rolldown-runtime-BJohB4LM.js";
import { i as chartConfigOf, n as prepareChart, r as mapSceneOf } from "./prepare-BdOvd1kD.js";
import { l as pixelSize, s as fileNameOf, u as pointSize } from "./theme-DYFJEqKO.js";
import { l as resourcesDir } from "./writer-lock-BVEuZlFt.js";
import { join } from "node:path";
import { GlobalFonts, PDFDocument, SvgExportFlag, createCanvas } from "@napi-rs/canvas";
import { Chart, registerables } from "chart.js";
import annotationPlugin from "chartjs-plugin-annotation";
import PDFKit from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
// main/export/chart/scene.ts
function fontString(item) {
	return `${item.isBold ? "bold" : "normal"} ${item.sizePx.toFixed(2)}px ${item.family}`;
}
function paintItem(context, item) {
	switch (item.kind) {
		case "rect":
			if (item.fill) {
				context.fillStyle = item.fill;
				context.fillRect(item.x, item.y, item.width, item.height);
			}
			if (item.stroke && item.lineWidth) {
				context.strokeStyle = item.stroke;
				context.lineWidth = item.lineWidth;
				context.strokeRect(item.x, item.y, item.width, item.height);
			}
			return;
		case "line":
			context.strokeStyle = item.stroke;
			context.lineWidth = item.lineWidth;
			context.beginPath();
			item.points.forEach(([x, y], index) => index === 0 ? context.moveTo(x, y) : context.lineTo(x, y));
			context.stroke();
			return;
		case "text":
			context.font = fontString(item);
			context.fillStyle = item.colour;
			context.textAlign = item.align;
			context.textBaseline = item.baseline;
			context.fillText(item.text, item.x, item.y);
			return;
		case "group": for (const inner of item.items) paintItem(context, inner);
	}
}
function paintScene(context, scene) {
	context.save();
	context.fillStyle = scene.background;
	context.fillRect(0, 0, scene.widthPx, scene.heightPx);
	for (const item of scene.items) paintItem(context, item);
	context.restore();
}
function escapeXml(text) {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
/**
* Where Skia puts the alphabetic baseline of Inter for a `top` or `middle` baseline, in ems
* (measured: 100 px type set at y = 10 with `top` lands on 90.06), so SVG words sit where the PNG's do.
*/
var BASELINE_SHIFT_EM = {
	top: .80062,
	middle: .30062,
	alphabetic: 0
};
var ANCHOR = {
	left: "start",
	center: "middle",
	right: "end"
};
var number = (value) => String(Math.round(value * 1e3) / 1e3);
function svgItem(item) {
	switch (item.kind) {
		case "rect": {
			const fill = item.fill ? `fill="${item.fill}"` : "fill=\"none\"";
			const stroke = item.stroke && item.lineWidth ? ` stroke="${item.stroke}" stroke-width="${number(item.lineWidth)}"` : "";
			return `<rect x="${number(item.x)}" y="${number(item.y)}" width="${number(item.width)}" height="${number(item.height)}" ${fill}${stroke}/>`;
		}
		case "line": return `<path d="${item.points.map(([x, y], index) => `${index === 0 ? "M" : "L"}${number(x)} ${number(y)}`).join(" ")}" fill="none" stroke="${item.stroke}" stroke-width="${number(item.lineWidth)}"/>`;
		case "text": {
			const y = item.y + BASELINE_SHIFT_EM[item.baseline] * item.sizePx;
			return `<text x="${number(item.x)}" y="${number(y)}" font-family="${item.family}" font-size="${number(item.sizePx)}" font-weight="${item.isBold ? "bold" : "normal"}" fill="${item.colour}" text-anchor="${ANCHOR[item.align]}">${escapeXml(item.text)}</text>`;
		}
		case "group": return `<g><title>${escapeXml(item.title)}</title>${item.items.map(svgItem).join("")}</g>`;
	}
}
/** The scene's body as SVG elements in its own units: the caller wraps it in the sized root. */
function sceneSvgBody(scene) {
	return `<rect x="0" y="0" width="${number(scene.widthPx)}" height="${number(scene.heightPx)}" fill="${scene.background}"/>${scene.items.map(svgItem).join("")}`;
}
// main/export/chart/draw.ts
Chart.register(...registerables, annotationPlugin);
var FONT_FAMILY = "Inter";
function fontFiles() {
	const folder = join(resourcesDir(), "fonts");
	return {
		regular: join(folder, "Inter_400Regular.ttf"),
		bold: join(folder, "Inter_700Bold.ttf")
	};
}
var isFontRegistered = false;
/** Registers the bundled Inter, regular and bold under one family: no system font is ever used. */
function registerFonts() {
	if (isFontRegistered) return;
	const files = fontFiles();
	if (!GlobalFonts.registerFromPath(files.regular, "Inter") || !GlobalFonts.registerFromPath(files.bold, "Inter")) throw new Error(`The bundled fonts could not be loaded from ${files.regular}`);
	isFontRegistered = true;
}
/**
* Inter's contextual alternates swap ":" after a digit for a glyph with no Unicode mapping, which
* SVG and PDF text then lose ("1,867: highest" extracts as "1,867 highest"): they are turned off.
*/
var FONT_FEATURES = "\"calt\" 0";
var scratch = createCanvas(8, 8).getContext("2d");
scratch.fontFeatureSettings = FONT_FEATURES;
scratch.textRendering = "geometricPrecision";
var measureText = (text, font) => {
	registerFonts();
	scratch.font = font;
	return scratch.measureText(text).width;
};
/** Draws once, hands the drawn surface to `finish`, then frees the chart (destroy clears the canvas). */
function drawWith(canvas, config, finish) {
	registerFonts();
	const features = {
		id: "fontFeatures",
		beforeDraw: (drawn) => {
			const context = drawn.ctx;
			context.fontFeatureSettings = FONT_FEATURES;
			context.textRendering = "geometricPrecision";
		}
	};
	const chart = new Chart(canvas, {
		...config,
		plugins: [features, ...config.plugins ?? []]
	});
	try {
		chart.draw();
		return finish();
	} finally {
		chart.destroy();
	}
}
function drawPng(config, size, dpi, metadata) {
	const canvas = createCanvas(size.widthPx, size.heightPx);
	return drawWith(canvas, config, () => encodePng(canvas, dpi, metadata));
}
function encodePng(canvas, dpi, metadata) {
	return canvas.encodeSync("png", {
		resolution: dpi,
		title: metadata.title,
		description: metadata.description,
		software: "MAPPA Desk"
	});
}
/** Sets the bundled font's drawing options on a context, as drawWith does for Chart.js. */
function prepareContext(context) {
	registerFonts();
	context.fontFeatureSettings = FONT_FEATURES;
	context.textRendering = "geometricPrecision";
	return context;
}
/** A scene (a chart drawn without Chart.js, such as the tile map) as PNG: same pHYs and metadata. */
function paintPng(scene, dpi, metadata) {
	const canvas = createCanvas(scene.widthPx, scene.heightPx);
	paintScene(prepareContext(canvas.getContext("2d")), scene);
	return encodePng(canvas, dpi, metadata);
}
/** A scene as a vector PDF page, the fonts embedded as subsets. */
function paintPdf(scene, size, metadata) {
	const document = new PDFDocument({
		title: metadata.title,
		subject: metadata.subject,
		creator: "MAPPA Desk",
		producer: "MAPPA Desk"
	});
	paintScene(prepareContext(document.beginPage(size.widthPt, size.heightPt)), scene);
	document.endPage();
	return exactMediaBox(document.close(), size);
}
/** A scene as SVG, sized and titled as drawSvg sizes and titles a Chart.js drawing. */
function sceneSvg(scene, size, alt) {
	return svgDocument(sceneSvgBody(scene), {
		width: scene.widthPx,
		height: scene.heightPx,
		...size
	}, alt);
}
function svgDocument(body, size, alt) {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.widthMm}mm" height="${size.heightMm}mm" viewBox="0 0 ${size.width} ${size.height}" role="img" aria-labelledby="chart-title chart-desc">`}${`<title id="chart-title">${escapeXml(alt.title)}</title><desc id="chart-desc">${escapeXml(alt.description)}</desc>`}${body}</svg>`;
}
/** Skia numbers clip paths across the whole process; numbered per file, the same chart gives the same bytes. */
function renumberClipIds(svg) {
	const ids = /* @__PURE__ */ new Map();
	return svg.replace(/\bcl_[0-9a-zA-Z]+\b/g, (id) => {
		if (!ids.has(id)) ids.set(id, `clip${ids.size + 1}`);
		return ids.get(id);
	});
}
/** Vector SVG in points; sized in mm for print, with the alt text as its title and description. */
function drawSvg(config, size, alt) {
	const width = Math.floor(size.widthPt);
	const height = Math.floor(size.heightPt);
	const canvas = createCanvas(width, height, SvgExportFlag.NoPrettyXML);
	const svg = drawWith(canvas, config, () => canvas.getContent().toString("utf8"));
	const open = /<svg\b[^>]*>/.exec(svg);
	const close = svg.lastIndexOf("</svg>");
	if (!open || close < open.index) throw new Error("The SVG drawing came out without an <svg> element");
	return svgDocument(renumberClipIds(svg.slice(open.index + open[0].length, close)), {
		width,
		height,
		widthMm: size.widthMm,
		heightMm: size.heightMm
	}, alt);
}
/** Vector PDF from Skia: the page is the print size in points, the fonts embedded as subsets. */
function drawPdf(config, size, metadata) {
	const document = new PDFDocument({
		title: metadata.title,
		subject: metadata.subject,
		creator: "MAPPA Desk",
		producer: "MAPPA Desk"
	});
	const context = document.beginPage(size.widthPt, size.heightPt);
	const page = {
		width: Math.floor(size.widthPt),
		height: Math.floor(size.heightPt),
		getContext: () => context
	};
	Object.defineProperty(context, "canvas", {
		value: page,
		configurable: true
	});
	drawWith(page, config, () => document.endPage());
	return exactMediaBox(document.close(), size);
}
/**
* Skia writes the page size rounded to whole points (86 mm becomes 244 pt, not 243.78 pt). The
* MediaBox is rewritten to the exact size and the cross-reference offsets after it shifted to match.
*/
function exactMediaBox(pdf, size) {
	const text = pdf.toString("latin1");
	const match = /\/MediaBox \[0 0 [\d.]+ [\d.]+\]/.exec(text);
	const xref = text.lastIndexOf("\nxref\n");
	if (!match || xref < match.index) return pdf;
	const exact = `/MediaBox [0 0 ${size.widthPt.toFixed(4)} ${size.heightPt.toFixed(4)}]`;
	const shift = exact.length - match[0].length;
	const rewritten = text.slice(0, match.index) + exact + text.slice(match.index + match[0].length);
	const table = xref + shift;
	const shifted = rewritten.slice(0, table) + rewritten.slice(table).replace(/^(\d{10}) (\d{5}) n/gm, (entry, offset, generation) => {
		const at = Number(offset);
		return at > match.index ? `${String(at + shift).padStart(10, "0")} ${generation} n` : entry;
	}).replace(/startxref\n(\d+)/, (_, offset) => `startxref\n${Number(offset) + shift}`);
	return Buffer.from(shifted, "latin1");
}
/** Naive RGB → CMYK (no ICC profile): the print desk's RIP maps it to its press. */
function rgbToCmyk([red, green, blue]) {
	const r = red / 255;
	const g = green / 255;
	const b = blue / 255;
	const k = 1 - Math.max(r, g, b);
	if (k >= 1) return [
		0,
		0,
		0,
		100
	];
	const scale = (channel) => Math.round((1 - channel - k) / (1 - k) * 1e3) / 10;
	return [
		scale(r),
		scale(g),
		scale(b),
		Math.round(k * 1e3) / 10
	];
}
/**
* A near-black grey (the house text colour #1a1a1a is 90% K) prints as 100% K: screened, small type
* and hairlines go fuzzy on newsprint. Greys lighter than this stay the grey they were meant to be,
* as one ink (K alone); colours are converted as they are.
*/
var SOLID_BLACK_FROM_K = 85;
/** How far apart the channels of a "neutral" colour may be (out of 255): #1a1a1a and #1c1a1a alike. */
var NEUTRAL_SPREAD = 8;
function printCmyk(rgb) {
	const cmyk = rgbToCmyk(rgb);
	if (!(Math.max(...rgb) - Math.min(...rgb) <= NEUTRAL_SPREAD)) return cmyk;
	if (cmyk[3] >= SOLID_BLACK_FROM_K) return [
		0,
		0,
		0,
		100
	];
	return [
		0,
		0,
		0,
		cmyk[3]
	];
}
/** CMYK PDF for the print desk: the SVG redrawn by pdfkit, every colour converted, fonts embedded. */
async function drawCmykPdf(svg, size, metadata) {
	const files = fontFiles();
	const document = new PDFKit({
		size: [size.widthPt, size.heightPt],
		margin: 0,
		info: {
			Title: metadata.title,
			Subject: metadata.subject,
			Creator: "MAPPA Desk",
			Producer: "MAPPA Desk"
		}
	});
	document.registerFont(FONT_FAMILY, files.regular);
	document.registerFont(`${FONT_FAMILY}-Bold`, files.bold);
	document.font(FONT_FAMILY);
	const chunks = [];
	document.on("data", (chunk) => chunks.push(chunk));
	const finished = new Promise((resolve, reject) => {
		document.on("end", () => resolve());
		document.on("error", reject);
	});
	const inPoints = svg.replace(/width="[\d.]+mm" height="[\d.]+mm"/, `width="${size.widthPt}" height="${size.heightPt}"`);
	SVGtoPDF(document, inPoints, 0, 0, {
		width: size.widthPt,
		height: size.heightPt,
		assumePt: true,
		fontCallback: (_family, isBold) => isBold ? `${FONT_FAMILY}-Bold` : FONT_FAMILY,
		colorCallback: (parsed) => parsed ? [printCmyk(parsed[0]), parsed[1]] : parsed
	});
	document.end();
	await finished;
	return Buffer.concat(chunks);
}
// main/export/chart/render.ts
var render_exports = /* @__PURE__ */ __exportAll({
	renderChart: () => renderChart,
	renderPrepared: () => renderPrepared
});
var MIME = {
	png: "image/png",
	svg: "image/svg+xml",
	pdf: "application/pdf"
};
function vectorPlan(prepared) {
	const { widthPt, heightPt } = pointSize(prepared.spec);
	return {
		plan: chartConfigOf(prepared.spec, prepared.data, prepared.style, prepared.texts, {
			widthPx: Math.floor(widthPt),
			heightPx: Math.floor(heightPt),
			pxPerPt: 1,
			measure: measureText
		}),
		widthPt,
		heightPt
	};
}
/** The tile map is drawn as a scene (its tiles carry titles in SVG), at the surface's size. */
function mapPlan(prepared, surface) {
	return mapSceneOf(prepared.spec, prepared.data, prepared.style, prepared.texts, {
		...surface,
		measure: measureText
	}, prepared.wording);
}
function svgOf(prepared) {
	if (prepared.spec.type === "map") {
		const { widthPt, heightPt } = pointSize(prepared.spec);
		const map = mapPlan(prepared, {
			widthPx: Math.floor(widthPt),
			heightPx: Math.floor(heightPt),
			pxPerPt: 1
		});
		return {
			svg: sceneSvg(map.scene, prepared.spec.size, {
				title: prepared.texts.title,
				description: prepared.altText
			}),
			warnings: map.warnings,
			widthPt,
			heightPt
		};
	}
	const { plan, widthPt, heightPt } = vectorPlan(prepared);
	return {
		svg: drawSvg(plan.config, {
			widthPt,
			heightPt,
			...prepared.spec.size
		}, {
			title: prepared.texts.title,
			description: prepared.altText
		}),
		warnings: plan.warnings,
		widthPt,
		heightPt
	};
}
async function renderPrepared(prepared, format, options = {}) {
	const { spec } = prepared;
	const pixels = pixelSize(spec);
	let bytes;
	let warnings;
	const isCmyk = format === "pdf" && options.isCmyk === true;
	const metadata = {
		title: prepared.texts.title,
		description: prepared.altText,
		subject: prepared.altText
	};
	if (spec.type === "map" && format === "png") {
		const map = mapPlan(prepared, {
			...pixels,
			pxPerPt: spec.dpi / 72
		});
		bytes = paintPng(map.scene, spec.dpi, metadata);
		warnings = map.warnings;
	} else if (spec.type === "map" && format === "pdf" && !isCmyk) {
		const { widthPt, heightPt } = pointSize(spec);
		const map = mapPlan(prepared, {
			widthPx: Math.floor(widthPt),
			heightPx: Math.floor(heightPt),
			pxPerPt: 1
		});
		bytes = paintPdf(map.scene, {
			widthPt,
			heightPt
		}, metadata);
		warnings = map.warnings;
	} else if (format === "png") {
		const plan = chartConfigOf(spec, prepared.data, prepared.style, prepared.texts, {
			...pixels,
			pxPerPt: spec.dpi / 72,
			measure: measureText
		});
		bytes = drawPng(plan.config, pixels, spec.dpi, {
			title: prepared.texts.title,
			description: prepared.altText
		});
		warnings = plan.warnings;
	} else if (format === "svg") {
		const drawn = svgOf(prepared);
		bytes = new TextEncoder().encode(drawn.svg);
		warnings = drawn.warnings;
	} else if (isCmyk) {
		const drawn = svgOf(prepared);
		bytes = await drawCmykPdf(drawn.svg, {
			widthPt: drawn.widthPt,
			heightPt: drawn.heightPt
		}, {
			title: prepared.texts.title,
			subject: prepared.altText
		});
		warnings = drawn.warnings;
	} else {
		const { plan, widthPt, heightPt } = vectorPlan(prepared);
		bytes = drawPdf(plan.config, {
			widthPt,
			heightPt
		}, {
			title: prepared.texts.title,
			subject: prepared.altText
		});
		warnings = plan.warnings;
	}
	return {
		bytes,
		format,
		mime: MIME[format],
		fileName: fileNameOf(prepared.texts.title, format),
		...pixels,
		dpi: spec.dpi,
		altText: prepared.altText,
		source: prepared.texts.source,
		warnings: [...warnings, ...prepared.warnings],
		isCmyk,
		texts: prepared.texts,
		drafts: prepared.drafts
	};
}
async function renderChart(db, spec, format, options = {}) {
	return renderPrepared(prepareChart(db, spec), format, options);
}
export { renderPrepared as n, render_exports as r, renderChart as t };

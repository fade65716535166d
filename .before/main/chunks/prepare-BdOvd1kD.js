import { c as baseDataOf, d as indexFigures, f as measuresOf, h as shortMeasureLabel, l as chartDataOf, m as referenceOf, o as areaName, p as plotted, r as provenanceOf, s as areasOf, u as formatValue$1 } from "./provenance-CJ1M823P.js";
import { f as slugify, i as findMeasureById, s as AREAS } from "./measures-Dj0ua4gL.js";
import { c as parseChartSpec, i as ChartSpecError, n as builtInStyle, o as checkSpecNames, r as houseStyleSchema } from "./theme-DYFJEqKO.js";
import { a as formatPercent } from "./style-BM5LLFvw.js";
import { a as ordinal } from "./derived-columns-CkM9NlLd.js";
import { t as AppError } from "./errors-D5rubfHc.js";
import { t as documentText } from "./safe-text-B1drZhbS.js";
import { t as currentFigures } from "./figures-XTJ_aqNy.js";
import { r as houseStyle } from "./story-Dk6kr2Lu.js";
import { o as percentChange } from "./derived-BSlZwqEX.js";
// main/contract/chart/furniture.ts
var LINE_HEIGHT = 1.25;
function fontOf(style, sizePx, weight = 400) {
	return `${weight === 700 ? "bold" : "normal"} ${sizePx.toFixed(2)}px ${style.fontFamily}`;
}
/** Greedy word wrap; a word longer than the line is left whole rather than split. */
function wrapText(text, widthPx, font, measure) {
	const lines = [];
	for (const paragraph of text.split(/\r?\n/)) {
		const words = paragraph.split(/\s+/).filter(Boolean);
		let line = "";
		for (const word of words) {
			const candidate = line ? `${line} ${word}` : word;
			if (line && measure(candidate, font) > widthPx) {
				lines.push(line);
				line = word;
			} else line = candidate;
		}
		if (line) lines.push(line);
	}
	return lines;
}
function withPrefix(prefix, text) {
	if (!text.trim()) return "";
	return prefix && !text.trimStart().toLowerCase().startsWith(prefix.toLowerCase()) ? `${prefix} ${text.trim()}` : text.trim();
}
function layoutFurniture(texts, style, surface, measure) {
	const { widthPx, heightPx, pxPerPt, marginPx } = surface;
	const inner = widthPx - 2 * marginPx;
	const header = [];
	let y = marginPx;
	const place = (lines, text, sizePt, weight, colour) => {
		const font = fontOf(style, sizePt * pxPerPt, weight);
		for (const line of wrapText(text, inner, font, measure)) {
			lines.push({
				text: line,
				font,
				colour,
				x: marginPx,
				y,
				align: "left"
			});
			y += sizePt * pxPerPt * LINE_HEIGHT;
		}
	};
	place(header, texts.title, style.sizes.titlePt, 700, style.colours.text);
	if (texts.subtitle.trim()) y += .15 * style.sizes.subtitlePt * pxPerPt;
	place(header, texts.subtitle, style.sizes.subtitlePt, 400, style.colours.muted);
	const headerHeight = y;
	const footer = [];
	y = 0;
	place(footer, withPrefix(style.wording.notesPrefix, texts.notes), style.sizes.smallPt, 400, style.colours.muted);
	const source = withPrefix(style.wording.sourcePrefix, texts.source);
	const byline = withPrefix(style.wording.bylinePrefix, texts.byline);
	const smallFont = fontOf(style, style.sizes.smallPt * pxPerPt);
	const gap = 3 * style.sizes.smallPt * pxPerPt;
	if (source && byline && measure(source, smallFont) + measure(byline, smallFont) + gap <= inner) {
		footer.push({
			text: source,
			font: smallFont,
			colour: style.colours.text,
			x: marginPx,
			y,
			align: "left"
		});
		footer.push({
			text: byline,
			font: smallFont,
			colour: style.colours.muted,
			x: widthPx - marginPx,
			y,
			align: "right"
		});
		y += style.sizes.smallPt * pxPerPt * LINE_HEIGHT;
	} else {
		place(footer, source, style.sizes.smallPt, 400, style.colours.text);
		place(footer, byline, style.sizes.smallPt, 400, style.colours.muted);
	}
	const footerHeight = y;
	const top = heightPx - marginPx - footerHeight;
	for (const line of footer) line.y += top;
	return {
		header,
		footer,
		headerHeight,
		footerHeight: footerHeight + marginPx
	};
}
// main/contract/chart/tile-map.ts
/**
* The grid, drawn by hand from the police force map: Northumbria on top, Wales's four down the west
* side, East Anglia on the east, London among the Home Counties, Devon and Cornwall bottom-left.
* Each row: [name, column, code, short name].
*/
var ROWS = [
	[[
		"Northumbria",
		4,
		"NUM",
		"Northumbria"
	]],
	[
		[
			"Cumbria",
			3,
			"CUM",
			"Cumbria"
		],
		[
			"County Durham",
			4,
			"DUR",
			"Durham"
		],
		[
			"Teesside",
			5,
			"TEE",
			"Teesside"
		]
	],
	[[
		"Lancashire",
		3,
		"LAN",
		"Lancs"
	], [
		"North Yorkshire",
		4,
		"NYO",
		"N Yorks"
	]],
	[
		[
			"Merseyside",
			2,
			"MER",
			"Mersey"
		],
		[
			"Greater Manchester",
			3,
			"GMA",
			"Gtr Man"
		],
		[
			"West Yorkshire",
			4,
			"WYO",
			"W Yorks"
		],
		[
			"Humberside",
			5,
			"HUM",
			"Humber"
		]
	],
	[
		[
			"North Wales",
			1,
			"NWA",
			"N Wales"
		],
		[
			"Cheshire",
			2,
			"CHE",
			"Cheshire"
		],
		[
			"Derbyshire",
			3,
			"DER",
			"Derbys"
		],
		[
			"South Yorkshire",
			4,
			"SYO",
			"S Yorks"
		],
		[
			"Lincolnshire",
			5,
			"LIN",
			"Lincs"
		]
	],
	[
		[
			"Dyfed-Powys",
			1,
			"DYP",
			"Dyfed-P"
		],
		[
			"West Mercia",
			2,
			"WME",
			"W Mercia"
		],
		[
			"Staffordshire",
			3,
			"STA",
			"Staffs"
		],
		[
			"Nottinghamshire",
			4,
			"NOT",
			"Notts"
		],
		[
			"Norfolk",
			6,
			"NFK",
			"Norfolk"
		]
	],
	[
		[
			"South Wales",
			1,
			"SWA",
			"S Wales"
		],
		[
			"Gwent",
			2,
			"GWE",
			"Gwent"
		],
		[
			"West Midlands",
			3,
			"WMI",
			"W Mids"
		],
		[
			"Leicestershire",
			4,
			"LEI",
			"Leics"
		],
		[
			"Cambridgeshire",
			5,
			"CAM",
			"Cambs"
		],
		[
			"Suffolk",
			6,
			"SFK",
			"Suffolk"
		]
	],
	[
		[
			"Gloucestershire",
			2,
			"GLO",
			"Glos"
		],
		[
			"Warwickshire",
			3,
			"WAR",
			"Warks"
		],
		[
			"Northamptonshire",
			4,
			"NTH",
			"Northants"
		],
		[
			"Bedfordshire",
			5,
			"BED",
			"Beds"
		],
		[
			"Essex",
			6,
			"ESX",
			"Essex"
		]
	],
	[
		[
			"Avon and Somerset",
			1,
			"AVS",
			"Avon & Som"
		],
		[
			"Wiltshire",
			2,
			"WIL",
			"Wilts"
		],
		[
			"Thames Valley",
			3,
			"TVA",
			"Thames V"
		],
		[
			"Hertfordshire",
			4,
			"HER",
			"Herts"
		],
		[
			"London",
			5,
			"LDN",
			"London"
		],
		[
			"Kent",
			6,
			"KEN",
			"Kent"
		]
	],
	[
		[
			"Devon and Cornwall",
			0,
			"DVC",
			"Dev & Corn"
		],
		[
			"Dorset",
			2,
			"DOR",
			"Dorset"
		],
		[
			"Hampshire",
			3,
			"HAM",
			"Hants"
		],
		[
			"Surrey",
			4,
			"SUR",
			"Surrey"
		],
		[
			"Sussex",
			5,
			"SSX",
			"Sussex"
		]
	]
];
var TILE_PLACES = ROWS.flatMap((row, rowIndex) => row.map(([name, column, code, short]) => ({
	slug: slugify(name),
	column,
	row: rowIndex,
	code,
	short
})));
var TILE_COLUMNS = Math.max(...TILE_PLACES.map((place) => place.column)) + 1;
var TILE_ROWS = ROWS.length;
var PLACE_BY_SLUG = new Map(TILE_PLACES.map((place) => [place.slug, place]));
function tilePlace(slug) {
	return PLACE_BY_SLUG.get(slug);
}
AREAS.filter((area) => area.kind === "area").map((area) => slugify(area.name));
/** A map of per cent change: asked for, and across two different years. */
function isChangeMap(spec) {
	return spec.type === "map" && spec.mapShows === "change" && spec.periods.from < spec.periods.to;
}
/**
* Sequential blues and a diverging orange–purple, after ColorBrewer's Blues and PuOr (Brewer,
* Penn State): both stay ordered for the three common colour-vision deficiencies.
*/
var SEQUENTIAL = [
	"#eff3ff",
	"#bdd7e7",
	"#6baed6",
	"#3182bd",
	"#08519c"
];
var DIVERGING = [
	"#5e3c99",
	"#b2abd2",
	"#f7f7f7",
	"#fdb863",
	"#e66101"
];
var SEQUENTIAL_GREY = [
	"#f0f0f0",
	"#c8c8c8",
	"#969696",
	"#636363",
	"#252525"
];
var NO_FIGURE_FILL = "#ffffff";
var NO_FIGURE_HATCH = "#9a9a9a";
/** A step a reader can say: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(span, steps) {
	if (!(span > 0)) return 1;
	const raw = span / steps;
	const power = 10 ** Math.floor(Math.log10(raw));
	return ([
		1,
		2,
		2.5,
		5,
		10
	].find((factor) => factor * power >= raw) ?? 10) * power;
}
var format = (value) => value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
/**
* Sequential classes for counts and rates: equal steps of a round size from a round number at or
* below the lowest value, so "1,000 to 1,500" reads as a reporter would write it.
*/
function sequentialClasses(values, palette = SEQUENTIAL) {
	if (values.length === 0) return [];
	const low = Math.min(...values);
	const high = Math.max(...values);
	if (low === high) return [{
		from: low,
		to: high,
		colour: palette[Math.floor(palette.length / 2)],
		label: format(low)
	}];
	let step = niceStep(high - low, palette.length);
	let start = Math.floor(low / step) * step;
	while (start + step * palette.length < high) {
		step = niceStep(step * 1.01 * palette.length, palette.length);
		start = Math.floor(low / step) * step;
	}
	return palette.map((colour, index) => {
		const from = start + step * index;
		const to = from + step;
		return {
			from,
			to,
			colour,
			label: `${format(from)} to ${format(to)}`
		};
	});
}
/**
* Diverging classes for change, centred on no change: falls in the two purples, a middle class
* around zero, rises in the two oranges; the step is round and wide enough for the largest move.
*/
function divergingClasses(values, palette = DIVERGING) {
	if (values.length === 0) return [];
	const largest = Math.max(...values.map(Math.abs));
	const half = niceStep(Math.max(largest, 1e-9), 3) / 2;
	const step = half * 2;
	const signed = (value) => `${value > 0 ? "+" : value < 0 ? "−" : ""}${format(Math.abs(value))}`;
	return [
		{
			from: -Infinity,
			to: -half - step,
			colour: palette[0],
			label: `Below ${signed(-half - step)}`
		},
		{
			from: -half - step,
			to: -half,
			colour: palette[1],
			label: `${signed(-half - step)} to ${signed(-half)}`
		},
		{
			from: -half,
			to: half,
			colour: palette[2],
			label: `${signed(-half)} to ${signed(half)}`
		},
		{
			from: half,
			to: half + step,
			colour: palette[3],
			label: `${signed(half)} to ${signed(half + step)}`
		},
		{
			from: half + step,
			to: Infinity,
			colour: palette[4],
			label: `Above ${signed(half + step)}`
		}
	];
}
/** The class a value falls in: lower bound inclusive; the top class takes its upper bound too. */
function classOf(value, classes) {
	for (let index = 0; index < classes.length; index++) {
		const entry = classes[index];
		if (value >= entry.from && (value < entry.to || index === classes.length - 1)) return index;
	}
	return value < classes[0].from ? 0 : classes.length - 1;
}
function transparent(hex, alpha) {
	const value = Number.parseInt(hex.slice(1), 16);
	return `rgba(${value >> 16 & 255}, ${value >> 8 & 255}, ${value & 255}, ${alpha})`;
}
/** The colour of each series, in order: the colour check reads the same list the drawing uses. */
function seriesColours(spec, data, style) {
	if (spec.type === "column") return data.series.map(() => style.colours.highlight);
	if (spec.type === "stacked" || spec.type === "bar") return data.series.map((_, index) => style.colours.series[index % style.colours.series.length]);
	let paletteIndex = 0;
	return data.series.map((series) => {
		if (series.role === "highlight") return style.colours.highlight;
		if (series.role === "reference") return style.colours.reference;
		if (series.role === "context") return style.colours.context;
		return style.colours.series[paletteIndex++ % style.colours.series.length];
	});
}
/** What a reader must tell apart: the series, or for a ranking the highlighted bar and the rest. */
function colourKey(spec, data, style) {
	if (spec.type === "bar") return data.highlightIndex === null ? [] : [{
		label: data.categories[data.highlightIndex],
		colour: style.colours.highlight
	}, {
		label: "the other areas",
		colour: style.colours.context
	}];
	const colours = seriesColours(spec, data, style);
	const key = data.series.map((series, index) => ({
		label: series.role === "context" ? "the other areas" : series.label,
		colour: colours[index]
	}));
	return key.filter((entry, index) => key.findIndex((other) => other.label === entry.label) === index);
}
function datasetsOf(spec, data, style, pt) {
	const line = style.sizes.lineWidthPt;
	const colours = seriesColours(spec, data, style);
	if (spec.type === "bar") {
		const [series] = data.series;
		return [{
			type: "bar",
			label: series.label,
			data: series.values,
			backgroundColor: data.categories.map((_, index) => index === data.highlightIndex ? style.colours.highlight : style.colours.context),
			borderWidth: 0,
			barPercentage: .8,
			categoryPercentage: .9
		}];
	}
	if (spec.type === "column" || spec.type === "stacked") return data.series.map((series, index) => ({
		type: "bar",
		label: series.label,
		data: series.values,
		backgroundColor: colours[index],
		borderWidth: 0,
		barPercentage: .75,
		categoryPercentage: .9,
		...spec.type === "stacked" ? { stack: "categories" } : {}
	}));
	return data.series.map((series, index) => {
		const colour = colours[index];
		const isContext = series.role === "context";
		const isolated = isolatedPoints(series.values);
		const joint = isContext || data.categories.length > 15 ? 0 : pt(1.6);
		return {
			type: "line",
			label: series.label,
			data: series.values,
			borderColor: colour,
			backgroundColor: colour,
			borderWidth: pt(isContext ? line * .5 : line),
			borderDash: series.role === "reference" ? [pt(3), pt(2)] : [],
			pointRadius: isolated.some(Boolean) ? isolated.map((isAlone) => isAlone ? pt(ISOLATED_POINT_PT) : joint) : joint,
			pointHoverRadius: 0,
			pointBorderWidth: 0,
			spanGaps: false,
			tension: 0,
			fill: false
		};
	});
}
/** A known figure is drawn as a point where neither neighbouring year is known: no line reaches it. */
var ISOLATED_POINT_PT = 2;
/** Which values stand alone: known, with no known value the year before or after. */
function isolatedPoints(values) {
	return values.map((value, index) => value !== null && (values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null);
}
/** Whether any two consecutive years are both known, so a line is drawn at all. */
function hasSegments(values) {
	return values.some((value, index) => value !== null && (values[index + 1] ?? null) !== null);
}
/**
* The key says what the plot draws: a line (dashed where the series is) for a series with joined
* years, a dot on it for one with years standing alone, a dot only for one never joined; boxes for
* stacked columns; the ranking's reference line with its value.
*/
function legendEntriesOf(spec, data, style, pt) {
	const colours = seriesColours(spec, data, style);
	if (spec.type === "bar" && data.referenceLine) return [{
		label: `${data.referenceLine.label}: ${formatValue$1(data.referenceLine.value)}`,
		colour: style.colours.reference,
		sample: "line",
		lineWidth: pt(.75),
		dash: [pt(2), pt(1.5)],
		hasDot: false
	}];
	if (spec.type === "stacked") return data.series.map((series, index) => ({
		label: series.label,
		colour: colours[index],
		sample: "box",
		lineWidth: 0,
		dash: [],
		hasDot: false
	}));
	if (spec.type !== "line") return [];
	if (data.series.filter((series) => series.role !== "context").length < 2) return [];
	return data.series.flatMap((series, index) => series.role === "context" ? [] : [{
		label: series.label,
		colour: colours[index],
		sample: "line",
		lineWidth: hasSegments(series.values) ? pt(style.sizes.lineWidthPt) : 0,
		dash: series.role === "reference" ? [pt(3), pt(2)] : [],
		hasDot: isolatedPoints(series.values).some(Boolean)
	}]);
}
/** Entries run left to right and wrap to the next row; a label wider than the chart wraps within its entry. */
function layoutLegend(entries, style, surface, measure) {
	if (entries.length === 0) return {
		placed: [],
		height: 0
	};
	const pt = (points) => points * surface.pxPerPt;
	const font = fontOf(style, pt(style.sizes.bodyPt));
	const lineHeight = pt(style.sizes.bodyPt) * 1.25;
	const sample = pt(LEGEND_BOX_PT) + pt(3);
	const inner = surface.widthPx - 2 * surface.marginPx;
	const placed = [];
	let x = surface.marginPx;
	let y = surface.top;
	let rowLines = 1;
	for (const entry of entries) {
		const lines = wrapText(entry.label, inner - sample, font, measure);
		const width = sample + Math.max(...lines.map((line) => measure(line, font)));
		if (x > surface.marginPx && x + width > surface.marginPx + inner) {
			x = surface.marginPx;
			y += rowLines * lineHeight + pt(2);
			rowLines = 1;
		}
		placed.push({
			...entry,
			x,
			y,
			lines
		});
		rowLines = Math.max(rowLines, lines.length);
		x += width + pt(LEGEND_GAP_PT);
	}
	return {
		placed,
		height: y + rowLines * lineHeight - surface.top
	};
}
function drawLegend(context, placed, style, pt) {
	const sizePx = pt(style.sizes.bodyPt);
	context.font = fontOf(style, sizePx);
	context.textAlign = "left";
	context.textBaseline = "top";
	for (const entry of placed) {
		const middle = entry.y + sizePx * .45;
		const box = pt(LEGEND_BOX_PT);
		if (entry.sample === "box") {
			context.fillStyle = entry.colour;
			context.fillRect(entry.x, middle - pt(3), box, pt(6));
		} else if (entry.lineWidth > 0) {
			context.strokeStyle = entry.colour;
			context.lineWidth = entry.lineWidth;
			context.setLineDash(entry.dash);
			context.beginPath();
			context.moveTo(entry.x, middle);
			context.lineTo(entry.x + box, middle);
			context.stroke();
			context.setLineDash([]);
		}
		if (entry.hasDot) {
			context.fillStyle = entry.colour;
			context.beginPath();
			context.arc(entry.x + box / 2, middle, pt(ISOLATED_POINT_PT), 0, Math.PI * 2);
			context.fill();
		}
		context.fillStyle = style.colours.text;
		entry.lines.forEach((line, index) => context.fillText(line, entry.x + box + pt(3), entry.y + index * sizePx * 1.25));
	}
}
function seriesForAnnotation(data, area) {
	return data.series.find((series) => series.key === area) ?? data.series.find((series) => series.role === "highlight") ?? data.series[0];
}
/** Roughly the plot's width: the surface less margins and the value axis labels. */
function plotWidthOf(surface, pt, rightRoom) {
	return surface.widthPx - 2 * pt(4) - pt(30) - rightRoom;
}
function annotationsOf(spec, data, style, pt, warnings, wrapRange) {
	const annotations = {};
	const font = {
		family: style.fontFamily,
		size: pt(style.sizes.smallPt),
		weight: "bold"
	};
	const last = data.categories.length - 1;
	if (data.referenceLine) annotations.reference = {
		type: "line",
		scaleID: "x",
		value: data.referenceLine.value,
		borderColor: style.colours.reference,
		borderWidth: pt(.75),
		borderDash: [pt(2), pt(1.5)],
		label: {
			display: false,
			content: `${data.referenceLine.label}: ${formatValue$1(data.referenceLine.value)}`,
			position: "end",
			backgroundColor: "rgba(255, 255, 255, 0.85)",
			color: style.colours.text,
			font: {
				...font,
				weight: "normal"
			},
			padding: pt(1.5),
			xAdjust: pt(2)
		}
	};
	spec.annotations.forEach((annotation, index) => {
		const key = `note${index}`;
		if (annotation.kind === "range") {
			const start = data.categoryKeys.indexOf(annotation.period);
			const end = data.categoryKeys.indexOf(annotation.toPeriod);
			if (start < 0 || end < 0) return;
			annotations[key] = {
				type: "box",
				xMin: Math.min(start, end) - .5,
				xMax: Math.max(start, end) + .5,
				backgroundColor: transparent(style.colours.muted, .12),
				borderWidth: 0,
				drawTime: "beforeDatasetsDraw"
			};
			annotations[`${key}label`] = {
				type: "label",
				xValue: (start + end) / 2,
				yValue: (context) => context.chart.scales.y.max,
				position: {
					x: "center",
					y: "start"
				},
				content: wrapRange(annotation.text, Math.abs(end - start) + 1),
				color: style.colours.muted,
				font: {
					...font,
					weight: "normal"
				},
				backgroundColor: "rgba(255, 255, 255, 0.85)",
				padding: pt(1.5),
				yAdjust: pt(1)
			};
			return;
		}
		const series = seriesForAnnotation(data, annotation.area);
		if (!series) return;
		let at = annotation.kind === "last" ? series.values.findLastIndex((value) => value !== null) : data.categoryKeys.indexOf(annotation.period ?? "");
		if (at < 0 || series.values[at] === null || series.values[at] === void 0) {
			warnings.push(`The annotation "${annotation.text || "last value"}" is on a gap in ${series.label}: it is not drawn`);
			return;
		}
		const value = series.values[at];
		const content = annotation.text.trim() || formatValue$1(value);
		const isLabelRight = annotation.kind === "last";
		at = Math.max(0, at);
		annotations[`${key}point`] = {
			type: "point",
			xValue: at,
			yValue: value,
			radius: pt(2.2),
			backgroundColor: style.colours.background,
			borderColor: style.colours.annotation,
			borderWidth: pt(.8)
		};
		annotations[key] = {
			type: "label",
			xValue: at,
			yValue: value,
			content,
			color: style.colours.annotation,
			font,
			position: isLabelRight ? {
				x: "start",
				y: "center"
			} : {
				x: at === last ? "end" : at === 0 ? "start" : "center",
				y: "end"
			},
			xAdjust: isLabelRight ? pt(4) : at === last ? pt(2) : at === 0 ? -pt(2) : 0,
			yAdjust: isLabelRight ? 0 : -pt(4),
			padding: pt(1),
			backgroundColor: "rgba(255, 255, 255, 0.8)"
		};
	});
	return annotations;
}
/** Draws the background, the words around the chart, and the marker of every gap. */
function furniturePlugin(furniture, legend, spec, data, style, pt) {
	return {
		id: "pressFurniture",
		beforeDraw(chart) {
			const { ctx, width, height } = chart;
			ctx.save();
			ctx.fillStyle = style.colours.background;
			ctx.fillRect(0, 0, width, height);
			ctx.restore();
		},
		afterDraw(chart) {
			const { ctx } = chart;
			ctx.save();
			ctx.textBaseline = "top";
			for (const line of [...furniture.header, ...furniture.footer]) {
				ctx.font = line.font;
				ctx.fillStyle = line.colour;
				ctx.textAlign = line.align;
				ctx.fillText(line.text, line.x, line.y);
			}
			drawLegend(ctx, legend, style, pt);
			ctx.textBaseline = "top";
			const gapSeries = data.series.length === 1 || spec.type === "column" ? data.series[0] : data.series.find((series) => series.role === "highlight");
			if (gapSeries && spec.type !== "stacked") {
				ctx.font = fontOf(style, pt(style.sizes.smallPt));
				ctx.fillStyle = style.colours.muted;
				const category = spec.type === "bar" ? chart.scales.y : chart.scales.x;
				const value = spec.type === "bar" ? chart.scales.x : chart.scales.y;
				gapSeries.values.forEach((plotted, index) => {
					if (plotted !== null) return;
					const token = data.gaps.find((gap) => spec.type === "bar" ? gap.series === data.categories[index] : gap.series === gapSeries.label && gap.category === data.categories[index])?.token ?? "..";
					const label = token === "no figure" ? "–" : token;
					if (spec.type === "bar") {
						ctx.textAlign = "left";
						ctx.textBaseline = "middle";
						ctx.fillText(label, value.getPixelForValue(0) + pt(2), category.getPixelForValue(index));
					} else {
						ctx.textAlign = "center";
						ctx.textBaseline = "bottom";
						ctx.fillText(label, category.getPixelForValue(index), chart.chartArea.bottom - pt(2));
					}
				});
			}
			ctx.restore();
		}
	};
}
var LEGEND_BOX_PT = 8;
var LEGEND_GAP_PT = 8;
/**
* Room each value-axis label needs, in points: stacked up the side a label is one line high; across
* the foot of a ranking it is a number's width. Chart.js counts this room in pixels (40), so a PNG at
* 300 dpi and a PDF in points would get different ticks; the step is chosen here instead, in points.
*/
var TICK_ROOM_PT = {
	up: 22,
	across: 30
};
function valueStepOf(spec, data, lengthPt, isAcross) {
	const values = spec.type === "stacked" ? data.categories.map((_, index) => data.series.reduce((sum, series) => sum + Math.max(0, series.values[index] ?? 0), 0)) : data.series.flatMap((series) => series.values).filter((value) => value !== null);
	if (data.referenceLine) values.push(data.referenceLine.value);
	if (values.length === 0) return void 0;
	let low = Math.min(...values);
	let high = Math.max(...values, suggestedMaxOf(spec, data) ?? -Infinity);
	if (spec.axisFromZero || spec.type === "stacked") {
		low = Math.min(0, low);
		high = Math.max(0, high);
	}
	if (!(high > low)) return void 0;
	const spaces = Math.min(5, Math.max(1, Math.floor(lengthPt / (isAcross ? TICK_ROOM_PT.across : TICK_ROOM_PT.up))));
	const ticks = (step) => Math.ceil(high / step - 1e-9) - Math.floor(low / step + 1e-9);
	const span = (step) => ticks(step) * step * (ticks(step) === 1 ? 1.25 : 1);
	let best = niceStep(high - low, 1);
	for (let step = best; step > (high - low) / (spaces + 1); step = roundStepBelow(step)) if (ticks(step) <= spaces && span(step) <= span(best)) best = step;
	return best;
}
/** The next round step down the ladder 1, 2, 2.5, 5, 10: 1,000 → 500, 500 → 250, 250 → 200. */
function roundStepBelow(step) {
	const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
	const factor = Math.round(step / power * 1e3) / 1e3;
	const below = [
		1,
		2,
		2.5,
		5
	].filter((candidate) => candidate < factor).at(-1);
	return below === void 0 ? 5 * (power / 10) : below * power;
}
/** Headroom above the highest value for a label that sits over a point. */
function suggestedMaxOf(spec, data) {
	if (!spec.annotations.some((annotation) => annotation.kind === "point") || spec.type === "bar") return void 0;
	const values = data.series.flatMap((series) => series.values).filter((value) => value !== null);
	return values.length > 0 ? Math.max(...values) * 1.15 : void 0;
}
function chartConfigOf(spec, data, style, texts, surface) {
	const pt = (points) => points * surface.pxPerPt;
	const warnings = [];
	const marginPx = pt(4);
	const furniture = layoutFurniture(texts, style, {
		widthPx: surface.widthPx,
		heightPx: surface.heightPx,
		pxPerPt: surface.pxPerPt,
		marginPx
	}, surface.measure);
	const legend = layoutLegend(legendEntriesOf(spec, data, style, pt), style, {
		widthPx: surface.widthPx,
		pxPerPt: surface.pxPerPt,
		marginPx,
		top: furniture.headerHeight + pt(4)
	}, surface.measure);
	const headerHeight = furniture.headerHeight + (legend.height > 0 ? legend.height + pt(4) + pt(style.sizes.bodyPt) / 2 : 0);
	const plotHeight = surface.heightPx - headerHeight - furniture.footerHeight - 2 * pt(4);
	if (plotHeight < surface.heightPx * .35) warnings.push(legend.height > 0 ? "The title, key and notes take most of the height: shorten them or make the chart taller" : "The title and notes take most of the height: shorten them or make the chart taller");
	if (!spec.axisFromZero && spec.type !== "stacked") warnings.push("The value axis does not start at zero: differences look bigger than they are; say so in the subtitle");
	if (spec.type === "bar") {
		if (plotHeight / Math.max(1, data.categories.length) < pt(style.sizes.smallPt) * 1.05) {
			const neededMm = Math.ceil((data.categories.length * style.sizes.smallPt * 1.1 + (headerHeight + furniture.footerHeight) / surface.pxPerPt + 30) / 72 * 25.4);
			warnings.push(`Too short for ${data.categories.length} area names: make the chart at least ${neededMm} mm tall`);
		}
	}
	const lastLabels = spec.annotations.filter((annotation) => annotation.kind === "last");
	const labelFont = fontOf(style, pt(style.sizes.smallPt), 700);
	const rightRoom = lastLabels.length > 0 ? Math.max(...lastLabels.map((annotation) => surface.measure(annotation.text || "000,000", labelFont))) + pt(8) : 0;
	const tickFont = {
		family: style.fontFamily,
		size: pt(style.sizes.bodyPt)
	};
	const perCategory = plotWidthOf(surface, pt, rightRoom) / Math.max(1, data.categories.length);
	const isShortPeriods = surface.measure("2018/19", fontOf(style, tickFont.size)) + pt(4) > perCategory;
	const periodLabel = (category) => category && isShortPeriods && /^\d{4}\/\d{2}$/.test(category) ? category.slice(2) : category ?? "";
	const rangeFont = fontOf(style, pt(style.sizes.smallPt));
	const wrapRange = (text, years) => wrapText(text, Math.max(perCategory * years - pt(3), pt(20)), rangeFont, surface.measure);
	const isBar = spec.type === "bar";
	const categoryRoomPt = isBar ? Math.max(0, ...data.categories.map((name) => surface.measure(name, fontOf(style, pt(style.sizes.smallPt))))) / surface.pxPerPt + 4 : 0;
	const valueStep = valueStepOf(spec, data, isBar ? surface.widthPx / surface.pxPerPt - 8 - categoryRoomPt - rightRoom / surface.pxPerPt : plotHeight / surface.pxPerPt - style.sizes.bodyPt * 1.25 - 4, isBar);
	const valueScale = {
		type: "linear",
		beginAtZero: spec.axisFromZero || spec.type === "stacked",
		stacked: spec.type === "stacked",
		suggestedMax: suggestedMaxOf(spec, data),
		grid: {
			color: style.colours.grid,
			lineWidth: pt(.5),
			drawTicks: false
		},
		border: { display: false },
		ticks: {
			font: tickFont,
			color: style.colours.muted,
			padding: pt(3),
			maxRotation: 0,
			stepSize: valueStep,
			maxTicksLimit: 8,
			callback: (value) => formatValue$1(Number(value))
		}
	};
	const categoryScale = {
		type: "category",
		stacked: spec.type === "stacked",
		grid: {
			display: false,
			drawTicks: false
		},
		border: {
			color: style.colours.muted,
			width: pt(.5)
		},
		ticks: isBar ? {
			font: {
				...tickFont,
				size: pt(style.sizes.smallPt)
			},
			color: style.colours.text,
			autoSkip: false,
			padding: pt(2)
		} : {
			font: tickFont,
			color: style.colours.muted,
			maxRotation: 0,
			autoSkip: true,
			autoSkipPadding: pt(4),
			padding: pt(4),
			callback: (_, index) => periodLabel(data.categories[index])
		}
	};
	return {
		config: {
			type: isBar || spec.type === "column" || spec.type === "stacked" ? "bar" : "line",
			data: {
				labels: data.categories,
				datasets: datasetsOf(spec, data, style, pt)
			},
			options: {
				animation: false,
				responsive: false,
				maintainAspectRatio: false,
				devicePixelRatio: 1,
				indexAxis: isBar ? "y" : "x",
				events: [],
				layout: { padding: {
					top: headerHeight + pt(4),
					bottom: furniture.footerHeight + pt(4),
					left: marginPx,
					right: marginPx + rightRoom
				} },
				scales: isBar ? {
					x: valueScale,
					y: categoryScale
				} : {
					x: categoryScale,
					y: valueScale
				},
				plugins: {
					title: { display: false },
					subtitle: { display: false },
					tooltip: { enabled: false },
					legend: { display: false },
					annotation: {
						clip: false,
						annotations: annotationsOf(spec, data, style, pt, warnings, wrapRange)
					}
				}
			},
			plugins: [furniturePlugin(furniture, legend.placed, spec, data, style, pt)]
		},
		furniture,
		warnings
	};
}
// main/domain/alt-text.ts
var lowerFirst$1 = (text) => text.charAt(0).toLowerCase() + text.slice(1);
var number = (value) => value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
function points(series, categories) {
	return series.values.flatMap((value, index) => value === null ? [] : [{
		category: categories[index],
		value
	}]);
}
/** "rose from 1,496 in 2018/19 to 2,010 in 2023/24 (up 34 per cent)". */
function trendPhrase(series, categories, style) {
	const shown = points(series, categories);
	if (shown.length === 0) return "has no figures in these years";
	if (shown.length === 1) return `was ${number(shown[0].value)} in ${shown[0].category}`;
	const first = shown[0];
	const last = shown[shown.length - 1];
	const change = first.value === 0 ? null : (last.value - first.value) / first.value * 100;
	const verb = last.value > first.value ? "rose" : last.value < first.value ? "fell" : "was unchanged";
	const percent = change === null || formatPercent(change, style).startsWith("0") ? "" : ` (${change > 0 ? "up" : "down"} ${formatPercent(Math.abs(change), style)})`;
	return verb === "was unchanged" ? `was unchanged at ${number(last.value)} from ${first.category} to ${last.category}` : `${verb} from ${number(first.value)} in ${first.category} to ${number(last.value)} in ${last.category}${percent}`;
}
function extremes(series, categories) {
	const shown = points(series, categories);
	if (shown.length < 3) return "";
	const highest = shown.reduce((best, point) => point.value > best.value ? point : best);
	const lowest = shown.reduce((best, point) => point.value < best.value ? point : best);
	return ` Highest ${number(highest.value)} in ${highest.category}; lowest ${number(lowest.value)} in ${lowest.category}.`;
}
function gapsSentence(input) {
	if (input.gaps.length === 0) return "";
	const listed = input.gaps.slice(0, 6).map((gap) => `${gap.series} ${gap.category} (${gap.token === "no figure" ? "no figure" : `${gap.token}, ${gap.meaning}`})`);
	const more = input.gaps.length > 6 ? ` and ${input.gaps.length - 6} more` : "";
	return ` No figure is shown for ${listed.join(", ")}${more}.`;
}
function listNames$1(names) {
	return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
/** A tile map: what is shaded, the highest and lowest areas by name, the outlined one, then every area by class. */
function mapAltText(input, intro, style) {
	const [series] = input.series;
	const shown = points(series, input.categories);
	const say = (value) => input.isChange ? value === 0 ? "unchanged" : `${value > 0 ? "up" : "down"} ${formatPercent(Math.abs(value), style)}` : number(value);
	const periods = input.periods;
	const what = input.isChange && periods ? `the per cent change in ${lowerFirst$1(input.measureLabel)} from ${periods.from} to ${periods.to}` : `${lowerFirst$1(input.measureLabel)}${periods ? `, ${periods.to}` : ""}`;
	const parts = [`${intro} Tile map of the ${input.categories.length} MAPPA areas of England and Wales, shaded by ${what}.`];
	if (shown.length > 0) {
		const high = Math.max(...shown.map((point) => point.value));
		const low = Math.min(...shown.map((point) => point.value));
		const named = (value) => listNames$1(shown.filter((point) => point.value === value).map((point) => point.category));
		parts.push(`Highest: ${named(high)} (${say(high)}); lowest: ${named(low)} (${say(low)}).`);
	}
	if (input.highlightIndex !== null) {
		const name = input.categories[input.highlightIndex];
		const value = series.values[input.highlightIndex];
		if (value === null) parts.push(`${name} is outlined: no figure.`);
		else {
			const rank = shown.filter((point) => point.value > value).length + 1;
			parts.push(`${name} is outlined: ${say(value)}, ${ordinal(rank)} of ${shown.length}.`);
		}
	}
	if (input.referenceLine) parts.push(`${input.referenceLine.label}: ${number(input.referenceLine.value)}.`);
	const classes = input.classes ?? [];
	for (let index = classes.length - 1; index >= 0; index--) {
		const members = shown.filter((point) => classOf(point.value, classes) === index).map((point) => point.category);
		if (members.length > 0) parts.push(`${classes[index].label}: ${listNames$1(members)}.`);
	}
	return (parts.join(" ") + gapsSentence(input)).trim();
}
function draftAltText(input, style) {
	const span = input.categories.length > 0 ? `${input.categories[0]} to ${input.categories[input.categories.length - 1]}` : "";
	const intro = input.title.trim() ? `${input.title.trim()}.` : "";
	if (input.type === "map") return mapAltText(input, intro, style);
	if (input.type === "bar") {
		const [series] = input.series;
		const ranked = points(series, input.categories);
		const parts = [`${intro} Bar chart ranking ${ranked.length} areas by ${lowerFirst$1(input.measureLabel)}.`];
		if (ranked.length > 0) parts.push(`Highest ${ranked[0].category} with ${number(ranked[0].value)}; lowest ${ranked[ranked.length - 1].category} with ${number(ranked[ranked.length - 1].value)}.`);
		if (input.highlightIndex !== null && series.values[input.highlightIndex] !== null) {
			const rank = ranked.findIndex((point) => point.category === input.categories[input.highlightIndex]) + 1;
			parts.push(`${input.categories[input.highlightIndex]} is highlighted: ${ordinal(rank)} with ${number(series.values[input.highlightIndex])}.`);
		}
		if (input.referenceLine) parts.push(`A line marks ${input.referenceLine.label}: ${number(input.referenceLine.value)}.`);
		return (parts.join(" ") + gapsSentence(input)).trim();
	}
	if (input.type === "stacked") {
		const totals = {
			label: "Total",
			role: "series",
			values: input.categories.map((_, index) => input.series.some((series) => series.values[index] === null) ? null : input.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0))
		};
		const parts = input.series.map((series) => `${series.label} ${trendPhrase(series, input.categories, style)}.`);
		return `${intro} Stacked column chart of ${input.series.map((series) => lowerFirst$1(series.label)).join(", ")}, ${span}. Together they ${trendPhrase(totals, input.categories, style)}. ${parts.join(" ")}${gapsSentence(input)}`.trim();
	}
	const kind = input.type === "column" ? "Column chart" : "Line chart";
	const main = input.series.filter((series) => series.role === "highlight" || series.role === "series");
	const context = input.series.filter((series) => series.role === "context");
	const reference = input.series.find((series) => series.role === "reference");
	const sentences = main.map((series) => `${series.label} ${trendPhrase(series, input.categories, style)}.${main.length === 1 ? extremes(series, input.categories) : ""}`);
	if (context.length > 0) sentences.push(`${context.length} other areas are drawn in grey for comparison.`);
	if (reference) sentences.push(`${reference.label} ${trendPhrase(reference, input.categories, style)}.`);
	return `${intro} ${kind} of ${lowerFirst$1(input.measureLabel)}, ${span}. ${sentences.join(" ")}${gapsSentence(input)}`.trim();
}
// main/domain/colour-check.ts
var VISIONS = [
	"protanopia",
	"deuteranopia",
	"tritanopia",
	"greyscale"
];
/** Machado, Oliveira and Fernandes (2009), severity 1.0, applied to linear RGB. */
var SIMULATIONS = {
	protanopia: [
		[
			.152286,
			1.052583,
			-.204868
		],
		[
			.114503,
			.786281,
			.099216
		],
		[
			-.003882,
			-.048116,
			1.051998
		]
	],
	deuteranopia: [
		[
			.367322,
			.860646,
			-.227968
		],
		[
			.280085,
			.672501,
			.047413
		],
		[
			-.01182,
			.04294,
			.968881
		]
	],
	tritanopia: [
		[
			1.255528,
			-.076749,
			-.178779
		],
		[
			-.078411,
			.930809,
			.147602
		],
		[
			.004733,
			.691367,
			.3039
		]
	]
};
function parseHex(hex) {
	const value = Number.parseInt(hex.replace("#", ""), 16);
	return [
		value >> 16 & 255,
		value >> 8 & 255,
		value & 255
	];
}
var toLinear = (channel) => {
	const c = channel / 255;
	return c <= .04045 ? c / 12.92 : ((c + .055) / 1.055) ** 2.4;
};
/** WCAG relative luminance of a colour: 0 for black, 1 for white (to choose dark or light words on it). */
function relativeLuminance(hex) {
	const [r, g, b] = parseHex(hex).map(toLinear);
	return .2126 * r + .7152 * g + .0722 * b;
}
function simulateLinear(linear, vision) {
	if (vision === "greyscale") {
		const luminance = .2126 * linear[0] + .7152 * linear[1] + .0722 * linear[2];
		return [
			luminance,
			luminance,
			luminance
		];
	}
	const matrix = SIMULATIONS[vision];
	const clamp = (value) => Math.min(1, Math.max(0, value));
	return matrix.map((row) => clamp(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]));
}
function linearToLab([r, g, b]) {
	const x = (.4124 * r + .3576 * g + .1805 * b) / .95047;
	const y = .2126 * r + .7152 * g + .0722 * b;
	const z = (.0193 * r + .1192 * g + .9505 * b) / 1.08883;
	const f = (t) => t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116;
	return [
		116 * f(y) - 16,
		500 * (f(x) - f(y)),
		200 * (f(y) - f(z))
	];
}
/** CIE76 colour difference between two colours as seen with `vision` (or normal vision). */
function deltaE(a, b, vision) {
	const see = (hex) => {
		const linear = parseHex(hex).map(toLinear);
		return linearToLab(vision ? simulateLinear(linear, vision) : linear);
	};
	const [la, aa, ba] = see(a);
	const [lb, ab, bb] = see(b);
	return Math.hypot(la - lb, aa - ab, ba - bb);
}
var VISION_NAMES = {
	protanopia: "red-blind (protanopia)",
	deuteranopia: "green-blind (deuteranopia)",
	tritanopia: "blue-blind (tritanopia)",
	greyscale: "in greyscale print"
};
/** Every pair of series that normal vision tells apart but a deficiency or greyscale does not. */
function checkColours(series) {
	const warnings = [];
	for (let i = 0; i < series.length; i++) for (let j = i + 1; j < series.length; j++) {
		const [a, b] = [series[i], series[j]];
		if (a.colour.toLowerCase() === b.colour.toLowerCase()) continue;
		for (const vision of VISIONS) {
			const difference = deltaE(a.colour, b.colour, vision);
			if (difference < 10) {
				const who = vision === "greyscale" ? VISION_NAMES[vision] : `for ${VISION_NAMES[vision]} readers`;
				warnings.push({
					vision,
					first: a.label,
					second: b.label,
					deltaE: Math.round(difference * 10) / 10,
					message: `${a.label} and ${b.label} are hard to tell apart ${who}`
				});
			}
		}
	}
	return warnings;
}
// main/export/chart/map.ts
function mapDataOf(spec, figures) {
	const index = indexFigures(figures);
	const gaps = [];
	const note = (series, category, found) => {
		if (found.token !== null) gaps.push({
			series,
			category,
			token: found.token,
			meaning: found.meaning
		});
	};
	const isChange = isChangeMap(spec);
	const rows = areasOf(spec).map((area) => {
		const name = areaName(area, figures);
		const last = plotted(index, area, spec.measure, spec.periods.to);
		if (!isChange) {
			note(name, spec.periods.to, last);
			return {
				area,
				name,
				value: last.value
			};
		}
		const first = plotted(index, area, spec.measure, spec.periods.from);
		note(name, spec.periods.from, first);
		note(name, spec.periods.to, last);
		return {
			area,
			name,
			value: percentChange(last.value, first.value) ?? null
		};
	});
	rows.sort((a, b) => a.name.localeCompare(b.name));
	const highlightIndex = spec.highlight ? rows.findIndex((row) => row.area === spec.highlight) : -1;
	return {
		...baseDataOf(spec, gaps),
		isChange,
		categories: rows.map((row) => row.name),
		categoryKeys: rows.map((row) => row.area),
		series: [{
			key: spec.measure,
			label: shortMeasureLabel(spec.measure),
			role: "series",
			values: rows.map((row) => row.value)
		}],
		referenceLine: spec.reference === "england-and-wales" && !isChange ? referenceOf(index, spec.measure, spec.periods.to) : null,
		highlightIndex: highlightIndex >= 0 ? highlightIndex : null
	};
}
var isNeutral = (hex) => hex.slice(1, 3) === hex.slice(3, 5) && hex.slice(3, 5) === hex.slice(5, 7);
/** A greyscale house style shades in greys; change keeps its two hues, since sign needs them. */
function mapClasses(data, style) {
	const values = (data.series[0]?.values ?? []).filter((value) => value !== null);
	if (data.isChange) return divergingClasses(values, DIVERGING);
	return sequentialClasses(values, isNeutral(style.colours.highlight) ? SEQUENTIAL_GREY : SEQUENTIAL);
}
/** What the colour check compares: the classes in the key, side by side. */
function mapColourKey(data, style) {
	return mapClasses(data, style).map((entry) => ({
		label: entry.label,
		colour: entry.colour
	}));
}
/** Smallest type on a tile: below 4 pt a newsprint press fills in the counters. */
var MIN_LABEL_PT = 4;
var SWATCH_PT = 7;
function hatch(x, y, size, spacing, colour, lineWidth) {
	const lines = [];
	for (let offset = -size + spacing / 2; offset < size; offset += spacing) {
		const start = Math.max(0, offset);
		const end = Math.min(size, size + offset);
		if (end - start < lineWidth) continue;
		lines.push({
			kind: "line",
			points: [[x + start, y + start - offset], [x + end, y + end - offset]],
			stroke: colour,
			lineWidth
		});
	}
	return lines;
}
function textItem(line, style, pxPerPt) {
	const size = Number(/([\d.]+)px/.exec(line.font)?.[1] ?? style.sizes.bodyPt * pxPerPt);
	return {
		kind: "text",
		text: line.text,
		x: line.x,
		y: line.y,
		sizePx: size,
		isBold: line.font.startsWith("bold"),
		family: style.fontFamily,
		colour: line.colour,
		align: line.align,
		baseline: "top"
	};
}
function formatValue(value, isChange, wording) {
	const text = Math.abs(value).toLocaleString("en-GB", { maximumFractionDigits: isChange ? 1 : 2 });
	if (!isChange) return text;
	return value === 0 ? "unchanged" : `${value > 0 ? "up" : "down"} ${text}${wording.percent === "per-cent" ? " per cent" : "%"}`;
}
function mapSceneOf(spec, data, style, texts, surface, wording) {
	const pt = (points) => points * surface.pxPerPt;
	const warnings = [];
	const marginPx = pt(4);
	const furniture = layoutFurniture(texts, style, {
		widthPx: surface.widthPx,
		heightPx: surface.heightPx,
		pxPerPt: surface.pxPerPt,
		marginPx
	}, surface.measure);
	const items = [];
	const top = furniture.headerHeight + pt(4);
	const bottom = surface.heightPx - furniture.footerHeight - pt(4);
	const left = marginPx;
	const plotWidth = surface.widthPx - marginPx - left;
	const plotHeight = bottom - top;
	if (plotHeight < surface.heightPx * .35) warnings.push("The title and notes take most of the height: shorten them or make the chart taller");
	const classes = mapClasses(data, style);
	const values = data.series[0]?.values ?? [];
	const valueOf = new Map(data.categoryKeys.map((key, index) => [key, values[index] ?? null]));
	const nameOf = new Map(data.categoryKeys.map((key, index) => [key, data.categories[index]]));
	const hasGap = data.categoryKeys.some((key) => valueOf.get(key) === null);
	const highlight = data.highlightIndex === null ? null : data.categoryKeys[data.highlightIndex];
	const keyFont = fontOf(style, pt(style.sizes.smallPt));
	const swatch = pt(SWATCH_PT);
	const keyLine = Math.max(swatch, pt(style.sizes.smallPt)) * 1.3;
	const hairline = pt(.35);
	const entries = classes.map((entry) => ({
		label: entry.label,
		draw: (x, y, size) => [{
			kind: "rect",
			x,
			y,
			width: size,
			height: size,
			fill: entry.colour,
			stroke: style.colours.muted,
			lineWidth: hairline
		}]
	}));
	if (hasGap) entries.push({
		label: "No figure",
		draw: (x, y, size) => [
			{
				kind: "rect",
				x,
				y,
				width: size,
				height: size,
				fill: NO_FIGURE_FILL
			},
			...hatch(x, y, size, size / 3, NO_FIGURE_HATCH, hairline),
			{
				kind: "rect",
				x,
				y,
				width: size,
				height: size,
				stroke: style.colours.muted,
				lineWidth: hairline
			}
		]
	});
	if (highlight) entries.push({
		label: nameOf.get(highlight) ?? highlight,
		draw: (x, y, size) => [{
			kind: "rect",
			x: x + pt(.5),
			y: y + pt(.5),
			width: size - pt(1),
			height: size - pt(1),
			stroke: style.colours.text,
			lineWidth: pt(1)
		}]
	});
	const keyTitle = data.isChange ? `Change since ${spec.periods.from}${wording.percent === "per-cent" ? ", per cent" : " (%)"}` : "";
	const titleWidth = keyTitle ? surface.measure(keyTitle, fontOf(style, pt(style.sizes.smallPt), 700)) : 0;
	const keyWidth = Math.max(titleWidth, ...entries.map((entry) => swatch + pt(3) + surface.measure(entry.label, keyFont)));
	const keyHeight = entries.length * keyLine + (keyTitle ? keyLine : 0);
	const columnWidth = keyWidth + pt(6);
	const perRow = Math.max(1, Math.floor((plotWidth + pt(6)) / columnWidth));
	const belowHeight = Math.ceil(entries.length / perRow) * keyLine + (keyTitle ? keyLine : 0);
	const cornerTiles = 3;
	const tileIn = (width, height) => Math.min(width / TILE_COLUMNS, height / TILE_ROWS);
	const cornerTile = tileIn(plotWidth, plotHeight);
	const best = [
		{
			place: "corner",
			tile: keyWidth <= cornerTiles * cornerTile - pt(2) && keyHeight <= cornerTiles * cornerTile ? cornerTile : 0
		},
		{
			place: "right",
			tile: tileIn(plotWidth - keyWidth - pt(4), plotHeight)
		},
		{
			place: "below",
			tile: tileIn(plotWidth, plotHeight - belowHeight - pt(4))
		}
	].reduce((a, b) => b.tile > a.tile * 1.02 ? b : a);
	const tile = Math.max(0, best.tile);
	const mapWidth = tile * TILE_COLUMNS;
	const mapHeight = tile * TILE_ROWS;
	const mapLeft = best.place === "right" ? left + Math.max(0, (plotWidth - keyWidth - pt(4) - mapWidth) / 2) : left + (plotWidth - mapWidth) / 2;
	const mapTop = top;
	let keyX = mapLeft;
	let keyY = mapTop;
	if (best.place === "right") keyX = mapLeft + mapWidth + pt(4);
	if (best.place === "below") keyY = mapTop + mapHeight + pt(4);
	const inner = tile * .92;
	const labelRoom = inner - pt(1.5);
	const widest = (pick, sizePx) => Math.max(...TILE_PLACES.map((place) => surface.measure(place[pick], fontOf(style, sizePx, 700))));
	const fits = (which, sizePt) => widest(which, pt(sizePt)) <= labelRoom;
	const first = [
		["short", style.sizes.bodyPt],
		["short", style.sizes.smallPt],
		["code", style.sizes.bodyPt],
		["code", style.sizes.smallPt]
	].find(([which, size]) => fits(which, size));
	const pick = first?.[0] ?? "code";
	let labelPx = pt(first?.[1] ?? style.sizes.smallPt);
	if (!first) labelPx = Math.max(pt(MIN_LABEL_PT), labelPx * labelRoom / widest("code", labelPx));
	const isLabelled = widest(pick, labelPx) <= labelRoom * 1.02;
	if (!isLabelled) warnings.push("The tiles are too small for their labels: make the map wider or taller");
	for (const place of TILE_PLACES) {
		const value = valueOf.get(place.slug) ?? null;
		const name = nameOf.get(place.slug) ?? areaName(place.slug);
		const x = mapLeft + place.column * tile + (tile - inner) / 2;
		const y = mapTop + place.row * tile + (tile - inner) / 2;
		const fill = value === null ? NO_FIGURE_FILL : classes[classOf(value, classes)].colour;
		const shapes = [{
			kind: "rect",
			x,
			y,
			width: inner,
			height: inner,
			fill,
			...value !== null && relativeLuminance(fill) > .8 ? {
				stroke: style.colours.grid,
				lineWidth: hairline
			} : {}
		}];
		if (value === null) shapes.push(...hatch(x, y, inner, inner / 5, NO_FIGURE_HATCH, hairline), {
			kind: "rect",
			x,
			y,
			width: inner,
			height: inner,
			stroke: style.colours.muted,
			lineWidth: hairline
		});
		if (isLabelled) {
			const isDark = value !== null && relativeLuminance(fill) < .3;
			shapes.push({
				kind: "text",
				text: place[pick],
				x: x + inner / 2,
				y: y + inner / 2,
				sizePx: labelPx,
				isBold: place.slug === highlight,
				family: style.fontFamily,
				colour: isDark ? style.colours.background : style.colours.text,
				align: "center",
				baseline: "middle"
			});
		}
		const gap = data.gaps.find((entry) => entry.series === name);
		const said = value === null ? `no figure${gap && gap.token !== "no figure" ? ` (${gap.token}, ${gap.meaning})` : ""}` : formatValue(value, data.isChange, wording);
		items.push({
			kind: "group",
			title: `${name}: ${said}`,
			items: shapes
		});
	}
	if (highlight && tilePlace(highlight)) {
		const place = tilePlace(highlight);
		const outline = pt(1.2);
		const x = mapLeft + place.column * tile + (tile - inner) / 2;
		const y = mapTop + place.row * tile + (tile - inner) / 2;
		items.push({
			kind: "rect",
			x: x + outline / 2,
			y: y + outline / 2,
			width: inner - outline,
			height: inner - outline,
			stroke: style.colours.text,
			lineWidth: outline
		});
	}
	const keyItems = [];
	let y = keyY;
	if (keyTitle) {
		keyItems.push({
			kind: "text",
			text: keyTitle,
			x: keyX,
			y: y + keyLine / 2,
			sizePx: pt(style.sizes.smallPt),
			isBold: true,
			family: style.fontFamily,
			colour: style.colours.text,
			align: "left",
			baseline: "middle"
		});
		y += keyLine;
	}
	const across = best.place === "below" ? perRow : 1;
	entries.forEach((entry, index) => {
		const x = keyX + index % across * columnWidth;
		const rowY = y + Math.floor(index / across) * keyLine;
		keyItems.push(...entry.draw(x, rowY + (keyLine - swatch) / 2, swatch));
		keyItems.push({
			kind: "text",
			text: entry.label,
			x: x + swatch + pt(3),
			y: rowY + keyLine / 2,
			sizePx: pt(style.sizes.smallPt),
			isBold: false,
			family: style.fontFamily,
			colour: style.colours.text,
			align: "left",
			baseline: "middle"
		});
	});
	items.push({
		kind: "group",
		title: keyTitle || "Key",
		items: keyItems
	});
	for (const line of [...furniture.header, ...furniture.footer]) items.push(textItem(line, style, surface.pxPerPt));
	return {
		scene: {
			widthPx: surface.widthPx,
			heightPx: surface.heightPx,
			background: style.colours.background,
			items
		},
		warnings
	};
}
// main/export/chart/prepare.ts
/** A spec from a file or a request, parsed; its one-line error names the field. */
function parseSpecOrThrow(input) {
	try {
		return parseChartSpec(input);
	} catch (error) {
		if (error instanceof ChartSpecError) throw new AppError("bad_input", `Chart spec ${error.message}`);
		throw error;
	}
}
/**
* What the store holds changes only when something is written: this connection's total changes and
* SQLite's data_version (other connections) say when. The editor redraws on every keystroke, so the
* catalogue and the figures are read once per version of the store, not once per keystroke.
*/
function storeVersion(db) {
	return `${db.prepare("SELECT total_changes()").pluck().get()}|${db.pragma("data_version", { simple: true })}`;
}
var reads = /* @__PURE__ */ new WeakMap();
function readsOf(db) {
	const version = storeVersion(db);
	let cached = reads.get(db);
	if (!cached || cached.version !== version) {
		cached = {
			version,
			catalogue: readCatalogue(db),
			figures: /* @__PURE__ */ new Map()
		};
		reads.set(db, cached);
	}
	return cached;
}
function readCatalogue(db) {
	const column = (sql) => new Set(db.prepare(sql).pluck().all());
	return {
		areas: column("SELECT slug FROM area"),
		measures: column("SELECT id FROM measure"),
		periods: column("SELECT DISTINCT period FROM observation WHERE period IS NOT NULL")
	};
}
function figuresOf(db, measure) {
	const cache = readsOf(db).figures;
	let figures = cache.get(measure);
	if (!figures) {
		figures = currentFigures(db, { measure });
		cache.set(measure, figures);
	}
	return figures;
}
/** A house style by name: a built-in one, or one saved from the editor in the `template` table. */
function styleNamed(db, name) {
	const builtIn = builtInStyle(name);
	if (builtIn) return builtIn;
	const saved = db.prepare("SELECT spec FROM template WHERE name = ?").pluck().get(name);
	if (saved === void 0) throw new AppError("bad_input", `Chart spec theme: unknown house style "${name}" (use house, mono or one saved in this project)`);
	const parsed = houseStyleSchema.safeParse({
		...JSON.parse(saved),
		name
	});
	if (!parsed.success) throw new AppError("bad_input", `House style "${name}" is damaged: ${parsed.error.issues[0].path.join(".")} ${parsed.error.issues[0].message}`);
	return parsed.data;
}
function figuresShown(db, spec) {
	const areas = new Set(areasOf(spec));
	if (spec.highlight) areas.add(spec.highlight);
	if (spec.reference) areas.add(spec.reference);
	const from = spec.type === "bar" || spec.type === "map" && !isChangeMap(spec) ? spec.periods.to : spec.periods.from;
	return measuresOf(spec).flatMap((measure) => figuresOf(db, measure)).filter((figure) => areas.has(figure.area) && figure.period >= from && figure.period <= spec.periods.to);
}
var lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);
function listNames(names) {
	return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function draftTitle(spec, figures) {
	const measure = shortMeasureLabel(spec.measure);
	const focus = spec.highlight ?? (spec.areas === "all" ? null : spec.areas[0]);
	switch (spec.type) {
		case "bar": return `${measure} by MAPPA area, ${spec.periods.to}`;
		case "map": return isChangeMap(spec) ? `Change in ${lowerFirst(measure)} by MAPPA area, ${spec.periods.from} to ${spec.periods.to}` : `${measure} by MAPPA area, ${spec.periods.to}`;
		case "stacked": return `MAPPA offenders by category in ${areaName(focus ?? "england-and-wales", figures)}`;
		case "column": return `${measure} in ${areaName(focus ?? "england-and-wales", figures)}`;
		case "line": {
			if (spec.areas === "all") return `${measure} in the 42 MAPPA areas`;
			const names = spec.areas.map((area) => areaName(area, figures));
			return names.length <= 3 ? `${measure} in ${listNames(names)}` : `${measure} in ${names.length} MAPPA areas`;
		}
	}
}
/** How a stacked column's subtitle names its parts: "registered sexual, violent and other dangerous offenders". */
var STACKED_WORDS = {
	rso: "registered sexual",
	violent: "violent",
	other_dangerous: "other dangerous",
	terrorism: "terrorism"
};
function draftSubtitle(spec, data) {
	const definition = findMeasureById(spec.measure);
	const span = spec.type === "bar" || spec.type === "map" && !isChangeMap(spec) ? spec.periods.to : `${spec.periods.from} to ${spec.periods.to}`;
	const when = definition?.kind === "flow" ? `During the year, ${span}` : `At 31 March, ${span}`;
	if (spec.type === "stacked") return `${when}; ${listNames(data.series.map((series) => STACKED_WORDS[series.key] ?? shortMeasureLabel(series.key).toLowerCase().replace(/ offenders$/, "")))} offenders`;
	if (definition?.unit === "rate") return `${definition.label.replace(/^.*?per/i, "Per")}, ${when.toLowerCase()}`;
	return when;
}
function draftNotes(provenance, data) {
	const sentence = (text) => /[.!?]$/.test(text) ? text : `${text}.`;
	const gaps = /* @__PURE__ */ new Map();
	for (const gap of data.gaps) {
		const key = gap.token === "no figure" ? "no figure in the tables imported" : `${gap.token} ${gap.meaning}`;
		const bySeries = gaps.get(key) ?? /* @__PURE__ */ new Map();
		bySeries.set(gap.series, [...bySeries.get(gap.series) ?? [], gap.category]);
		gaps.set(key, bySeries);
	}
	const gapLines = [...gaps].map(([what, bySeries]) => {
		const count = [...bySeries.values()].reduce((sum, categories) => sum + categories.length, 0);
		const where = [...bySeries].map(([series, categories]) => `${series} ${categories.length > 6 ? `${categories.length} years` : listNames(categories)}`.trim());
		return `${bySeries.size > 1 && count > 4 ? `${count} figures` : listNames(where)}: ${what}, shown as a gap`;
	});
	const dotLines = (data.type === "line" ? data.series.filter((series) => series.role !== "context") : []).flatMap((series) => {
		const alone = isolatedPoints(series.values).flatMap((isAlone, at) => isAlone ? [data.categories[at]] : []);
		return alone.length === 0 ? [] : [`${series.label} ${listNames(alone)}: no figure for the year before or after, shown as a dot`];
	});
	return [
		...provenance.edits.map((edit) => edit.line),
		...provenance.notes.map((note) => note.line),
		...gapLines,
		...dotLines
	].map(sentence).join(" ");
}
/** Each of a record's texts with the characters XML forbids dropped: no SVG, PDF or PNG carries one. */
function documentTexts(texts) {
	return Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, typeof text === "string" ? documentText(text) : text]));
}
/** The spec's own words (titles, notes, alt text, annotations) as a document may carry them. */
function withDocumentTexts(spec) {
	return {
		...documentTexts(spec),
		annotations: spec.annotations.map(documentTexts)
	};
}
function prepareChart(db, input) {
	const spec = withDocumentTexts(parseSpecOrThrow(input));
	try {
		checkSpecNames(spec, readsOf(db).catalogue);
	} catch (error) {
		if (error instanceof ChartSpecError) throw new AppError("bad_input", `Chart spec ${error.message}`);
		throw error;
	}
	const style = styleNamed(db, spec.theme);
	const figures = figuresShown(db, spec);
	const data = spec.type === "map" ? mapDataOf(spec, figures) : chartDataOf(spec, figures);
	const wording = houseStyle(db);
	const provenance = provenanceOf(db, figures);
	const drafts = documentTexts({
		title: draftTitle(spec, figures),
		subtitle: draftSubtitle(spec, data),
		source: provenance.sourceLine,
		notes: draftNotes(provenance, data),
		byline: ""
	});
	const texts = {
		title: spec.title.trim() || drafts.title,
		subtitle: spec.subtitle.trim() || drafts.subtitle,
		source: spec.source.trim() || drafts.source,
		notes: spec.notes.trim() || drafts.notes,
		byline: spec.byline.trim()
	};
	const classes = spec.type === "map" ? mapClasses(data, style) : void 0;
	const draftedAlt = documentText(draftAltText({
		...data,
		title: texts.title,
		periods: spec.periods,
		classes
	}, wording));
	const warnings = checkColours(spec.type === "map" ? mapColourKey(data, style) : colourKey(spec, data, style)).map((warning) => warning.message);
	if (data.series.every((series) => series.values.every((value) => value === null))) warnings.push("None of the figures asked for is in this database: the chart is empty");
	return {
		spec,
		style,
		data,
		texts,
		drafts: {
			...drafts,
			altText: draftedAlt
		},
		altText: spec.altText.trim() || draftedAlt,
		provenance,
		warnings,
		wording
	};
}
export { chartConfigOf as i, prepareChart as n, mapSceneOf as r, parseSpecOrThrow as t };

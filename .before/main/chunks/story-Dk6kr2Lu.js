import { f as styleFrom } from "./style-BM5LLFvw.js";
import { r as sourceOf, t as currentRows } from "./current-BYzmbNyk.js";
import { r as listAnnotations } from "./annotations-DAf014Hh.js";
import { _ as getSetting } from "./database-Dvu7gefL.js";
// main/store/story.ts
/** The measures sentences state and copy is checked against. */
var STORY_MEASURES = [
	"rso",
	"rso_rate",
	"violent",
	"other_dangerous",
	"terrorism",
	"total"
];
/** A note saying a series breaks there: "series break", "not comparable", "break in the series". */
var BREAK_WORDS = /\bseries\s+break\b|\bbreak\s+in\s+(?:the\s+)?series\b|\bnot\s+(?:directly\s+)?comparable\b|\bdiscontinuity\b/i;
function storyFigureOf(figure) {
	return {
		area: figure.area,
		areaName: figure.area_name,
		areaKind: figure.area_kind,
		measure: figure.measure,
		period: figure.period,
		value: figure.value,
		status: figure.status,
		source: {
			file: figure.source.file,
			sheet: figure.source.sheet,
			cell: figure.source.cell,
			release: figure.source.release
		}
	};
}
function seriesBreaks(db) {
	const breaks = [];
	for (const note of listAnnotations(db)) {
		if (!BREAK_WORDS.test(note.text)) continue;
		const { target } = note;
		if (target.kind === "period") breaks.push({
			period: target.period,
			measure: target.measure ?? null,
			area: null,
			text: note.text
		});
		if (target.kind === "cell") breaks.push({
			period: target.period,
			measure: target.measure,
			area: target.area,
			text: note.text
		});
	}
	return breaks;
}
/** What older editions printed for a story figure that a later edition restated: "revised" in the checker. */
function earlierEditions(db) {
	return db.prepare(`SELECT a.slug AS area, a.name AS area_name, a.kind AS area_kind, ro.measure_id AS measure, ro.period, ro.value, ro.status,
        ro.file_name, ro.sheet, ro.cell, ro.edition_label
      FROM ranked_observation ro JOIN area a ON a.id = ro.area_id
      JOIN ranked_observation cur ON cur.area_id = ro.area_id AND cur.measure_id = ro.measure_id AND cur.period = ro.period AND cur.figure_rank = 1
      WHERE ro.figure_rank > 1 AND ro.value IS NOT NULL AND ro.value IS NOT cur.value
        AND ro.measure_id IN (${STORY_MEASURES.map(() => "?").join(", ")})`).all(...STORY_MEASURES).map((row) => ({
		area: row.area,
		areaName: row.area_name,
		areaKind: row.area_kind,
		measure: row.measure,
		period: row.period,
		value: row.value,
		status: row.status,
		source: {
			file: row.file_name,
			sheet: row.sheet,
			cell: row.cell,
			release: row.edition_label
		}
	}));
}
/** Each edition's own latest year and label, oldest first; the sample is not an edition a story is written from. */
function releasesOf(db) {
	return db.prepare("SELECT period, edition_label AS label FROM release WHERE period IS NOT NULL AND is_sample = 0 ORDER BY period, id").all();
}
/** The current figures of some measures as the story tools read them, in one query (no rate warnings: the story tools make their own checks). */
function currentStoryFigures(db, measures) {
	return currentRows(db, { measures }).map((row) => storyFigureOf({
		...row,
		source: sourceOf(row)
	}));
}
/** Other counts the tables hold that copy cites ("24 were cautioned for breaching notification requirements"): Check my copy confirms them. */
var COPY_EXTRA_MEASURES = [
	"breaches_notification",
	"shpo",
	"sfo_charged"
];
function storyData(db) {
	return {
		figures: currentStoryFigures(db, [...STORY_MEASURES, ...COPY_EXTRA_MEASURES]),
		breaks: seriesBreaks(db),
		history: earlierEditions(db),
		releases: releasesOf(db)
	};
}
/** The setting each house-style choice is stored under. */
var STYLE_SETTINGS = {
	percent: "storyPercent",
	smallNumbers: "storySmallNumbers",
	offenderTerm: "storyOffenderTerm",
	yearStyle: "storyYearStyle"
};
function houseStyle(db) {
	return styleFrom({
		percent: getSetting(db, STYLE_SETTINGS.percent),
		smallNumbers: getSetting(db, STYLE_SETTINGS.smallNumbers),
		offenderTerm: getSetting(db, STYLE_SETTINGS.offenderTerm),
		yearStyle: getSetting(db, STYLE_SETTINGS.yearStyle)
	});
}
export { storyData as a, seriesBreaks as i, currentStoryFigures as n, houseStyle as r, STYLE_SETTINGS as t };

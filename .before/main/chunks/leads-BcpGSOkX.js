import { t as AppError } from "./errors-D5rubfHc.js";
import { d as regionOf } from "./measures-Dj0ua4gL.js";
import { r as periodEndYear } from "./periods-p4j1Mj8l.js";
import { o as percentChange, r as change } from "./derived-BSlZwqEX.js";
import { t as formatFigure } from "./format-CRIpvfIs.js";
import { i as previousPeriod, n as indexFigures, r as isComparableStatus, t as ENGLAND_AND_WALES } from "./book-BJghGQAS.js";
import { a as measureNoun, c as ref, d as HEADLINE_CLAUSE_RULES, f as STREAK_RULES, i as headline, l as streakSeries, n as count, o as notPublished, s as rate, t as compose, u as trendOf } from "./sentences-Bw_dOi9c.js";
import { a as formatPercent, c as periodName, i as formatOrdinal, l as periodPhrase, u as possessive } from "./style-BM5LLFvw.js";
import { n as sentenceJson } from "./views-Dkj95Nr7.js";
import { b as writeTransaction } from "./database-Dvu7gefL.js";
import { m as now, u as areaIdOf } from "./annotations-DAf014Hh.js";
import { i as seriesBreaks, n as currentStoryFigures } from "./story-Dk6kr2Lu.js";
// main/domain/story/lead-sentences.ts
var PER_100K = " in every 100,000 people aged 10 and over";
/** Several sentences as one lead: the text joined with spaces, each figure's place moved with it. */
function joinSentences(sentences) {
	let text = "";
	const figures = [];
	const basis = [];
	for (const sentence of sentences) {
		const offset = text === "" ? 0 : text.length + 1;
		text = text === "" ? sentence.text : `${text} ${sentence.text}`;
		figures.push(...sentence.figures.map((figure) => ({
			...figure,
			start: figure.start + offset,
			end: figure.end + offset
		})));
		basis.push(...sentence.basis);
	}
	return {
		rule: sentences[0]?.rule ?? "lead",
		text,
		figures,
		basis
	};
}
/** "It was the largest rise of the 42 areas, in number and in percentage terms." Rests on every area's pair of figures. */
function largestSentence(direction, isNumber, isPercent, compared) {
	const which = isNumber && isPercent ? `the largest ${direction} of the 42 areas, in number and in percentage terms` : isNumber ? `the largest ${direction} in number of the 42 areas` : `the largest percentage ${direction} of the 42 areas`;
	return compose(`largest-${direction}`, [`It was ${which}.`], compared);
}
/** "Essex had the highest rate of the 42 areas at the end of March 2022: 160 in every 100,000 people aged 10 and over." */
function rankSentence(book, figure, order, isTied, across, style) {
	const when = periodPhrase(figure.period, style);
	return compose("lead:rank", [
		`${book.areaName(figure.area)} had the ${isTied ? "joint " : ""}`,
		{
			text: order,
			figure: ref(figure, 1, "rank")
		},
		` rate of the 42 areas ${when}: `,
		rate(figure),
		`${PER_100K}.`
	], across);
}
/** "Essex's rate, 114 in every 100,000 people aged 10 and over at the end of March 2022, is the 12th highest of the 42 areas, up from 20th highest a year earlier." */
function rankMoveSentence(book, figure, earlierFigure, rank, earlier, across, style) {
	const position = (place) => place === 1 ? ["the ", {
		text: "highest",
		figure: ref(figure, 1, "rank")
	}] : [
		"the ",
		{
			text: formatOrdinal(place, style),
			figure: ref(figure, place, "rank")
		},
		" highest"
	];
	const earlierPiece = earlier === 1 ? ["the ", {
		text: "highest",
		figure: ref(earlierFigure, 1, "rank")
	}] : [{
		text: formatOrdinal(earlier, style),
		figure: ref(earlierFigure, earlier, "rank")
	}, " highest"];
	return compose("lead:rank-move", [
		`${possessive(book.areaName(figure.area))} rate, `,
		rate(figure),
		`${PER_100K} ${periodPhrase(figure.period, style)}, is `,
		...position(rank),
		` of the 42 areas, ${rank < earlier ? "up" : "down"} from `,
		...earlierPiece,
		" a year earlier."
	], across);
}
/** "Essex's rate of 160 in every 100,000 people aged 10 and over at the end of March 2022 is well above the England and Wales rate of 126." */
function gapSentence(book, figure, national, side, style) {
	return compose("lead:gap", [
		`${possessive(book.areaName(figure.area))} rate of `,
		rate(figure),
		`${PER_100K} ${periodPhrase(figure.period, style)} is well ${side} the England and Wales rate of `,
		rate(national),
		"."
	]);
}
/** "The tables held have no figure for registered sex offenders in Essex at the end of March 2022." Rests on the year before. */
function missingSentence(book, area, measure, period, style) {
	const earlier = book.series(area, measure).filter((figure) => figure.period < period && figure.value !== null);
	return compose("lead:missing", [`The tables held have no figure for ${measureNoun(measure, style)} in ${book.areaName(area)} ${periodPhrase(period, style)}.`], earlier.slice(-1));
}
/** "The number of registered sex offenders in Essex at the end of March 2021 has been revised up to 1,684 in the new edition." Carries the old figure and its cell. */
function restatementSentence(book, current, direction, old, style) {
	const when = periodPhrase(current.period, style);
	const name = book.areaName(current.area);
	const oldFigure = {
		...current,
		value: old.value,
		source: old.source
	};
	const subject = current.measure === "rso_rate" ? `The rate in ${name} ${when}` : `The number of ${measureNoun(current.measure, style)} in ${name} ${when}`;
	const figure = current.measure === "rso_rate" ? [rate(current), PER_100K] : [count(current, style)];
	return compose("lead:restatement", [
		`${subject} has been revised ${direction} to `,
		...figure,
		" in the new edition."
	], [oldFigure]);
}
// main/domain/story/leads.ts
/** The counts leads are found in: registered sex offenders first, then the other categories. */
var LEAD_COUNT_MEASURES = [
	"rso",
	"violent",
	"other_dangerous"
];
var LEAD_MEASURES = [...LEAD_COUNT_MEASURES, "rso_rate"];
/**
* How much a finding on each measure counts: registered sex offenders are the story most desks run;
* the other categories are smaller numbers that swing more, so the same move says less.
*/
var MEASURE_WEIGHT = {
	rso: 1,
	rso_rate: 1,
	violent: .8,
	other_dangerous: .7
};
/**
* A move is a lead on its own from a tenth and ten people: smaller ones only when they are also a
* record, a streak, a turn or the largest of the 42 (two to four other dangerous offenders is "up 100
* per cent" and no story).
*/
var NOTABLE_PERCENT = 10;
var NOTABLE_CHANGE = 10;
/** An area this far from the England and Wales rate (a quarter above or below) is worth a line. */
var FAR_FROM_NATIONAL = .25;
/** A move up or down the rate ranking of this many places or more. */
var NOTABLE_RANK_MOVE = 5;
/** All 42 areas must have a rate to rank them: a partial ranking would mislead. */
var AREAS_TO_RANK = 42;
var clamp = (value, low, high) => Math.min(high, Math.max(low, value));
/** The score's own scale: 0 to 100, whole numbers. */
function scoreOf(base, measure, area) {
	const national = area === "england-and-wales" ? 10 : 0;
	return Math.round(clamp(base * (MEASURE_WEIGHT[measure] ?? .6) + national, 0, 100));
}
/** A lead's figures: those the sentences write, with where, then those they rest on without writing. */
function figuresOf(sentence) {
	const { figures: written, basis: restsOn } = sentenceJson(sentence);
	const keyOf = (figure) => `${figure.area}|${figure.measure}|${figure.period}|${figure.derived ?? ""}|${figure.source.release}|${figure.source.cell}`;
	const seen = new Set(written.map(keyOf));
	const basis = [];
	for (const figure of restsOn) {
		if (seen.has(keyOf(figure))) continue;
		seen.add(keyOf(figure));
		basis.push(figure);
	}
	return [...written, ...basis];
}
function toLead(book, draft) {
	const sentence = joinSentences(draft.sentences);
	return {
		id: `${draft.kind}|${draft.area}|${draft.measure}|${draft.period}`,
		kind: draft.kind,
		score: scoreOf(draft.base, draft.measure, draft.area),
		area: draft.area,
		areaName: book.areaName(draft.area),
		region: regionOf(draft.area)?.name ?? null,
		measure: draft.measure,
		period: draft.period,
		text: sentence.text,
		why: draft.why,
		figures: figuresOf(sentence),
		sourceLine: ""
	};
}
function largestMoves(trends) {
	const largest = { compared: [] };
	let best = {
		riseNumber: 0,
		risePercent: 0,
		fallNumber: 0,
		fallPercent: 0
	};
	const ties = {
		riseNumber: false,
		risePercent: false,
		fallNumber: false,
		fallPercent: false
	};
	for (const [area, trend] of trends) {
		if (!trend.previous) continue;
		largest.compared.push(trend.previous, trend.current);
		const number = change(trend.value, trend.previous.value) ?? 0;
		const percent = trend.percent ?? 0;
		const candidates = [
			["riseNumber", number],
			["risePercent", percent],
			["fallNumber", -number],
			["fallPercent", -percent]
		];
		for (const [key, size] of candidates) {
			if (size <= 0) continue;
			if (size > best[key]) {
				best = {
					...best,
					[key]: size
				};
				largest[key] = area;
				ties[key] = false;
			} else if (size === best[key]) ties[key] = true;
		}
	}
	for (const key of Object.keys(ties)) if (ties[key] || largest.compared.length < 84) delete largest[key];
	return largest;
}
/** The lead a series earns for the edition, if any: the strongest of record, streak, turn and move, said together. */
function seriesLead(book, area, measure, period, style, largest) {
	const trend = trendOf(book, area, measure, period);
	if (!trend) {
		const figure = book.get(area, measure, period);
		if (figure) return {
			kind: "marker",
			base: 20,
			area,
			measure,
			period,
			why: "no figure to compare: the table marks it",
			sentences: [notPublished(book, figure, style)]
		};
		const earlier = book.get(area, measure, previousPeriod(period));
		if (measure === "rso" && earlier && earlier.value !== null) return {
			kind: "missing",
			base: 15,
			area,
			measure,
			period,
			why: "no figure for this year in the tables held",
			sentences: [missingSentence(book, area, measure, period, style)]
		};
		return;
	}
	if (!trend.previous) {
		if (trend.blocked?.reason === "break") return {
			kind: "series-break",
			base: 20,
			area,
			measure,
			period,
			why: "a series break stops the comparison",
			sentences: headline(book, trend, style, measure !== "rso")
		};
		if (trend.blocked?.reason === "marker") return {
			kind: "marker",
			base: 20,
			area,
			measure,
			period,
			why: "last year’s figure is marked, so no comparison",
			sentences: headline(book, trend, style, measure !== "rso")
		};
		return;
	}
	const clause = HEADLINE_CLAUSE_RULES.find((rule) => rule.when(trend));
	const isTurn = clause?.id.startsWith("first-") ?? false;
	const streak = isTurn ? void 0 : STREAK_RULES.find((rule) => rule.when(trend));
	const size = Math.abs(trend.percent ?? 0);
	const isBigMove = size >= NOTABLE_PERCENT && Math.abs(change(trend.value, trend.previous.value) ?? 0) >= NOTABLE_CHANGE;
	const direction = trend.direction;
	const isLargestNumber = direction === "up" ? largest.riseNumber === area : direction === "down" ? largest.fallNumber === area : false;
	const isLargestPercent = direction === "up" ? largest.risePercent === area : direction === "down" ? largest.fallPercent === area : false;
	const isRecord = clause?.id === "record-high" || clause?.id === "record-low";
	if (!(isRecord || streak !== void 0 || isTurn || isLargestNumber || isLargestPercent || isBigMove || area === "england-and-wales") || direction === void 0 || direction === "same") return void 0;
	const sentences = headline(book, trend, style, measure !== "rso");
	if (streak) sentences.push(compose(`streak:${streak.id}`, [streak.say(trend, style)], streakSeries(trend)));
	if (isLargestNumber || isLargestPercent) sentences.push(largestSentence(direction === "up" ? "rise" : "fall", isLargestNumber, isLargestPercent, largest.compared));
	const years = periodEndYear(period) - periodEndYear(trend.run[0].period);
	const streakLength = trend.priorRun.length + 1;
	let base = Math.min(30, size * 1.5);
	const why = [];
	if (isRecord) {
		base += 45 + Math.min(15, years);
		why.push(`the ${clause.id === "record-high" ? "highest" : "lowest"} in ${years + 1} years of figures`);
	} else if (isTurn) {
		base += 30 + Math.min(10, trend.priorRun.length * 2);
		why.push(`the first ${direction === "up" ? "rise" : "fall"} after ${trend.priorRun.length} ${direction === "up" ? "falls" : "rises"}`);
	} else if (clause) {
		base += 15;
		why.push(clause.id === "highest-since" ? `the highest since ${periodName(trend.highestSince.period, style)}` : `the lowest since ${periodName(trend.lowestSince.period, style)}`);
	}
	if (streak) {
		base += 20 + Math.min(15, (streakLength - 3) * 5);
		why.push(`${direction === "up" ? "up" : "down"} ${streakLength} years in a row`);
	}
	if (isLargestNumber || isLargestPercent) {
		base += 20;
		why.push(`the largest ${direction === "up" ? "rise" : "fall"} of the 42 areas`);
	}
	if (why.length === 0) why.push(`${direction === "up" ? "up" : "down"} ${formatPercent(size, style)}`);
	return {
		kind: isRecord ? clause.id === "record-high" ? "record-high" : "record-low" : streak ? "streak" : isTurn ? "turn" : direction === "down" ? "fall" : "rise",
		base,
		area,
		measure,
		period,
		why: why.join("; "),
		sentences
	};
}
/** Leads on the rate: the highest and lowest of the 42, big moves up or down the ranking, and areas far from the national rate. */
function rateLeads(book, area, period, style) {
	if (book.areaKind(area) !== "area") return [];
	const figure = book.get(area, "rso_rate", period);
	const value = book.number(area, "rso_rate", period);
	if (!figure || value === void 0) return [];
	const drafts = [];
	const highest = book.rank(area, "rso_rate", period, "highest");
	const lowest = book.rank(area, "rso_rate", period, "lowest");
	const across = book.across("rso_rate", period);
	if (highest && lowest && highest.of >= AREAS_TO_RANK) {
		if (highest.rank === 1 || lowest.rank === 1) {
			const order = highest.rank === 1 ? "highest" : "lowest";
			drafts.push({
				kind: order === "highest" ? "rank-top" : "rank-bottom",
				base: 60,
				area,
				measure: "rso_rate",
				period,
				why: `the ${highest.isTied ? "joint " : ""}${order} rate of the 42 areas`,
				sentences: [rankSentence(book, figure, order, highest.isTied, across, style)]
			});
		}
		const before = previousPeriod(period);
		const earlier = book.rank(area, "rso_rate", before, "highest");
		const isBroken = book.breakBetween(area, "rso_rate", before, period) !== void 0;
		if (earlier && earlier.of >= AREAS_TO_RANK && !isBroken) {
			const places = earlier.rank - highest.rank;
			if (Math.abs(places) >= NOTABLE_RANK_MOVE) drafts.push({
				kind: "rank-move",
				base: 35 + Math.min(25, Math.abs(places) * 2),
				area,
				measure: "rso_rate",
				period,
				why: `${places > 0 ? "up" : "down"} ${Math.abs(places)} places in the rate ranking`,
				sentences: [rankMoveSentence(book, figure, book.get(area, "rso_rate", before), highest.rank, earlier.rank, [...across, ...book.across("rso_rate", before)], style)]
			});
		}
	}
	const national = book.get(ENGLAND_AND_WALES, "rso_rate", period);
	const nationalValue = book.number(ENGLAND_AND_WALES, "rso_rate", period);
	if (national && nationalValue) {
		const gap = value / nationalValue - 1;
		if (Math.abs(gap) >= FAR_FROM_NATIONAL) drafts.push({
			kind: "gap",
			base: 25 + Math.min(25, Math.abs(gap) * 40),
			area,
			measure: "rso_rate",
			period,
			why: `${Math.round(Math.abs(gap) * 100)} per cent ${gap > 0 ? "above" : "below"} the England and Wales rate`,
			sentences: [gapSentence(book, figure, national, gap > 0 ? "above" : "below", style)]
		});
	}
	return drafts;
}
var restatementKey = (area, measure, period) => `${area}|${measure}|${period}`;
/** How far a restatement moved the figure, in per cent of the old one; undefined where either is not a number. */
function restatementPercent(restated) {
	return percentChange(restated.new.value, restated.old.value);
}
function isImplausible(restated) {
	const percent = restatementPercent(restated);
	return percent !== void 0 && Math.abs(percent) > 10;
}
/** The restatements to check: more than a tenth, with whether a reporter has confirmed each. */
function restatementsToCheck(data, options = {}) {
	const areas = options.areas ? new Set(options.areas) : void 0;
	return data.restatements.filter((restated) => isImplausible(restated) && (!areas || areas.has(restated.area))).map((restated) => {
		const percent = restatementPercent(restated);
		const { old, new: now } = restated;
		return {
			area: restated.area,
			areaName: restated.areaName,
			measure: restated.measure,
			period: restated.period,
			old: {
				value: old.value,
				source: old.source
			},
			new: {
				value: now.value,
				source: now.source
			},
			percent: Math.round(percent * 10) / 10,
			fromReleaseId: restated.fromReleaseId,
			toReleaseId: restated.toReleaseId,
			isConfirmed: restated.isConfirmed,
			text: `${restated.areaName} ${restated.measure} ${restated.period}: ${fmt(old.value)} in ${old.source.release} (${old.source.sheet} ${old.source.cell}), ${fmt(now.value)} in ${now.source.release} (${now.source.sheet} ${now.source.cell}), ${percent > 0 ? "up" : "down"} ${fmt(Math.round(Math.abs(percent)))} per cent${restated.isConfirmed ? ": confirmed" : ": check it before using it"}`
		};
	});
}
var fmt = (value) => formatFigure(value, 1);
/** Restatements worth a line: a figure the edition restated, plausible or confirmed, still the current figure. */
function restatementLeads(book, data, period, style, areas) {
	const drafts = [];
	for (const restated of data.restatements) {
		if (restated.toEdition !== period || !areas.has(restated.area) || !LEAD_MEASURES.includes(restated.measure)) continue;
		if (isImplausible(restated) && !restated.isConfirmed) continue;
		const current = book.get(restated.area, restated.measure, restated.period);
		const percent = restatementPercent(restated);
		if (!current || current.value === null || !isComparableStatus(current.status) || current.value !== restated.new.value || percent === void 0 || percent === 0) continue;
		drafts.push({
			kind: "restatement",
			base: 25 + Math.min(25, Math.abs(percent) * 2),
			area: restated.area,
			measure: restated.measure,
			period: restated.period,
			why: `the ${restated.period} figure revised ${percent > 0 ? "up" : "down"} ${fmt(Math.round(Math.abs(percent) * 10) / 10)} per cent${restated.isConfirmed ? " (confirmed)" : ""}`,
			sentences: [restatementSentence(book, current, percent > 0 ? "up" : "down", {
				value: restated.old.value,
				source: restated.old.source
			}, style)]
		});
	}
	return drafts;
}
/** Every edition with registered sex offender figures, oldest first. */
function editionsOf(data) {
	return [...new Set(data.figures.filter((figure) => figure.measure === "rso").map((figure) => figure.period))].sort();
}
/** Every lead for the edition, highest score first (ties: England and Wales, then areas in MoJ order). */
function findLeads(data, period, style, options = {}) {
	const book = indexFigures(data);
	const all = [...new Set(data.figures.filter((figure) => figure.areaKind === "area" || figure.area === "england-and-wales").map((figure) => figure.area))];
	const wanted = new Set(options.areas ?? all);
	const drafts = [];
	for (const measure of LEAD_COUNT_MEASURES) {
		const trends = /* @__PURE__ */ new Map();
		for (const area of all) {
			if (book.areaKind(area) !== "area") continue;
			const trend = trendOf(book, area, measure, period);
			if (trend) trends.set(area, trend);
		}
		const largest = largestMoves(trends);
		for (const area of all) {
			if (!wanted.has(area)) continue;
			const draft = seriesLead(book, area, measure, period, style, largest);
			if (draft) drafts.push(draft);
		}
	}
	for (const area of all) if (wanted.has(area)) drafts.push(...rateLeads(book, area, period, style));
	drafts.push(...restatementLeads(book, data, period, style, wanted));
	const checking = new Set(data.restatements.filter((restated) => isImplausible(restated) && !restated.isConfirmed).map((restated) => restatementKey(restated.area, restated.measure, restated.period)));
	const order = new Map(all.map((area, index) => [area, area === "england-and-wales" ? -1 : index]));
	return drafts.map((draft) => {
		const lead = toLead(book, draft);
		const doubtful = lead.figures.find((figure) => checking.has(restatementKey(figure.area, figure.measure, figure.period)));
		if (!doubtful) return lead;
		return {
			...lead,
			score: Math.round(lead.score / 2),
			caution: `Rests on the ${doubtful.period} figure for ${book.areaName(doubtful.area)}, restated by more than a tenth: check it first`
		};
	}).sort((a, b) => b.score - a.score || (order.get(a.area) ?? 0) - (order.get(b.area) ?? 0) || a.id.localeCompare(b.id));
}
/**
* The leads for an edition (the newest where none is named) and the restatements to check, as the
* CLI and the window show them; `sourceLine` names the editions a lead's figures come from.
*/
function leadsResult(data, style, request = {}, sourceLine = () => "") {
	const periods = editionsOf(data);
	const period = request.period ?? periods.at(-1) ?? null;
	const options = request.areas && request.areas.length > 0 ? { areas: request.areas } : {};
	if (period === null) return {
		period,
		periods,
		style,
		leads: [],
		restatementsToCheck: []
	};
	if (!periods.includes(period)) throw new AppError("not_found", `No registered sex offender figures for ${period}: the editions held are ${periods.join(", ")}`);
	const lines = /* @__PURE__ */ new Map();
	const lineFor = (releases) => {
		const unique = [...new Set(releases)].sort();
		const key = unique.join("\0");
		if (!lines.has(key)) lines.set(key, sourceLine(unique));
		return lines.get(key);
	};
	return {
		period,
		periods,
		style,
		leads: findLeads(data, period, style, options).map((lead) => ({
			...lead,
			sourceLine: lineFor(lead.figures.map((figure) => figure.source.release))
		})),
		restatementsToCheck: restatementsToCheck(data, options)
	};
}
// main/store/leads.ts
/** The cell a release printed a figure in: its first table's, in table order. */
var cellIn = (side, column) => `(SELECT o.${column} FROM observation o
  WHERE o.release_id = r.${side}_release_id AND o.area_id = r.area_id AND o.measure_id = r.measure_id AND o.period = r.period
  ORDER BY o.source_table_id, o.row_index, o.col_index LIMIT 1)`;
function restatedFigures(db) {
	return db.prepare(`SELECT a.slug AS area, a.name AS area_name, r.measure_id AS measure, r.period, r.old_value, r.new_value,
        r.from_release_id, r.to_release_id, fr.edition_label AS from_label, tr.edition_label AS to_label,
        fr.file_name AS from_file, tr.file_name AS to_file, tr.period AS to_edition,
        ${cellIn("from", "sheet")} AS old_sheet, ${cellIn("from", "cell")} AS old_cell,
        ${cellIn("to", "sheet")} AS new_sheet, ${cellIn("to", "cell")} AS new_cell,
        EXISTS (SELECT 1 FROM restatement_check c WHERE c.undone_at IS NULL AND c.area_id = r.area_id AND c.measure_id = r.measure_id
          AND c.period = r.period AND c.from_release_id = r.from_release_id AND c.to_release_id = r.to_release_id) AS is_confirmed
      FROM revision r
      JOIN area a ON a.id = r.area_id
      JOIN release fr ON fr.id = r.from_release_id
      JOIN release tr ON tr.id = r.to_release_id
      WHERE r.measure_id IN (${LEAD_MEASURES.map(() => "?").join(", ")}) AND r.old_value IS NOT NULL AND r.new_value IS NOT NULL
      ORDER BY a.sort_order, r.measure_id, r.period, r.to_release_id`).all(...LEAD_MEASURES).map((row) => ({
		area: row.area,
		areaName: row.area_name,
		measure: row.measure,
		period: row.period,
		old: {
			value: row.old_value,
			source: {
				file: row.from_file,
				sheet: row.old_sheet ?? "",
				cell: row.old_cell ?? "",
				release: row.from_label
			}
		},
		new: {
			value: row.new_value,
			source: {
				file: row.to_file,
				sheet: row.new_sheet ?? "",
				cell: row.new_cell ?? "",
				release: row.to_label
			}
		},
		fromReleaseId: row.from_release_id,
		toReleaseId: row.to_release_id,
		toEdition: row.to_edition,
		isConfirmed: row.is_confirmed === 1
	}));
}
/** The lead measures' current figures, the series breaks and the restatements: what finding leads reads, and no more. */
function leadsData(db) {
	return {
		figures: currentStoryFigures(db, LEAD_MEASURES),
		breaks: seriesBreaks(db),
		restatements: restatedFigures(db)
	};
}
function assertRestatement(db, ref) {
	const areaId = areaIdOf(db, ref.area);
	if (!db.prepare("SELECT 1 FROM revision WHERE area_id = ? AND measure_id = ? AND period = ? AND from_release_id = ? AND to_release_id = ?").get(areaId, ref.measure, ref.period, ref.fromReleaseId, ref.toReleaseId)) throw new AppError("not_found", `No restatement of ${ref.area} ${ref.measure} ${ref.period} between releases ${ref.fromReleaseId} and ${ref.toReleaseId}`);
	return areaId;
}
/** Records that a reporter has checked a restatement and it stands; confirming twice changes nothing. */
function confirmRestatement(db, ref) {
	writeTransaction(db, () => {
		const key = [
			assertRestatement(db, ref),
			ref.measure,
			ref.period,
			ref.fromReleaseId,
			ref.toReleaseId
		];
		if (!db.prepare("SELECT 1 FROM restatement_check WHERE area_id = ? AND measure_id = ? AND period = ? AND from_release_id = ? AND to_release_id = ? AND undone_at IS NULL").get(...key)) db.prepare("INSERT INTO restatement_check (area_id, measure_id, period, from_release_id, to_release_id, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)").run(...key, now());
	});
}
/** Undoes a confirmation: the restatement is to be checked again. The confirmation stays on record, stamped. */
function unconfirmRestatement(db, ref) {
	writeTransaction(db, () => {
		const areaId = assertRestatement(db, ref);
		db.prepare("UPDATE restatement_check SET undone_at = ? WHERE area_id = ? AND measure_id = ? AND period = ? AND from_release_id = ? AND to_release_id = ? AND undone_at IS NULL").run(now(), areaId, ref.measure, ref.period, ref.fromReleaseId, ref.toReleaseId);
	});
}
export { restatementsToCheck as a, leadsResult as i, leadsData as n, unconfirmRestatement as r, confirmRestatement as t };

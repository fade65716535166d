import { a as oneInN, o as percentChange, u as share } from "./derived-BSlZwqEX.js";
import { i as previousPeriod, n as indexFigures, r as isComparableStatus, t as ENGLAND_AND_WALES } from "./book-BJghGQAS.js";
import { a as formatPercent, c as periodName, d as roundPercent, i as formatOrdinal, l as periodPhrase, n as capitalise, o as formatRate, r as formatCount, s as offenderName, u as possessive } from "./style-BM5LLFvw.js";
// main/domain/story/rules.ts
/** Records need a few years behind them to mean anything: three comparable years at least. */
var MIN_RECORD_YEARS = 3;
/** Added after the headline's change: "…, up from 1,684 a year earlier (up 11 per cent), the highest in figures going back to March 2019." */
var HEADLINE_CLAUSE_RULES = [
	{
		id: "record-high",
		when: (t) => t.direction === "up" && t.isRecordHigh && t.run.length >= MIN_RECORD_YEARS,
		say: (t, style) => `the highest in figures going back to ${periodName(t.run[0].period, style)}`
	},
	{
		id: "record-low",
		when: (t) => t.direction === "down" && t.isRecordLow && t.run.length >= MIN_RECORD_YEARS,
		say: (t, style) => `the lowest in figures going back to ${periodName(t.run[0].period, style)}`
	},
	{
		id: "first-fall",
		when: (t) => t.direction === "down" && t.priorRun.direction === "up" && t.priorRun.length >= 2,
		say: (t, style) => t.priorRun.isBounded ? `the first fall in ${formatCount(t.priorRun.length + 1, style)} years` : `the first fall in figures going back to ${periodName(t.run[0].period, style)}`
	},
	{
		id: "first-rise",
		when: (t) => t.direction === "up" && t.priorRun.direction === "down" && t.priorRun.length >= 2,
		say: (t, style) => t.priorRun.isBounded ? `the first rise in ${formatCount(t.priorRun.length + 1, style)} years` : `the first rise in figures going back to ${periodName(t.run[0].period, style)}`
	},
	{
		id: "highest-since",
		when: (t) => t.highestSince !== void 0,
		say: (t, style) => `the highest since ${periodName(t.highestSince.period, style)}`
	},
	{
		id: "lowest-since",
		when: (t) => t.lowestSince !== void 0,
		say: (t, style) => `the lowest since ${periodName(t.lowestSince.period, style)}`
	}
];
/** Long runs are worth a sentence from five comparable years. */
var MIN_LONG_RUN_YEARS = 5;
/** "The number has more than doubled since March 2011, when there were 446." Thresholds as a sub-editor would allow them. */
var LONG_RUN_RULES = [
	{
		id: "more-than-trebled",
		when: (r) => r > 3.05,
		verb: "more than trebled"
	},
	{
		id: "trebled",
		when: (r) => r >= 2.95,
		verb: "trebled"
	},
	{
		id: "almost-trebled",
		when: (r) => r >= 2.8,
		verb: "almost trebled"
	},
	{
		id: "more-than-doubled",
		when: (r) => r > 2.05,
		verb: "more than doubled"
	},
	{
		id: "doubled",
		when: (r) => r >= 1.95,
		verb: "doubled"
	},
	{
		id: "almost-doubled",
		when: (r) => r >= 1.8,
		verb: "almost doubled"
	},
	{
		id: "halved",
		when: (r) => r > 0 && r <= .52 && r >= .48,
		verb: "halved"
	},
	{
		id: "more-than-halved",
		when: (r) => r > 0 && r < .48,
		verb: "more than halved"
	}
];
function longRunRule(trend) {
	if (trend.run.length < MIN_LONG_RUN_YEARS) return void 0;
	const first = trend.run[0].value;
	if (first <= 0) return void 0;
	return LONG_RUN_RULES.find((rule) => rule.when(trend.value / first));
}
/** "The number rose for the fourth year in a row." Needs the two changes before this one to go the same way. */
var STREAK_RULES = [{
	id: "rises-in-a-row",
	when: (t) => t.direction === "up" && t.priorRun.direction === "up" && t.priorRun.length >= 2,
	say: (t, style) => `The number rose for the ${formatOrdinal(t.priorRun.length + 1, style)} year in a row.`
}, {
	id: "falls-in-a-row",
	when: (t) => t.direction === "down" && t.priorRun.direction === "down" && t.priorRun.length >= 2,
	say: (t, style) => `The number fell for the ${formatOrdinal(t.priorRun.length + 1, style)} year in a row.`
}];
/** How a year-on-year change reads after the figure: "up from 1,684", "down from 1,684", "unchanged from". */
var CHANGE_WORDS = {
	up: "up from",
	down: "down from",
	same: "unchanged from"
};
// main/domain/story/trend.ts
var directionOf = (from, to) => to > from ? "up" : to < from ? "down" : "same";
/** The comparable yearly run ending at `period`, walking back until a gap, a marker or a series break. */
function comparableRun(book, area, measure, period) {
	const run = [book.get(area, measure, period)];
	let stop;
	for (;;) {
		const later = run[0];
		const earlierPeriod = previousPeriod(later.period);
		const earlier = book.get(area, measure, earlierPeriod);
		const brk = book.breakBetween(area, measure, earlierPeriod, later.period);
		if (!earlier) {
			stop = { reason: "missing" };
			break;
		}
		if (brk) {
			stop = {
				reason: "break",
				text: brk.text
			};
			break;
		}
		if (earlier.value === null || !isComparableStatus(earlier.status)) {
			stop = {
				reason: "marker",
				figure: earlier
			};
			break;
		}
		run.unshift(earlier);
	}
	return {
		run,
		stop
	};
}
function trendOf(book, area, measure, period) {
	const current = book.get(area, measure, period);
	if (!current || current.value === null || !isComparableStatus(current.status)) return void 0;
	const value = current.value;
	const { run, stop } = comparableRun(book, area, measure, period);
	const trend = {
		current,
		value,
		run,
		isRecordHigh: false,
		isRecordLow: false,
		priorRun: {
			direction: null,
			length: 0,
			isBounded: false
		}
	};
	if (run.length < 2) return {
		...trend,
		blocked: stop
	};
	const previous = run[run.length - 2];
	const earlier = run.slice(0, -1).map((figure) => figure.value);
	trend.previous = previous;
	trend.direction = directionOf(previous.value, value);
	trend.percent = percentChange(value, previous.value);
	trend.isRecordHigh = earlier.every((before) => value > before);
	trend.isRecordLow = earlier.every((before) => value < before);
	const before = run.slice(0, -2).reverse();
	if (trend.direction === "up") trend.highestSince = before.find((figure) => figure.value >= value);
	if (trend.direction === "down") trend.lowestSince = before.find((figure) => figure.value <= value);
	const changes = run.slice(1).map((figure, index) => directionOf(run[index].value, figure.value));
	changes.pop();
	let length = 0;
	const runDirection = changes[changes.length - 1] ?? null;
	while (length < changes.length && changes[changes.length - 1 - length] === runDirection) length++;
	trend.priorRun = {
		direction: runDirection,
		length,
		isBounded: length < changes.length
	};
	return trend;
}
// main/domain/story/sentences.ts
function compose(rule, pieces, basis = []) {
	let text = "";
	const figures = [];
	for (const piece of pieces) if (typeof piece === "string") text += piece;
	else {
		figures.push({
			...piece.figure,
			text: piece.text,
			start: text.length,
			end: text.length + piece.text.length
		});
		text += piece.text;
	}
	const keyOf = (figure) => `${figure.area}|${figure.measure}|${figure.period}|${figure.source.release}|${figure.source.cell}`;
	const written = new Set(figures.filter((figure) => !figure.derived).map(keyOf));
	const unwritten = basis.filter((figure) => figure.value !== null && !written.has(keyOf(figure)));
	return {
		rule,
		text,
		figures,
		basis: unwritten.map((figure) => ref(figure))
	};
}
var ref = (figure, value = figure.value, derived) => ({
	area: figure.area,
	measure: figure.measure,
	period: figure.period,
	value,
	...derived ? { derived } : {},
	source: figure.source
});
var count = (figure, style) => ({
	text: formatCount(figure.value, style),
	figure: ref(figure)
});
var rate = (figure) => ({
	text: formatRate(figure.value),
	figure: ref(figure)
});
/** "up from 1,684 a year earlier (up 11 per cent)" or "unchanged from a year earlier". */
function changePieces(trend, style, format, withPercent) {
	const { previous, direction, percent } = trend;
	if (!previous || !direction) return [];
	if (direction === "same") return [`, ${CHANGE_WORDS.same} a year earlier`];
	const pieces = [`, ${CHANGE_WORDS[direction]} `, format(previous)];
	if (!withPercent) return pieces;
	pieces.push(" a year earlier");
	if (percent !== void 0 && roundPercent(percent) !== 0) pieces.push(` (${direction} `, {
		text: formatPercent(Math.abs(percent), style),
		figure: ref(trend.current, Math.abs(percent), "percentChange")
	}, ")");
	return pieces;
}
/** What a count measure's figures are called in a sentence: "registered sex offenders", "violent offenders". */
function measureNoun(measure, style) {
	return OTHER_CATEGORIES.find(([id]) => id === measure)?.[1] ?? offenderName(style);
}
/** A figure the table marks instead of publishing: "The number of … in Essex at the end of March 2022 is not published (the table shows "suppressed")." */
function notPublished(book, figure, style) {
	return compose("caveat:no-figure", [`The number of ${measureNoun(figure.measure, style)} in ${book.areaName(figure.area)} ${periodPhrase(figure.period, style)} is not published (the table shows "${figure.status === "suppressed" ? "suppressed" : "not available"}").`]);
}
/**
* "There were 1,867 registered sex offenders in Essex at the end of March 2022, up from …", with its
* clause and caveat. `isPeriodFirst` opens with the year ("In 2021/22, there were 406 violent
* offenders in Essex, …"): with a short noun the year would otherwise sit so close to the figure
* that a reader takes a later "since 2018/19" for the sentence's year.
*/
function headline(book, trend, style, isPeriodFirst = false) {
	const name = book.areaName(trend.current.area);
	const when = periodPhrase(trend.current.period, style);
	const noun = measureNoun(trend.current.measure, style);
	const pieces = isPeriodFirst ? [
		`${capitalise(when)}, there were `,
		count(trend.current, style),
		` ${noun} in ${name}`
	] : [
		"There were ",
		count(trend.current, style),
		` ${noun} in ${name} ${when}`
	];
	pieces.push(...changePieces(trend, style, (figure) => count(figure, style), true));
	const clause = trend.previous ? HEADLINE_CLAUSE_RULES.find((rule) => rule.when(trend)) : void 0;
	if (clause) pieces.push(`, ${clause.say(trend, style)}`);
	const sentences = [compose(clause ? `headline:${clause.id}` : "headline", [...pieces, "."], clause ? trend.run : [])];
	if (trend.blocked?.reason === "break") sentences.push(compose("caveat:series-break", [`The figures are not comparable with earlier years: ${trend.blocked.text.replace(/\.$/, "")}.`]));
	else if (trend.blocked?.reason === "marker") sentences.push(compose("caveat:marker", [`No comparison with a year earlier is possible: the ${periodName(trend.blocked.figure.period, style)} figure is shown as "${trend.blocked.figure.status === "suppressed" ? "suppressed" : "not available"}".`]));
	return sentences;
}
function longRun(trend, style) {
	const rule = longRunRule(trend);
	if (rule) {
		const first = trend.run[0];
		return [compose(`long-run:${rule.id}`, [
			`The number has ${rule.verb} since ${periodName(first.period, style)}, when there were `,
			count(first, style),
			"."
		], [first, trend.current])];
	}
	const streak = STREAK_RULES.find((candidate) => candidate.when(trend));
	const saidInHeadline = HEADLINE_CLAUSE_RULES.find((candidate) => candidate.when(trend))?.id.startsWith("first-");
	return streak && !saidInHeadline ? [compose(`streak:${streak.id}`, [streak.say(trend, style)], streakSeries(trend))] : [];
}
/** The figures that show a streak: the current one and every one back to where the run of rises or falls began. */
function streakSeries(trend) {
	return trend.run.slice(-(trend.priorRun.length + 2));
}
function rateSentences(book, area, period, style) {
	const trend = trendOf(book, area, "rso_rate", period);
	if (!trend) return [];
	const pieces = [
		"That is ",
		rate(trend.current),
		" in every 100,000 people aged 10 and over"
	];
	pieces.push(...changePieces(trend, style, rate, false));
	const national = area === "england-and-wales" ? void 0 : book.get(ENGLAND_AND_WALES, "rso_rate", period);
	if (national && book.number("england-and-wales", "rso_rate", period) !== void 0) pieces.push("; the England and Wales rate is ", rate(national));
	const sentences = [compose("rate", [...pieces, "."])];
	const oneIn = oneInN(trend.value);
	if (oneIn !== void 0) {
		const name = book.areaName(area);
		sentences.push(compose("one-in-n", [
			"That is about one in every ",
			{
				text: formatCount(Math.round(oneIn), style),
				figure: ref(trend.current, oneIn, "oneInN")
			},
			` people aged 10 and over in ${name}.`
		]));
	}
	return sentences;
}
function shareSentence(book, area, period, style) {
	const rso = book.get(area, "rso", period);
	const total = book.total(area, period);
	const part = share(book.number(area, "rso", period), total?.value);
	if (!rso || !total || part === void 0) return [];
	const totalPiece = {
		text: formatCount(total.value, style),
		figure: {
			...ref(total.figures[0], total.value, total.isSum ? "sum" : void 0),
			measure: "total"
		}
	};
	return [compose("share", [
		`${capitalise(offenderName(style, "short"))} made up `,
		{
			text: formatPercent(part, style),
			figure: ref(rso, part, "share")
		},
		" of the ",
		totalPiece,
		` people managed under MAPPA in ${book.areaName(area)}.`
	])];
}
var OTHER_CATEGORIES = [
	["violent", "violent offenders"],
	["other_dangerous", "other dangerous offenders"],
	["terrorism", "terrorism offenders"]
];
function othersSentence(book, area, period, style) {
	const present = OTHER_CATEGORIES.filter(([measure]) => book.number(area, measure, period) !== void 0);
	if (present.length === 0) return [];
	const pieces = ["There were also "];
	present.forEach(([measure, noun], index) => {
		if (index > 0) pieces.push(index === present.length - 1 ? " and " : ", ");
		pieces.push(count(book.get(area, measure, period), style), ` ${noun}`);
	});
	return [compose("others", [...pieces, "."])];
}
/** All 42 areas must have a rate: "12th highest of the 42 areas" from a partial table would mislead. */
var AREAS_TO_RANK = 42;
function rankSentence(book, area, period, style) {
	if (book.areaKind(area) !== "area") return [];
	const highest = book.rank(area, "rso_rate", period, "highest");
	const lowest = book.rank(area, "rso_rate", period, "lowest");
	const figure = book.get(area, "rso_rate", period);
	if (!highest || !lowest || !figure || highest.of < AREAS_TO_RANK) return [];
	const isTop = highest.rank <= lowest.rank;
	const { rank } = isTop ? highest : lowest;
	const order = isTop ? "highest" : "lowest";
	const joint = highest.isTied ? "joint " : "";
	const position = rank === 1 ? [joint, {
		text: order,
		figure: ref(figure, 1, "rank")
	}] : [
		joint,
		{
			text: formatOrdinal(rank, style),
			figure: ref(figure, rank, "rank")
		},
		` ${order}`
	];
	return [compose("rank", [
		`${possessive(book.areaName(area))} rate is the `,
		...position,
		` of the ${highest.of} areas.`
	], book.across("rso_rate", period))];
}
/** The sentences for an area and edition, in the order a story would use them. */
function draftSentences(data, area, period, style) {
	const book = indexFigures(data);
	const trend = trendOf(book, area, "rso", period);
	const sentences = [];
	if (trend) sentences.push(...headline(book, trend, style), ...longRun(trend, style));
	else {
		const figure = book.get(area, "rso", period);
		if (figure) sentences.push(notPublished(book, figure, style));
	}
	sentences.push(...rateSentences(book, area, period, style), ...shareSentence(book, area, period, style), ...othersSentence(book, area, period, style), ...rankSentence(book, area, period, style));
	return sentences;
}
export { measureNoun as a, ref as c, HEADLINE_CLAUSE_RULES as d, STREAK_RULES as f, headline as i, streakSeries as l, count as n, notPublished as o, draftSentences as r, rate as s, compose as t, trendOf as u };

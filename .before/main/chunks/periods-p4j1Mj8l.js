// main/contract/periods.ts
var MIN_YEAR = 1990;
var MAX_YEAR = 2100;
function periodKeyForStartYear(startYear) {
	return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}
/** The year of the 31 March that closes a period: "2021/22" → 2022. */
function periodEndYear(key) {
	return Number(key.slice(0, 4)) + 1;
}
var isPlausible = (year) => year >= MIN_YEAR && year <= MAX_YEAR;
var SPAN = /(?<![\d])((?:19|20)\d\d)\s*(?:\/|-|–|—|\bto\b)\s*((?:19|20)?\d\d)(?![\d])/i;
var MARCH_31 = /\b31(?:st)?\s+mar(?:ch)?\.?\s*,?\s*((?:19|20)\d\d)\b/i;
var END_OF_MARCH = /\b(?:year\s+)?(?:end(?:ing|ed)?|at)\s+(?:the\s+end\s+of\s+)?(?:of\s+)?mar(?:ch)?\.?\s+((?:19|20)\d\d)\b/i;
var MARCH_31_NUMERIC = /\b31[/.-]0?3[/.-]((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-03-31\b/;
var BARE_YEAR = /^\s*((?:19|20)\d\d)\s*$/;
/** Every financial year a text names; a title over a range ("2019/20 to 2021/22") names several. */
function spansIn(text) {
	const found = [];
	const pattern = new RegExp(SPAN.source, "gi");
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const period = spanOf(match);
		if (period) found.push(period);
		pattern.lastIndex = match.index + (period ? match[0].length : 4);
	}
	return found;
}
function fromSpan(text) {
	return latestOf(spansIn(text));
}
/** The latest of several periods: a range is published in the edition of its last year. */
function latestOf(periods) {
	return periods.reduce((latest, period) => !latest || period.key > latest.key ? period : latest, void 0);
}
function spanOf(match) {
	const start = Number(match[1]);
	const endText = match[2];
	if ((endText.length === 2 ? Math.floor(start / 100) * 100 + Number(endText) + (Number(endText) < start % 100 ? 100 : 0) : Number(endText)) !== start + 1 || !isPlausible(start)) return void 0;
	return {
		key: periodKeyForStartYear(start),
		label: match[0].trim()
	};
}
function fromMarch31(text) {
	for (const pattern of [
		MARCH_31,
		MARCH_31_NUMERIC,
		END_OF_MARCH
	]) {
		const all = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
		const found = [];
		for (let match = all.exec(text); match; match = all.exec(text)) {
			const end = Number(match[1] ?? match[2]);
			if (isPlausible(end)) found.push({
				key: periodKeyForStartYear(end - 1),
				label: match[0].trim()
			});
		}
		if (found.length > 0) return latestOf(found);
	}
}
/**
* Reads a period from free text such as a title, a file name or a Year cell.
* A bare year ("2022") is read as "at 31 March 2022" only where the caller says so (a Year column),
* because in a title it is too ambiguous to trust.
*/
function parsePeriod(text, options = {}) {
	const found = fromMarch31(text) ?? fromSpan(text);
	if (found) return found;
	if (options.allowBareYear) {
		const bare = BARE_YEAR.exec(text);
		if (bare && isPlausible(Number(bare[1]))) return {
			key: periodKeyForStartYear(Number(bare[1]) - 1),
			label: bare[1]
		};
	}
}
/** Compares period keys chronologically (they sort as text, but say so in one place). */
function comparePeriods(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
export { periodKeyForStartYear as i, parsePeriod as n, periodEndYear as r, comparePeriods as t };

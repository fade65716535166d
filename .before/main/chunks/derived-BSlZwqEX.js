// main/domain/derived.ts
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);
/** Change on the previous period: 1,867 − 1,684 = 183. */
function change(current, previous) {
	return isNumber(current) && isNumber(previous) ? current - previous : void 0;
}
/** Per cent change on the previous period; undefined from a base of zero. */
function percentChange(current, previous) {
	if (!isNumber(current) || !isNumber(previous) || previous === 0) return void 0;
	return (current - previous) / previous * 100;
}
/** Share of a whole, in per cent (e.g. registered sexual offenders as a share of all MAPPA offenders). */
function share(part, whole) {
	if (!isNumber(part) || !isNumber(whole) || whole === 0) return void 0;
	return part / whole * 100;
}
/** Counts and the rates published for them, per 100,000 people aged 10 and over. */
var RATE_PAIRS = [{
	count: "rso",
	rate: "rso_rate",
	label: "registered sexual offenders"
}, {
	count: "total",
	rate: "total_rate",
	label: "MAPPA-eligible offenders"
}];
/** Rate per 100,000 people: count / population × 100,000. */
function ratePer100k(count, population) {
	if (!isNumber(count) || !isNumber(population) || population <= 0) return void 0;
	return count / population * 1e5;
}
/**
* The population aged 10 and over a published count and its published rate imply
* (count / rate × 100,000). The MoJ rounds rates to whole numbers, so this is approximate.
*/
function impliedPopulation(count, rate) {
	if (!isNumber(count) || !isNumber(rate) || rate <= 0) return void 0;
	return count / rate * 1e5;
}
/**
* The population aged 10 and over of one area, as its published counts and rates imply: from the
* first pair (registered sexual offenders, then all MAPPA offenders) that `period` has both of, else
* from the nearest of `otherPeriods` that has (populations move by well under 2% a year). `published`
* gives a figure as published, never an edit, so an edited count never moves the population.
*/
function areaPopulation(published, period, otherPeriods = []) {
	const yearOf = (key) => Number(key.slice(0, 4));
	const nearestFirst = [period, ...otherPeriods.filter((other) => other !== period).sort((a, b) => Math.abs(yearOf(a) - yearOf(period)) - Math.abs(yearOf(b) - yearOf(period)) || (a < b ? -1 : 1))];
	for (const candidate of nearestFirst) for (const pair of RATE_PAIRS) {
		const population = impliedPopulation(published(pair.count, candidate), published(pair.rate, candidate));
		if (population !== void 0) return population;
	}
}
/** A rate per 100,000 worked out from a count, rounded to a whole number as the MoJ publishes rates (an implied population allows no more). */
function wholeRate(count, population) {
	const rate = ratePer100k(count, population);
	return rate === void 0 ? void 0 : Math.round(rate);
}
/** "One in N" people: 100,000 / rate per 100,000, so a rate of 114 is one in 877. */
function oneInN(ratePer100kValue) {
	if (!isNumber(ratePer100kValue) || ratePer100kValue <= 0) return void 0;
	return 1e5 / ratePer100kValue;
}
/**
* Ranks values highest first, ties sharing a rank ("1, 2, 2, 4"). Keys without a number get no
* rank and take no place.
*/
function rankDescending(values) {
	return new Map([...rankAmong(values)].map(([key, place]) => [key, place.rank]));
}
/**
* Places values highest first among those that have one. Ties are on the figure as published:
* values are compared at six decimal places, so float noise in a stored value never splits a tie.
*/
function rankAmong(values) {
	const ranked = [...values].filter((entry) => isNumber(entry[1])).map(([key, value]) => [key, Math.round(value * 1e6) / 1e6]).sort((a, b) => b[1] - a[1]);
	const counts = /* @__PURE__ */ new Map();
	for (const [, value] of ranked) counts.set(value, (counts.get(value) ?? 0) + 1);
	const places = /* @__PURE__ */ new Map();
	let rank = 0;
	ranked.forEach(([key, value], index) => {
		if (index === 0 || ranked[index - 1][1] !== value) rank = index + 1;
		places.set(key, {
			rank,
			of: ranked.length,
			isTied: counts.get(value) > 1
		});
	});
	return places;
}
export { oneInN as a, rankDescending as c, wholeRate as d, impliedPopulation as i, ratePer100k as l, areaPopulation as n, percentChange as o, change as r, rankAmong as s, RATE_PAIRS as t, share as u };

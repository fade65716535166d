import { c as aliasKey, f as slugify, s as AREAS } from "./measures-Dj0ua4gL.js";
import { i as periodKeyForStartYear } from "./periods-p4j1Mj8l.js";
import { c as rankDescending } from "./derived-BSlZwqEX.js";
import { t as mappaTotal } from "./total-BVq_KHOG.js";
// main/domain/story/book.ts
/** Statuses whose value is a real published number to compare: a nil is 0, a revision is still the figure. */
var COMPARABLE = /* @__PURE__ */ new Set([
	"value",
	"nil",
	"revised"
]);
var isComparableStatus = (status) => COMPARABLE.has(status);
var previousPeriod = (period) => periodKeyForStartYear(Number(period.slice(0, 4)) - 1);
var ENGLAND_AND_WALES = "england-and-wales";
var keyOf = (area, measure, period) => `${area}|${measure}|${period}`;
function indexFigures(data) {
	const byKey = /* @__PURE__ */ new Map();
	const bySeries = /* @__PURE__ */ new Map();
	const names = new Map(AREAS.map((area) => [slugify(area.name), area.name]));
	const kinds = new Map(AREAS.map((area) => [slugify(area.name), area.kind]));
	for (const figure of data.figures) {
		byKey.set(keyOf(figure.area, figure.measure, figure.period), figure);
		const seriesKey = `${figure.area}|${figure.measure}`;
		bySeries.set(seriesKey, [...bySeries.get(seriesKey) ?? [], figure]);
		names.set(figure.area, figure.areaName);
		kinds.set(figure.area, figure.areaKind);
	}
	const earlier = /* @__PURE__ */ new Map();
	for (const figure of data.history ?? []) {
		const key = keyOf(figure.area, figure.measure, figure.period);
		earlier.set(key, [...earlier.get(key) ?? [], figure]);
	}
	for (const series of bySeries.values()) series.sort((a, b) => a.period < b.period ? -1 : 1);
	const number = (area, measure, period) => {
		const figure = byKey.get(keyOf(area, measure, period));
		return figure && figure.value !== null && isComparableStatus(figure.status) ? figure.value : void 0;
	};
	const rankCache = /* @__PURE__ */ new Map();
	return {
		get: (area, measure, period) => byKey.get(keyOf(area, measure, period)),
		earlier: (area, measure, period) => earlier.get(keyOf(area, measure, period)) ?? [],
		number,
		series: (area, measure) => bySeries.get(`${area}|${measure}`) ?? [],
		breakBetween: (area, measure, from, to) => data.breaks.find((brk) => (brk.area === null || brk.area === area) && (brk.measure === null || brk.measure === measure) && brk.period > from && brk.period <= to),
		areaName: (area) => names.get(area) ?? area,
		areaKind: (area) => kinds.get(area),
		rank: (area, measure, period, order) => {
			const cacheKey = `${measure}|${period}|${order}`;
			let cached = rankCache.get(cacheKey);
			if (!cached) {
				const values = /* @__PURE__ */ new Map();
				for (const [slug, kind] of kinds) {
					if (kind !== "area") continue;
					const value = number(slug, measure, period);
					if (value !== void 0) values.set(slug, order === "highest" ? value : -value);
				}
				cached = {
					ranks: rankDescending(values),
					of: values.size
				};
				rankCache.set(cacheKey, cached);
			}
			const rank = cached.ranks.get(area);
			if (rank === void 0) return void 0;
			let sharing = 0;
			for (const other of cached.ranks.values()) if (other === rank) sharing++;
			return {
				rank,
				of: cached.of,
				isTied: sharing > 1,
				sharing
			};
		},
		across: (measure, period) => {
			const found = [];
			for (const [slug, kind] of kinds) {
				const figure = kind === "area" ? byKey.get(keyOf(slug, measure, period)) : void 0;
				if (figure) found.push(figure);
			}
			return found;
		},
		total: (area, period) => {
			const total = mappaTotal((measure) => byKey.has(keyOf(area, measure, period)) ? { value: number(area, measure, period) } : void 0);
			return total && {
				value: total.value,
				figures: total.measures.map((measure) => byKey.get(keyOf(area, measure, period))),
				isSum: total.isSum
			};
		}
	};
}
[...AREAS.flatMap((area) => [area.name, ...area.aliases.filter((alias) => !/^(?:total|all areas|nsd)$/i.test(alias))].map((spelling) => ({
	key: aliasKey(spelling),
	slug: slugify(area.name)
})))].sort((a, b) => b.key.length - a.key.length);
export { previousPeriod as i, indexFigures as n, isComparableStatus as r, ENGLAND_AND_WALES as t };

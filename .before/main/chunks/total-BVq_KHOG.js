import { t as MAPPA_CATEGORIES } from "./measures-Dj0ua4gL.js";
// main/domain/total.ts
/**
* The published total ("All MAPPA-eligible offenders") where the table gives it as a number. Where it
* does not, the categories added up, which is honest because every MAPPA-eligible offender is in
* exactly one category, so the published total is their sum: categories 1 to 3 must each be a number,
* and Category 4 too where the table has it (a table from before it was published has no column, and
* its offenders were then counted in the other three). A category held as a marker ([c], [x]) leaves
* the total unknown: adding up the rest would understate it.
*/
function mappaTotal(held) {
	const published = held("total")?.value;
	if (published !== void 0) return {
		value: published,
		measures: ["total"],
		isSum: false
	};
	const [rso, violent, otherDangerous, terrorism] = MAPPA_CATEGORIES.map((measure) => held(measure));
	const parts = [
		rso,
		violent,
		otherDangerous,
		...terrorism ? [terrorism] : []
	];
	if (!parts.every((part) => part?.value !== void 0)) return void 0;
	const measures = MAPPA_CATEGORIES.slice(0, parts.length);
	return {
		value: parts.reduce((sum, part) => sum + part.value, 0),
		measures: [...measures],
		isSum: true
	};
}
export { mappaTotal as t };

// main/domain/format.ts
var formatters = /* @__PURE__ */ new Map();
/** 1867 → "1,867"; 113.6 → "113.6"; at most `maxDecimals` decimals (default 2). */
function formatFigure(value, maxDecimals = 2) {
	let formatter = formatters.get(maxDecimals);
	if (!formatter) {
		formatter = new Intl.NumberFormat("en-GB", { maximumFractionDigits: maxDecimals });
		formatters.set(maxDecimals, formatter);
	}
	return formatter.format(value);
}
/**
* A count in the command line's words: 473 → "473"; 148203 → "148,203", as en-GB writes it.
* Whole numbers are grouped here rather than through Intl, whose en-GB data takes about 16 ms to
* load the first time, longer than the command line takes to write a MoJ table.
*/
function groupedCount(value) {
	if (!Number.isSafeInteger(value)) return formatFigure(value);
	const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ",");
	return value < 0 ? `-${grouped}` : grouped;
}
export { groupedCount as n, formatFigure as t };

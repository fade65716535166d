// main/contract/derived-columns.ts
/** In the order the grid and the tables show them. */
var DERIVED_COLUMNS = [
	{
		kind: "change",
		label: "Change",
		header: "Change",
		description: "Change on the previous period (this figure minus the one a year before)",
		tableHeader: "change",
		decimals: 0,
		isSigned: true
	},
	{
		kind: "percentChange",
		label: "% change",
		header: "% change",
		description: "Per cent change on the previous period, to one decimal place",
		tableHeader: "% change",
		decimals: 1,
		isSigned: true
	},
	{
		kind: "share",
		label: "Share of total",
		header: "Share",
		description: "Share of the area's MAPPA total, in per cent: the published total, or where the table gives none, its categories added up",
		tableHeader: "share of MAPPA total %",
		decimals: 1,
		isSigned: false
	},
	{
		kind: "rate",
		label: "Rate per 100k",
		header: "Per 100k",
		description: "Rate per 100,000 people aged 10 and over, using the population the published rate implies; a whole number, as the MoJ publishes rates",
		tableHeader: "per 100,000 aged 10+",
		decimals: 0,
		isSigned: false
	},
	{
		kind: "oneInN",
		label: "One in N",
		header: "One in N",
		description: "One in N people aged 10 and over (100,000 ÷ rate per 100,000)",
		tableHeader: "one in N",
		decimals: 0,
		isSigned: false
	},
	{
		kind: "rank",
		label: "Rank",
		header: "Rank",
		description: "Rank among the areas with a figure, 1 = highest (\"6th of 42\"); \"=\" marks a rank shared by a tie",
		tableHeader: "rank",
		decimals: 0,
		isSigned: false
	}
];
var DERIVED_KINDS = DERIVED_COLUMNS.map((column) => column.kind);
function derivedColumnInfo(kind) {
	return DERIVED_COLUMNS.find((column) => column.kind === kind) ?? DERIVED_COLUMNS[0];
}
/** The minus sign a printed table uses, as the Revisions panel writes it. */
var MINUS = "−";
var formatters = /* @__PURE__ */ new Map();
/** en-GB digits with exactly `decimals` decimals: "1,867", "10.9". */
function grouped(value, decimals) {
	let formatter = formatters.get(decimals);
	if (!formatter) {
		formatter = new Intl.NumberFormat("en-GB", {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		});
		formatters.set(decimals, formatter);
	}
	return formatter.format(value);
}
/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd … 111th. */
function ordinal(rank) {
	const lastTwo = rank % 100;
	const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : [
		"th",
		"st",
		"nd",
		"rd"
	][rank % 10] ?? "th";
	return `${grouped(rank, 0)}${suffix}`;
}
/** "6th of 42", "=3rd of 12" from the core's rank, count and tie; "6th" when the count is not given. */
function rankLabel(rank, of, isTied = false) {
	if (rank === void 0 || !Number.isFinite(rank)) return "";
	const place = `${isTied ? "=" : ""}${ordinal(rank)}`;
	return of === void 0 ? place : `${place} of ${grouped(of, 0)}`;
}
/** A change keeps one decimal when it is not whole (an edited rate); everything else its column's decimals. */
var decimalsFor = (kind, value) => kind === "change" && !Number.isInteger(value) ? 1 : derivedColumnInfo(kind).decimals;
/** The figure rounded as shown, so a data file and the printed table agree. */
function derivedData(kind, value) {
	const factor = 10 ** decimalsFor(kind, value);
	return Math.round(value * factor) / factor;
}
/** As a reader sees it: "+183", "−2.4%", "12.3%", "114", "1 in 877", "=3rd of 42" (`of` left out: "=3rd"). */
function derivedText(kind, value, place = {}) {
	const rounded = derivedData(kind, value);
	const decimals = decimalsFor(kind, rounded);
	switch (kind) {
		case "change":
		case "percentChange": {
			const text = `${grouped(Math.abs(rounded), decimals)}${kind === "percentChange" ? "%" : ""}`;
			return rounded > 0 ? `+${text}` : rounded < 0 ? `${MINUS}${text}` : text;
		}
		case "share": return `${grouped(rounded, decimals)}%`;
		case "rate": return grouped(rounded, decimals);
		case "oneInN": return `1 in ${grouped(rounded, 0)}`;
		case "rank": return rankLabel(rounded, place.of, place.isTied === true);
	}
}
export { ordinal as a, derivedText as i, DERIVED_KINDS as n, derivedData as r, DERIVED_COLUMNS as t };

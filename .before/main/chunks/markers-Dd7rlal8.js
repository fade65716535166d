// main/contract/markers.ts
var CELL_STATUSES = [
	"value",
	"nil",
	"not_available",
	"not_applicable",
	"suppressed",
	"estimate",
	"provisional",
	"revised",
	"low_reliability",
	"text"
];
/**
* Markers standing alone in a cell, per the gov.uk guidance and older MoJ practice. A Map, as the
* key is a cell's text: a cell reading "constructor" or "__proto__" is text, not a marker.
*/
var LONE_MARKERS = /* @__PURE__ */ new Map([
	["-", {
		status: "nil",
		value: 0
	}],
	["–", {
		status: "nil",
		value: 0
	}],
	["—", {
		status: "nil",
		value: 0
	}],
	["..", {
		status: "not_available",
		value: null
	}],
	[":", {
		status: "not_available",
		value: null
	}],
	["[x]", {
		status: "not_available",
		value: null
	}],
	["n/a", {
		status: "not_available",
		value: null
	}],
	["[z]", {
		status: "not_applicable",
		value: null
	}],
	["[c]", {
		status: "suppressed",
		value: null
	}],
	["*", {
		status: "suppressed",
		value: null
	}],
	["~", {
		status: "suppressed",
		value: null
	}]
]);
/** Shorthand that qualifies a number without hiding it. */
var QUALIFIERS = {
	"[e]": "estimate",
	"[p]": "provisional",
	"[r]": "revised",
	"[u]": "low_reliability"
};
var NOTE_REF = /\[note\s*(\d+)\]/gi;
var NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
/** Reads "1,867", " 1867 ", "12.5%"-free numbers; undefined for anything that is not one number. */
function parseNumber(text) {
	const compact = text.trim().replace(/\s+/g, "");
	if (compact === "" || !/\d/.test(compact) || !NUMBER.test(compact)) return void 0;
	const value = Number(compact.replace(/,/g, ""));
	return Number.isFinite(value) ? value : void 0;
}
/**
* Interprets one cell. `text` is the cell as displayed; `numeric` the stored number where the
* spreadsheet held one (so 1867 formatted as "1,867" reads exactly).
*/
function readCell(text, numeric) {
	const footnotes = [];
	let rest = text.replace(NOTE_REF, (_, ref) => {
		footnotes.push(ref);
		return " ";
	});
	rest = rest.trim();
	const lone = LONE_MARKERS.get(rest.toLowerCase());
	if (lone) return {
		...lone,
		footnotes
	};
	let status = "value";
	for (const [token, qualifier] of Object.entries(QUALIFIERS)) if (rest.toLowerCase().includes(token)) {
		status = qualifier;
		rest = rest.replace(new RegExp(token.replace(/[[\]]/g, "\\$&"), "ig"), " ").trim();
	}
	if (/\d\s*\*+$/.test(rest)) {
		footnotes.push("*");
		rest = rest.replace(/\*+$/, "").trim();
	}
	const isPercent = /%\s*$/.test(rest);
	const shown = parseNumber(rest.replace(/\s*(?:%|per\s*cent)$/i, ""));
	const hasNumber = numeric !== void 0 && Number.isFinite(numeric);
	if (hasNumber && status === "value" && footnotes.length === 0 && !isPercent) {
		if (shown !== void 0 && shown !== numeric) return {
			value: shown,
			status,
			footnotes,
			stored: numeric
		};
		return {
			value: numeric,
			status,
			footnotes
		};
	}
	if (shown === void 0) return {
		value: null,
		status: rest === "" && footnotes.length > 0 ? "not_available" : "text",
		footnotes
	};
	if (hasNumber && isPercent) {
		const stored = Math.round(numeric * 100 * 1e9) / 1e9;
		if (stored !== shown) return {
			value: shown,
			status,
			footnotes,
			stored
		};
	}
	return {
		value: shown,
		status,
		footnotes
	};
}
export { readCell as n, CELL_STATUSES as t };

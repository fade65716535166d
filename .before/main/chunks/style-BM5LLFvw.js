import { a as ordinal } from "./derived-columns-CkM9NlLd.js";
import { r as periodEndYear } from "./periods-p4j1Mj8l.js";
import { t as formatFigure } from "./format-CRIpvfIs.js";
// main/domain/story/style.ts
var DEFAULT_STYLE = {
	percent: "per-cent",
	smallNumbers: "words",
	offenderTerm: "sex",
	yearStyle: "end-of-march"
};
/** The allowed values of each setting, in the order a settings menu lists them. */
var STYLE_CHOICES = {
	percent: ["per-cent", "percent-sign"],
	smallNumbers: ["words", "figures"],
	offenderTerm: ["sex", "sexual"],
	yearStyle: [
		"end-of-march",
		"year-to",
		"financial"
	]
};
/** Reads stored setting values, keeping the default for anything missing or unknown. */
function styleFrom(values) {
	const pick = (key) => {
		const value = values[key];
		return STYLE_CHOICES[key].includes(value) ? value : DEFAULT_STYLE[key];
	};
	return {
		percent: pick("percent"),
		smallNumbers: pick("smallNumbers"),
		offenderTerm: pick("offenderTerm"),
		yearStyle: pick("yearStyle")
	};
}
var SMALL_NUMBER_WORDS = [
	"zero",
	"one",
	"two",
	"three",
	"four",
	"five",
	"six",
	"seven",
	"eight",
	"nine"
];
var ORDINAL_WORDS = [
	"",
	"first",
	"second",
	"third",
	"fourth",
	"fifth",
	"sixth",
	"seventh",
	"eighth",
	"ninth"
];
/** A count as house style writes it: "1,867", and numbers under ten in words where the style says so. */
function formatCount(value, style) {
	if (style.smallNumbers === "words" && value === 0) return "no";
	if (style.smallNumbers === "words" && Number.isInteger(value) && value > 0 && value < 10) return SMALL_NUMBER_WORDS[value];
	return formatFigure(value, 1);
}
/** A rate as published: whole numbers stay whole, never in words ("114", "0.5"). */
function formatRate(value) {
	return formatFigure(value, 1);
}
/** Per cent to the precision a reader needs: whole numbers, one decimal place under 1. */
function roundPercent(value) {
	const size = Math.abs(value);
	return size < 1 && size > 0 ? Math.round(value * 10) / 10 : Math.round(value);
}
function formatPercent(value, style) {
	const text = formatFigure(roundPercent(value), 1);
	return style.percent === "per-cent" ? `${text} per cent` : `${text}%`;
}
/** "third", "12th", "21st"; under ten in words where the style says so. */
function formatOrdinal(rank, style) {
	if (style.smallNumbers === "words" && rank > 0 && rank < 10) return ORDINAL_WORDS[rank];
	return ordinal(rank);
}
/** "registered sex offenders" or "registered sexual offenders" (short: "sex offenders"). */
function offenderName(style, form = "full") {
	const noun = style.offenderTerm === "sex" ? "sex offenders" : "sexual offenders";
	return form === "full" ? `registered ${noun}` : noun;
}
/** When a snapshot figure stands, as the style writes it: "at the end of March 2022", "in 2021/22". */
function periodPhrase(period, style) {
	const end = periodEndYear(period);
	if (style.yearStyle === "financial") return `in ${period}`;
	if (style.yearStyle === "year-to") return `in the year to March ${end}`;
	return `at the end of March ${end}`;
}
/** A period named in passing, as the style writes it: "2018/19", "March 2019". */
function periodName(period, style) {
	return style.yearStyle === "financial" ? period : `March ${periodEndYear(period)}`;
}
/** "Essex's", "Dyfed-Powys's". */
function possessive(name) {
	return `${name}'s`;
}
function capitalise(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
export { formatPercent as a, periodName as c, roundPercent as d, styleFrom as f, formatOrdinal as i, periodPhrase as l, capitalise as n, formatRate as o, formatCount as r, offenderName as s, STYLE_CHOICES as t, possessive as u };

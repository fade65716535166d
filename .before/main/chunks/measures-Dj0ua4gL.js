// main/contract/areas.ts
var area = (name, aliases = [], isWelsh = false) => ({
	name,
	kind: "area",
	isWelsh,
	aliases
});
/** Canonical names follow the MoJ's most recent tables; aliases are older or press spellings. */
var AREAS = [
	area("Avon and Somerset", ["Avon & Somerset"]),
	area("Bedfordshire"),
	area("Cambridgeshire"),
	area("Cheshire"),
	area("Teesside", ["Cleveland"]),
	area("Cumbria"),
	area("Derbyshire"),
	area("Devon and Cornwall", ["Devon & Cornwall"]),
	area("Dorset"),
	area("County Durham", ["Durham"]),
	area("Dyfed-Powys", ["Dyfed Powys"], true),
	area("Essex"),
	area("Gloucestershire"),
	area("Greater Manchester"),
	area("Gwent", [], true),
	area("Hampshire", ["Hampshire and Isle of Wight", "Hampshire & Isle of Wight"]),
	area("Hertfordshire"),
	area("Humberside"),
	area("Kent"),
	area("Lancashire"),
	area("Leicestershire"),
	area("Lincolnshire"),
	area("London", [
		"Metropolitan and City of London",
		"Metropolitan Police and City of London",
		"Metropolitan & City of London",
		"Greater London"
	]),
	area("Merseyside"),
	area("Norfolk"),
	area("North Wales", [], true),
	area("North Yorkshire"),
	area("Northamptonshire"),
	area("Northumbria"),
	area("Nottinghamshire"),
	area("South Wales", [], true),
	area("South Yorkshire"),
	area("Staffordshire"),
	area("Suffolk"),
	area("Surrey"),
	area("Sussex"),
	area("Thames Valley"),
	area("Warwickshire"),
	area("West Mercia"),
	area("West Midlands"),
	area("West Yorkshire"),
	area("Wiltshire"),
	{
		name: "England and Wales",
		kind: "total",
		isWelsh: false,
		aliases: [
			"England & Wales",
			"Total",
			"England and Wales total",
			"Total England and Wales",
			"All areas"
		]
	},
	{
		name: "Wales",
		kind: "total",
		isWelsh: true,
		aliases: ["Wales total", "Total Wales"]
	},
	{
		name: "National Security Division",
		kind: "other",
		isWelsh: false,
		aliases: ["NSD", "National Security Division (NSD)"]
	}
];
/** slug = lowercase canonical name, every run of non-alphanumerics turned into one `-`. */
function slugify(text) {
	return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
/**
* The key two spellings share when they name the same area: case, `&`/`and`, punctuation,
* footnote markers ("Durham (1)", "Kent [note 3]", "Essex*") and spacing are ignored.
*/
function aliasKey(text) {
	return text.replace(/\[(?:note\s*)?\d+\]/gi, " ").replace(/\(\s*\d+\s*\)/g, " ").replace(/\*+/g, " ").replace(/&/g, " and ").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
var byKey$1 = /* @__PURE__ */ new Map();
for (const definition of AREAS) for (const spelling of [definition.name, ...definition.aliases]) byKey$1.set(aliasKey(spelling), definition);
/** Finds the built-in area a row label names, or undefined (the store also knows user mappings). */
function findBuiltInArea(label) {
	return byKey$1.get(aliasKey(label));
}
/** The nine English regions and Wales, each MAPPA area in the region its police force sits in. */
var REGIONS = [
	{
		slug: "north-east",
		name: "North East",
		areas: [
			"County Durham",
			"Northumbria",
			"Teesside"
		]
	},
	{
		slug: "north-west",
		name: "North West",
		areas: [
			"Cheshire",
			"Cumbria",
			"Greater Manchester",
			"Lancashire",
			"Merseyside"
		]
	},
	{
		slug: "yorkshire-and-the-humber",
		name: "Yorkshire and the Humber",
		areas: [
			"Humberside",
			"North Yorkshire",
			"South Yorkshire",
			"West Yorkshire"
		]
	},
	{
		slug: "east-midlands",
		name: "East Midlands",
		areas: [
			"Derbyshire",
			"Leicestershire",
			"Lincolnshire",
			"Northamptonshire",
			"Nottinghamshire"
		]
	},
	{
		slug: "west-midlands",
		name: "West Midlands",
		areas: [
			"Staffordshire",
			"Warwickshire",
			"West Mercia",
			"West Midlands"
		]
	},
	{
		slug: "east-of-england",
		name: "East of England",
		areas: [
			"Bedfordshire",
			"Cambridgeshire",
			"Essex",
			"Hertfordshire",
			"Norfolk",
			"Suffolk"
		]
	},
	{
		slug: "london",
		name: "London",
		areas: ["London"]
	},
	{
		slug: "south-east",
		name: "South East",
		areas: [
			"Hampshire",
			"Kent",
			"Surrey",
			"Sussex",
			"Thames Valley"
		]
	},
	{
		slug: "south-west",
		name: "South West",
		areas: [
			"Avon and Somerset",
			"Devon and Cornwall",
			"Dorset",
			"Gloucestershire",
			"Wiltshire"
		]
	},
	{
		slug: "wales",
		name: "Wales",
		areas: [
			"Dyfed-Powys",
			"Gwent",
			"North Wales",
			"South Wales"
		]
	}
];
var regionByArea = new Map(REGIONS.flatMap((region) => region.areas.map((name) => [slugify(name), region])));
/** The region an area slug sits in; undefined for England and Wales, Wales and the National Security Division. */
function regionOf(areaSlug) {
	return regionByArea.get(areaSlug);
}
/** The area slugs a name stands for: an area's own slug, or every area of a region; undefined for neither. */
function areasFor(slugOrRegion) {
	const region = REGIONS.find((candidate) => candidate.slug === slugOrRegion);
	if (region) return region.areas.map(slugify);
	return AREAS.some((definition) => slugify(definition.name) === slugOrRegion) ? [slugOrRegion] : void 0;
}
// main/contract/measures.ts
var m = (id, label, unit, kind, category, level, aliases) => ({
	id,
	label,
	unit,
	kind,
	category,
	level,
	aliases
});
var CATEGORY_NAMES = {
	1: "registered sexual offenders (Category 1)",
	2: "violent offenders (Category 2)",
	3: "other dangerous offenders (Category 3)",
	4: "terrorism offenders (Category 4)"
};
/**
* Management levels: at 31 March (all offenders and by category) and, for levels 2 and 3, managed
* during the year. Category 3 offenders are never managed at level 1, so it has no such measure.
*/
function levelMeasures() {
	const measures = [];
	for (const level of [
		1,
		2,
		3
	]) {
		measures.push(m(`level${level}`, `Offenders managed at level ${level} at 31 March`, "count", "snapshot", null, level, [`Level ${level}`, `Level ${level} total`]));
		for (const category of [
			1,
			2,
			3
		]) {
			if (category === 3 && level === 1) continue;
			measures.push(m(`cat${category}_level${level}`, `${capitalise(CATEGORY_NAMES[category])} managed at level ${level} at 31 March`, "count", "snapshot", category, level, []));
		}
	}
	for (const level of [2, 3]) {
		measures.push(m(`level${level}_year`, `Offenders managed at level ${level} during the year`, "count", "flow", null, level, []));
		for (const category of [
			1,
			2,
			3
		]) measures.push(m(`cat${category}_level${level}_year`, `${capitalise(CATEGORY_NAMES[category])} managed at level ${level} during the year`, "count", "flow", category, level, []));
	}
	return measures;
}
function capitalise(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
var MEASURES = [
	m("rso", "Registered sexual offenders (Category 1) at 31 March", "count", "snapshot", 1, null, [
		"Category 1",
		"Category 1 registered sexual offenders",
		"Registered sexual offenders",
		"Registered sex offenders",
		"Category 1 Registered sexual offenders (RSOs)",
		"Registered sexual offenders (Category 1)",
		"Category 1 RSOs",
		"RSOs",
		"Number of registered sexual offenders",
		"Number of RSOs at 31 March",
		"rso"
	]),
	m("violent", "Violent offenders (Category 2) at 31 March", "count", "snapshot", 2, null, [
		"Category 2",
		"Category 2 violent offenders",
		"Violent offenders",
		"Violent and other sexual offenders",
		"Category 2 Violent offenders",
		"Violent offenders (Category 2)",
		"violent"
	]),
	m("other_dangerous", "Other dangerous offenders (Category 3) at 31 March", "count", "snapshot", 3, null, [
		"Category 3",
		"Category 3 other dangerous offenders",
		"Other dangerous offenders",
		"Other dangerous offenders (Category 3)",
		"other_dangerous"
	]),
	m("terrorism", "Terrorism and terrorism-risk offenders (Category 4) at 31 March", "count", "snapshot", 4, null, [
		"Category 4",
		"Category 4 terrorism offenders",
		"Terrorism offenders",
		"Category 4 terrorist and terrorism risk offenders"
	]),
	m("total", "All MAPPA-eligible offenders at 31 March", "count", "snapshot", null, null, [
		"Total",
		"Total MAPPA eligible offenders",
		"Total number of MAPPA eligible offenders",
		"All MAPPA eligible offenders",
		"Total MAPPA offenders",
		"total"
	]),
	m("rso_rate", "Registered sexual offenders per 100,000 population aged 10 and over", "rate", "snapshot", 1, null, [
		"Rate per 100,000",
		"RSOs per 100,000 population",
		"Registered sexual offenders per 100,000 population",
		"Registered sexual offenders per 100,000 population aged 10 and over",
		"RSOs per 100,000 population aged 10 and over",
		"Rate of RSOs per 100,000 population",
		"Rate per 100,000 population aged 10 and over",
		"rso_rate"
	]),
	m("total_rate", "All MAPPA-eligible offenders per 100,000 population aged 10 and over", "rate", "snapshot", null, null, [
		"Total MAPPA eligible offenders per 100,000",
		"Total MAPPA eligible offenders per 100,000 population",
		"Total MAPPA eligible offenders per 100,000 population aged 10 and over",
		"MAPPA eligible offenders per 100,000 population",
		"All MAPPA eligible offenders per 100,000 population aged 10 and over",
		"total_rate"
	]),
	...levelMeasures(),
	m("breaches_notification", "Registered sexual offenders cautioned or convicted for breach of notification requirements", "count", "flow", 1, null, [
		"Breach of notification requirements",
		"RSOs cautioned or convicted for breach of notification requirements",
		"Cautioned or convicted for breach of notification requirements"
	]),
	m("shpo", "Sexual Harm Prevention Orders imposed", "count", "flow", 1, null, [
		"SHPOs",
		"Sexual Harm Prevention Orders",
		"SHPOs imposed"
	]),
	m("sro", "Sexual Risk Orders imposed", "count", "flow", 1, null, [
		"SROs",
		"Sexual Risk Orders",
		"SROs imposed"
	]),
	m("notification_orders", "Notification Orders imposed", "count", "flow", 1, null, ["Notification Orders", "NOs imposed"]),
	m("sopo", "Sexual Offences Prevention Orders imposed (before March 2015)", "count", "flow", 1, null, [
		"SOPOs",
		"Sexual Offences Prevention Orders",
		"SOPOs imposed"
	]),
	m("rsho", "Risk of Sexual Harm Orders imposed (before March 2015)", "count", "flow", 1, null, [
		"RSHOs",
		"Risk of Sexual Harm Orders",
		"RSHOs imposed"
	]),
	m("fto", "Foreign Travel Orders imposed (before March 2015)", "count", "flow", 1, null, [
		"FTOs",
		"Foreign Travel Orders",
		"FTOs imposed"
	]),
	m("returned_custody_licence", "Returned to custody for breach of licence", "count", "flow", null, null, ["Breach of licence", "Returned to custody for breach of licence"]),
	m("returned_custody_order", "Returned to custody for breach of a SOPO/SHPO or other order", "count", "flow", null, null, [
		"Breach of order",
		"Breach of SOPO",
		"Breach of SHPO",
		"Returned to custody for breach of SOPO/SHPO"
	]),
	m("sfo_charged", "Offenders charged with a serious further offence", "count", "flow", null, null, [
		"Serious further offences",
		"SFO charges",
		"Charged with a serious further offence",
		"Number of offenders charged with a serious further offence"
	])
];
/**
* The four MAPPA categories, Category 1 first: every MAPPA-eligible offender is in exactly one, so
* together they make the MAPPA total (main/domain/total.ts). Category 4 (terrorism and
* terrorism-risk offenders) is the newest: older tables have no column for it.
*/
var MAPPA_CATEGORIES = [
	"rso",
	"violent",
	"other_dangerous",
	"terrorism"
];
var byId = new Map(MEASURES.map((definition) => [definition.id, definition]));
var byKey = /* @__PURE__ */ new Map();
for (const definition of MEASURES) for (const spelling of [definition.label, ...definition.aliases]) byKey.set(aliasKey(spelling), definition);
function findMeasureById(id) {
	return byId.get(id);
}
/** Finds the catalogue measure a column header names, or undefined. */
function findBuiltInMeasure(header) {
	return byKey.get(aliasKey(header));
}
var CATEGORY_PATTERNS = [
	[1, /\bcat(?:egory)? ?1\b|\bregistered sex(?:ual)? offenders?\b|\brsos?\b/],
	[2, /\bcat(?:egory)? ?2\b|\bviolent\b/],
	[3, /\bcat(?:egory)? ?3\b|\bother dangerous\b/],
	[4, /\bcat(?:egory)? ?4\b|\bterroris/]
];
/**
* Reads a column header, with the merged group header above it, as the MoJ writes them across
* years ("Category 1" over "Level 2", "RSOs per 100,000 population (2)", "Breach of licence")
* and names the catalogue measure, or undefined when it is not one the catalogue knows.
*/
function matchMeasure(header, group) {
	const own = findBuiltInMeasure(header);
	const text = aliasKey(group ? `${group} ${header}` : header);
	if (own && !group) return own;
	const category = CATEGORY_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
	const level = /\blevel ([123])\b/.exec(text)?.[1];
	const isDuringYear = /\b(?:during|in) the year\b|\bmanaged during\b|\byear ending\b/.test(text);
	const pick = (id) => byId.get(id);
	if (/\bper 100 ?000\b|\brate\b/.test(text)) {
		if (category === void 0 && /\b(?:total|all)\b|\bmappa\b/.test(text)) return pick("total_rate");
		return category === void 0 || category === 1 ? pick("rso_rate") : void 0;
	}
	if (/\bbreach(?:es)? of (?:the )?notification/.test(text)) return pick("breaches_notification");
	if (/\bbreach of (?:their |a )?licen[cs]e\b/.test(text)) return pick("returned_custody_licence");
	if (/\bbreach of (?:a |an )?(?:sopo|shpo|order|sexual)/.test(text)) return pick("returned_custody_order");
	if (/\bserious further offen[cs]e|\bsfos?\b/.test(text)) return pick("sfo_charged");
	if (/\bshpos?\b|\bsexual harm prevention/.test(text)) return pick("shpo");
	if (/\bsros?\b|\bsexual risk orders?\b/.test(text)) return pick("sro");
	if (/\bsopos?\b|\bsexual offences prevention/.test(text)) return pick("sopo");
	if (/\brshos?\b|\brisk of sexual harm/.test(text)) return pick("rsho");
	if (/\bftos?\b|\bforeign travel/.test(text)) return pick("fto");
	if (/\bnotification orders?\b|\bnos? imposed\b/.test(text)) return pick("notification_orders");
	if (level !== void 0) {
		const base = category !== void 0 && category <= 3 ? `cat${category}_level${level}` : `level${level}`;
		return pick(isDuringYear ? `${base}_year` : base);
	}
	if (category !== void 0 && group !== void 0 && /^(?:total|all)\b/.test(aliasKey(header)) && !CATEGORY_PATTERNS.some(([, pattern]) => pattern.test(aliasKey(header)))) return pick(MAPPA_CATEGORIES[category - 1]);
	if (own) return own;
	if (category !== void 0 && !/\btotal\b/.test(aliasKey(header))) return pick(MAPPA_CATEGORIES[category - 1]);
	if (/^(?:total|all)\b/.test(aliasKey(header)) && category === void 0) return pick("total");
}
/**
* The custom measure a header the catalogue does not know becomes: labelled with the header's
* own text (footnote markers and line breaks tidied), so nothing in a table is dropped.
*/
function customMeasureFor(header) {
	const label = tidyHeader(header) || "Unlabelled column";
	const isRate = /\bper\s+100,?000\b|\brate\b/i.test(label);
	return {
		id: `custom:${slugify(aliasKey(label)) || "unlabelled"}`,
		label,
		unit: isRate ? "rate" : "count",
		kind: "unknown",
		category: null,
		level: null,
		aliases: []
	};
}
/** Header text as a person would write it: one line, single spaces, no "(1)" or "[note 1]" markers. */
function tidyHeader(header) {
	return header.replace(/\[note\s*\d+\]/gi, " ").replace(/\(\s*\d+\s*\)/g, " ").replace(/\s+/g, " ").trim();
}
export { matchMeasure as a, aliasKey as c, regionOf as d, slugify as f, findMeasureById as i, areasFor as l, MEASURES as n, tidyHeader as o, customMeasureFor as r, AREAS as s, MAPPA_CATEGORIES as t, findBuiltInArea as u };

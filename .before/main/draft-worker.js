import { c as aliasKey, f as slugify, s as AREAS, t as MAPPA_CATEGORIES } from "./chunks/measures-Dj0ua4gL.js";
import { i as periodKeyForStartYear } from "./chunks/periods-p4j1Mj8l.js";
import { l as ratePer100k, n as areaPopulation } from "./chunks/derived-BSlZwqEX.js";
import { n as indexFigures, t as ENGLAND_AND_WALES$1 } from "./chunks/book-BJghGQAS.js";
import { t as refuseOverlongDraft } from "./chunks/limits-BRb4rBJa.js";
import { t as copyCheckJson } from "./chunks/views-Dkj95Nr7.js";
import { n as serveTask } from "./chunks/worker-task-Dze3HQVT.js";
// main/domain/story/places.ts
var ENGLAND_AND_WALES = "england-and-wales";
/** Press names of areas and forces beyond the tables' own spellings. */
var PRESS_NAMES = [
	["the Met", "London"],
	["Met Police", "London"],
	["Metropolitan Police", "London"],
	["Scotland Yard", "London"],
	["City of London Police", "London"],
	["the capital", "London"],
	["Greater London", "London"],
	["Durham Constabulary", "County Durham"],
	["Cleveland Police", "Teesside"],
	["Isle of Wight", "Hampshire"],
	["Devon", "Devon and Cornwall"],
	["Cornwall", "Devon and Cornwall"],
	["Somerset", "Avon and Somerset"],
	["Manchester", "Greater Manchester"],
	["Powys", "Dyfed-Powys"],
	["Dyfed", "Dyfed-Powys"]
];
/** Sums of several areas the press writes about; the tables have no such row. */
var REGIONS = [
	"North East",
	"North West",
	"South East",
	"South West",
	"East Midlands",
	"East of England",
	"Yorkshire and the Humber",
	"Yorkshire and Humber",
	"Yorkshire",
	"the Midlands",
	"Home Counties"
];
var NATIONAL = [
	"nationally",
	"across England and Wales",
	"in England and Wales",
	"England and Wales",
	"England & Wales",
	"national rate",
	"national average",
	"national figure",
	"national total",
	"across the country",
	"the country as a whole",
	"nationwide",
	"England and Wales as a whole"
];
var BACK = [
	"the county",
	"the force area",
	"the police force area",
	"the area",
	"the region",
	"locally",
	"the city",
	"the borough"
];
var escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "Devon and Cornwall", "Devon & Cornwall", "Dyfed-Powys", "Dyfed Powys" all match one spelling. */
var loose = (spelling) => escape(aliasKey(spelling)).replace(/ and /g, " (?:and|&) ").replace(/ /g, "[\\s-]+");
function spellings() {
	const list = [];
	for (const area of AREAS) {
		if (area.kind !== "area") continue;
		for (const spelling of [area.name, ...area.aliases]) list.push({
			pattern: loose(spelling),
			kind: "area",
			slug: slugify(area.name)
		});
	}
	for (const [spelling, name] of PRESS_NAMES) list.push({
		pattern: spelling.startsWith("the ") ? `the\\s+${loose(spelling.slice(4))}` : loose(spelling),
		kind: "area",
		slug: slugify(name)
	});
	for (const spelling of NATIONAL) list.push({
		pattern: loose(spelling),
		kind: "national",
		slug: ENGLAND_AND_WALES
	});
	for (const region of REGIONS) list.push({
		pattern: loose(region),
		kind: "region",
		slug: region.replace(/^the /, "")
	});
	for (const spelling of BACK) list.push({
		pattern: loose(spelling),
		kind: "back",
		slug: ""
	});
	return list.sort((a, b) => b.pattern.length - a.pattern.length);
}
var SPELLINGS = spellings();
/**
* Spellings by their first word, each a sticky pattern tried where a word starts: the copy is read
* once, and at each word only the few spellings that begin with it are tried.
*/
var BY_FIRST_WORD = /* @__PURE__ */ new Map();
for (const spelling of SPELLINGS) {
	const first = spelling.pattern.match(/^[a-z]+/i)[0].toLowerCase();
	const list = BY_FIRST_WORD.get(first) ?? [];
	list.push({
		pattern: new RegExp(`(?:${spelling.pattern})(?![\\w-])`, "iy"),
		spelling
	});
	BY_FIRST_WORD.set(first, list);
}
var WORD = /(?<![\w-])[A-Za-z]+/g;
/** A superlative earlier in the same sentence, with no figure between it and the place. */
var RANK_FIELD_BEFORE = /\b(?:highest|lowest|largest|smallest|biggest|most|fewest|greatest)\b[^.!?\d]*$/i;
/** Every place the copy names, in order. "South Wales Police" names South Wales; "Yorkshire" alone is a region. */
function findPlaces(text) {
	const found = [];
	let after = 0;
	for (const word of text.matchAll(WORD)) {
		if (word.index < after) continue;
		const candidates = BY_FIRST_WORD.get(word[0].toLowerCase());
		if (!candidates) continue;
		for (const { pattern, spelling } of candidates) {
			pattern.lastIndex = word.index;
			const match = pattern.exec(text);
			if (!match) continue;
			if (!(spelling.kind === "national" && RANK_FIELD_BEFORE.test(text.slice(Math.max(0, word.index - 80), word.index)))) found.push({
				kind: spelling.kind,
				slug: spelling.slug,
				start: word.index,
				end: word.index + match[0].length
			});
			after = word.index + match[0].length;
			break;
		}
	}
	return found;
}
// main/domain/story/lexicon.ts
var SUBJECTS = [
	["total", String.raw`(?:violent\s+(?:and|or|&)\s+sex(?:ual)?|sex(?:ual)?\s+(?:and|or|&)\s+violent)\s+offenders?`],
	["other_dangerous", String.raw`other\s+dangerous\s+offenders?|category\s+(?:3|three)(?:\s+offenders?)?`],
	["violent", String.raw`violent\s+offenders?|category\s+(?:2|two)(?:\s+offenders?)?`],
	["terrorism", String.raw`terror(?:ism|ist)(?:[\s-]+(?:related|connected))?\s+offenders?|category\s+(?:4|four)(?:\s+offenders?)?`],
	["rso", String.raw`(?:registered\s+)?(?:child\s+)?sex(?:ual)?\s+offenders?|rsos?|(?:people|men|individuals|those|offenders)\s+(?:convicted|guilty)\s+of\s+(?:a\s+)?(?:sex(?:ual)?|child\s+sex(?:ual)?)\s+(?:crimes?|offences?|abuse)|(?:on|to)\s+the\s+sex(?:ual)?\s+offenders?['’]?\s+register|category\s+(?:1|one)(?:\s+offenders?)?`],
	["total", String.raw`mappa[\s-]+(?:eligible\s+)?(?:offenders?|cases)|(?:offenders|people|those|individuals)\s+(?:being\s+|currently\s+)?managed(?:\s+(?:under|by)\s+(?:mappa|the\s+arrangements|multi[\s-]agency[\s\w-]*arrangements))?|dangerous\s+offenders|high[\s-]risk\s+offenders|offenders\s+in\s+total|eligible\s+offenders|managed\s+(?:under|by)\s+mappa`],
	["other", String.raw`breach(?:es)?|cautions?|convictions?|recalls?|(?:foi|freedom\s+of\s+information)\s+requests?|requests?|orders?|shpos?|sros?|sopos?|notices|arrests?|crimes?|(?:sex(?:ual)?\s+)?offences?(?!\s+act\b)|officers?|staff|employees|workers|posts|victims?|children|complaints?|reviews?|charges?|reports?|incidents?|prisoners?|inmates|hostels?|beds|homes|properties|households|schools|councils|forces|visits|calls|further\s+offences|level\s+(?:1|2|3|one|two|three)|returns?\s+to\s+custody|serious\s+further\s+offences?`],
	["vague", String.raw`offenders?|people|individuals|men|persons|cases`]
];
var SUBJECT = new RegExp(`(?<![\\w-])(?:${SUBJECTS.map(([, pattern], index) => `(?<s${index}>${pattern})`).join("|")})(?![\\w-])`, "gi");
function findSubjects(text) {
	const found = [];
	for (const match of text.matchAll(SUBJECT)) {
		const groups = match.groups;
		let index = 0;
		while (groups[`s${index}`] === void 0) index++;
		const [measure] = SUBJECTS[index];
		const span = {
			start: match.index,
			end: match.index + match[0].length
		};
		if (measure === "vague") found.push({
			...span,
			measure: "vague",
			isVague: true
		});
		else if (measure === "other") found.push({
			...span,
			measure: "other",
			noun: match[0].toLowerCase().replace(/\s+/g, " ")
		});
		else found.push({
			...span,
			measure
		});
	}
	return found;
}
/** Words that make a figure a rate: "per 100,000", "in every 100,000", "the rate". */
var RATE_AFTER = /^[^\d.;:!?]{0,60}?\b(?:per|in|for)\s+(?:every\s+)?100,?000\b/i;
var RATE_BEFORE = /\brates?\b(?:\s+\w+){0,4}?\s+(?:of|is|was|were|stood\s+at|stands\s+at|to|at|from|reached|hit|rose\s+to|fell\s+to|compared\s+with|against)?\s*(?:just\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|under\s+)?$/i;
var YEAR = String.raw`(?:19|20)\d\d`;
var MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
var MONTH_WORDS = MONTHS;
var PERIOD = new RegExp(String.raw`(?<![\w/])(?:(?:31(?:st)?\s+)?(?:${MONTHS})\.?\s+(${YEAR})|(${YEAR})\s*(?:\/|-|–|—|\bto\b)\s*((?:19|20)?\d\d)|(${YEAR}))(?![\w/]|[,.]\d|-\d)`, "gi");
var RECORD_BEFORE = /\b(?:back\s+to|began\s+in|records\s+began|as\s+far\s+back\s+as|on\s+record\s+since)\s+(?:(?:the\s+)?(?:end\s+of\s+|year\s+to\s+)?)?(?:(?:31(?:st)?\s+)?march\s+)?$/i;
var SINCE_BEFORE = /\b(?:since|from|between|starting\s+in|compared\s+(?:with|to)|versus|against)\s+(?:(?:the\s+)?(?:end\s+of\s+|year\s+to\s+|year\s+ending\s+|financial\s+year\s+)?)?(?:(?:31(?:st)?\s+)?march\s+)?$/i;
var periodForEndYear = (endYear) => periodKeyForStartYear(endYear - 1);
function findPeriods(text) {
	const found = [];
	for (const match of text.matchAll(PERIOD)) {
		const [whole, marchYear, spanStart, spanEnd, bareYear] = match;
		let endYear;
		if (marchYear) endYear = Number(marchYear);
		else if (spanStart) {
			const start = Number(spanStart);
			const end = spanEnd.length === 2 ? Math.floor(start / 100) * 100 + Number(spanEnd) : Number(spanEnd);
			if (end !== start + 1) continue;
			endYear = end;
		} else endYear = Number(bareYear);
		const before = text.slice(Math.max(0, match.index - 40), match.index);
		if (/\bAct\s*$/.test(before) || /^\s+Act\b/.test(text.slice(match.index + whole.length, match.index + whole.length + 6))) continue;
		const isRecord = RECORD_BEFORE.test(before);
		found.push({
			start: match.index,
			end: match.index + whole.length,
			period: periodForEndYear(endYear),
			isSince: isRecord || SINCE_BEFORE.test(before),
			isRecord
		});
	}
	return found;
}
/** Number words as copy spells them, up to a hundred. */
var NUMBER_WORDS = /* @__PURE__ */ new Map([
	["no", 0],
	["zero", 0],
	["one", 1],
	["two", 2],
	["three", 3],
	["four", 4],
	["five", 5],
	["six", 6],
	["seven", 7],
	["eight", 8],
	["nine", 9],
	["ten", 10],
	["eleven", 11],
	["twelve", 12],
	["thirteen", 13],
	["fourteen", 14],
	["fifteen", 15],
	["sixteen", 16],
	["seventeen", 17],
	["eighteen", 18],
	["nineteen", 19],
	["twenty", 20],
	["thirty", 30],
	["forty", 40],
	["fifty", 50],
	["sixty", 60],
	["seventy", 70],
	["eighty", 80],
	["ninety", 90],
	["a hundred", 100],
	["one hundred", 100]
]);
/** How many years a span counts: the number words, and the loose ones ("a couple of", "a few"). */
var SMALL = new Map([
	...NUMBER_WORDS,
	["a", 1],
	["a couple of", 2],
	["a few", 3],
	["the", 1]
]);
var COUNT_WORD = String.raw`(?:a\s+couple\s+of|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\d{1,2})`;
var RELATIVE = new RegExp([
	String.raw`(?<back>(?<n1>${COUNT_WORD})\s+years?\s+(?:earlier|before|ago|previously|prior|back)|a\s+decade\s+(?:earlier|ago|before|previously)|the\s+(?:year|12\s+months)\s+(?:previous|previously|before|prior|earlier)|the\s+previous\s+(?:year|12\s+months)|the\s+prior\s+year|(?:this\s+time\s+)?last\s+year|12\s+months\s+(?:earlier|before|ago|previously|prior)|the\s+same\s+(?:point|time)\s+(?:a|the\s+previous)\s+year|(?:the\s+)?year\s+before)`,
	String.raw`(?<edition>this\s+year|at\s+the\s+end\s+of\s+march(?!\s+(?:19|20)\d\d)(?:\s+this\s+year)?|(?:in|as\s+of|at|by)\s+march(?!\s+(?:19|20)\d\d)|currently|\bnow\b|the\s+latest\s+(?:figures|data|statistics)|the\s+most\s+recent\s+(?:figures|data|year))`,
	String.raw`(?<then>back\s+then|at\s+that\s+time|at\s+the\s+time|that\s+year)`,
	String.raw`(?<span>(?:over|in|during|across)\s+(?:the\s+(?:last|past|previous)\s+)?(?<n2>${COUNT_WORD})\s+years?|(?:over|in|during)\s+(?:the\s+(?:last|past)\s+)?(?:a\s+)?decade|year[\s-]on[\s-]year|(?:on|compared\s+with|compared\s+to|from)\s+the\s+(?:previous|prior)\s+year|in\s+(?:a|one|the\s+space\s+of\s+a)\s+year|in\s+12\s+months|(?:over|in)\s+the\s+(?:last|past)\s+year|annual)`
].join("|"), "gi");
var wordCount = (text) => {
	if (!text) return 1;
	const key = text.toLowerCase().replace(/\s+/g, " ");
	return /^\d+$/.test(key) ? Number(key) : SMALL.get(key) ?? 1;
};
function findRelatives(text) {
	const found = [];
	for (const match of text.matchAll(RELATIVE)) {
		const groups = match.groups;
		const span = {
			start: match.index,
			end: match.index + match[0].length
		};
		if (groups.back) found.push({
			...span,
			kind: "back",
			years: /decade/i.test(groups.back) ? 10 : wordCount(groups.n1),
			.../^(?:this\s+time\s+)?last\s+year$/i.test(groups.back) ? { isLoose: true } : {}
		});
		else if (groups.edition) found.push({
			...span,
			kind: "edition",
			years: 0
		});
		else if (groups.then) found.push({
			...span,
			kind: "then",
			years: 0
		});
		else found.push({
			...span,
			kind: "span",
			years: /decade/i.test(groups.span) ? 10 : wordCount(groups.n2)
		});
	}
	return found;
}
var ABBREVIATIONS = String.raw`Mr|Mrs|Ms|Dr|St|No|Nos|Supt|Insp|Sgt|Det|Cllr|Prof|Rev|Lt|Col|Capt|Gen|Sir|vs|v|etc|approx|Co|Ltd|Inc|Jr|Sr|Ch|Con|PC|DC|DS|DI|DCI`;
/** A sentence ends at . ! ? before a capital or digit (not after "Mr" or an initial), and at every line break. */
var SENTENCE_END = new RegExp(String.raw`(?<!\b(?:${ABBREVIATIONS}|[A-Z]))[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9£])|\r?\n`, "g");
/** Splits copy into sentences, keeping offsets; decimals ("0.5"), "Mr." and initials do not end one. */
function splitSentences(text) {
	const sentences = [];
	let start = 0;
	const push = (end) => {
		for (const piece of piecesOf(text, start, end)) {
			const body = text.slice(piece.start, piece.end);
			if (body.trim()) sentences.push({
				text: body,
				start: piece.start,
				end: piece.end
			});
		}
	};
	for (const match of text.matchAll(SENTENCE_END)) {
		const end = match.index + match[0].length;
		push(end);
		start = end;
	}
	push(text.length);
	return sentences;
}
/**
* The longest stretch read as one sentence. Reading a number looks at the places, subjects and
* years of its whole sentence, so a run of copy with no full stop (a pasted list or table of
* thousands of figures) made the check grow with the square of its length; cut into pieces this
* long, it grows in step with the copy. News sentences run to 60 or 70 words (about 400
* characters), so no real sentence is cut.
*/
var MAX_SENTENCE_CHARS = 1e3;
/** A sentence longer than MAX_SENTENCE_CHARS, cut after its last line end, else its last space, within each MAX_SENTENCE_CHARS. */
function piecesOf(text, start, end) {
	const pieces = [];
	while (end - start > MAX_SENTENCE_CHARS) {
		const window = text.slice(start, start + MAX_SENTENCE_CHARS);
		const lineEnd = window.lastIndexOf("\n");
		const space = window.search(/\s\S*$/);
		const cut = lineEnd > 0 ? lineEnd + 1 : space > 0 ? space + 1 : MAX_SENTENCE_CHARS;
		pieces.push({
			start,
			end: start + cut
		});
		start += cut;
	}
	pieces.push({
		start,
		end
	});
	return pieces;
}
/** Where one claim ends and another begins inside a sentence: "; ", " – ", ", compared with", ", while", ", where", ", and". */
var CLAUSE_BREAK = /;|\s[–—-]\s|,\s*(?=(?:and|while|whereas|but|compared|against|where|which|with|although|though|versus)\b)|\b(?:while|whereas|compared\s+(?:with|to)|against|versus)\b|\(|\)/gi;
function findClauseBreaks(text) {
	const breaks = [];
	for (const match of text.matchAll(CLAUSE_BREAK)) breaks.push(match.index);
	return breaks;
}
/** Index of the last item that starts before `at` (binary search), or -1. */
function lastStartingBefore(items, at) {
	let low = 0;
	let high = items.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = low + high >> 1;
		if (items[middle].start < at) {
			found = middle;
			low = middle + 1;
		} else high = middle - 1;
	}
	return found;
}
/** Index of the first number at or after `at` in a sorted list, or the list's length. */
function firstAtOrAfter(values, at) {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const middle = low + high >> 1;
		if (values[middle] < at) low = middle + 1;
		else high = middle;
	}
	return low;
}
// main/domain/story/extract.ts
var ORDINAL_VALUES = new Map([
	"first",
	"second",
	"third",
	"fourth",
	"fifth",
	"sixth",
	"seventh",
	"eighth",
	"ninth",
	"tenth",
	"eleventh",
	"twelfth",
	"thirteenth",
	"fourteenth",
	"fifteenth",
	"sixteenth",
	"seventeenth",
	"eighteenth",
	"nineteenth",
	"twentieth"
].map((word, index) => [word, index + 1]));
var UNITS = "one|two|three|four|five|six|seven|eight|nine";
var WORD_NUMBER = String.raw`(?:${"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"})(?:[\s-](?:${UNITS}))?|a\s+hundred|one\s+hundred|no|zero|${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`;
var ORDINAL_WORD = [...ORDINAL_VALUES.keys()].join("|");
/** A number as copy writes it: 1,867 · 66741 · 2.35 · £1.5 · 12th · nine · Sixty-two · fifth. */
var NUMBER = new RegExp(String.raw`(?<![\w.,/:-])(?<currency>[£$€])?(?<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<decimals>\d+))?(?<suffix>st|nd|rd|th)?(?![\w/]|[,.]\d|-\d)|(?<![\w-])(?<ordinal>${ORDINAL_WORD})(?![\w])|(?<![\w-])(?<word>${WORD_NUMBER})(?![\w])`, "gi");
var RATIO = new RegExp(String.raw`(?<![\w-])(?<hedge>more\s+than\s+|almost\s+|nearly\s+|roughly\s+|about\s+|around\s+|over\s+)?(?:(?<verb>doubled|trebled|tripled|quadrupled|halved)|(?<fraction>a\s+half|half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|a\s+sixth)\s+(?<fractionWay>higher|more|up|bigger|larger|lower|fewer|down|smaller)|(?<times>twice|double|(?:two|three|four|five)\s+times)\s+(?:as\s+(?:many|high|large|much)|the\s+(?:number|figure|rate|national|level)|more|higher))`, "gi");
var FRACTIONS = /* @__PURE__ */ new Map([
	["half", .5],
	["third", 1 / 3],
	["quarter", .25],
	["fifth", .2],
	["tenth", .1],
	["sixth", 1 / 6]
]);
var TIMES = /* @__PURE__ */ new Map([
	["twice", 2],
	["double", 2],
	["two", 2],
	["three", 3],
	["four", 4],
	["five", 5]
]);
var ROUNDING_BEFORE = [
	[/\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|exceeding|above|just\s+over|at\s+least|a\s+little\s+over|well\s+over)\s*$/i, "over"],
	[/\b(?:almost|nearly|just\s+under|just\s+short\s+of|close\s+to|approaching|fewer\s+than|less\s+than|under|below|not\s+quite|shy\s+of)\s*$/i, "under"],
	[/\b(?:about|around|some|roughly|approximately|approx\.?|an\s+estimated|circa|c\.|in\s+the\s+region\s+of|or\s+so)\s*$/i, "about"]
];
var UP_WORDS = /\b(?:up|rise|rises|rising|rose|risen|increase[ds]?|increasing|higher|more|grew|grown|growth|jump(?:ed|s)?|climb(?:ed|s)?|soar(?:ed)?|surge[ds]?)\b/i;
var DOWN_WORDS = /\b(?:down|fall|falls|falling|fell|fallen|decrease[ds]?|decreasing|lower|fewer|drop(?:ped|s)?|decline[ds]?|reduc(?:ed|tion)|shr[ua]nk)\b/i;
var CHANGE_BEFORE = /\b(?:(?:rise|increase|jump|fall|drop|decrease|reduction|growth|change|decline)\s+of|(?:up|down|rose|fell|risen|fallen|increased|decreased|grew|dropped|climbed|declined|went\s+up|went\s+down|gone\s+up|gone\s+down)\s+by)\s*(?:just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;
/** "up from 1,684", "compared with 1,684": the earlier figure of a change, whatever came before it. */
var BASE_BEFORE = /\b(?:(?:up|down|rise|rising|rose|risen|fall|falling|fell|fallen|increase[ds]?|decrease[ds]?|grew|grown|dropped|jump(?:ed)?|climb(?:ed)?|declined?)\s+(?:\w+\s+){0,3}?from|compared\s+(?:with|to)|(?:on|from)\s+the)\s*(?:just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;
/** "from 380 to 406", "than 1,684": an earlier figure only after a figure in the same sentence. */
var WEAK_BASE_BEFORE = /\b(?:from|than|versus|against|on)\s*(?:just\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;
var SHARE_WORDS = /\bof\s+(?:all|the|those|them|these|everyone)\b|\bmade?\s+up\b|\bmakes?\s+up\b|\bmaking\s+up\b|\baccount(?:ed|s|ing)?\s+for\b|\bproportion\b|\bshare\b|\bper\s+cent\s+of\b|%\s+of\b|\bwere\s+(?:registered\s+)?sex/i;
var CHANGE_WORDS = /\b(?:up|down|rise|rose|risen|increase[ds]?|decrease[ds]?|fall|fell|fallen|grew|growth|jump(?:ed)?|climb(?:ed)?|drop(?:ped)?|higher|lower|more\s+than\s+(?:a\s+year|in|last)|fewer|since|compared|on\s+the\s+(?:previous|year)|year[\s-]on[\s-]year|change)\b/i;
var RANK_AFTER = /^(?:[\s-]+)(highest|lowest|largest|smallest|biggest|most|fewest|worst|best|greatest)\b/i;
var RANK_OF = /^\s+(?:out\s+)?of\s+(?:the\s+)?(?:42|forty-two)\b|^\s+(?:in|among|across)\s+(?:england\s+and\s+wales|the\s+country)/i;
var CHANGE_BASE_BEFORE = /\b(?:up|down|rising|falling|increasing|decreasing|rose|fell)\s+(?:(?:\w+\s+){0,2})?from\s+$|\bcompared\s+(?:with|to)\s+$/i;
/** A ranked list just before a place's own position in it ("The highest rates were in …"). */
var RANKED_LIST = /\b(?:highest|lowest|largest|smallest|biggest|top|bottom)\b/i;
var RATE_WORDS = /\brates?\b|per\s+100/i;
var COUNT_WORDS = /\b(?:number|numbers|total|count)\b/i;
var RANKED_BEFORE = /\b(?:ranked|ranks|ranking|placed|came|comes|sits|sat|is|was)\s+(?:the\s+)?$/i;
var WORD_RANK = /\b(?:the|had\s+the|has\s+the|with\s+the)\s+(highest|lowest|largest|smallest|biggest)\s+(?:(?:number|rate|proportion|figure|total|concentration|count)\b)(?![^.;]{0,40}\b(?:since|on\s+record|ever|in\s+(?:\w+\s+)?(?:years|decade)|for\s+(?:\w+\s+)?(?:years|decade)))(?=[^.;]{0,80}\b(?:in\s+england\s+and\s+wales|in\s+the\s+country|nationally|of\s+(?:any|all)\s+(?:the\s+)?(?:42\s+)?(?:mappa\s+|police\s+)?(?:force\s+)?(?:areas?|forces?)|among|across\s+england\s+and\s+wales|of\s+the\s+42))/gi;
/**
* Other counts the tables hold, from the words of the claim: breaches of notification requirements,
* Sexual Harm Prevention Orders, serious further offence charges. Checked when the store has them.
*/
function tableMeasureOf(words) {
	if (/\bbreach(?:es|ed|ing)?\b[^.;]{0,60}\bnotification\b|\bnotification\s+requirements?\b[^.;]{0,40}\bbreach/i.test(words)) return "breaches_notification";
	if (/\bsexual\s+harm\s+prevention\s+orders?\b|\bshpos?\b/i.test(words)) return "shpo";
	if (/\bcharged\b[^.;]{0,40}\bserious\s+further\s+offen[cs]es?\b/i.test(words)) return "sfo_charged";
}
/** Words ending in s after a number that are not what it counts. */
var NOT_NOUNS = /* @__PURE__ */ new Set([
	...[
		"was",
		"has",
		"does",
		"its",
		"this",
		"thus",
		"plus",
		"less",
		"across",
		"unless",
		"always",
		"perhaps",
		"towards",
		"afterwards",
		"besides",
		"others",
		"whereas",
		"alongside",
		"nationwide",
		"yes"
	],
	...[
		"times",
		"ones",
		"years",
		"months",
		"weeks",
		"days",
		"hours",
		"minutes",
		"points",
		"pounds",
		"miles"
	],
	...[
		"represents",
		"marks",
		"compares",
		"puts",
		"means",
		"remains",
		"stands",
		"equates",
		"makes",
		"takes",
		"gives",
		"shows",
		"places",
		"ranks",
		"sits",
		"comes",
		"sees",
		"seems",
		"appears",
		"includes",
		"exceeds",
		"reflects",
		"amounts",
		"accounts",
		"suggests",
		"leaves",
		"brings",
		"sets",
		"continues",
		"follows",
		"rises",
		"falls",
		"grows",
		"drops",
		"increases",
		"decreases",
		"doubles",
		"totals",
		"reaches",
		"compares",
		"lives",
		"lies",
		"needs",
		"requires"
	]
]);
/** "45 sex offenders were cautioned for breaches": a count of what some of them did, not of them. */
var SUBCOUNT = /^\s*(?:,\s*)?(?:who\s+|that\s+)?(?:were|was|have|had|are|has)?\s*(?:been\s+)?(?:also\s+)?((?:cautioned|convicted|charged|recalled|returned|sent\s+back|jailed|imprisoned|arrested|breach(?:ed|ing)|(?:gone\s+|went\s+)?missing|wanted|committed|re-?offended|found\s+guilty|prosecuted|absconded|deported|living\s+abroad|on\s+the\s+run|given|issued|made\s+subject)(?:\s+or\s+[a-z]+)?)\b/i;
/** "per 100,000", "aged 10 and over", "the 42 areas", "Category 1": numbers in fixed phrases, never figures. */
function isFixedPhrase(before, value, after) {
	if (value === 1e5 && /\b(?:per|in|for|every|of)\s*$/i.test(before)) return true;
	if ((value === 10 || value === 9) && (/^\s*(?:and|or|\+)\s*(?:over|above|older|upwards)\b|^\+/i.test(after) || /\b(?:aged?|ages|over|above|older\s+than)\s+(?:of\s+)?(?:over\s+|above\s+)?$/i.test(before))) return true;
	if (value === 42 && /^\s*(?:mappa\s+|police\s+|force\s+)?(?:areas?|forces?|regions?)\b/i.test(after)) return true;
	if (/\b(?:category|cat\.?|level|tier|table|chart|figure|page|section|article|chapter|part|phase|note|no\.?|number|rule|schedule|clause)\s*$/i.test(before) && value < 100) return true;
	return false;
}
var MONTH_AFTER = new RegExp(`^\\s*(?:${MONTH_WORDS})\\b`, "i");
var MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_WORDS})\\s*$`, "i");
var ORDINAL_DATE = new RegExp(`^\\s+of\\s+(?:${MONTH_WORDS})\\b`, "i");
/** Why a number is not a MAPPA figure, from the words right beside it. */
function otherReason(before, after, currency, isOrdinal) {
	if (currency || /^\s*(?:pounds|pence|million|billion|bn\b|m\b|k\b|p\b)/i.test(after)) return "money";
	if (/^\s*-?(?:years?|yrs?)[\s-]+old\b|^\s*-year-old|^\s*-years-old/i.test(after) || /\b(?:aged|age\s+of|ages\s+of)\s*$/i.test(before) || /\b(?:aged|ages)\s+\d{1,2}\s*(?:to|and|-|–)\s*$/i.test(before)) return "an age";
	if (/[A-Za-z]\s*,\s*$/.test(before) && /^\s*,\s*(?:of|from|who|was|is|has|had|and|appeared|pleaded|admitted|denied|formerly|previously|a|an|the|now|said|told|described|lives|lived)\b/.test(after)) return "an age";
	if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before) && !/^\s*\d/.test(after) || isOrdinal && ORDINAL_DATE.test(after)) return "a date";
	if (/^\s*-?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b/i.test(after)) return "a length of time";
	if (/^\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)\b/i.test(after) || /^:\d\d/.test(after)) return "a time of day";
	if (/^\s*(?:miles?|km|metres?|feet|ft|mph)\b/i.test(after)) return "a distance";
	if (/\b(?:call|ring|phone|telephone|tel\.?|text|on)\s*$/i.test(before) && /^\s\d{3}/.test(after)) return "a phone number";
}
/** A line of a pasted table: an area's name and then one figure a column ("Essex  1,496  1,596  1,684"). */
var TABLE_ROW = /^[\s|]*[A-Za-z][A-Za-z&' .-]*?[\s|:,]+(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[\s|,\t]*){2,}$/;
var TABLE_HEADER_PERIOD = /(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?/g;
/** Extracts every mention; numbers inside years, "ten years ago" and "per 100,000" are part of those, not figures. */
function extractMentions(text) {
	const cues = {
		places: findPlaces(text),
		subjects: findSubjects(text),
		periods: findPeriods(text),
		relatives: findRelatives(text),
		breaks: findClauseBreaks(text)
	};
	const mentions = [];
	let carried = {};
	let header;
	const ratioSpans = [...text.matchAll(RATIO)];
	const wordRanks = [...text.matchAll(WORD_RANK)];
	let ratioAt = 0;
	let wordRankAt = 0;
	splitSentences(text).forEach((sentence, index) => {
		const found = [];
		const body = sentence.text;
		const trimmed = body.trim();
		const headerPeriods = trimmed.match(TABLE_HEADER_PERIOD);
		if (headerPeriods && headerPeriods.length >= 2 && trimmed.replace(TABLE_HEADER_PERIOD, "").replace(/[^A-Za-z]+/g, " ").trim().split(" ").length <= 3) {
			header = periodsOfHeader(cues.periods, sentence);
			for (const period of cues.periods.filter((span) => span.start >= sentence.start && span.end <= sentence.end)) found.push(yearMention(text, period, index));
			mentions.push(...found);
			return;
		}
		const isRow = TABLE_ROW.test(trimmed);
		if (!isRow && trimmed.length > 0 && !/^[\d\s|,.\t]*$/.test(trimmed)) header = header && /^[A-Za-z][^.!?]{0,40}$/.test(trimmed) ? header : void 0;
		const sentenceContext = sentenceFrame(cues, sentence);
		if (!isRow) for (const period of within(cues.periods, sentence)) found.push(yearMention(text, period, index));
		for (const match of body.matchAll(NUMBER)) {
			const at = sentence.start + match.index;
			const mention = readNumber(text, cues, sentence, index, match, at);
			if (mention) found.push(mention);
		}
		while (ratioAt < ratioSpans.length && ratioSpans[ratioAt].index < sentence.end) {
			const match = ratioSpans[ratioAt++];
			if (match.index >= sentence.start) found.push(readRatio(text, match, index));
		}
		while (wordRankAt < wordRanks.length && wordRanks[wordRankAt].index < sentence.end) {
			const match = wordRanks[wordRankAt++];
			if (match.index < sentence.start) continue;
			const start = match.index + match[0].indexOf(match[1]);
			found.push({
				text: text.slice(start, match.index + match[0].length),
				value: 1,
				decimals: 0,
				start,
				end: match.index + match[0].length,
				kind: "rank",
				order: /lowest|smallest/i.test(match[1]) ? "lowest" : "highest",
				sentence: index,
				measure: /rate|concentration|proportion/i.test(match[0]) ? "rso_rate" : void 0,
				measureFrom: "clause",
				placeFrom: "assumed",
				time: { back: 0 },
				timeFrom: "assumed"
			});
		}
		found.sort((a, b) => a.start - b.start);
		if (isRow) markRow(found, index, header);
		resolveSentence(text, cues, sentence, found, sentenceContext, carried);
		const lastFramed = [...found].reverse().find((mention) => mention.kind !== "period" && mention.kind !== "other");
		const mainFigure = found.find((mention) => mention.kind !== "period" && mention.kind !== "other" && !mention.isBase);
		const named = sentenceContext.subject;
		const carriedMeasure = lastFramed?.measure ?? (named && named.measure !== "other" ? named.measure : void 0);
		const countsOther = found.find((mention) => mention.kind === "other" && mention.reason?.startsWith("counts "));
		carried = {
			measure: carriedMeasure ?? carried.measure,
			reason: carriedMeasure || !countsOther ? void 0 : countsOther.reason.replace(/, not a figure the checker holds$/, "").replace(/ \(carried from the sentence before\)$/, ""),
			place: sentenceContext.localPlace ?? carried.place,
			time: (mainFigure && mainFigure.timeFrom !== "assumed" && mainFigure.time.period ? mainFigure.time : void 0) ?? (sentenceContext.isReferringBack ? carried.time : void 0),
			kind: lastFramed?.kind ?? carried.kind
		};
		mentions.push(...found);
	});
	return mentions;
}
function yearMention(text, span, sentence) {
	return {
		text: text.slice(span.start, span.end),
		value: Number(span.period.slice(0, 4)) + 1,
		decimals: 0,
		start: span.start,
		end: span.end,
		kind: "period",
		sentence,
		measureFrom: "assumed",
		placeFrom: "assumed",
		time: {
			period: span.period,
			back: 0
		},
		timeFrom: "attached",
		reason: `a year: read as 31 March ${Number(span.period.slice(0, 4)) + 1} (${span.period})`
	};
}
function periodsOfHeader(periods, sentence) {
	return periods.filter((span) => span.start >= sentence.start && span.end <= sentence.end).map((span) => span.period);
}
function markRow(found, line, header) {
	const cells = found.filter((mention) => mention.kind === "count" || mention.kind === "period");
	cells.forEach((mention, column) => {
		if (mention.kind === "period") {
			mention.kind = "count";
			mention.reason = void 0;
		}
		mention.row = {
			line,
			column,
			columns: cells.length,
			...header && header.length === cells.length ? { periods: header } : {}
		};
		mention.timeFrom = header && header.length === cells.length ? "attached" : "assumed";
		if (header && header.length === cells.length) mention.time = {
			period: header[column],
			back: 0
		};
	});
}
function readRatio(text, match, sentence) {
	const { hedge, verb, fraction, fractionWay, times } = match.groups;
	const start = match.index + (hedge ? hedge.length : 0);
	const end = match.index + match[0].length;
	let low;
	let high;
	let value;
	if (verb) value = /halved/i.test(verb) ? .5 : /doubled/i.test(verb) ? 2 : /quadrupled/i.test(verb) ? 4 : 3;
	else if (fraction) {
		const part = FRACTIONS.get(fraction.replace(/^a\s+/i, "").toLowerCase()) ?? .5;
		value = /higher|more|up|bigger|larger/i.test(fractionWay) ? 1 + part : 1 - part;
	} else value = TIMES.get(times.split(/\s+/)[0].toLowerCase()) ?? 2;
	const slack = verb ? value * .025 : .025;
	const hedgeKind = hedge ? /more|over/i.test(hedge) ? "over" : /almost|nearly/i.test(hedge) ? "under" : "about" : void 0;
	if (hedgeKind === "over") [low, high] = [value, value * 1.5];
	else if (hedgeKind === "under") [low, high] = [value - Math.abs(value - 1) * .2, value + slack];
	else if (hedgeKind === "about") [low, high] = [value - Math.abs(value - 1) * .1, value + Math.abs(value - 1) * .1];
	else [low, high] = [value - slack, value + slack];
	if (value < 1 && hedgeKind === "over") [low, high] = [value * .5, value];
	const against = /\bnational\b/i.test(match[0]) || /^\s+the\s+national\b/i.test(text.slice(end, end + 20)) ? "national" : void 0;
	return {
		.../^\s*(?:the\s+national\s+)?(?:rise|increase|growth|jump|fall|drop|decline)\b/i.test(text.slice(end, end + 30)) ? { reason: "compares two changes, which the checker does not work out" } : {},
		text: text.slice(start, end),
		value,
		decimals: 2,
		start,
		end,
		kind: "ratio",
		sentence,
		ratio: {
			low,
			high,
			...against ? { against } : {}
		},
		measureFrom: "assumed",
		placeFrom: "assumed",
		time: { back: 0 },
		timeFrom: "assumed"
	};
}
/** Reads one number: its kind, value, and what the words right beside it say. */
function readNumber(text, cues, sentence, sentenceIndex, match, at) {
	const { currency, digits, decimals, suffix, ordinal, word } = match.groups;
	const whole = match[0];
	const end = at + whole.length;
	const periodIndex = lastStartingBefore(cues.periods, end);
	if (periodIndex >= 0 && cues.periods[periodIndex].end > at) return void 0;
	const relativeIndex = lastStartingBefore(cues.relatives, end);
	if (relativeIndex >= 0 && cues.relatives[relativeIndex].end > at && cues.relatives[relativeIndex].start <= at) return void 0;
	const before = text.slice(Math.max(sentence.start, at - 80), at);
	const after = text.slice(end, Math.min(sentence.end, end + 100));
	const lower = (ordinal ?? word)?.toLowerCase().replace(/\s+/g, " ");
	const value = ordinal ? ORDINAL_VALUES.get(lower) : word ? wordValue(lower) : Number(`${digits.replace(/,/g, "")}${decimals ? `.${decimals}` : ""}`);
	const isOrdinal = Boolean(suffix || ordinal);
	if (isFixedPhrase(before, value, after)) return void 0;
	const base = {
		value,
		decimals: decimals?.length ?? 0,
		sentence: sentenceIndex,
		measureFrom: "assumed",
		placeFrom: "assumed",
		time: { back: 0 },
		timeFrom: "assumed"
	};
	const other = (reason) => {
		const tableMeasure = reason.startsWith("counts ") ? tableMeasureOf(text.slice(at, Math.min(sentence.end, end + 100))) : void 0;
		return {
			...base,
			text: whole,
			start: at,
			end,
			kind: "other",
			reason,
			...tableMeasure ? {
				measure: tableMeasure,
				measureFrom: "attached"
			} : {}
		};
	};
	if (isOrdinal) {
		const rank = RANK_AFTER.exec(after);
		const rankedOf = RANK_OF.exec(after);
		const isPlaceInList = RANKED_BEFORE.test(before) && /^\s*[.;]/.test(after) && RANKED_LIST.test(text.slice(Math.max(0, at - 240), at));
		if (rank || rankedOf || isPlaceInList || RANKED_BEFORE.test(before) && /\b(?:rate|highest|lowest|areas?|forces?)\b/i.test(after.slice(0, 60))) {
			const rankEnd = end + (rank ? rank[0].length : rankedOf ? rankedOf[0].length : 0);
			const order = rank && /lowest|smallest|fewest|best/i.test(rank[1]) ? "lowest" : "highest";
			const clause = text.slice(at, Math.min(sentence.end, rankEnd + 40));
			const isRate = RATE_WORDS.test(clause) || !COUNT_WORDS.test(clause) && RATE_WORDS.test(isPlaceInList ? text.slice(Math.max(0, at - 240), at) : text.slice(sentence.start, at));
			return {
				...base,
				text: text.slice(at, rankEnd),
				start: at,
				end: rankEnd,
				kind: "rank",
				order,
				measure: isRate ? "rso_rate" : void 0,
				measureFrom: "clause"
			};
		}
		if (ordinal) return void 0;
		return otherReason(before, after, void 0, true) ? other(otherReason(before, after, void 0, true)) : other("an ordinal that is not a rank");
	}
	const subjectAfter = attachedSubject(cues.subjects, end, after);
	if (word) {
		if (lower === "one" && /^\s+(?:in|for)\s+(?:every\s+)?[\d,]+/i.test(after)) return void 0;
		if (lower === "one" && /^\s+of\b/i.test(after)) return void 0;
		if (!(subjectAfter !== void 0 && subjectAfter.measure !== "other" && !subjectAfter.isVague) && !CHANGE_BEFORE.test(before)) return void 0;
	}
	if (/^\s*(?:per\s*cent|percent|%|pc\b|percentage\s+points?)/i.test(after)) {
		const percentEnd = end + /^\s*(?:per\s*cent|percent|%|pc\b|percentage\s+points?)/i.exec(after)[0].length;
		return {
			...base,
			text: text.slice(at, percentEnd),
			start: at,
			end: percentEnd,
			kind: "percent",
			.../point/i.test(text.slice(end, percentEnd)) ? { reason: "a change in percentage points" } : {}
		};
	}
	const times = /^\s*times\s+(?:as\s+(?:many|high|large|much)|the\s+(?:number|figure|rate|national|level|average)|more|higher|greater|bigger)/i.exec(after);
	if (times && !word) {
		const slack = Math.max(.5 * 10 ** -(decimals?.length ?? 0), value * .025);
		const against = /national|average/i.test(times[0]) || /^\s+(?:in|across)\s+england\s+and\s+wales|^\s+nationally/i.test(text.slice(end + times[0].length, end + times[0].length + 30)) ? "national" : void 0;
		return {
			...base,
			text: text.slice(at, end + /^\s*times/i.exec(after)[0].length),
			start: at,
			end: end + /^\s*times/i.exec(after)[0].length,
			kind: "ratio",
			ratio: {
				low: value - slack,
				high: value + slack,
				...against ? { against } : {}
			}
		};
	}
	const oneIn = /\b(?:one|1)(?:\s+(?:registered|convicted|known|sex|sexual|violent|dangerous|mappa|offenders?)){0,3}\s+(?:in|for|out\s+of)\s+(?:every\s+)?$/i.exec(before);
	if (digits === "1" && /^\s+(?:in|for|out\s+of)\s+(?:every\s+)?[\d,]+/i.test(after)) return void 0;
	if (digits && (digits.length >= 3 && digits.startsWith("0") || !digits.includes(",") && /\b0\d{2,4}\s(?:\d{3,4}\s)?$/.test(before))) return other("a phone number or code");
	if (oneIn && (value < 50 || /^\s+(?:women|men|children|girls|boys|adults|victims|households|pupils|young|teenagers|cases|crimes|offences)\b/i.test(after))) return other("one in N of something the tables do not count");
	if (oneIn) return {
		...base,
		text: text.slice(at - oneIn[0].length, end),
		start: at - oneIn[0].length,
		end,
		kind: "oneInN",
		measure: "rso_rate",
		measureFrom: "attached"
	};
	if (value >= 1900 && value <= 2100 && !decimals && digits && !digits.includes(",") && !(subjectAfter && subjectAfter.measure !== "other" && !subjectAfter.isVague)) return void 0;
	const reason = otherReason(before, after, currency, false);
	if (reason) return other(reason);
	const rateAfter = RATE_AFTER.exec(after);
	if (rateAfter && !/\d/.test(after.slice(0, rateAfter[0].lastIndexOf("100")))) {
		const rateEnd = end + rateAfter[0].length + (/^\s+(?:people|residents|population|of\s+the\s+population|inhabitants)\b/i.exec(text.slice(end + rateAfter[0].length, sentence.end))?.[0].length ?? 0);
		return {
			...base,
			text: text.slice(at, rateEnd),
			start: at,
			end: rateEnd,
			kind: "rate",
			measure: "rso_rate",
			measureFrom: "attached"
		};
	}
	const clauseStart = clauseStartOf(cues.breaks, at, sentence.start);
	const clauseBefore = text.slice(clauseStart, at);
	const isChange = CHANGE_BEFORE.test(before) || /^\s+(?:more|fewer|extra|additional)\s+(?:than|registered|sex|offenders|people|violent|other|in\s+the)\b/i.test(after) || /^\s+points?\b/i.test(after);
	if (isChange && /\brates?\b/i.test(clauseBefore) && !(subjectAfter && !subjectAfter.isVague)) return {
		...base,
		text: whole,
		start: at,
		end,
		kind: "change",
		measure: "rso_rate",
		measureFrom: "clause"
	};
	if (RATE_BEFORE.test(clauseBefore) && !(subjectAfter && !subjectAfter.isVague)) return {
		...base,
		text: whole,
		start: at,
		end,
		kind: "rate",
		measure: "rso_rate",
		measureFrom: "clause"
	};
	if (!subjectAfter) {
		const noun = /^\s+(?:(?:new|more|extra|additional|fewer|further|separate|other|local|specialist|partner|police|probation|prison|council|support|community|home|hostel|treatment|foi|[a-z]+-[a-z]+)\s+)?([a-z]{3,}s)\b/i.exec(after);
		if (noun && !NOT_NOUNS.has(noun[1].toLowerCase())) return other(`counts ${noun[1].toLowerCase()}, not a figure the checker holds`);
	}
	const mention = {
		...base,
		text: whole,
		start: at,
		end,
		kind: isChange ? "change" : "count"
	};
	if (subjectAfter) {
		if (subjectAfter.measure === "other") return other(`counts ${subjectAfter.noun}, not a figure the checker holds`);
		const doing = SUBCOUNT.exec(text.slice(subjectAfter.end, Math.min(sentence.end, subjectAfter.end + 60)));
		if (doing) return other(`counts those who ${doing[0].replace(/^[\s,]*(?:(?:who|that)\s+)?/i, "").toLowerCase()}, not a figure the checker holds`);
		if (!subjectAfter.isVague) {
			mention.measure = subjectAfter.measure;
			mention.measureFrom = "attached";
		} else if (/^\s+(?:people|men|individuals|persons)\b/i.test(after) && !/\b(?:offenders?|register|mappa|managed|convicted)\b/i.test(after.slice(0, 80))) mention.reason = "counts people, and nothing says which";
	}
	return mention;
}
function wordValue(word) {
	const direct = NUMBER_WORDS.get(word);
	if (direct !== void 0) return direct;
	const [tens, unit] = word.split(/[\s-]/);
	return (NUMBER_WORDS.get(tens) ?? 0) + (NUMBER_WORDS.get(unit) ?? 0);
}
/** The subject written right after a number ("1,867 registered sex offenders", "406 violent offenders", "24 breaches"). */
function attachedSubject(subjects, end, after) {
	const index = lastStartingBefore(subjects, end + 1) + 1;
	const next = subjects[index];
	if (!next) return void 0;
	const gap = after.slice(0, next.start - end);
	if (gap.length > 40 || /[\d,.;:()!?]/.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length > 3) return void 0;
	if (next.isVague) {
		const following = subjects[index + 1];
		if (following && !following.isVague && following.measure !== "other" && following.start - next.end < 30 && !/[\d,.;:!?]/.test(after.slice(next.end - end, following.start - end))) return following;
	}
	return next;
}
function clauseStartOf(breaks, at, sentenceStart) {
	const index = firstAtOrAfter(breaks, at) - 1;
	return index >= 0 && breaks[index] >= sentenceStart ? breaks[index] : sentenceStart;
}
function clauseEndOf(breaks, at, sentenceEnd) {
	const index = firstAtOrAfter(breaks, at);
	return index < breaks.length && breaks[index] < sentenceEnd ? breaks[index] : sentenceEnd;
}
var REFERS_BACK = /^\s*["'“‘]?\s*(?:that|this|it|these|those|which|the\s+(?:figure|rate|number|total|count)|the\s+same|back\s+then|then|at\s+that\s+time)\b/i;
function sentenceFrame(cues, sentence) {
	const subjects = within(cues.subjects, sentence).filter((subject) => !subject.isVague);
	const places = within(cues.places, sentence).filter((place) => place.kind === "area");
	const periods = within(cues.periods, sentence).filter((period) => !period.isSince);
	return {
		subject: subjects[subjects.length - 1],
		localPlace: places.length > 0 ? {
			kind: "area",
			slug: places[places.length - 1].slug
		} : void 0,
		explicitTime: periods.length > 0 ? {
			period: periods[0].period,
			back: 0
		} : void 0,
		isReferringBack: REFERS_BACK.test(sentence.text)
	};
}
function within(items, span) {
	const from = lastStartingBefore(items, span.start) + 1;
	const found = [];
	for (let index = from; index < items.length && items[index].start < span.end; index++) found.push(items[index]);
	return found;
}
/** Place words that name a comparison set, not where a figure is: "the highest in England and Wales". */
var COMPARISON_BEFORE = /\b(?:highest|lowest|largest|smallest|biggest|most|fewest|worst|best|top|bottom|rank(?:ed|s|ing)?|of\s+the\s+42)\b[^.;]{0,30}$/i;
/** Gives each mention of a sentence its frame: measure, place and time, nearest cue first. */
function resolveSentence(text, cues, sentence, found, frame, carried) {
	const sentencePlaces = within(cues.places, sentence);
	const sentenceSubjects = within(cues.subjects, sentence).filter((subject) => !subject.isVague);
	const sentencePeriods = within(cues.periods, sentence);
	const sentenceRelatives = within(cues.relatives, sentence);
	const sinceCue = sentencePeriods.find((period) => period.isSince && !period.isRecord);
	const spanCue = sentenceRelatives.find((relative) => relative.kind === "span");
	const sentenceSince = sinceCue ? {
		period: sinceCue.period,
		back: 0
	} : spanCue ? { back: spanCue.years } : void 0;
	/** The start of a change: a "since" or "over five years" in its clause, else one before it in the sentence. */
	const sinceFor = (mention) => {
		const clauseStart = clauseStartOf(cues.breaks, mention.start, sentence.start);
		const clauseEnd = clauseEndOf(cues.breaks, mention.end, sentence.end);
		const cues_ = [...sentencePeriods.filter((period) => period.isSince && !period.isRecord).map((period) => ({
			start: period.start,
			time: {
				period: period.period,
				back: 0
			}
		})), ...sentenceRelatives.filter((relative) => relative.kind === "span").map((relative) => ({
			start: relative.start,
			time: { back: relative.years }
		}))];
		return (cues_.find((cue) => cue.start >= clauseStart && cue.start < clauseEnd) ?? cues_.filter((cue) => cue.start < mention.start).pop())?.time;
	};
	const heldPeriods = /* @__PURE__ */ new Set();
	let previousFigure;
	for (const mention of found) {
		if (mention.kind === "other" && mention.measure) {
			const clauseStart = clauseStartOf(cues.breaks, mention.start, sentence.start);
			const clauseEnd = clauseEndOf(cues.breaks, mention.end, sentence.end);
			placeOf(text, mention, sentencePlaces, clauseStart, clauseEnd, carried.place);
			timeOf(text, mention, cues, sentence, clauseStart, clauseEnd, heldPeriods);
			continue;
		}
		if (mention.kind === "period" || mention.kind === "other") continue;
		const clauseStart = clauseStartOf(cues.breaks, mention.start, sentence.start);
		const clauseEnd = clauseEndOf(cues.breaks, mention.end, sentence.end);
		const before = text.slice(clauseStart, mention.start);
		if (!mention.measure && (mention.kind === "ratio" || mention.kind === "percent" || mention.kind === "change") && /\brates?\b|\bper\s+100,?000\b/i.test(before)) {
			mention.measure = "rso_rate";
			mention.measureFrom = "clause";
		}
		if (!mention.measure && mention.kind === "count" && previousFigure?.kind === "count" && previousFigure.measure && CHANGE_BASE_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 40), mention.start))) {
			mention.measure = previousFigure.measure;
			mention.measureFrom = "sentence";
		}
		if (!mention.measure) {
			if (mention.reason === "counts people, and nothing says which") {
				mention.kind = "other";
				continue;
			}
			const clauseSubject = [...sentenceSubjects].reverse().find((subject) => subject.end <= mention.start && subject.start >= clauseStart);
			const clauseAfter = sentenceSubjects.find((subject) => subject.start >= mention.end && subject.start < clauseEnd && subject.measure !== "other");
			const isBracketed = /\(\s*$/.test(text.slice(Math.max(sentence.start, mention.start - 3), mention.start));
			const sentenceBefore = [...sentenceSubjects].reverse().find((subject) => subject.end <= mention.start && subject.measure !== "other") ?? (isBracketed ? sentenceSubjects.find((subject) => subject.start >= mention.end && subject.measure !== "other") : void 0);
			const pick = clauseSubject ?? clauseAfter;
			const isAfterRate = previousFigure?.kind === "rate" && mention.kind === "count" && mention.value < 1e3 && (!clauseSubject || clauseSubject.end <= previousFigure.end);
			if (previousFigure && previousFigure.measure && (mention.kind === "count" || mention.kind === "change" || mention.kind === "percent" || mention.kind === "ratio") && (!pick || isAfterRate)) {
				mention.measure = previousFigure.measure === "rso_rate" && mention.kind === "count" ? "rso_rate" : previousFigure.measure;
				mention.measureFrom = "sentence";
				if (mention.measure === "rso_rate" && mention.kind === "count") mention.kind = "rate";
			} else if (pick ?? sentenceBefore) {
				const subject = pick ?? sentenceBefore;
				if (subject.measure === "other") {
					mention.kind = "other";
					mention.reason = `counts ${subject.noun}, not a figure the checker holds`;
					continue;
				}
				mention.measure = subject.measure;
				mention.measureFrom = pick && !(previousFigure && subject.start >= previousFigure.start) ? "clause" : "sentence";
			} else if (carried.reason && mention.kind === "count") {
				mention.kind = "other";
				mention.reason = `${carried.reason} (carried from the sentence before), not a figure the checker holds`;
				continue;
			} else if (carried.measure) {
				mention.measure = carried.measure;
				mention.measureFrom = "carried";
				if (mention.measure === "rso_rate" && mention.kind === "count") mention.kind = "rate";
			}
			if (mention.kind === "count" && /\(\s*$/.test(text.slice(mention.start - 2, mention.start)) && /\brates?\b/i.test(sentence.text)) {
				mention.kind = "rate";
				mention.measure = "rso_rate";
			}
		}
		if (mention.kind === "rate" || mention.kind === "oneInN") mention.measure = "rso_rate";
		if (mention.kind === "count" && mention.measure === "rso_rate") mention.kind = "rate";
		for (const [pattern, rounding] of ROUNDING_BEFORE) if (pattern.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start))) mention.rounding = rounding;
		const around = text.slice(Math.max(clauseStart, mention.start - 50), Math.min(clauseEnd, mention.end + 50)).replace(/\b(?:made?|makes?|making)\s+up\b/gi, "formed");
		if (mention.kind === "percent" || mention.kind === "change" || mention.kind === "ratio") {
			mention.direction = UP_WORDS.test(around) && !DOWN_WORDS.test(around) ? "up" : DOWN_WORDS.test(around) && !UP_WORDS.test(around) ? "down" : UP_WORDS.test(around) ? "up" : void 0;
			if (mention.kind === "ratio" && mention.value < 1) mention.direction = "down";
		}
		if (mention.kind === "percent" && !mention.reason) {
			const near = text.slice(Math.max(clauseStart, mention.start - 60), Math.min(clauseEnd, mention.end + 60));
			const isChange = CHANGE_WORDS.test(near.replace(/\b(?:made?|makes?|making)\s+up\b/gi, ""));
			const following = text.slice(mention.end, Math.min(sentence.end, mention.end + 80));
			if (/^[^.;]{0,30}?\b(?:higher|lower|more|fewer|greater|above|below)\s+than\s+(?:the\s+)?(?:national|england\s+and\s+wales|average|across\s+england)|^[^.;]{0,30}?\b(?:above|below)\s+the\s+(?:national|england\s+and\s+wales)/i.test(following)) mention.isAgainstNational = true;
			else if (/^\s*of\s+(?:the\s+)?(?:(?:local|whole|county's|area's)\s+)?(?:population|people|residents|everyone|all\s+people)\b/i.test(following)) mention.shareOf = "population";
			else if (/\b(?:men|male|women|female|aged|white|british|children|girls|boys|under\s+\d|over\s+\d|level\s+(?:1|2|3|one|two|three))\b/i.test(following.slice(0, 60))) mention.reason = "a share the tables do not hold (by sex, age or level)";
			else if (SHARE_WORDS.test(near) && !/\b(?:rise|rose|increase|fall|fell|decrease|up\s+from|down\s+from|since)\b/i.test(near)) {
				const whole = text.slice(mention.end, clauseEnd);
				mention.shareOf = /\b(?:england\s+and\s+wales|national|nationally|the\s+country)\b/i.test(whole) && !/\b(?:managed|mappa|in\s+total|all\s+offenders)\b/i.test(whole) ? "national" : "total";
			} else if (!isChange) mention.reason = "a percentage of something the copy does not name";
		}
		placeOf(text, mention, sentencePlaces, clauseStart, clauseEnd, carried.place);
		timeOf(text, mention, cues, sentence, clauseStart, clauseEnd, heldPeriods);
		const tail = before.slice(-40);
		const isBaseWording = BASE_BEFORE.test(tail) || WEAK_BASE_BEFORE.test(tail) && previousFigure !== void 0 || /^\s+to\s+\d/.test(text.slice(mention.end, mention.end + 12));
		if ((mention.kind === "count" || mention.kind === "rate") && isBaseWording && !(previousFigure && mention.place && previousFigure.place && mention.place.slug !== previousFigure.place.slug)) mention.isBase = true;
		if (mention.kind !== "rank") previousFigure = mention;
	}
	const freePeriod = sentencePeriods.find((period) => !period.isSince && !heldPeriods.has(period));
	const anchor = sentencePeriods.find((period) => !period.isSince);
	const editionCue = sentenceRelatives.find((relative) => relative.kind === "edition");
	const thenCue = sentenceRelatives.find((relative) => relative.kind === "then");
	const sentenceTime = freePeriod ? {
		period: freePeriod.period,
		back: 0
	} : thenCue && carried.time ? carried.time : frame.isReferringBack && carried.time ? carried.time : void 0;
	let current;
	const framed = found.filter((mention) => mention.kind !== "period" && mention.kind !== "other" && !mention.row);
	for (const mention of framed) {
		if (mention.timeFrom === "assumed") {
			if (mention.isBase) {
				const reference = current ?? sentenceTime ?? { back: 0 };
				const since = sinceFor(mention) ?? sentenceSince;
				mention.time = since?.period ? since : {
					...reference,
					back: reference.back + (since?.back ?? 1)
				};
				mention.timeFrom = "sentence";
			} else if (sentenceTime && !editionCue) {
				mention.time = sentenceTime;
				mention.timeFrom = "sentence";
			}
		} else if (mention.time.period === void 0 && mention.time.back > 0 && anchor && anchor.start < mention.start) mention.time = {
			period: anchor.period,
			back: mention.time.back
		};
		if (!mention.isBase && mention.kind !== "rank") current = mention.time;
	}
	for (const mention of framed) {
		if (mention.kind !== "percent" && mention.kind !== "change" && mention.kind !== "ratio") continue;
		const clauseStart = clauseStartOf(cues.breaks, mention.start, sentence.start);
		const clauseEnd = clauseEndOf(cues.breaks, mention.end, sentence.end);
		const bases = framed.filter((other) => other.isBase && other.measure === mention.measure && other.place?.slug === mention.place?.slug);
		const baseFigure = bases.find((other) => other.start >= clauseStart && other.end <= clauseEnd) ?? bases.filter((other) => other.end <= mention.start).pop() ?? bases.find((other) => other.start >= mention.end);
		const reference = mention.time;
		const since = mention.since ?? sinceFor(mention);
		mention.since = baseFigure ? baseFigure.time : since?.period ? since : {
			...reference,
			back: reference.back + (since?.back ?? 1)
		};
	}
}
function placeOf(text, mention, places, clauseStart, clauseEnd, carried) {
	const usable = (place) => place.kind !== "back" && !((place.kind === "national" || place.kind === "region") && (mention.kind === "rank" || mention.isAgainstNational || mention.ratio?.against === "national" || COMPARISON_BEFORE.test(text.slice(Math.max(0, place.start - 40), place.start))));
	const bracketed = places.find((place) => /^\s*\($/.test(text.slice(place.end, mention.start)) && place.kind !== "back");
	const afterInClause = places.find((place) => place.start >= mention.end && place.start < clauseEnd && place.start - mention.end <= 60 && !/[\d,;]|\b(?:above|below|than|compared|against|higher|lower|average|more|less|versus|while|whereas|and|or|but)\b/i.test(text.slice(mention.end, place.start)));
	const beforeInClause = [...places].reverse().find((place) => place.end <= mention.start && place.start >= clauseStart);
	const inSentence = [...places].reverse().find((place) => place.end <= mention.start) ?? (carried ? void 0 : places.find((place) => place.start >= mention.end && place.kind === "area"));
	const choose = (place, strength) => {
		if (!place) return false;
		if (place.kind === "back") {
			mention.place = carried;
			mention.placeFrom = "carried";
			return true;
		}
		if (!usable(place)) return false;
		mention.place = {
			kind: place.kind === "national" ? "national" : place.kind === "region" ? "region" : "area",
			slug: place.slug
		};
		mention.placeFrom = strength;
		return true;
	};
	if (choose(bracketed, "attached")) return;
	if (afterInClause && choose(afterInClause, "attached")) return;
	if (choose(beforeInClause, "clause")) return;
	if (choose(inSentence, "sentence")) return;
	if (carried) {
		mention.place = carried;
		mention.placeFrom = "carried";
	}
}
/** A year at the figure: "1,496 in 2019", "446 ten years ago", "In 2020, there were 1,596", "this year". */
function timeOf(text, mention, cues, sentence, clauseStart, clauseEnd, held) {
	if (mention.row) return;
	if (mention.kind === "percent" || mention.kind === "change" || mention.kind === "ratio") {
		changeTimeOf(text, mention, cues, clauseStart, clauseEnd, held);
		return;
	}
	const nextPeriod = cues.periods[lastStartingBefore(cues.periods, mention.end) + 1];
	const nextRelative = cues.relatives[lastStartingBefore(cues.relatives, mention.end) + 1];
	const gapTo = (start) => text.slice(mention.end, start);
	const isNear = (start) => start < clauseEnd && start - mention.end <= 50 && !/\d/.test(gapTo(start));
	if (nextPeriod && !nextPeriod.isSince && isNear(nextPeriod.start) && /^[\s,]*(?:[a-z'’-]+\s+){0,6}?(?:in|at|for|by|during|on|of|as\s+of|until|to|recorded\s+in)\s+(?:the\s+)?(?:end\s+of\s+|year\s+to\s+|year\s+ending\s+|financial\s+year\s+|12\s+months\s+to\s+)?(?:31(?:st)?\s+)?$/i.test(gapTo(nextPeriod.start))) {
		mention.time = {
			period: nextPeriod.period,
			back: 0
		};
		mention.timeFrom = "attached";
		held.add(nextPeriod);
		return;
	}
	if (nextRelative && nextRelative.kind !== "span" && isNear(nextRelative.start) && (nextRelative.start - mention.end <= 30 || /^[\s,]*(?:[a-z'’-]+\s+){0,5}?$/i.test(gapTo(nextRelative.start)))) {
		setRelative(mention, nextRelative, "attached");
		return;
	}
	const periodBefore = cues.periods[lastStartingBefore(cues.periods, mention.start)];
	const relativeBefore = cues.relatives[lastStartingBefore(cues.relatives, mention.start)];
	const candidates = [];
	if (periodBefore && periodBefore.start >= clauseStart && periodBefore.end <= mention.start && !periodBefore.isSince) candidates.push({
		start: periodBefore.start,
		apply: () => (mention.time = {
			period: periodBefore.period,
			back: 0
		}, mention.timeFrom = "clause", held.add(periodBefore))
	});
	if (periodBefore && periodBefore.isSince && periodBefore.start >= clauseStart && /^[\s,]*(?:when|at\s+which\s+point)\b/i.test(text.slice(periodBefore.end, mention.start))) candidates.push({
		start: periodBefore.start + 1,
		apply: () => (mention.time = {
			period: periodBefore.period,
			back: 0
		}, mention.timeFrom = "clause")
	});
	if (relativeBefore && relativeBefore.start >= clauseStart && relativeBefore.end <= mention.start && relativeBefore.kind !== "span") candidates.push({
		start: relativeBefore.start,
		apply: () => setRelative(mention, relativeBefore, "clause")
	});
	if (relativeBefore && relativeBefore.kind === "span" && relativeBefore.start >= clauseStart && WHEN_BEFORE.test(text.slice(relativeBefore.end, mention.start))) candidates.push({
		start: relativeBefore.start,
		apply: () => (mention.time = { back: relativeBefore.years }, mention.timeFrom = "clause")
	});
	candidates.sort((a, b) => b.start - a.start)[0]?.apply();
}
/**
* A change's own years: "up 11 per cent on the year before" or "a quarter higher than in 2019" name
* where it starts; "in 2022" names where it ends. What is not named comes from the sentence.
*/
function changeTimeOf(text, mention, cues, clauseStart, clauseEnd, held) {
	const from = Math.max(clauseStart, mention.start - 60);
	const to = Math.min(clauseEnd, mention.end + 60);
	const near = (items) => {
		const found = [];
		for (let index = lastStartingBefore(items, from) + 1; index < items.length && items[index].start < to; index++) found.push(items[index]);
		return found;
	};
	for (const period of near(cues.periods)) {
		const between = period.start > mention.end ? text.slice(mention.end, period.start) : text.slice(period.end, mention.start);
		if (period.isRecord || /\d/.test(between)) continue;
		const lead = text.slice(Math.max(0, period.start - 25), period.start);
		if (period.isSince || /\b(?:than|as|on|from|compared\s+(?:with|to))\s+(?:in\s+|at\s+)?(?:the\s+end\s+of\s+)?(?:(?:31(?:st)?\s+)?march\s+)?$/i.test(lead)) {
			mention.since = {
				period: period.period,
				back: 0
			};
			held.add(period);
		} else if (period.start > mention.end || /\b(?:in|at|by)\s+(?:the\s+(?:year\s+to\s+|end\s+of\s+))?(?:march\s+)?$/i.test(lead)) {
			mention.time = {
				period: period.period,
				back: 0
			};
			mention.timeFrom = "clause";
			held.add(period);
		}
	}
	for (const relative of near(cues.relatives)) {
		if (relative.kind === "back") mention.since = { back: relative.years };
		if (relative.kind === "span") mention.since = { back: relative.years };
	}
}
var WHEN_BEFORE = /^[\s,]*when\s+(?:there\s+(?:were|was)|it\s+(?:was|stood\s+at|had|totalled)|the\s+(?:number|figure|total|rate|county|area)\s+(?:was|stood\s+at|had))\s*(?:just\s+|only\s+|some\s+)?$/i;
function setRelative(mention, relative, strength) {
	if (relative.kind === "then") return;
	mention.time = {
		back: relative.kind === "back" ? relative.years : 0,
		...relative.isLoose ? { isLoose: true } : {}
	};
	mention.timeFrom = strength;
}
// main/domain/story/check.ts
var MEASURE_NAMES = {
	rso: "registered sex offenders",
	violent: "violent offenders",
	other_dangerous: "other dangerous offenders",
	terrorism: "terrorism offenders",
	total: "MAPPA offenders in total",
	rso_rate: "rate of registered sex offenders per 100,000 people aged 10 and over"
};
/** How many figures the edition is inferred from: more than any story holds, few enough to read each year's quickly. */
var INFERENCE_SAMPLE = 300;
var COUNT_MEASURES = ["total", ...MAPPA_CATEGORIES];
var FORMATS = [
	0,
	1,
	2
].map((decimals) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: decimals }));
var fmt = (value, decimals = 1) => FORMATS[decimals].format(value);
var shift = (period, back) => back === 0 ? period : periodKeyForStartYear(Number(period.slice(0, 4)) - back);
var periodOf = (time, edition) => shift(time.period ?? edition, time.back);
var cellOf = (source) => `${source.file}, ${source.sheet} ${source.cell}`;
/** The largest round step a written number is a multiple of: 4,100 → 100; 1,850 → 50; 1,867 → 1. */
function roundingStep(written) {
	let step = 1;
	for (const candidate of [
		5,
		10,
		25,
		50,
		100,
		250,
		500,
		1e3,
		2500,
		5e3,
		1e4,
		5e4,
		1e5
	]) if (candidate <= written && written % candidate === 0) step = candidate;
	return step;
}
/**
* A written count against the table's: exact; an honest rounding the words own up to ("more than
* 4,100" for 4,132, "nearly 3,500" for 3,480); a plain round number within half its step ("1,900"
* for 1,867); or not.
*/
function compareCount(written, expected, rounding, tolerance = 0) {
	if (Math.abs(written - expected) <= tolerance) return "exact";
	const step = roundingStep(written);
	if (rounding === "over") return expected > written && expected - written < Math.max(step, written * .1) ? "honest" : "no";
	if (rounding === "under") return expected < written && written - expected <= Math.max(step, written * .1) ? "honest" : "no";
	if (rounding === "about") return Math.abs(written - expected) <= Math.max(step / 2, written * .05) ? "honest" : "no";
	if (step >= 10 && step <= expected / 5 && (Math.abs(written - expected) <= step / 2 || written < expected && expected - written < step)) return "rounded";
	return "no";
}
/** A printed percentage against the exact one, at the precision printed: 11 for 10.87 is right, 10 is rounding down, 12 is wrong. */
function comparePercent(written, decimals, exact, rounding) {
	const factor = 10 ** decimals;
	if (Math.round(exact * factor) / factor === written) return "exact";
	if (rounding === "over") return exact > written && exact - written < Math.max(1, roundingStep(written)) ? "honest" : "no";
	if (rounding === "under") return exact < written && written - exact <= Math.max(1, written * .05) ? "honest" : "no";
	if (rounding === "about") return Math.abs(exact - written) <= Math.max(1, roundingStep(written) / 2) ? "honest" : "no";
	if (decimals === 0 && Math.floor(exact) === written) return "rounded";
	return "no";
}
/** Checks every number in `copy`: the story's area and edition from the hints, else inferred from the copy. */
function checkStory(copy, data, hints = {}) {
	const book = indexFigures(data);
	const mentions = extractMentions(copy);
	const byValue = /* @__PURE__ */ new Map();
	for (const figure of [...data.figures, ...data.history ?? []]) {
		if (figure.value === null) continue;
		const same = byValue.get(figure.value);
		if (same) same.push(figure);
		else byValue.set(figure.value, [figure]);
	}
	const labels = new Map((data.releases ?? []).map((release) => [release.period, release.label]));
	const editionLabel = (period) => labels.get(period) ?? null;
	const area = hints.area ?? inferArea(copy, mentions, byValue);
	const context = (edition) => ({
		book,
		edition,
		editionLabel,
		area: area ?? null,
		byValue
	});
	let edition = hints.period;
	if (!edition) {
		const candidates = editionCandidates(data, area);
		let best = -1;
		const sample = mentions.filter((mention) => mention.kind !== "period" && mention.kind !== "other").slice(0, INFERENCE_SAMPLE);
		for (const candidate of candidates) {
			const results = checkAll(sample, context(candidate));
			const holding = results.filter((result) => result.verdict === "verified" || result.verdict === "rounding" || result.verdict === "revised").length;
			const found = results.filter((result) => result.expected !== null).length;
			const score = holding * 301 + found;
			if (score > best) [best, edition] = [score, candidate];
		}
	}
	if (!edition) return {
		area: area ?? null,
		areas: area ? [area] : [],
		isAreaInferred: !hints.area,
		edition: null,
		isEditionInferred: true,
		figures: mentions.map((mention) => notChecked(mention, "the store has no figures to check against"))
	};
	const figures = checkAll(mentions, context(edition));
	const areas = [.../* @__PURE__ */ new Set([...area ? [area] : [], ...figures.flatMap((figure) => figure.area && figure.verdict !== "not-checked" ? [figure.area] : [])])];
	return {
		area: area ?? null,
		areas,
		isAreaInferred: !hints.area,
		edition: {
			period: edition,
			label: editionLabel(edition)
		},
		isEditionInferred: !hints.period,
		figures
	};
}
/** The area the copy names most (first named on a tie); else the area most of its figures belong to. */
function inferArea(copy, mentions, byValue) {
	const named = /* @__PURE__ */ new Map();
	for (const place of findPlaces(copy)) if (place.kind === "area") named.set(place.slug, (named.get(place.slug) ?? 0) + 1);
	if (named.size > 0) return [...named].sort((a, b) => b[1] - a[1])[0][0];
	const tally = /* @__PURE__ */ new Map();
	for (const mention of mentions) {
		if (mention.kind !== "count" && mention.kind !== "rate") continue;
		const areas = new Set((byValue.get(mention.value) ?? []).filter((figure) => figure.areaKind === "area").map((figure) => figure.area));
		for (const slug of areas) tally.set(slug, (tally.get(slug) ?? 0) + 1);
	}
	return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
}
/** The years a story could be written about: every year the story's area (or England and Wales) has figures for, newest first. */
function editionCandidates(data, area) {
	const periods = /* @__PURE__ */ new Set();
	for (const figure of data.figures) if (figure.area === (area ?? "england-and-wales") || !area && figure.areaKind === "area") periods.add(figure.period);
	for (const release of data.releases ?? []) periods.add(release.period);
	return [...periods].sort().reverse();
}
function notChecked(mention, reason) {
	const period = mention.kind === "period" ? mention.time.period ?? null : null;
	return {
		text: mention.text,
		value: mention.value,
		verdict: "not-checked",
		expected: null,
		source: null,
		start: mention.start,
		end: mention.end,
		kind: mention.kind,
		area: null,
		measure: null,
		period,
		edition: null,
		note: reason
	};
}
function checkAll(mentions, context) {
	const rows = alignRows(mentions, context);
	const results = mentions.map((mention) => {
		const reading = rows.get(mention) ?? read(mention, context);
		if (typeof reading === "string") return notChecked(mention, reading);
		return {
			text: mention.text,
			value: mention.value,
			start: mention.start,
			end: mention.end,
			kind: mention.kind,
			edition: context.editionLabel(context.edition) ?? context.edition,
			...reading
		};
	});
	flagRatesThatDisagreeWithCounts(context.book, mentions, results);
	return results;
}
/** Where a figure is: its own area, England and Wales, the story's area; or why it cannot be checked. */
function areaOf(mention, context) {
	if (mention.place?.kind === "region") return `region:${mention.place.slug}`;
	return mention.place?.slug ?? context.area ?? "";
}
/** Reads one mention: a not-checked reason (string), or a verdict with its explanation. */
function read(mention, context) {
	if (mention.kind === "period") return mention.reason ?? "a year";
	if (mention.kind === "other" && mention.measure) return readTableCount(mention, context, mention.measure);
	if (mention.kind === "other") return `not a MAPPA figure: ${mention.reason ?? "nothing says what it counts"}`;
	if (mention.reason) return `not checked: ${mention.reason}`;
	const measure = mention.measure;
	if (!measure) return "not checked: nothing in the copy says what it counts";
	const area = areaOf(mention, context);
	const period = periodOf(mention.time, context.edition);
	const located = {
		measure,
		area: area.startsWith("region:") ? null : area || null,
		period
	};
	if (area.startsWith("region:")) return {
		...located,
		verdict: "unmatched",
		expected: null,
		source: null,
		note: `${area.slice(7)} is a region, not a MAPPA area: the tables have no figure for it, and the checker does not guess which areas are meant`
	};
	if (!area) return {
		...located,
		verdict: "unmatched",
		expected: null,
		source: null,
		note: "the copy does not say which area: choose the story's area"
	};
	const name = context.book.areaName(area);
	const readAs = `Read as ${MEASURE_NAMES[measure] ?? measure}, ${name}, ${period}`;
	switch (mention.kind) {
		case "count":
		case "rate": return readFigure(mention, context, measure, area, period, readAs);
		case "oneInN": return readOneInN(mention, context, area, period);
		case "percent":
		case "change":
		case "ratio": return readDerived(mention, context, measure, area, period);
		case "rank": return readRank(mention, context, measure, area, period);
	}
}
var TABLE_COUNT_NAMES = {
	breaches_notification: "registered sex offenders cautioned or convicted for breaching notification requirements",
	shpo: "Sexual Harm Prevention Orders imposed",
	sfo_charged: "offenders charged with a serious further offence"
};
/**
* Another count the tables hold (breaches, SHPOs, serious further offences): verified where the
* store's figure is the one printed; otherwise not checked, with the store's figure, since the words
* that name these counts are looser than the tables' (a breach of licence is not one of notification).
*/
function readTableCount(mention, context, measure) {
	const area = areaOf(mention, context);
	if (!area || area.startsWith("region:")) return `not checked: ${mention.reason ?? "another count"}`;
	const period = periodOf(mention.time, context.edition);
	const figure = figureOf(context.book, area, measure, period);
	const readAs = `Read as ${TABLE_COUNT_NAMES[measure] ?? measure}, ${context.book.areaName(area)}, ${period}`;
	if (figure && figure.value === mention.value) return {
		measure,
		area,
		period,
		verdict: "verified",
		expected: figure.value,
		source: figure.source,
		note: `${readAs}: the table says ${fmt(figure.value, 0)} (${cellOf(figure.source)}).`
	};
	if (figure) return `not checked: ${readAs}, where the table says ${fmt(figure.value, 0)} (${cellOf(figure.source)}); the copy's words may mean another count`;
	return `not a MAPPA figure the store holds: ${mention.reason ?? "another count"}`;
}
function figureOf(book, area, measure, period) {
	if (measure === "total") {
		const total = book.total(area, period);
		return total ? {
			value: total.value,
			source: total.figures[0].source,
			isSum: total.isSum
		} : void 0;
	}
	const figure = book.get(area, measure, period);
	const value = book.number(area, measure, period);
	return figure && value !== void 0 ? {
		value,
		source: figure.source
	} : void 0;
}
function readFigure(mention, context, measure, area, period, readAs) {
	const { book } = context;
	const located = {
		measure,
		area,
		period
	};
	const figure = figureOf(book, area, measure, period);
	const isRate = measure === "rso_rate";
	const tolerance = isRate ? .5 : 0;
	const writtenAs = (value) => isRate ? `a rate of ${fmt(value)}` : fmt(value, 0);
	if (figure) {
		const closeness = compareCount(mention.value, figure.value, mention.rounding, tolerance);
		const said = `the table says ${writtenAs(figure.value)}${figure.isSum ? " (the categories added up)" : ""} (${cellOf(figure.source)})`;
		if (closeness === "exact") return {
			...located,
			verdict: "verified",
			expected: figure.value,
			source: figure.source,
			note: `${readAs}: ${said}.`
		};
		if (closeness === "honest") return {
			...located,
			verdict: "verified",
			expected: figure.value,
			source: figure.source,
			note: `${readAs}: ${said}; "${mention.text}" rounds it honestly.`
		};
		if (closeness === "rounded") return {
			...located,
			verdict: "rounding",
			expected: figure.value,
			source: figure.source,
			note: `${readAs}: ${said}; ${fmt(mention.value)} is it rounded, without a word such as "about".`
		};
	}
	if (mention.time.isLoose && mention.time.back > 0) {
		const later = shift(period, -1);
		const nearer = figureOf(book, area, measure, later);
		if (nearer && compareCount(mention.value, nearer.value, mention.rounding, tolerance) !== "no") return {
			measure,
			area,
			period: later,
			verdict: "verified",
			expected: nearer.value,
			source: nearer.source,
			note: `Read as ${MEASURE_NAMES[measure] ?? measure}, ${book.areaName(area)}, ${later} ("last year" taken as the year to March ${Number(later.slice(0, 4)) + 1}): the table says ${writtenAs(nearer.value)} (${cellOf(nearer.source)}).`
		};
	}
	const older = book.earlier(area, measure, period).find((earlier) => earlier.value !== null && compareCount(mention.value, earlier.value, mention.rounding, tolerance) !== "no");
	if (older && figure) return {
		...located,
		verdict: "revised",
		expected: figure.value,
		source: figure.source,
		note: `${readAs}: ${older.source.release} printed ${writtenAs(older.value)} (${cellOf(older.source)}); ${figure.source.release} restated it as ${writtenAs(figure.value)} (${cellOf(figure.source)}).`
	};
	if (mention.placeFrom === "carried" || mention.placeFrom === "assumed") for (const other of [context.area, ENGLAND_AND_WALES$1]) {
		if (!other || other === area) continue;
		const there = figureOf(book, other, measure, period);
		if (there && compareCount(mention.value, there.value, mention.rounding, tolerance) === "exact") return {
			measure,
			area: other,
			period,
			verdict: "verified",
			expected: there.value,
			source: there.source,
			note: `Read as ${MEASURE_NAMES[measure] ?? measure}, ${book.areaName(other)}, ${period} (the sentence names no place; it holds there): the table says ${writtenAs(there.value)} (${cellOf(there.source)}).`
		};
	}
	if (mention.measureFrom === "carried" || mention.measureFrom === "sentence") for (const alternative of isRate ? [] : COUNT_MEASURES) {
		if (alternative === measure) continue;
		const other = figureOf(book, area, alternative, period);
		if (other && other.value === mention.value) return {
			measure: alternative,
			area,
			period,
			verdict: "verified",
			expected: other.value,
			source: other.source,
			note: `Read as ${MEASURE_NAMES[alternative]}, ${book.areaName(area)}, ${period} (the copy does not name the count): the table says ${fmt(other.value, 0)} (${cellOf(other.source)}).`
		};
	}
	const elsewhere = whatItMatches(mention, context, measure, area, period);
	if (!figure) return {
		...located,
		verdict: "unmatched",
		expected: null,
		source: null,
		note: `${readAs}: the store has no such figure${elsewhere ? `; ${elsewhere}` : ""}.`
	};
	if (mention.measureFrom === "carried" && !elsewhere && (mention.value < figure.value / 2 || mention.value > figure.value * 2)) return {
		...located,
		verdict: "unmatched",
		expected: figure.value,
		source: figure.source,
		note: `${readAs} from the words before it, but ${fmt(mention.value)} is far from the table's ${writtenAs(figure.value)} (${cellOf(figure.source)}): it probably counts something else.`
	};
	return {
		...located,
		verdict: "mismatch",
		expected: figure.value,
		source: figure.source,
		note: `${readAs}: the table says ${writtenAs(figure.value)} (${cellOf(figure.source)})${elsewhere ? `; ${fmt(mention.value)} ${elsewhere}` : ""}.`
	};
}
/** What else in the store a wrong figure is: another area's, another year's, another count's. */
function whatItMatches(mention, context, measure, area, period) {
	const candidates = (context.byValue.get(mention.value) ?? []).filter((figure) => !(figure.area === area && figure.measure === measure && figure.period === period));
	if (candidates.length === 0) return void 0;
	const score = (figure) => (figure.measure === measure ? 0 : 2) + (figure.area === area ? 0 : 1) + (figure.period === period ? 0 : 1);
	const best = [...candidates].sort((a, b) => score(a) - score(b))[0];
	if (score(best) > 2) return void 0;
	const what = `${MEASURE_NAMES[best.measure] ?? best.measure}, ${best.areaName}, ${best.period}`;
	return `is ${best.area !== area ? "the figure for another area" : best.period !== period ? "the figure for another year" : "another count"} (${what}: ${cellOf(best.source)})`;
}
function readOneInN(mention, context, area, period) {
	const located = {
		measure: "rso_rate",
		area,
		period
	};
	const figure = figureOf(context.book, area, "rso_rate", period);
	if (!figure || figure.value <= 0) return {
		...located,
		verdict: "unmatched",
		expected: null,
		source: null,
		note: `Read as one in N from the rate, ${context.book.areaName(area)}, ${period}: the store has no rate for it.`
	};
	const exact = 1e5 / figure.value;
	const arithmetic = `100,000 ÷ ${fmt(figure.value)} = ${fmt(exact)} (${cellOf(figure.source)})`;
	const within = Math.abs(mention.value - exact) <= exact * .01;
	const honest = mention.rounding && compareCount(mention.value, Math.round(exact), mention.rounding) !== "no";
	const readAs = `Read as one in N from the rate, ${context.book.areaName(area)}, ${period}`;
	if (within || honest) return {
		...located,
		verdict: "verified",
		expected: Math.round(exact),
		source: figure.source,
		note: `${readAs}: ${arithmetic}; within 1 per cent.`
	};
	return {
		...located,
		verdict: "mismatch",
		expected: Math.round(exact),
		source: figure.source,
		note: `${readAs}: ${arithmetic}, not ${fmt(mention.value)}.`
	};
}
/** Changes, percentages and ratios, worked out again from the two figures the copy names. */
function readDerived(mention, context, measure, area, period) {
	const { book } = context;
	const name = book.areaName(area);
	const located = {
		measure,
		area,
		period
	};
	const current = figureOf(book, area, measure, period);
	if (mention.kind === "percent" && mention.shareOf === "population") {
		const rate = figureOf(book, area, "rso_rate", period);
		const readAs = `Read as the share of ${name}'s people aged 10 and over on the register, ${period}`;
		if (!rate) return {
			...located,
			measure: "rso_rate",
			verdict: "unmatched",
			expected: null,
			source: null,
			note: `${readAs}: the store has no rate for it.`
		};
		const exact = rate.value / 1e3;
		return derivedVerdict(comparePercent(mention.value, mention.decimals, exact, mention.rounding), {
			...located,
			measure: "rso_rate"
		}, Math.round(exact * 1e3) / 1e3, rate.source, `${readAs}: a rate of ${fmt(rate.value)} per 100,000 is ${fmt(exact, 2)} per cent (${cellOf(rate.source)})`);
	}
	if (mention.kind === "percent" && mention.isAgainstNational && area !== "england-and-wales") {
		if (measure === "rso") return readDerived({ ...mention }, context, "rso_rate", area, period);
		const national = figureOf(book, ENGLAND_AND_WALES$1, measure, period);
		const readAs = `Read as ${name}'s ${MEASURE_NAMES[measure] ?? measure} against England and Wales's, ${period}`;
		if (!current || !national || national.value === 0) return {
			...located,
			verdict: "unmatched",
			expected: null,
			source: null,
			note: `${readAs}: the store does not hold both figures.`
		};
		const gap = (current.value - national.value) / national.value * 100;
		const way = gap > 0 ? "up" : "down";
		const wrongWay = mention.direction !== void 0 && Math.abs(gap) >= .5 && way !== mention.direction;
		return derivedVerdict(wrongWay ? "no" : comparePercent(mention.value, mention.decimals, Math.abs(gap), mention.rounding), located, Math.round(Math.abs(gap) * 10) / 10, current.source, `${readAs}: (${fmt(current.value)} − ${fmt(national.value)}) ÷ ${fmt(national.value)} = ${fmt(gap, 2)} per cent (${cellOf(current.source)}; ${cellOf(national.source)})${wrongWay ? `; it is ${gap > 0 ? "higher" : "lower"}, not ${gap > 0 ? "lower" : "higher"}` : ""}`);
	}
	if (mention.kind === "percent" && mention.shareOf) {
		const ofNation = mention.shareOf === "national" && area !== "england-and-wales";
		const wholeArea = ofNation ? ENGLAND_AND_WALES$1 : area;
		const wholeMeasure = ofNation ? measure : "total";
		const whole = figureOf(book, wholeArea, wholeMeasure, period);
		const readAs = `Read as ${MEASURE_NAMES[measure] ?? measure} as a share of ${ofNation ? `England and Wales's ${MEASURE_NAMES[measure] ?? measure}` : "the MAPPA total"}, ${name}, ${period}`;
		if (!current || !whole || whole.value === 0 || measure === "total" && wholeMeasure === "total") return {
			...located,
			verdict: "unmatched",
			expected: null,
			source: null,
			note: `${readAs}: the store does not hold both figures.`
		};
		const exact = current.value / whole.value * 100;
		const arithmetic = `${fmt(current.value, 0)} ÷ ${fmt(whole.value, 0)} = ${fmt(exact, 2)} per cent (${cellOf(current.source)}; ${cellOf(whole.source)})`;
		return derivedVerdict(comparePercent(mention.value, mention.decimals, exact, mention.rounding), located, Math.round(exact * 10) / 10, current.source, `${readAs}: ${arithmetic}`);
	}
	const since = periodOf(mention.since ?? {
		...mention.time,
		back: mention.time.back + 1
	}, context.edition);
	if (mention.ratio?.against === "national") {
		const national = figureOf(book, ENGLAND_AND_WALES$1, measure, period);
		const readAs = `Read as ${name}'s ${MEASURE_NAMES[measure] ?? measure} against England and Wales's, ${period}`;
		if (!current || !national || national.value === 0) return {
			...located,
			verdict: "unmatched",
			expected: null,
			source: null,
			note: `${readAs}: the store does not hold both figures.`
		};
		const ratio = current.value / national.value;
		return derivedVerdict(ratio >= mention.ratio.low && ratio <= mention.ratio.high ? "exact" : "no", located, Math.round(ratio * 100) / 100, current.source, `${readAs}: ${fmt(current.value)} ÷ ${fmt(national.value)} = ${fmt(ratio, 2)} times`);
	}
	const before = figureOf(book, area, measure, since);
	const readAs = `Read as the change in ${MEASURE_NAMES[measure] ?? measure}, ${name}, ${since} to ${period}`;
	if (!current || !before) return {
		...located,
		verdict: "unmatched",
		expected: null,
		source: null,
		note: `${readAs}: the store does not hold both years.`
	};
	const cells = `(${cellOf(before.source)}; ${cellOf(current.source)})`;
	const difference = current.value - before.value;
	const way = difference > 0 ? "up" : difference < 0 ? "down" : "unchanged";
	const wrongWay = mention.direction && way !== "unchanged" && way !== mention.direction;
	if (mention.kind === "change") {
		const arithmetic = `${fmt(current.value)} − ${fmt(before.value)} = ${fmt(difference)} ${cells}`;
		return derivedVerdict(wrongWay ? "no" : compareCount(mention.value, Math.abs(difference), mention.rounding, measure === "rso_rate" ? 1 : 0), located, Math.abs(difference), current.source, `${readAs}: ${arithmetic}${wrongWay ? `; it went ${way}, not ${mention.direction}` : ""}`);
	}
	if (before.value === 0) return {
		...located,
		verdict: "unmatched",
		expected: null,
		source: null,
		note: `${readAs}: no percentage change from nought.`
	};
	const percent = difference / before.value * 100;
	if (mention.kind === "ratio") {
		const ratio = current.value / before.value;
		const arithmetic = `${fmt(current.value)} ÷ ${fmt(before.value)} = ${fmt(ratio, 2)} times ${cells}`;
		return derivedVerdict(ratio >= mention.ratio.low && ratio <= mention.ratio.high ? "exact" : "no", located, Math.round(ratio * 100) / 100, current.source, `${readAs}: ${arithmetic}`);
	}
	const arithmetic = `(${fmt(current.value)} − ${fmt(before.value)}) ÷ ${fmt(before.value)} = ${fmt(percent, 2)} per cent ${cells}`;
	return derivedVerdict(wrongWay ? "no" : comparePercent(mention.value, mention.decimals, Math.abs(percent), mention.rounding), located, Math.round(Math.abs(percent) * 10) / 10, current.source, `${readAs}: ${arithmetic}${wrongWay ? `; it went ${way}, not ${mention.direction}` : ""}`);
}
function derivedVerdict(closeness, located, expected, source, explanation) {
	const verdict = closeness === "exact" || closeness === "honest" ? "verified" : closeness === "rounded" ? "rounding" : "mismatch";
	return {
		...located,
		verdict,
		expected,
		source,
		note: `${explanation}${closeness === "rounded" ? "; the copy rounds it down" : ""}.`
	};
}
function readRank(mention, context, measure, area, period) {
	const { book } = context;
	const located = {
		measure,
		area,
		period
	};
	const order = mention.order ?? "highest";
	const readAs = `Read as ${book.areaName(area)}'s rank on ${measure === "rso_rate" ? "the rate" : MEASURE_NAMES[measure] ?? measure}, ${period}, ${order} first`;
	const ranked = book.rank(area, measure, period, order);
	const figure = figureOf(book, area, measure, period);
	if (!ranked || !figure) return {
		...located,
		verdict: "unmatched",
		expected: null,
		source: null,
		note: `${readAs}: the store has no such figures to rank.`
	};
	if (ranked.of < 42) return {
		...located,
		verdict: "unmatched",
		expected: null,
		source: null,
		note: `${readAs}: only ${ranked.of} of the 42 areas have a figure, so no rank can be checked.`
	};
	const said = `${ranked.rank}${ranked.isTied ? ` (shared by ${ranked.sharing})` : ""} of ${ranked.of} (${cellOf(figure.source)})`;
	const isWithinTie = mention.value >= ranked.rank && mention.value < ranked.rank + ranked.sharing;
	return {
		...located,
		verdict: isWithinTie ? "verified" : "mismatch",
		expected: ranked.rank,
		source: figure.source,
		note: `${readAs}: the table puts it ${said}.`
	};
}
/**
* Rows of a pasted table: the header's years where it has them, else the run of years in which the
* row's figures hold ("Essex 1,496 1,596 1,684 1,867" is 2018/19 to 2021/22).
*/
function alignRows(mentions, context) {
	const readings = /* @__PURE__ */ new Map();
	const rows = /* @__PURE__ */ new Map();
	for (const mention of mentions) if (mention.row && !(mention.row.periods && mention.measure)) rows.set(mention.row.line, [...rows.get(mention.row.line) ?? [], mention]);
	for (const cells of rows.values()) {
		const area = areaOf(cells[0], context);
		if (!area || area.startsWith("region:")) continue;
		const given = cells[0].row?.periods;
		let best;
		const consider = (measure, periods) => {
			const hits = cells.filter((cell, column) => figureOf(context.book, area, measure, periods[column])?.value === cell.value).length;
			if (!best || hits > best.hits) best = {
				measure,
				periods,
				hits
			};
		};
		for (const measure of /* @__PURE__ */ new Set([
			cells[0].measure ?? "rso",
			...COUNT_MEASURES,
			"rso_rate"
		])) {
			if (given) {
				consider(measure, given);
				continue;
			}
			const series = context.book.series(area, measure === "total" ? "rso" : measure);
			for (let last = cells.length - 1; last < series.length; last++) consider(measure, cells.map((_, column) => series[last - (cells.length - 1 - column)].period));
		}
		const found = best;
		cells.forEach((cell, column) => {
			const needed = given ? Math.ceil(cells.length / 2) : cells.length >= 3 ? cells.length - 1 : cells.length;
			if (!found || found.hits < needed) {
				readings.set(cell, {
					measure: cell.measure ?? null,
					area,
					period: null,
					verdict: "unmatched",
					expected: null,
					source: null,
					note: `A row of a table for ${context.book.areaName(area)} whose ${given ? "figures match no measure for its years" : "years the copy does not give, and whose figures match no run of years in the store"}.`
				});
				return;
			}
			cell.measure = found.measure;
			cell.time = {
				period: found.periods[column],
				back: 0
			};
			cell.kind = found.measure === "rso_rate" ? "rate" : "count";
			const reading = read(cell, context);
			readings.set(cell, typeof reading === "string" ? reading : {
				...reading,
				note: `${reading.note} (a table row: ${given ? "its years from the header" : "its years read from where its figures hold"})`
			});
		});
	}
	return readings;
}
/**
* A count and a rate for the same area and year must agree through the area's population aged 10
* and over (implied by any year with both published). 987 at a rate of 77 for Hertfordshire does not.
*/
function flagRatesThatDisagreeWithCounts(book, mentions, results) {
	const counts = /* @__PURE__ */ new Map();
	results.forEach((count, index) => {
		const key = `${count.area}|${count.period}|${mentions[index].sentence}`;
		if (count.kind === "count" && count.measure === "rso" && !counts.has(key)) counts.set(key, count);
	});
	results.forEach((rate, index) => {
		if (rate.kind !== "rate" || !rate.area || !rate.period || rate.verdict === "not-checked") return;
		const count = counts.get(`${rate.area}|${rate.period}|${mentions[index].sentence}`);
		if (!count) return;
		const periods = book.series(rate.area, "rso_rate").map((figure) => figure.period);
		const population = areaPopulation((measure, period) => book.number(rate.area, measure, period), rate.period, periods);
		const rateFromCount = ratePer100k(count.value, population);
		if (population === void 0 || rateFromCount === void 0) return;
		if (Math.abs(rateFromCount - rate.value) < 1) return;
		const name = book.areaName(rate.area);
		const line = `${fmt(count.value)} at a rate of ${fmt(rate.value)} do not agree: at ${name}'s population aged 10 and over (about ${fmt(Math.round(population / 1e3) * 1e3)}), ${fmt(count.value)} is a rate of about ${fmt(Math.round(rateFromCount))}, and a rate of ${fmt(rate.value)} is about ${fmt(Math.round(rate.value * population / 1e5))} people`;
		for (const target of [count, rate]) target.note = `${target.note} ${line}.`;
	});
}
// main/jobs/draft-worker.ts
var DRAFT_TASKS = {
	async read(fileName, bytes) {
		const { readCopy } = await import("./chunks/copy-HTsCX6z2.js");
		const text = await readCopy(fileName, bytes);
		refuseOverlongDraft(text, fileName);
		return text;
	},
	check(...args) {
		refuseOverlongDraft(args[0]);
		return copyCheckJson(checkStory(...args));
	}
};
var runDraftTask = (request) => DRAFT_TASKS[request.task](...request.args);
serveTask(runDraftTask);
export { DRAFT_TASKS, runDraftTask };

import { n as createCore } from "./app-BWIFkLlT.js";
import { r as draftSentences } from "./sentences-Bw_dOi9c.js";
import { UsageError, t as parse } from "../cli.js";
import { n as sentenceJson } from "./views-Dkj95Nr7.js";
import { n as parsePeriod } from "./periods-p4j1Mj8l.js";
import { t as drafts } from "./drafts-D4qvC89g.js";
import { r as readImportFile } from "./files-D-K67Z7z.js";
import { a as storyData, r as houseStyle } from "./story-Dk6kr2Lu.js";
import { f as assertArea } from "./annotations-DAf014Hh.js";
import { t as dbPathFor } from "./common-C8OXZ_v4.js";
import { basename } from "node:path";
// main/cli/story.ts
var OPTIONS = {
	db: { type: "string" },
	area: { type: "string" },
	period: { type: "string" },
	json: { type: "boolean" }
};
/** The area and edition asked for, checked against the store: an unknown slug or a year with no figures is named. */
function storyTarget(db, area, periodText) {
	if (!area) throw new UsageError("--area SLUG is required (e.g. --area essex)");
	assertArea(db, area);
	if (!periodText) throw new UsageError("--period is required (e.g. --period 2021/22)");
	const period = parsePeriod(periodText, { allowBareYear: true })?.key;
	if (!period) throw new UsageError(`--period "${periodText}" is not a financial year such as 2021/22`);
	return {
		area,
		period
	};
}
function commandSentences(argv, io) {
	const { values } = parse({
		args: argv,
		options: OPTIONS
	});
	const core = createCore({
		dbPath: dbPathFor(values.db, io),
		mode: "browser"
	});
	try {
		const { area, period } = storyTarget(core.store.db, values.area, values.period);
		const sentences = draftSentences(storyData(core.store.db), area, period, houseStyle(core.store.db));
		if (values.json) io.out(JSON.stringify(sentences.map(sentenceJson), null, 2));
		else if (sentences.length === 0) io.out(`No figures for ${area} ${period}: nothing to write.`);
		else sentences.forEach((sentence) => io.out(sentence.text));
	} finally {
		core.close();
	}
	return 0;
}
/** An optional --area or --period hint, checked against the store like the required ones. */
function checkHints(db, area, periodText) {
	if (area) assertArea(db, area);
	if (periodText === void 0) return { ...area ? { area } : {} };
	const period = parsePeriod(periodText, { allowBareYear: true })?.key;
	if (!period) throw new UsageError(`--period "${periodText}" is not a financial year such as 2021/22`);
	return {
		...area ? { area } : {},
		period
	};
}
async function commandCheck(argv, io) {
	const { values, positionals } = parse({
		args: argv,
		options: OPTIONS,
		allowPositionals: true
	});
	if (positionals.length !== 1) throw new UsageError("check needs one FILE (.txt, .md or .docx)");
	const file = positionals[0];
	const copy = await drafts().read(basename(file), readImportFile(file));
	const core = createCore({
		dbPath: dbPathFor(values.db, io),
		mode: "browser"
	});
	try {
		const hints = checkHints(core.store.db, values.area, values.period);
		const result = await drafts().check(copy, storyData(core.store.db), hints);
		if (values.json) {
			io.out(JSON.stringify(result, null, 2));
			return 0;
		}
		const area = result.area ? `${result.area}${result.isAreaInferred ? " (inferred from the copy)" : ""}` : "none named";
		const edition = result.edition ? `${result.edition.label ?? result.edition.period}${result.isEditionInferred ? " (inferred: the edition in which most figures hold)" : ""}` : "none";
		io.out(`Area: ${area}. Edition: ${edition}.`);
		if (result.mentions.length === 0) io.out("No figures found in the copy.");
		for (const figure of result.mentions) io.out(`${figure.verdict.padEnd(11)} ${figure.text.padEnd(24)} ${figure.explanation}`);
		io.out(verdictCounts(result.mentions.map((figure) => figure.verdict)));
	} finally {
		core.close();
	}
	return 0;
}
/** "12 verified, 1 mismatch · 5 not checked": problems apart from figures that are not MAPPA figures. */
function verdictCounts(verdicts) {
	const counts = /* @__PURE__ */ new Map();
	for (const verdict of verdicts) counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
	const part = (names) => names.filter((name) => counts.has(name)).map((name) => `${counts.get(name)} ${name.replace("-", " ")}`).join(", ");
	return [part([
		"verified",
		"rounding",
		"revised",
		"mismatch",
		"unmatched"
	]), part(["not-checked"])].filter(Boolean).join(" · ");
}
export { commandCheck, commandSentences };

import { n as createCore } from "./app-BWIFkLlT.js";
import { l as areasFor } from "./measures-Dj0ua4gL.js";
import { UsageError, t as parse } from "../cli.js";
import { n as parsePeriod, r as periodEndYear } from "./periods-p4j1Mj8l.js";
import { i as leadsResult, n as leadsData } from "./leads-BcpGSOkX.js";
import { i as sourceLineForLabels } from "./provenance-CJ1M823P.js";
import { r as houseStyle } from "./story-Dk6kr2Lu.js";
import { t as dbPathFor } from "./common-C8OXZ_v4.js";
// main/cli/leads.ts
/** `--area essex --area kent`, `--area essex,kent` or a region such as `--area north-east`, as area slugs. */
function areasFromFlags(flags) {
	return flags.flatMap((flag) => flag.split(",")).map((name) => name.trim()).filter((name) => name !== "").flatMap((name) => {
		const slugs = areasFor(name);
		if (!slugs) throw new UsageError(`--area "${name}" is not an area or region slug (e.g. essex, county-durham, england-and-wales or north-east)`);
		return slugs;
	});
}
function commandLeads(argv, io) {
	const { values } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			period: { type: "string" },
			area: {
				type: "string",
				multiple: true
			},
			json: { type: "boolean" }
		}
	});
	let period;
	if (values.period !== void 0) {
		period = parsePeriod(values.period, { allowBareYear: true })?.key;
		if (!period) throw new UsageError(`--period "${values.period}" is not a financial year such as 2021/22`);
	}
	const areas = areasFromFlags(values.area ?? []);
	const core = createCore({
		dbPath: dbPathFor(values.db, io),
		mode: "browser",
		log: io.err
	});
	try {
		const { db } = core.store;
		const result = leadsResult(leadsData(db), houseStyle(db), {
			period,
			areas
		}, (releases) => sourceLineForLabels(db, releases));
		if (values.json) {
			io.out(JSON.stringify({
				period: result.period,
				leads: result.leads,
				restatementsToCheck: result.restatementsToCheck
			}, null, 2));
			return 0;
		}
		if (result.period === null) {
			io.out("No figures yet: import an edition first.");
			return 0;
		}
		io.out(`Leads for the edition at 31 March ${periodEndYear(result.period)} (${result.leads.length}, most newsworthy first)`);
		for (const lead of result.leads) {
			io.out(`${String(lead.score).padStart(3)}  ${lead.kind.padEnd(12)} ${lead.text}`);
			io.out(`     ${lead.why}${lead.caution ? ` · ${lead.caution}` : ""}`);
		}
		const toCheck = result.restatementsToCheck.filter((restatement) => !restatement.isConfirmed);
		if (toCheck.length > 0) {
			io.out("");
			io.out(`Restatements to check (${toCheck.length}): an earlier year changed by more than a tenth`);
			for (const restatement of toCheck) io.out(`  ${restatement.text}`);
		}
	} finally {
		core.close();
	}
	return 0;
}
export { commandLeads };

import { n as createCore } from "./app-BWIFkLlT.js";
import { UsageError, t as parse } from "../cli.js";
import { n as parsePeriod } from "./periods-p4j1Mj8l.js";
import { t as currentFigures } from "./figures-XTJ_aqNy.js";
import { t as listRevisions } from "./revisions-zYrEdm-k.js";
import { t as dbPathFor } from "./common-C8OXZ_v4.js";
import { n as describeRevision } from "./describe-ZLjPUw4a.js";
// main/cli/figures.ts
function commandFigures(argv, io) {
	const { values } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			area: { type: "string" },
			measure: { type: "string" },
			period: { type: "string" },
			json: { type: "boolean" }
		}
	});
	let period;
	if (typeof values.period === "string") {
		period = parsePeriod(values.period, { allowBareYear: true })?.key;
		if (!period) throw new UsageError(`--period "${values.period}" is not a financial year such as 2021/22`);
	}
	const core = createCore({
		dbPath: dbPathFor(values.db, io),
		mode: "browser",
		log: io.err
	});
	try {
		const figures = currentFigures(core.store.db, {
			area: values.area,
			measure: values.measure,
			period
		});
		if (values.json) io.out(JSON.stringify(figures, null, 2));
		else if (figures.length === 0) io.out("No figures match.");
		else for (const figure of figures) io.out(`${figure.area_name.padEnd(28)} ${figure.measure.padEnd(18)} ${figure.period}  ${figure.raw.padStart(10)}  ${figure.source.file} ${figure.source.sheet}!${figure.source.cell}`);
	} finally {
		core.close();
	}
	return 0;
}
function commandRevisions(argv, io) {
	const { values } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			area: { type: "string" },
			measure: { type: "string" },
			json: { type: "boolean" }
		}
	});
	const core = createCore({
		dbPath: dbPathFor(values.db, io),
		mode: "browser",
		log: io.err
	});
	try {
		currentFigures(core.store.db, {
			area: values.area,
			measure: values.measure,
			period: "0000/00"
		});
		const revisions = listRevisions(core.store.db, {
			area: values.area,
			measure: values.measure
		});
		if (values.json) io.out(JSON.stringify(revisions, null, 2));
		else if (revisions.length === 0) io.out("No revisions: no edition in the store restates another.");
		else revisions.forEach((revision) => io.out(describeRevision(revision)));
	} finally {
		core.close();
	}
	return 0;
}
export { commandFigures, commandRevisions };

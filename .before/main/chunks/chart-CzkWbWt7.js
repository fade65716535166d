import { n as createCore } from "./app-BWIFkLlT.js";
import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { t as altTextPathFor } from "./files-DU48XwFh.js";
import { t as renderChart } from "./render-ksuj0MWH.js";
import { c as resolveDbPath } from "./writer-lock-BVEuZlFt.js";
import { n as writeOutFile } from "../cli.js";
import { readFileSync } from "node:fs";
// main/cli/chart.ts
var FORMATS = [
	"png",
	"svg",
	"pdf"
];
function readSpec(path) {
	let text;
	try {
		text = readFileSync(path, "utf8");
	} catch (error) {
		throw new AppError("not_found", `${path}: ${oneLine(error)}`);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new AppError("bad_input", `${path} is not JSON: ${oneLine(error)}`);
	}
}
async function commandChart(argv, kit) {
	const { values } = kit.parse({
		args: argv,
		options: {
			spec: { type: "string" },
			db: { type: "string" },
			format: { type: "string" },
			cmyk: { type: "boolean" },
			out: { type: "string" },
			json: { type: "boolean" }
		}
	});
	const specPath = values.spec;
	const out = values.out;
	const format = values.format;
	if (typeof specPath !== "string") throw kit.usage("chart needs --spec FILE.json");
	if (typeof out !== "string") throw kit.usage("chart needs --out FILE");
	if (!format || !FORMATS.includes(format)) throw kit.usage(`--format must be png, svg or pdf${format ? `, not "${format}"` : ""}`);
	if (values.cmyk && format !== "pdf") throw kit.usage("--cmyk is for --format pdf (the print desk takes CMYK PDF)");
	const spec = readSpec(specPath);
	const core = createCore({
		dbPath: resolveDbPath(values.db),
		mode: "browser"
	});
	try {
		const chart = await renderChart(core.store.db, spec, format, { isCmyk: values.cmyk === true });
		writeOutFile(out, chart.bytes);
		writeOutFile(altTextPathFor(out), `${chart.altText}\n`);
		const summary = {
			file: out,
			format,
			widthPx: chart.widthPx,
			heightPx: chart.heightPx,
			dpi: chart.dpi,
			altText: chart.altText,
			source: chart.source,
			warnings: chart.warnings
		};
		if (values.json) kit.out(JSON.stringify(summary, null, 2));
		else {
			kit.out(`${out}: ${format.toUpperCase()}${chart.isCmyk ? " (CMYK)" : ""}, ${chart.widthPx} × ${chart.heightPx} px at ${chart.dpi} dpi; alt text in ${altTextPathFor(out)}`);
			kit.out(chart.source);
			for (const warning of chart.warnings) kit.out(`warning: ${warning}`);
		}
	} finally {
		core.close();
	}
	return 0;
}
export { commandChart };

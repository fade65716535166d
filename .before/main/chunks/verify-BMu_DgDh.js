import { n as createCore } from "./app-BWIFkLlT.js";
import { t as parse } from "../cli.js";
import { n as verifySources, t as describeMismatch } from "./verify-BIpddZYz.js";
import { t as dbPathFor } from "./common-C8OXZ_v4.js";
import { n as groupedCount } from "./format-CRIpvfIs.js";
// main/cli/verify.ts
async function commandVerify(argv, io) {
	const { values } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			json: { type: "boolean" }
		}
	});
	const core = createCore({
		dbPath: dbPathFor(values.db, io),
		mode: "browser",
		log: io.err
	});
	try {
		let shown = -1;
		const check = await verifySources(core.store.db, (fileName, bytes) => core.jobs.readNow(fileName, bytes), ({ done, total, current }) => {
			if (current === null || done === shown) return;
			shown = done;
			io.err(`[${done + 1}/${total}] reading ${current}`);
		});
		if (values.json) io.out(JSON.stringify(check, null, 2));
		else {
			for (const release of check.releases) {
				const verdict = release.mismatches.length === 0 ? "all match" : `${groupedCount(release.mismatches.length)} do not match`;
				io.out(`${String(release.releaseId).padStart(4)}  ${release.editionLabel}  ${release.fileName}: ${groupedCount(release.figures)} figures checked, ${verdict}`);
				for (const mismatch of release.mismatches) io.out(`        ${describeMismatch(mismatch)}`);
			}
			io.out(check.line);
		}
		return check.mismatchCount === 0 ? 0 : 1;
	} finally {
		core.close();
	}
}
export { commandVerify };

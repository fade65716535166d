import { a as listReleases, n as createCore, o as releaseImpact, s as removeRelease } from "./app-BWIFkLlT.js";
import { t as backUp } from "./backup-DpHNx6jF.js";
import { UsageError, t as parse } from "../cli.js";
import { n as holdingWriterLock, t as dbPathFor } from "./common-C8OXZ_v4.js";
import { n as groupedCount } from "./format-CRIpvfIs.js";
// main/cli/releases.ts
function commandReleases(argv, io) {
	const { values } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			json: { type: "boolean" }
		}
	});
	const core = createCore({
		dbPath: dbPathFor(values.db, io),
		mode: "browser"
	});
	try {
		const releases = listReleases(core.store.db).map((release) => ({
			...release,
			...releaseImpact(core.store.db, release.id)
		}));
		if (values.json) io.out(JSON.stringify(releases.map((release, index) => ({
			id: release.id,
			precedence: index + 1,
			edition: release.editionLabel,
			period: release.period,
			file: release.fileName,
			format: release.format,
			is_sample: release.isSample,
			imported_at: release.importedAt,
			figures: release.figures,
			current_figures: release.currentFigures,
			edits: release.edits,
			notes: release.notes
		})), null, 2));
		else if (releases.length === 0) io.out("No releases: import a spreadsheet first.");
		else for (const release of releases) io.out(`${String(release.id).padStart(4)}  ${release.editionLabel}${release.isSample ? " [sample]" : ""}  ${release.fileName}  ${groupedCount(release.figures)} figures, ${groupedCount(release.currentFigures)} current`);
	} finally {
		core.close();
	}
	return 0;
}
function commandRemove(argv, io) {
	const { values, positionals } = parse({
		args: argv,
		options: { db: { type: "string" } },
		allowPositionals: true
	});
	if (positionals.length !== 1 || !/^\d+$/.test(positionals[0])) throw new UsageError("remove needs one RELEASE_ID (a number from `releases`)");
	const dbPath = dbPathFor(values.db, io);
	return holdingWriterLock(dbPath, "remove", () => removeOne(dbPath, Number(positionals[0]), io));
}
function removeOne(dbPath, releaseId, io) {
	const core = createCore({
		dbPath,
		mode: "browser"
	});
	try {
		releaseImpact(core.store.db, releaseId);
		const backup = backUp(core.store, "removal");
		const removed = removeRelease(core.store.db, releaseId);
		io.out(`Removed "${removed.editionLabel}" (${removed.fileName}): ${groupedCount(removed.figures)} figures; ${removed.edits} edit(s) and ${removed.notes} note(s) on its figures are kept`);
		if (backup) io.out(`Backup of the database before the removal: ${backup.path}`);
	} finally {
		core.close();
	}
	return 0;
}
export { commandReleases, commandRemove };

import { c as resolveDbPath } from "./writer-lock-BVEuZlFt.js";
import { s as backupFolder } from "./write-3upzu9tP.js";
import { a as listBackups, o as restoreBackup } from "./backup-DpHNx6jF.js";
import { t as parse } from "../cli.js";
import { n as holdingWriterLock } from "./common-C8OXZ_v4.js";
import { basename } from "node:path";
// main/cli/backups.ts
var when = (at) => at.replace("T", " ").slice(0, 16) + " UTC";
function commandBackups(argv, io) {
	const { values } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			json: { type: "boolean" }
		}
	});
	const dbPath = resolveDbPath(values.db);
	const backups = listBackups(dbPath);
	if (values.json) io.out(JSON.stringify(backups, null, 2));
	else if (backups.length === 0) io.out(`No backups of ${basename(dbPath)} yet in ${backupFolder(dbPath)}: one is made before every import and release removal, and once a day.`);
	else for (const backup of backups) io.out(`${when(backup.at)}  ${backup.reason.padEnd(7)}  ${backup.releases} release(s), ${backup.edits} edit(s), ${backup.notes} note(s)${backup.isIntact ? "" : "  DAMAGED"}  ${backup.file}`);
	return 0;
}
function commandRestore(argv, io) {
	const { values } = parse({
		args: argv,
		options: {
			db: { type: "string" },
			from: { type: "string" }
		}
	});
	const dbPath = resolveDbPath(values.db);
	const { restored, keptAs } = holdingWriterLock(dbPath, "restore", () => restoreBackup(dbPath, values.from));
	io.out(`Restored the backup of ${when(restored.at)} (${restored.releases} release(s), ${restored.edits} edit(s), ${restored.notes} note(s)) to ${dbPath}`);
	if (keptAs) io.out(`The database it replaced is kept at ${keptAs}`);
	return 0;
}
export { commandBackups, commandRestore };

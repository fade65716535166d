import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { readFileSync, statSync } from "node:fs";
// main/import/files.ts
/** MoJ MAPPA workbooks are under 2 MB; 100 MB leaves room for any national table, not for a mistake. */
var MAX_FILE_BYTES = 104857600;
/** The one line for a file over the limit (here, before it is read, and in the reader, for bytes dropped on the window). */
function fileTooLarge(bytes) {
	return new AppError("too_large", `The file is ${Math.round(bytes / 1048576)} MB; MAPPA Desk imports files up to ${MAX_FILE_BYTES / 1048576} MB`);
}
function readImportFile(path) {
	try {
		const stats = statSync(path);
		if (stats.isDirectory()) throw new AppError("not_found", "Is a folder, not a file");
		if (stats.size > 104857600) throw fileTooLarge(stats.size);
		return readFileSync(path);
	} catch (error) {
		if (error instanceof AppError) throw error;
		const code = error.code;
		throw new AppError("not_found", code === "ENOENT" ? "No such file" : oneLine(error));
	}
}
export { fileTooLarge as n, readImportFile as r, MAX_FILE_BYTES as t };

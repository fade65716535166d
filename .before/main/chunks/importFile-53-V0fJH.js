import { l as catalogueSnapshot } from "./database-Dvu7gefL.js";
import { i as findReleaseBySha } from "./app-BWIFkLlT.js";
import { analyseFile, t as sha256Of } from "./analyse-MPFSYUbw.js";
import { commitAnalysis, duplicateSummary } from "./commit-VAqj7kuJ.js";
// main/import/importFile.ts
function importFile(store, request) {
	const existing = findReleaseBySha(store.db, sha256Of(request.bytes));
	if (existing !== void 0) return duplicateSummary(store, existing);
	const analysis = analyseFile(request, catalogueSnapshot(store.db));
	return commitAnalysis(store, analysis, request.bytes, {}, { isSample: request.isSample });
}
export { importFile };

// main/import/verify.ts
var keyOf = (sheet, cell) => `${sheet}\u0000${cell}`;
var same = (a, b) => a.value === b.value && a.status === b.status && a.raw === b.raw;
/** Compares one release's stored cells with the cells its file holds now. */
function compareRelease(releaseId, stored, analysis) {
	const inFile = /* @__PURE__ */ new Map();
	for (const table of analysis.parsed.tables) for (const observation of table.observations) inFile.set(keyOf(observation.sheet, observation.cell), {
		sheet: observation.sheet,
		cell: observation.cell,
		value: observation.reading.value,
		status: observation.reading.status,
		raw: observation.raw
	});
	const mismatches = [];
	const seen = /* @__PURE__ */ new Set();
	for (const { sheet, cell, value, status, raw } of stored) {
		const key = keyOf(sheet, cell);
		seen.add(key);
		const file = inFile.get(key);
		const kept = {
			value,
			status,
			raw
		};
		if (!file) mismatches.push({
			release: releaseId,
			sheet,
			cell,
			stored: kept,
			file: null
		});
		else if (!same(kept, file)) mismatches.push({
			release: releaseId,
			sheet,
			cell,
			stored: kept,
			file: {
				value: file.value,
				status: file.status,
				raw: file.raw
			}
		});
	}
	for (const [key, { sheet, cell, value, status, raw }] of inFile) if (!seen.has(key)) mismatches.push({
		release: releaseId,
		sheet,
		cell,
		stored: null,
		file: {
			value,
			status,
			raw
		}
	});
	return mismatches;
}
var count = (n) => n.toLocaleString("en-GB");
function describeCheck(releases) {
	const figures = releases.reduce((sum, release) => sum + release.figures, 0);
	const mismatches = releases.reduce((sum, release) => sum + release.mismatches.length, 0);
	const inReleases = `${releases.length} release${releases.length === 1 ? "" : "s"}`;
	if (releases.length === 0) return "No releases to check: import a spreadsheet first";
	if (mismatches === 0) return `All ${count(figures)} figures in ${inReleases} match their source cells`;
	return `${count(mismatches)} of ${count(figures)} figures in ${inReleases} do not match their source cells`;
}
/** "Sheet1!B18: stored 1867 (value), file 1870 (value)" */
function describeMismatch(mismatch) {
	const show = (figure) => figure ? `"${figure.raw}" (${figure.status}${figure.value === null ? "" : ` ${figure.value}`})` : "nothing";
	return `release ${mismatch.release}, ${mismatch.sheet}!${mismatch.cell}: stored ${show(mismatch.stored)}, file ${show(mismatch.file)}`;
}
/** Reads every release's kept file again and compares each cell; `onProgress` hears each release start and its reading move. */
async function verifySources(db, read, onProgress = () => void 0) {
	const releases = db.prepare("SELECT id, edition_label AS editionLabel, file_name AS fileName, size_bytes AS size FROM release ORDER BY id").all();
	const bytesOf = db.prepare("SELECT bytes FROM release WHERE id = ?").pluck();
	const cellsOf = db.prepare("SELECT sheet, cell, value, status, raw FROM observation WHERE release_id = ? ORDER BY id");
	const totalBytes = releases.reduce((sum, release) => sum + Math.max(1, release.size), 0);
	let bytesDone = 0;
	const checks = [];
	for (const [index, release] of releases.entries()) {
		const share = Math.max(1, release.size);
		const report = (within) => onProgress({
			done: index,
			total: releases.length,
			current: release.editionLabel,
			progress: (bytesDone + share * Math.min(1, Math.max(0, within))) / totalBytes
		});
		report(0);
		const bytes = new Uint8Array(bytesOf.get(release.id));
		const stored = cellsOf.all(release.id);
		const analysis = await read(release.fileName, bytes, report);
		checks.push({
			releaseId: release.id,
			editionLabel: release.editionLabel,
			fileName: release.fileName,
			figures: stored.length,
			mismatches: compareRelease(release.id, stored, analysis)
		});
		bytesDone += share;
	}
	onProgress({
		done: releases.length,
		total: releases.length,
		current: null,
		progress: 1
	});
	return {
		releases: checks,
		figures: checks.reduce((sum, check) => sum + check.figures, 0),
		mismatchCount: checks.reduce((sum, check) => sum + check.mismatches.length, 0),
		line: describeCheck(checks)
	};
}
export { verifySources as n, describeMismatch as t };

import { t as __exportAll } from "./rolldown-runtime-BJohB4LM.js";
import { f as slugify, s as AREAS } from "./measures-Dj0ua4gL.js";
import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { d as areaNames, f as assertArea } from "./annotations-DAf014Hh.js";
import { n as prepareChart, t as parseSpecOrThrow } from "./prepare-BdOvd1kD.js";
import { a as writeFileWhole, i as writeFailure, n as makeFolder, o as refuseProtectedPath, r as partialNameFor } from "./write-3upzu9tP.js";
import { a as takeLockFile, t as describeSince } from "./writer-lock-BVEuZlFt.js";
import { i as buildTableSpec, t as escapeHtml } from "./html-DcHLug8i.js";
import { f as measuresOf, s as areasOf } from "./provenance-CJ1M823P.js";
import { r as draftSentences } from "./sentences-Bw_dOi9c.js";
import { t as currentFigures } from "./figures-XTJ_aqNy.js";
import { a as storyData, r as houseStyle } from "./story-Dk6kr2Lu.js";
import { n as renderPrepared } from "./render-ksuj0MWH.js";
import { r as writeTable } from "./registry-CizziSuz.js";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { createHash } from "node:crypto";
// main/export/localise/folder.ts
/** Written when MAPPA Desk makes (or takes, empty) a packs folder: what is in it is MAPPA Desk's to replace. */
var FOLDER_MARK = ".mappa-desk-packs.json";
/** Held while a run writes in the folder: the pid and start of the process that writes. */
var FOLDER_LOCK = ".mappa-desk-packs.lock";
/** The subfolder made when the folder named holds other files. */
var PACKS_SUBFOLDER = "mappa-desk-packs";
/** Enough for every chart a reporter keeps beside another of the same name; past it, something is wrong. */
var MAX_CANDIDATES = 50;
function readMark(folder) {
	try {
		const mark = JSON.parse(readFileSync(join(folder, FOLDER_MARK), "utf8"));
		return mark.madeBy === "MAPPA Desk" && mark.kind === "localise packs" ? mark : null;
	} catch {
		return null;
	}
}
function writeMark(folder, owner) {
	const mark = {
		madeBy: "MAPPA Desk",
		kind: "localise packs",
		...owner === void 0 ? {} : { owner },
		createdAt: (/* @__PURE__ */ new Date()).toISOString()
	};
	writeFileWhole(join(folder, FOLDER_MARK), `${JSON.stringify(mark, null, 2)}\n`);
}
/** Makes `folder` ours if it is missing or empty; true where it is (now) ours and free for this owner. */
function claim(folder, owner) {
	if (!existsSync(folder)) {
		makeFolder(folder);
		writeMark(folder, owner);
		return true;
	}
	if (!statSync(folder).isDirectory()) return false;
	const mark = readMark(folder);
	if (mark) return owner === void 0 || mark.owner === void 0 || mark.owner === owner;
	let entries;
	try {
		entries = readdirSync(folder);
	} catch (error) {
		throw writeFailure(error, join(folder, FOLDER_MARK));
	}
	if (entries.length > 0) return false;
	writeMark(folder, owner);
	return true;
}
/**
* A folder the reporter named is used if it is ours or empty, else a `mappa-desk-packs` subfolder
* (then `-2`, `-3`…). A folder MAPPA Desk named for a chart (`owner`) is used if it is that
* chart's, else the next of `name-2`, `name-3`… that is free: two charts never share one.
*/
function candidates(requested, owner) {
	const numbered = (base) => Array.from({ length: MAX_CANDIDATES }, (_, index) => index === 0 ? base : `${base}-${index + 1}`);
	return owner === void 0 ? [requested, ...numbered(join(requested, PACKS_SUBFOLDER))] : numbered(requested);
}
/**
* Finds or makes the folder a run writes in and locks it for this run. Refuses, in one line, a
* folder another run (in this process or another) is writing in.
*/
function openPacksFolder(requested, options = {}) {
	refuseProtectedPath(requested);
	if (existsSync(requested) && !statSync(requested).isDirectory()) throw new AppError("bad_input", `${requested} is a file: name a folder for the packs`);
	for (const path of candidates(requested, options.owner)) {
		if (!claim(path, options.owner)) continue;
		let attempt;
		try {
			attempt = takeLockFile(join(path, FOLDER_LOCK), "localise");
		} catch (error) {
			throw writeFailure(error, join(path, FOLDER_LOCK));
		}
		if (!attempt.taken) {
			const { pid, since } = attempt.heldBy;
			throw new AppError("busy", `Another localise run is writing packs in ${path} (pid ${pid}, since ${describeSince(since)}): wait for it to finish, or cancel it`);
		}
		return {
			path,
			requested,
			release: () => attempt.lock.release()
		};
	}
	throw new AppError("bad_input", `${requested} holds other files, and so do the folders MAPPA Desk would make in it: choose an empty folder`);
}
/**
* Removes what a run that stopped without finishing left in its temporary names (a pack being
* made, a file being written): only names MAPPA Desk makes, and in a pack folder only its files.
*/
function clearLeftovers(folder, isOurs) {
	for (const entry of readdirSync(folder)) {
		if (!entry.includes(".mappa-partial-")) continue;
		const path = join(folder, entry);
		if (statSync(path).isDirectory()) removeOwnFiles(path, isOurs);
		else rmSync(path, { force: true });
	}
}
/**
* Removes from `folder` the files `isOurs` names (and temporary files of ours), then the folder if
* that left it empty. Anything else in it stays where it is, and so does the folder.
*/
function removeOwnFiles(folder, isOurs) {
	for (const entry of readdirSync(folder)) {
		const path = join(folder, entry);
		if ((isOurs(entry) || entry.includes(".mappa-partial-")) && !statSync(path).isDirectory()) rmSync(path, { force: true });
	}
	try {
		rmdirSync(folder);
	} catch {}
}
// main/export/localise/pack.ts
/** The files every pack holds, in the order they are written; pack.json goes last. */
var PACK_FILES = [
	"chart.png",
	"chart.svg",
	"chart.pdf",
	"table.csv",
	"table.html",
	"story.txt"
];
var MANIFEST = "pack.json";
function specHash(spec) {
	return createHash("sha256").update(JSON.stringify(spec)).digest("hex").slice(0, 16);
}
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The area a spec is about: its highlight, else its one area. */
function focusOf(spec) {
	return spec.highlight ?? (spec.areas !== "all" && spec.areas.length === 1 ? spec.areas[0] : null);
}
/**
* The spec for one area: a single-area chart charts that area; a chart of several areas keeps them
* and adds this one; either way it is highlighted. The old area's name in the title and subtitle
* becomes the new one; notes, alt text and notes pinned on the old area's figures are drafted afresh.
*/
function specForArea(spec, area, names) {
	const focus = focusOf(spec);
	const areas = spec.areas === "all" ? "all" : spec.areas.length === 1 ? [area] : spec.areas.includes(area) ? spec.areas : [...spec.areas, area];
	const rename = (text) => names.from ? text.replace(new RegExp(`\\b${escapeRegExp(names.from)}\\b`, "g"), names.to) : text;
	return {
		...spec,
		areas,
		highlight: area,
		reference: spec.reference === area ? null : spec.reference,
		title: rename(spec.title),
		subtitle: rename(spec.subtitle),
		altText: "",
		notes: "",
		annotations: spec.annotations.flatMap((annotation) => {
			if (!annotation.area || annotation.area !== focus) return [annotation];
			return annotation.kind === "last" ? [{
				...annotation,
				area
			}] : [];
		})
	};
}
/** The edition a pack's sentences are for: the chart's last year, else the latest before it with a figure. */
function storyPeriod(data, area, spec) {
	return data.figures.filter((figure) => figure.area === area && figure.measure === "rso" && figure.value !== null && figure.period <= spec.periods.to).map((figure) => figure.period).sort().at(-1) ?? spec.periods.to;
}
function tablePeriods(db, spec) {
	return [...new Set(measuresOf(spec).flatMap((measure) => currentFigures(db, { measure }).map((figure) => figure.period)))].filter((period) => period >= spec.periods.from && period <= spec.periods.to).sort();
}
/** The pack's manifest, where `<area>/pack.json` is one of ours for that area; null where there is none. */
function readManifest(outDir, area) {
	try {
		const manifest = JSON.parse(readFileSync(join(outDir, area, MANIFEST), "utf8"));
		return manifest.area === area && typeof manifest.specHash === "string" && Array.isArray(manifest.files) && manifest.files.every((file) => typeof file === "string" && basename(file) === file) ? manifest : null;
	} catch {
		return null;
	}
}
/** The manifest of a complete pack: every file it lists is there, at the size it was written. */
function completeManifest(outDir, area) {
	const manifest = readManifest(outDir, area);
	if (!manifest?.sizes) return null;
	for (const file of manifest.files) try {
		if (statSync(join(outDir, area, file)).size !== manifest.sizes[file]) return null;
	} catch {
		return null;
	}
	return manifest;
}
function isPackComplete(outDir, area, hash) {
	return completeManifest(outDir, area)?.specHash === hash;
}
/** Whether `<area>/` is free for a pack: missing, or a pack of ours; anything else there is the reporter's. */
function packFolderState(outDir, area) {
	try {
		if (!statSync(join(outDir, area)).isDirectory()) return "foreign";
	} catch {
		return "missing";
	}
	return readManifest(outDir, area) ? "ours" : "foreign";
}
/** The names a pack of ours holds: its files and its manifest (those of the spec that made it, and of this version). */
function isPackFileName(name, manifest) {
	return name === "pack.json" || PACK_FILES.includes(name) || (manifest?.files.includes(name) ?? false);
}
var PackCancelled = class extends Error {};
function packContext(db, spec, outDir, isCancelled = () => false) {
	const names = areaNames(db);
	return {
		db,
		spec,
		hash: specHash(spec),
		outDir,
		data: storyData(db),
		areaNames: names,
		isCancelled
	};
}
/** Writes one area's pack; returns its manifest. Throws PackCancelled (leaving nothing) when cancelled. */
async function writePack(context, area) {
	const { db, spec, outDir } = context;
	const areaName = context.areaNames.get(area) ?? area;
	const focus = focusOf(spec);
	const areaSpec = specForArea(spec, area, {
		from: focus ? context.areaNames.get(focus) ?? null : null,
		to: areaName
	});
	const final = join(outDir, area);
	const state = packFolderState(outDir, area);
	if (state === "foreign") throw new AppError("bad_input", `${final} is not a MAPPA Desk pack (no pack.json of ours): left untouched, so there is no pack for ${areaName}; move it, or choose another folder`);
	const partial = join(outDir, partialNameFor(area));
	try {
		mkdirSync(partial);
	} catch (error) {
		throw writeFailure(error, partial, true);
	}
	const sizes = Object.create(null);
	const put = (name, contents) => {
		if (context.isCancelled()) throw new PackCancelled();
		const bytes = typeof contents === "string" ? Buffer.from(contents, "utf8") : contents;
		writeFileWhole(join(partial, name), bytes);
		sizes[name] = bytes.length;
	};
	try {
		const prepared = prepareChart(db, areaSpec);
		const warnings = [...prepared.warnings];
		for (const format of [
			"png",
			"svg",
			"pdf"
		]) {
			const rendered = await renderPrepared(prepared, format);
			put(`chart.${format}`, rendered.bytes);
		}
		const isStacked = areaSpec.type === "stacked";
		const table = buildTableSpec(db, {
			by: isStacked ? "area" : "measure",
			subject: isStacked ? area : areaSpec.measure,
			rows: isStacked ? measuresOf(areaSpec) : areaSpec.areas === "all" ? void 0 : [.../* @__PURE__ */ new Set([...areasOf(areaSpec), ...areaSpec.reference ? [areaSpec.reference] : []])],
			periods: tablePeriods(db, areaSpec),
			highlight: isStacked ? null : area,
			title: prepared.texts.title
		});
		for (const format of ["csv", "html"]) put(`table.${format}`, (await writeTable(table, format)).bytes);
		const sentences = draftSentences(context.data, area, storyPeriod(context.data, area, areaSpec), houseStyle(db));
		put("story.txt", [
			prepared.texts.title,
			"",
			...sentences.map((sentence) => sentence.text),
			"",
			`Alt text: ${prepared.altText}`,
			"",
			prepared.texts.source,
			""
		].join("\n"));
		const manifest = {
			area,
			areaName,
			specHash: context.hash,
			title: prepared.texts.title,
			altText: prepared.altText,
			files: [...PACK_FILES],
			sizes: { ...sizes },
			warnings
		};
		put(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
		if (state === "ours") replacePack(outDir, area, partial);
		else renameInto(partial, final);
		return manifest;
	} catch (error) {
		removeOwnFiles(partial, (name) => isPackFileName(name));
		throw error;
	}
}
function renameInto(from, to) {
	try {
		renameSync(from, to);
	} catch (error) {
		throw writeFailure(error, to, true);
	}
}
/**
* Puts the new pack where an old one of ours was: any file the reporter added to the old pack
* moves into the new one first, the old pack steps aside, the new one takes its name, and the
* old one's own files are removed.
*/
function replacePack(outDir, area, partial) {
	const final = join(outDir, area);
	const old = readManifest(outDir, area);
	for (const entry of readdirSync(final)) if (!isPackFileName(entry, old)) renameInto(join(final, entry), join(partial, entry));
	const aside = `${partial}-old`;
	renameInto(final, aside);
	renameInto(partial, final);
	removeOwnFiles(aside, (name) => isPackFileName(name, old));
}
// main/export/localise/index-page.ts
var INDEX_FILE = "index.html";
/** How an index page says MAPPA Desk wrote it, and so may write it again. */
var GENERATOR = "<meta name=\"generator\" content=\"MAPPA Desk localise\">";
function indexHtml(outDir, areas, heading) {
	const cards = areas.flatMap((area) => {
		const manifest = completeManifest(outDir, area);
		if (!manifest) return [];
		const png = readFileSync(join(outDir, area, "chart.png")).toString("base64");
		const links = manifest.files.map((file) => `<a href="${escapeHtml(area)}/${escapeHtml(file)}">${escapeHtml(file)}</a>`).join(" · ");
		return [`<figure id="${escapeHtml(area)}"><figcaption><h2>${escapeHtml(manifest.areaName)}</h2></figcaption><a href="${escapeHtml(area)}/chart.png"><img src="data:image/png;base64,${png}" alt="${escapeHtml(manifest.altText)}"></a><p class="files">${links}</p>${manifest.warnings.length > 0 ? `<p class="warn">${manifest.warnings.map(escapeHtml).join("<br>")}</p>` : ""}</figure>`];
	});
	return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
${GENERATOR}
<title>${escapeHtml(heading)}</title>
<style>
body { margin: 24px; font: 14px/1.45 system-ui, sans-serif; color: #1f2328; background: #f4f5f7; }
h1 { font-size: 20px; margin: 0 0 4px; }
.count { color: #5b6470; margin: 0 0 18px; }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; }
figure { margin: 0; padding: 10px 12px; background: #fff; border: 1px solid #d8dde3; border-radius: 6px; }
h2 { font-size: 15px; margin: 0 0 6px; }
img { width: 100%; height: auto; display: block; }
.files { font-size: 12px; margin: 6px 0 0; }
.warn { font-size: 12px; color: #8a5a00; margin: 4px 0 0; }
</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p class="count">${cards.length} of ${areas.length} area packs</p>
<main>
${cards.join("\n")}
</main>
</body>
</html>
`;
}
/** Whether the index page may be written: there is none yet, or MAPPA Desk wrote the one there. */
function isIndexOurs(outDir) {
	let text;
	try {
		text = readFileSync(join(outDir, INDEX_FILE), "utf8");
	} catch (error) {
		return error.code === "ENOENT";
	}
	return text.includes(GENERATOR);
}
/** Writes the index page and returns its path; null, leaving the file as it is, where an index.html MAPPA Desk did not write is there. */
function writeIndex(outDir, areas, heading) {
	if (!isIndexOurs(outDir)) return null;
	return writeFileWhole(join(outDir, INDEX_FILE), indexHtml(outDir, areas, heading));
}
// main/export/localise/run.ts
var run_exports = /* @__PURE__ */ __exportAll({
	ALL_AREAS: () => ALL_AREAS,
	checkAreas: () => checkAreas,
	runLocalise: () => runLocalise
});
var ALL_AREAS = AREAS.filter((area) => area.kind === "area").map((area) => slugify(area.name));
function checkAreas(db, areas) {
	const chosen = areas && areas.length > 0 ? [...new Set(areas)] : [...ALL_AREAS];
	for (const area of chosen) assertArea(db, area);
	return chosen;
}
var yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));
/** A disk that is full or cannot be written fails every pack alike: the run stops at the first, in one line. */
var stopsTheRun = (error) => error instanceof AppError && (error.code === "disk_full" || error.code === "read_only");
async function runLocalise(db, input, hooks = {}) {
	const spec = parseSpecOrThrow(input.spec);
	const areas = checkAreas(db, input.areas);
	const folder = input.isFolderHeld ? null : openPacksFolder(input.outDir, { owner: input.owner });
	try {
		return await runInFolder(db, spec, areas, folder?.path ?? input.outDir, hooks);
	} finally {
		folder?.release();
	}
}
async function runInFolder(db, spec, areas, outDir, hooks) {
	const isCancelled = hooks.isCancelled ?? (() => false);
	clearLeftovers(outDir, (name) => isPackFileName(name));
	const context = packContext(db, spec, outDir, isCancelled);
	const progress = {
		done: 0,
		total: areas.length,
		current: null,
		made: [],
		kept: [],
		failed: []
	};
	let wasCancelled = false;
	for (const area of areas) {
		await yieldToEvents();
		if (isCancelled()) {
			wasCancelled = true;
			break;
		}
		if (isPackComplete(outDir, area, context.hash)) progress.kept.push(area);
		else {
			hooks.onProgress?.({
				...progress,
				current: area
			});
			try {
				await writePack(context, area);
				progress.made.push(area);
			} catch (error) {
				if (error instanceof PackCancelled) {
					wasCancelled = true;
					break;
				}
				if (stopsTheRun(error)) throw error;
				progress.failed.push({
					area,
					message: oneLine(error)
				});
			}
		}
		progress.done++;
		hooks.onProgress?.({
			...progress,
			current: null
		});
	}
	const indexPath = writeIndex(outDir, areas, `${spec.title || "Chart"}: a pack for each area`);
	if (indexPath === null) progress.failed.push({
		area: INDEX_FILE,
		message: `${join(outDir, INDEX_FILE)} was not written by MAPPA Desk: left as it was, so there is no index page`
	});
	const isComplete = !wasCancelled && indexPath !== null && progress.failed.length === 0 && progress.made.length + progress.kept.length === areas.length;
	return {
		...progress,
		current: null,
		isCancelled: wasCancelled,
		indexPath,
		isComplete
	};
}
export { run_exports as n, openPacksFolder as r, runLocalise as t };

import { r as printable, t as AppError } from "./errors-D5rubfHc.js";
import { createRequire } from "node:module";
// main/import/zip.ts
/** At deflate's utmost ratio (about 1,032 to 1), one 16 KB push yields at most 16.5 MB. */
var INFLATE_CHUNK = 16384;
/** A stored deflate block is at most 64 KB; eight pushes with no output mean the stream ended early or is padding. */
var MAX_SILENT_PUSHES = 8;
var fflate;
var loadFflate = () => fflate ??= createRequire(import.meta.url)("fflate");
var damagedPart = (name, why) => new AppError("corrupt_file", `The file is damaged: its part "${printable(name)}" ${why}`);
var u16 = (bytes, at) => bytes[at] | bytes[at + 1] << 8;
var u32 = (bytes, at) => (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16) + bytes[at + 3] * 16777216;
var u64 = (bytes, at) => u32(bytes, at) + u32(bytes, at + 4) * 4294967296;
function zipDamaged() {
	return new AppError("corrupt_file", "The file is damaged or truncated: its zip structure cannot be read");
}
/** ZIP64 sizes in an extra field, read as SheetJS reads them (uncompressed, then compressed). */
function zip64Sizes(bytes, start, length) {
	let at = start;
	while (at + 4 <= start + length) {
		if (u16(bytes, at) === 1 && at + 20 <= bytes.length) return {
			size: u64(bytes, at + 4),
			compressed: u64(bytes, at + 12)
		};
		at += 4 + u16(bytes, at + 2);
	}
	return {
		size: 0,
		compressed: 0
	};
}
/** Walks the directory the way SheetJS's zip reader does: the entry count and offset in the last end record. */
function zipParts(bytes) {
	const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(Buffer.from([
		80,
		75,
		5,
		6
	]));
	if (end < 0 || end + 20 > bytes.length) throw zipDamaged();
	const parts = [];
	let at = u32(bytes, end + 16);
	for (let index = u16(bytes, end + 8); index > 0; index--) {
		if (at + 46 > bytes.length) throw zipDamaged();
		const nameLength = u16(bytes, at + 28);
		const extraLength = u16(bytes, at + 30);
		const central = zip64Sizes(bytes, at + 46 + nameLength, extraLength);
		const local = u32(bytes, at + 42);
		if (local + 30 > bytes.length) throw zipDamaged();
		const localName = u16(bytes, local + 26);
		const localExtra = u16(bytes, local + 28);
		const localSizes = zip64Sizes(bytes, local + 30 + localName, localExtra);
		parts.push({
			name: Buffer.from(bytes.subarray(local + 30, local + 30 + localName)).toString("latin1"),
			method: u16(bytes, local + 8),
			encrypted: (u16(bytes, local + 6) & 8257) !== 0,
			dataStart: local + 30 + localName + localExtra,
			compressedSize: central.compressed || u32(bytes, at + 20),
			declaredSize: Math.max(u32(bytes, at + 24), central.size, u32(bytes, local + 22), localSizes.size)
		});
		at += 46 + nameLength + extraLength + u16(bytes, at + 32);
	}
	return parts;
}
/**
* Unpacks one part in small pushes, handing each piece on and keeping none, and refuses a part
* that unpacks to more than it declares (SheetJS sizes its buffer from the declaration, or grows without end).
* `onPacked` hears how many packed bytes have been read after each push.
*/
function unpackPart(bytes, part, onData, onPacked = () => void 0) {
	const end = part.dataStart + part.compressedSize;
	if (end > bytes.length) throw zipDamaged();
	if (part.method === 0) {
		for (let at = part.dataStart; at < end; at += INFLATE_CHUNK) {
			onData(bytes.subarray(at, Math.min(end, at + INFLATE_CHUNK)));
			onPacked(Math.min(end, at + INFLATE_CHUNK) - part.dataStart);
		}
		return part.compressedSize;
	}
	if (part.compressedSize === 0) throw damagedPart(part.name, "is empty but claims to be compressed");
	let size = 0;
	let silent = 0;
	let readerError;
	const inflate = new (loadFflate()).Inflate((chunk) => {
		size += chunk.length;
		if (size > part.declaredSize) throw damagedPart(part.name, "unpacks to more than its zip directory declares");
		if (chunk.length === 0) return;
		try {
			onData(chunk);
		} catch (error) {
			readerError = error;
			throw error;
		}
	});
	try {
		for (let at = part.dataStart; at < end; at += INFLATE_CHUNK) {
			const before = size;
			inflate.push(bytes.subarray(at, Math.min(end, at + INFLATE_CHUNK)), at + INFLATE_CHUNK >= end);
			silent = size === before ? silent + 1 : 0;
			if (silent > MAX_SILENT_PUSHES) throw damagedPart(part.name, "does not match its declared compressed size");
			onPacked(Math.min(end, at + INFLATE_CHUNK) - part.dataStart);
		}
	} catch (error) {
		throw error instanceof AppError || readerError !== void 0 && error === readerError ? error : damagedPart(part.name, "cannot be unpacked");
	}
	return size;
}
/** SheetJS finds parts by name without case and with either slash; the ODS reader finds content.xml the same way. */
var normalName = (name) => name.toLowerCase().replace(/\\/g, "/").replace(/^(root entry)?\/*/, "");
/** A small part's text (UTF-8), unpacked whole; undefined where it declares `maxBytes` or more. */
function partText(bytes, part, maxBytes) {
	if (part.declaredSize >= maxBytes) return void 0;
	const chunks = [];
	unpackPart(bytes, part, (chunk) => chunks.push(chunk.slice()));
	return Buffer.concat(chunks).toString("utf8");
}
/** Excel and LibreOffice (since 7.4) both stop at column XFD. */
var MAX_COLUMNS = 16384;
/**
* A MoJ table has a few dozen merged cells; recognising walks each merged area's columns over every
* header it finds, so a file of millions of wide merges would spin until the worker's time limit.
*/
var MAX_MERGED_AREAS = 1e5;
/** Deflate's largest possible expansion: a 258-byte match in as little as two bits, about 1,032 to 1. */
var DEFLATE_MAX_RATIO = 1032;
var megabytes = (bytes) => `${Math.ceil(bytes / 1048576).toLocaleString("en-GB")} MB`;
var tooManyCells = (limit) => new AppError("too_large", `The file's repeated rows and columns claim more than ${limit.toLocaleString("en-GB")} filled cells; MAPPA tables are far smaller`);
var beyondLastColumn = (where) => new AppError("too_large", `${where} reaches beyond column XFD (${MAX_COLUMNS.toLocaleString("en-GB")} columns), wider than Excel or LibreOffice make`);
var tooManyRows = (sheet, limit) => new AppError("too_large", `Sheet "${printable(sheet)}" has more than ${limit.toLocaleString("en-GB")} rows; MAPPA tables are far smaller`);
var tooManyMergedAreas = (sheet) => new AppError("too_large", `Sheet "${printable(sheet)}" has more than ${MAX_MERGED_AREAS.toLocaleString("en-GB")} merged areas; MAPPA tables have a few dozen`);
/**
* Checks what a reader would expand, before it does: the sizes zip parts declare (and, for SheetJS's
* .xlsx, what they really unpack to), or the text a CSV holds. The ODS reader checks its own parts as it unpacks them.
*/
function checkBeforeParse(file, limits) {
	if (file.format === "xlsx" || file.format === "ods") checkZip(file.bytes, file.parts, limits, file.format === "xlsx");
	else if (file.format === "csv") checkText(file.bytes, file.text, limits);
}
/** After parsing, before anything walks a sheet cell by cell: no row and no merged area beyond column XFD, and no flood of merged areas. */
function checkSheetShape(name, rows, merges) {
	if (merges.length > 1e5) throw tooManyMergedAreas(name);
	for (const row of rows) if (row && row.length > 16384) throw beyondLastColumn(`Sheet "${name}"`);
	for (const merge of merges) if (!(merge.e.c < 16384)) throw beyondLastColumn(`A merged area in sheet "${name}"`);
}
/** SheetJS opens a nested Index.zip (an Apple Numbers package) when no other reader claims the zip. */
var isNestedZip = (name) => /(^|[\\/])index\.zip$/i.test(name);
/**
* Refuses a zip whose parts (its directory, `parts`) declare, or (with `unpacksEveryPart`) really
* unpack to, more than the caps, before any reader expands it: the sizes in its directory first,
* then each part unpacked in small pushes and let go. The draft reader (.docx) uses it with caps of its own.
*/
function checkZip(bytes, parts, limits, unpacksEveryPart) {
	const maxPart = limits.maxPartBytes ?? 524288e3;
	const maxTotal = limits.maxUnpackedBytes ?? 1048576e3;
	const names = new Set(parts.map((part) => normalName(part.name)));
	if (parts.some((part) => isNestedZip(part.name)) && ![
		"[content_types].xml",
		"meta-inf/manifest.xml",
		"objectdata.xml"
	].some((name) => names.has(name))) throw new AppError("unsupported_file", "This is an Apple Numbers package, not a spreadsheet MAPPA Desk reads: export it as .xlsx or .csv");
	let declared = 0;
	for (const part of parts) {
		if (part.declaredSize > maxPart) throw new AppError("too_large", `The file's part "${printable(part.name)}" unpacks to ${megabytes(part.declaredSize)}; MAPPA Desk reads parts up to ${megabytes(maxPart)} (a zip bomb?)`);
		declared += part.declaredSize;
	}
	if (declared > maxTotal) throw new AppError("too_large", `The file unpacks to ${megabytes(declared)}; MAPPA Desk reads files that unpack to ${megabytes(maxTotal)} at most (a zip bomb?)`);
	if (!unpacksEveryPart) return;
	if (parts.reduce((sum, part) => sum + part.compressedSize, 0) * DEFLATE_MAX_RATIO <= maxTotal && parts.every((part) => part.compressedSize * DEFLATE_MAX_RATIO <= maxPart)) return;
	for (const part of parts) {
		if (part.encrypted || part.method !== 0 && part.method !== 8) continue;
		unpackPart(bytes, part, () => void 0);
	}
}
/** Characters that can end a field in the text formats SheetJS reads (CSV, TSV, SYLK, DIF, RTF, PRN). */
var FIELD_ENDS = /* @__PURE__ */ new Uint8Array(256);
for (const char of ",;	|\n\r\\") FIELD_ENDS[char.charCodeAt(0)] = 1;
function checkText(bytes, decoded, limits) {
	const text = decoded.slice(0, 64);
	const [first, second, third, fourth] = new TextEncoder().encode(text.slice(0, 8));
	if (/^\s*</.test(text) || first === 239 && fourth === 60) throw new AppError("unsupported_file", "This is an XML or HTML file, not a CSV table: import .xlsx, .xls, .ods or .csv files");
	if (first < 32 && first !== 9 && first !== 10 && first !== 13 || first === 9 && second <= 8 || first === 80 && second === 75 && third < 9 && fourth < 9 || (first === 48 || first === 49) && third <= 12 && fourth <= 31) throw new AppError("unsupported_file", "This file starts with binary data, not a CSV table: import .xlsx, .xls, .ods or .csv files");
	const declared = /^sep=(.)/.exec(text)?.[1];
	const separator = declared === void 0 ? -1 : new TextEncoder().encode(declared)[0];
	let fields = 1;
	for (let index = 0; index < bytes.length; index++) if (FIELD_ENDS[bytes[index]] === 1 || bytes[index] === separator) fields++;
	if (fields > limits.maxCells) throw new AppError("too_large", `The text file holds more than ${limits.maxCells.toLocaleString("en-GB")} fields; MAPPA tables are far smaller`);
}
export { checkSheetShape as a, tooManyMergedAreas as c, partText as d, unpackPart as f, checkBeforeParse as i, tooManyRows as l, MAX_MERGED_AREAS as n, checkZip as o, zipParts as p, beyondLastColumn as r, tooManyCells as s, MAX_COLUMNS as t, normalName as u };

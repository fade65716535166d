import { n as oneLine, t as AppError } from "./errors-D5rubfHc.js";
import { o as checkZip, p as zipParts } from "./limits-B9c_FlEG.js";
// main/import/copy.ts
/** A draft is an article, not a book: 5 MB of .docx is far beyond any news story with pictures. */
var MAX_COPY_BYTES = 5242880;
/**
* A .docx keeps a story's words in word/document.xml: Word writes 50 to 150 bytes of XML a word,
* so a 10,000-word feature is at most some 1.5 MB. No part of a story's .docx comes near 20 MB (a photo
* is stored as it was packed, under the 5 MB file cap); one .docx of 891 KB unpacked to 306 MB.
*/
var MAX_DOCX_PART_BYTES = 20971520;
/** All parts together: a few photos beside the text at most. */
var MAX_DOCX_UNPACKED_BYTES = 52428800;
var ZIP_MAGIC = [
	80,
	75,
	3,
	4
];
async function readCopy(fileName, bytes) {
	if (bytes.length > 5242880) throw new AppError("too_large", `${fileName} is over ${MAX_COPY_BYTES / 1048576} MB: paste the story's text instead`);
	const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
	const isZip = ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
	if (extension === "docx" || isZip) {
		if (!isZip) throw new AppError("corrupt_file", `${fileName} is not a Word .docx file (it is not a zip archive)`);
		checkZip(bytes, zipParts(bytes), {
			maxPartBytes: MAX_DOCX_PART_BYTES,
			maxUnpackedBytes: MAX_DOCX_UNPACKED_BYTES
		}, true);
		try {
			const { default: mammoth } = await import("mammoth");
			return (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
		} catch (error) {
			throw new AppError("corrupt_file", `${fileName} could not be read as a Word document: ${oneLine(error)}`);
		}
	}
	if (extension === "doc") throw new AppError("unsupported_file", `${fileName} is an old Word .doc: save it as .docx or paste the text`);
	if (extension !== void 0 && ![
		"txt",
		"md",
		"markdown",
		"text"
	].includes(extension)) throw new AppError("unsupported_file", `${fileName}: open a .txt, .md or .docx file`);
	const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
	if (text.includes("\0")) throw new AppError("unsupported_file", `${fileName} is not a text file`);
	return extension === "md" || extension === "markdown" ? text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]+/g, "") : text;
}
export { readCopy };

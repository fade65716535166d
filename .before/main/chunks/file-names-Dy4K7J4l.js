// main/contract/file-names.ts
/** Latin letters NFKD does not take apart. */
var LATIN_LETTERS = /* @__PURE__ */ new Map([
	["ß", "ss"],
	["æ", "ae"],
	["œ", "oe"],
	["ø", "o"],
	["đ", "d"],
	["ð", "d"],
	["þ", "th"],
	["ł", "l"],
	["ı", "i"],
	["ħ", "h"],
	["ŧ", "t"],
	["ŋ", "n"],
	["ĸ", "k"]
]);
/**
* Names Windows keeps for devices, whatever the extension or case (`con.png` opens the console):
* https://learn.microsoft.com/windows/win32/fileio/naming-a-file
*/
var RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
/** 80 characters keeps a name readable; 150 bytes leaves room for "-12.alt.txt" under every disk's 255. */
var MAX_CHARACTERS = 80;
var MAX_BYTES = 150;
/**
* Latin text with its accents taken off ("Ynys Môn" → "ynys mon"); every other script's letters
* and marks as they are ("ガス" stays whole). Compatibility forms become plain ("ﬁ" → "fi", "Ａ" → "a").
*/
function transliterate(text) {
	let out = "";
	let isAfterLatin = false;
	for (const char of text.toLowerCase().normalize("NFKD")) {
		if (/\p{M}/u.test(char)) {
			if (!isAfterLatin) out += char;
			continue;
		}
		isAfterLatin = /\p{Script=Latin}/u.test(char);
		out += isAfterLatin ? LATIN_LETTERS.get(char) ?? char : char;
	}
	return out.normalize("NFC");
}
function clip(stem) {
	let clipped = "";
	let bytes = 0;
	for (const char of Array.from(stem).slice(0, MAX_CHARACTERS)) {
		bytes += new TextEncoder().encode(char).length;
		if (bytes > MAX_BYTES) break;
		clipped += char;
	}
	return clipped.replace(/-+$/, "");
}
function isReservedName(name) {
	return RESERVED.test(name.split(".")[0].trim());
}
/**
* A file or folder name (without extension) from a title: its letters and digits, lower case,
* joined by hyphens ("Registered sex offenders, Essex" → "registered-sex-offenders-essex";
* "Преступники" → "преступники"). `kind` names what it is ("chart"): a title with no letters
* or digits gives the kind and a stable id of the title ("★★★" → "chart-1x2y3z", untitled →
* "chart"), so two such titles do not share a name; a device name gets the kind after it
* ("CON" → "con-chart").
*/
function fileStem(title, kind) {
	const stem = clip(transliterate(title).replace(/[^\p{L}\p{M}\p{N}]+/gu, "-").replace(/^-+|-+$/g, ""));
	if (!stem) return title.trim() ? `${kind}-${shortId(title.trim())}` : kind;
	return isReservedName(stem) ? `${stem}-${kind}` : stem;
}
/** A short, stable id of a text (FNV-1a, 32 bits, in base 36): names an untitled thing the same way every time. */
function shortId(text) {
	let hash = 2166136261;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 16777619) >>> 0;
	}
	return hash.toString(36);
}
export { fileStem as t };

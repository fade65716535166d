import { a as matchMeasure, c as aliasKey, i as findMeasureById, o as tidyHeader, r as customMeasureFor, u as findBuiltInArea } from "./measures-Dj0ua4gL.js";
import { n as oneLine, r as printable, t as AppError } from "./errors-D5rubfHc.js";
import { n as readCell } from "./markers-Dd7rlal8.js";
import { n as parsePeriod, t as comparePeriods } from "./periods-p4j1Mj8l.js";
import { a as checkSheetShape, c as tooManyMergedAreas, d as partText, f as unpackPart, i as checkBeforeParse, l as tooManyRows, p as zipParts, r as beyondLastColumn, s as tooManyCells, t as MAX_COLUMNS, u as normalName } from "./limits-B9c_FlEG.js";
import { n as fileTooLarge } from "./files-D-K67Z7z.js";
import { a as unmatchedRowsWarnings, i as unknownAreasOf, n as assignAreas, r as previewTable, t as areasBySlug } from "./preview-CIuziJeo.js";
import { createHash } from "node:crypto";
import * as XLSX from "@e965/xlsx";
// main/import/ods/cell-value.ts
/** Spreadsheet error texts LibreOffice writes for an error cell (SheetJS's RBErr). */
var ERROR_TEXTS = /* @__PURE__ */ new Set([
	"#NULL!",
	"#DIV/0!",
	"#VALUE!",
	"#REF!",
	"#NAME?",
	"#NUM!",
	"#N/A",
	"#GETTING_DATA",
	"#WTF?"
]);
/** 1899-12-30, day 0 of spreadsheet serial dates. */
var DAY_ZERO = Date.UTC(1899, 11, 30);
var DAY_MS = 864e5;
/** A serial day number as SheetJS's numdate makes it a date (it skips Lotus's 29 February 1900). */
function serialDate(serial) {
	return new Date((serial > 60 ? serial : serial + 1) * DAY_MS + DAY_ZERO);
}
var isoDay = (date) => Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
/** office:date-value as SheetJS's parseDate reads it: a date, a date and time, or a time of day. */
function parseDateValue(text) {
	const time = /^(\d+):(\d+)(:\d+)?(\.\d+)?$/.exec(text);
	if (time) return new Date(Date.UTC(1899, 11, 31) + ((Number(time[1]) * 60 + Number(time[2])) * 60 + (time[3] ? Number(time[3].slice(1)) : 0)) * 1e3);
	const day = /^(\d+)-(\d+)-(\d+)(?:[T ](\d+):(\d+)(:\d+)?(\.\d+)?)?$/.exec(text);
	if (day) return new Date(Date.UTC(+day[1], +day[2] - 1, +day[3], +(day[4] ?? 0), +(day[5] ?? 0), day[6] ? Number(day[6].slice(1)) : 0));
	return new Date(text);
}
/** office:time-value, an ISO 8601 duration (PT12H30M00S), in days; NaN when it is not one. */
function durationDays(text) {
	const match = /^-?P(?:([0-9.]+)D)?(?:T(?:([0-9.]+)H)?(?:([0-9.]+)M)?(?:([0-9.]+)S)?)?$/.exec(text);
	if (!match) return NaN;
	const [days, hours, minutes, seconds] = match.slice(1).map((part) => part ? parseInt(part, 10) : 0);
	return days + (hours * 3600 + minutes * 60 + seconds) / 86400;
}
/** A number serial dates cannot show: SheetJS keeps 60 (the Lotus leap day) as a number. */
var isLeapDaySerial = (serial) => serial >= 60 && serial < 61;
/**
* The cell's text and number. `shown` is what its paragraphs display; where a cell shows nothing,
* the value itself is the text (a number, an ISO date), as SheetJS's value was.
*/
function cellValue(attributes, shown) {
	if (attributes.isError && ERROR_TEXTS.has(shown)) return { text: shown.trim() };
	switch (attributes.valueType) {
		case "float":
		case "percentage":
		case "currency": {
			const number = parseFloat(attributes.value ?? "");
			if (attributes.valueType === "float" && attributes.isDateStyled && !isLeapDaySerial(number)) return { text: (shown || isoDay(serialDate(number))).trim() };
			if (Number.isNaN(number)) return { text: shown.trim() };
			return {
				text: (shown || String(number)).trim(),
				number
			};
		}
		case "date": return { text: (shown || isoDay(parseDateValue(attributes.dateValue ?? ""))).trim() };
		case "time": {
			const days = durationDays(attributes.timeValue ?? "");
			if (isLeapDaySerial(days)) return {
				text: (shown || String(days)).trim(),
				number: days
			};
			return { text: (shown || (Number.isNaN(days) ? attributes.timeValue ?? "" : isoDay(serialDate(days)))).trim() };
		}
		case "boolean": {
			const value = attributes.booleanValue;
			return { text: (shown || String(value === "true" || value === "1" || Number(value) >= 1)).trim() };
		}
		default: return { text: shown.trim() };
	}
}
// main/import/ods/xml-scanner.ts
var XmlError = class extends Error {};
/** XML that may be well-formed but goes beyond what the scanner holds: a tag over MAX_TAG_CHARS, nesting over MAX_DEPTH. */
var XmlLimitError = class extends XmlError {};
/** ODS writers keep cell text in elements, not attributes: a tag this long is not a spreadsheet's. */
var MAX_TAG_CHARS = 1048576;
/** LibreOffice nests content.xml about 10 deep; each open tag is held until it closes, so a bomb of nesting is refused. */
var MAX_DEPTH = 1e4;
var LT = 60;
var GT = 62;
var SLASH = 47;
var QUOTE = 34;
var APOSTROPHE = 39;
var EQUALS = 61;
var BANG = 33;
var QUESTION = 63;
var isSpace = (code) => code === 32 || code === 10 || code === 9 || code === 13;
var ENTITY = /&(?:(amp|lt|gt|quot|apos)|#x([0-9a-fA-F]{1,6})|#([0-9]{1,7}));/g;
var NAMED = {
	amp: "&",
	lt: "<",
	gt: ">",
	quot: "\"",
	apos: "'"
};
/** XML's five entities and character references; anything else after '&' stays as written, as SheetJS leaves it. */
function decodeEntities(text) {
	if (text.indexOf("&") < 0) return text;
	return text.replace(ENTITY, (whole, name, hex, decimal) => {
		if (name) return NAMED[name];
		const code = hex ? parseInt(hex, 16) : Number(decimal);
		return code <= 1114111 ? String.fromCodePoint(code) : whole;
	});
}
/** An attribute's value from a tag's text (`<table:table-cell … >`), by its full name (`office:value-type`), entities decoded. */
function attribute(tag, name) {
	let at = tag.indexOf(name);
	while (at >= 0) {
		const after = at + name.length;
		if (isSpace(tag.charCodeAt(at - 1)) && tag.charCodeAt(after) === EQUALS) {
			const quote = tag.charCodeAt(after + 1);
			const close = tag.indexOf(quote === APOSTROPHE ? "'" : "\"", after + 2);
			return decodeEntities(tag.slice(after + 2, close));
		}
		at = tag.indexOf(name, after);
	}
}
/**
* A push scanner: `push(text)` as often as text arrives, then `end()`. Checks that every tag is
* closed in order, attributes are quoted, and nothing but space follows the root element.
*/
var XmlScanner = class {
	handler;
	pending = "";
	openNames = [];
	/** The names held on the stack, one copy each: a name cut from the text would keep its whole piece alive. */
	heldNames = /* @__PURE__ */ new Map();
	hasRoot = false;
	constructor(handler) {
		this.handler = handler;
	}
	/** Tags open at this moment, outermost first. */
	get depth() {
		return this.openNames.length;
	}
	push(piece) {
		const source = this.pending.length > 0 ? this.pending + piece : piece;
		let at = 0;
		const length = source.length;
		while (at < length) {
			const lt = source.indexOf("<", at);
			if (lt < 0) {
				const amp = source.lastIndexOf("&");
				const keep = amp >= at && source.indexOf(";", amp) < 0 ? amp : length;
				this.emitText(source, at, keep);
				at = keep;
				break;
			}
			if (lt > at) this.emitText(source, at, lt);
			const end = this.markup(source, lt);
			if (end < 0) {
				at = lt;
				break;
			}
			at = end;
		}
		this.pending = at < length ? source.slice(at) : "";
		if (this.pending.length > 1048576) throw new XmlLimitError("holds a tag over a megabyte long");
	}
	end() {
		if (this.pending.length > 0) {
			if (this.pending.trimStart().startsWith("<")) throw new XmlError("it ends in the middle of a tag");
			this.emitText(this.pending, 0, this.pending.length);
		}
		if (!this.hasRoot) throw new XmlError("it holds no XML element");
		if (this.openNames.length > 0) throw new XmlError(`it ends before <${this.openNames[this.openNames.length - 1]}> is closed`);
	}
	emitText(source, start, end) {
		if (this.openNames.length === 0) {
			for (let at = start; at < end; at++) if (!isSpace(source.charCodeAt(at))) throw new XmlError("it holds text outside its root element");
			return;
		}
		this.handler.text(source, start, end, false);
	}
	/** Reads the markup starting at `lt`; returns where it ends, or -1 when it is not all here yet. */
	markup(source, lt) {
		const next = source.charCodeAt(lt + 1);
		if (next === BANG) return this.declaration(source, lt);
		if (next === QUESTION) {
			const close = source.indexOf("?>", lt + 2);
			return close < 0 ? -1 : close + 2;
		}
		if (next === SLASH) {
			const gt = source.indexOf(">", lt + 2);
			if (gt < 0) return -1;
			const name = source.slice(lt + 2, gt).trimEnd();
			const open = this.openNames.pop();
			if (open !== name) throw new XmlError(open === void 0 ? `</${name}> closes nothing` : `</${name}> closes <${open}>`);
			this.handler.close(name);
			return gt + 1;
		}
		return this.openTag(source, lt);
	}
	declaration(source, lt) {
		if (source.startsWith("<!--", lt)) {
			const close = source.indexOf("-->", lt + 4);
			return close < 0 ? -1 : close + 3;
		}
		if (source.startsWith("<![CDATA[", lt)) {
			const close = source.indexOf("]]>", lt + 9);
			if (close < 0) return -1;
			if (this.openNames.length === 0) throw new XmlError("it holds text outside its root element");
			this.handler.text(source, lt + 9, close, true);
			return close + 3;
		}
		if (source.length - lt < 9) return -1;
		if (source.startsWith("<!DOCTYPE", lt)) {
			const gt = source.indexOf(">", lt);
			if (gt < 0) return -1;
			if (source.slice(lt, gt).includes("[")) throw new XmlError("it declares a document type of its own");
			return gt + 1;
		}
		throw new XmlError("it holds markup that is not XML");
	}
	openTag(source, lt) {
		const length = source.length;
		let at = lt + 1;
		while (at < length) {
			const code = source.charCodeAt(at);
			if (isSpace(code) || code === GT || code === SLASH) break;
			at++;
		}
		if (at >= length) return -1;
		const name = source.slice(lt + 1, at);
		if (name.length === 0 || name.includes("<")) throw new XmlError("it holds a \"<\" that starts no tag");
		for (;;) {
			while (at < length && isSpace(source.charCodeAt(at))) at++;
			if (at >= length) return -1;
			const code = source.charCodeAt(at);
			if (code === GT) return this.opened(name, source, lt, at + 1, false);
			if (code === SLASH) {
				if (at + 1 >= length) return -1;
				if (source.charCodeAt(at + 1) !== GT) throw new XmlError(`<${name}> has a stray "/"`);
				return this.opened(name, source, lt, at + 2, true);
			}
			const equals = source.indexOf("=", at);
			if (equals < 0) return -1;
			let quoteAt = equals + 1;
			while (quoteAt < length && isSpace(source.charCodeAt(quoteAt))) quoteAt++;
			if (quoteAt >= length) return -1;
			const quote = source.charCodeAt(quoteAt);
			if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlError(`<${name}> has an attribute without quotes`);
			for (let check = at; check < equals; check++) {
				const each = source.charCodeAt(check);
				if (each === GT || each === LT || each === QUOTE || each === APOSTROPHE) throw new XmlError(`<${name}> has an attribute without a value`);
			}
			const close = source.indexOf(quote === QUOTE ? "\"" : "'", quoteAt + 1);
			if (close < 0) return -1;
			at = close + 1;
			if (at < length && !isSpace(source.charCodeAt(at)) && source.charCodeAt(at) !== GT && source.charCodeAt(at) !== SLASH) throw new XmlError(`<${name}> has attributes run together`);
		}
	}
	held(name) {
		if (name.length < 13) return name;
		if (name === "table:table-cell") return "table:table-cell";
		if (name === "table:table-row") return "table:table-row";
		const known = this.heldNames.get(name);
		if (known !== void 0) return known;
		const copy = (name + " ").slice(0, -1);
		if (this.heldNames.size < 1e3) this.heldNames.set(copy, copy);
		return copy;
	}
	opened(name, source, start, end, isSelfClosing) {
		if (end - start > 1048576) throw new XmlLimitError("holds a tag over a megabyte long");
		if (this.openNames.length === 0) {
			if (this.hasRoot) throw new XmlError("it has a second root element");
			this.hasRoot = true;
		}
		if (!isSelfClosing) {
			if (this.openNames.length >= 1e4) throw new XmlLimitError(`nests tags more than ${MAX_DEPTH.toLocaleString("en-GB")} deep`);
			this.openNames.push(this.held(name));
		}
		this.handler.open(name, source, start, end, isSelfClosing);
		return end;
	}
};
// main/import/ods/content.ts
/** Value types that hold a value of their own; any other cell is text and needs a paragraph or office:string-value. */
var VALUE_TYPES = /* @__PURE__ */ new Set([
	"float",
	"percentage",
	"currency",
	"date",
	"time",
	"boolean"
]);
/** Whitespace a paragraph collapses: tabs and line ends count as spaces, runs as one (ODF 1.2 §6.1.2). */
var COLLAPSIBLE = /[\t\n\r]| {2}/;
var COLLAPSIBLE_RUN = /[\t\n\r ]+/g;
var textTooLong = () => new AppError("corrupt_file", "The ODS file is damaged: a cell in its content.xml holds text over a megabyte long");
/** A repeat or span count: a whole number from 1 up, else 1 (ODF's positiveInteger). */
function count(text) {
	if (text === void 0) return 1;
	const value = Number(text);
	return Number.isInteger(value) && value >= 1 ? value : 1;
}
/**
* A copy of a string cut from the unpacked text: V8 keeps a long slice's whole source alive, and
* the cells must not hold on to every piece of a 100 MB content.xml. Repeated texts share one copy.
*/
var TextCopies = class {
	copies = /* @__PURE__ */ new Map();
	copy(text) {
		if (text.length < 13) return text;
		const known = this.copies.get(text);
		if (known !== void 0) return known;
		const copied = (text + " ").slice(0, -1);
		if (this.copies.size < 1e5) this.copies.set(copied, copied);
		return copied;
	}
};
/** One paragraph's displayed text: collapsible space runs become one space, none at either end. */
var Paragraph = class {
	text = "";
	isSpacePending = false;
	add(raw) {
		let piece = COLLAPSIBLE.test(raw) ? raw.replace(COLLAPSIBLE_RUN, " ") : raw;
		if (piece.charCodeAt(0) === 32) {
			if (this.text.length > 0) this.isSpacePending = true;
			piece = piece.slice(1);
		}
		if (piece.length === 0) return;
		const endsInSpace = piece.charCodeAt(piece.length - 1) === 32;
		this.insert(endsInSpace ? piece.slice(0, -1) : piece);
		this.isSpacePending = endsInSpace;
	}
	/** Text that never collapses: text:s spaces, tabs, line breaks. */
	insert(piece) {
		this.text += this.isSpacePending ? ` ${piece}` : piece;
		this.isSpacePending = false;
		if (this.text.length > 1048576) throw textTooLong();
	}
};
var OdsContent = class {
	styles;
	caps;
	sheets = [];
	/** Cells filled with text, repeats counted. */
	filledCells = 0;
	claimedCells = 0;
	sheet;
	row = -1;
	rowRepeat = 1;
	isInRow = false;
	column = -1;
	cell;
	paragraph;
	/** Above 0 inside something whose text is not the cell's: a comment, a drawing, a covered cell, a nested table. */
	skipDepth = 0;
	copies = new TextCopies();
	constructor(styles, caps) {
		this.styles = styles;
		this.caps = caps;
	}
	open(name, source, start, end, isSelfClosing) {
		if (this.skipDepth > 0) {
			if (!isSelfClosing) this.skipDepth++;
			return;
		}
		if (this.paragraph !== void 0) return this.inParagraph(name, source, start, end, isSelfClosing);
		switch (name) {
			case "table:table":
				if (this.sheet !== void 0) this.skip(isSelfClosing);
				else if (!isSelfClosing) this.startSheet(source.slice(start, end));
				return;
			case "table:table-row":
				if (this.sheet === void 0 || this.isInRow) return this.skip(isSelfClosing);
				if (this.row === -1) this.row = 0;
				this.rowRepeat = count(attribute(source.slice(start, end), "table:number-rows-repeated"));
				this.column = -1;
				this.isInRow = true;
				if (isSelfClosing) this.endRow();
				return;
			case "table:table-cell":
				if (!this.isInRow || this.cell !== void 0) return this.skip(isSelfClosing);
				return this.startCell(source.slice(start, end), isSelfClosing);
			case "table:covered-table-cell":
				if (this.isInRow && this.cell === void 0) this.column += count(attribute(source.slice(start, end), "table:number-columns-repeated"));
				return this.skip(isSelfClosing);
			case "text:p":
			case "text:h":
				if (this.cell === void 0) return;
				if (isSelfClosing) this.cell.shown += "\n";
				else this.paragraph = new Paragraph();
				return;
			case "office:annotation": return this.skip(isSelfClosing);
			default: if (name.startsWith("style:") || name.startsWith("number:")) this.styles.open(name, source, start, end, isSelfClosing);
			else if (this.cell !== void 0 && name.startsWith("draw:")) this.skip(isSelfClosing);
		}
	}
	close(name) {
		if (this.skipDepth > 0) {
			this.skipDepth--;
			return;
		}
		switch (name) {
			case "text:p":
			case "text:h": return this.endParagraph();
			case "table:table-cell": return this.endCell();
			case "table:table-row": return this.endRow();
			case "table:table": return this.endSheet();
			default: if (name.startsWith("style:") || name.startsWith("number:")) this.styles.close(name);
		}
	}
	text(source, start, end, isCdata) {
		if (this.paragraph === void 0 || this.skipDepth > 0) return;
		const raw = source.slice(start, end);
		this.paragraph.add(isCdata ? raw : decodeEntities(raw));
	}
	skip(isSelfClosing) {
		if (!isSelfClosing) this.skipDepth = 1;
	}
	inParagraph(name, source, start, end, isSelfClosing) {
		const paragraph = this.paragraph;
		if (name === "text:s") paragraph.insert(" ".repeat(Math.min(count(attribute(source.slice(start, end), "text:c")), MAX_TAG_CHARS + 1)));
		else if (name === "text:tab") paragraph.insert("	");
		else if (name === "text:line-break") paragraph.insert("\n");
		else if (name === "office:annotation" || name === "text:note" || name.startsWith("draw:")) this.skip(isSelfClosing);
	}
	endParagraph() {
		const cell = this.cell;
		if (this.paragraph === void 0 || cell === void 0) return;
		const text = this.paragraph.text;
		this.paragraph = void 0;
		cell.shown = cell.shown.length > 0 ? `${cell.shown}\n${text}` : text;
		cell.hasParagraph = true;
		if (cell.shown.length > 1048576) throw textTooLong();
	}
	startSheet(tag) {
		const name = attribute(tag, "table:name");
		const isHidden = this.styles.isHiddenTable(attribute(tag, "table:style-name"));
		this.sheet = {
			name: name === void 0 ? `Sheet${this.sheets.length + 1}` : this.copies.copy(name),
			isHidden,
			rows: [],
			merges: []
		};
		this.row = -1;
		this.rowRepeat = 1;
		this.isInRow = false;
	}
	endSheet() {
		const sheet = this.sheet;
		if (sheet === void 0) return;
		for (let index = 0; index < sheet.rows.length; index++) sheet.rows[index] ??= [];
		this.sheets.push(sheet);
		this.sheet = void 0;
	}
	endRow() {
		if (!this.isInRow) return;
		this.row += this.rowRepeat;
		this.rowRepeat = 1;
		this.isInRow = false;
	}
	startCell(tag, isSelfClosing) {
		this.column++;
		const mayRepeatOrSpan = tag.includes("table:number-");
		this.cell = {
			tag,
			repeat: mayRepeatOrSpan ? count(attribute(tag, "table:number-columns-repeated")) : 1,
			shown: "",
			hasParagraph: false
		};
		if (mayRepeatOrSpan) this.addMerge(tag);
		if (isSelfClosing) this.endCell();
	}
	addMerge(tag) {
		const rows = count(attribute(tag, "table:number-rows-spanned"));
		const columns = count(attribute(tag, "table:number-columns-spanned"));
		if (rows * columns <= 1) return;
		if (this.column + columns > this.caps.maxColumns) throw beyondLastColumn(`A merged area in sheet "${printable(this.sheet.name)}"`);
		if (this.sheet.merges.length >= 1e5) throw tooManyMergedAreas(this.sheet.name);
		this.sheet.merges.push({
			s: {
				r: this.row,
				c: this.column
			},
			e: {
				r: this.row + rows - 1,
				c: this.column + columns - 1
			}
		});
	}
	endCell() {
		const cell = this.cell;
		if (cell === void 0) return;
		this.cell = void 0;
		this.paragraph = void 0;
		const { tag, repeat } = cell;
		const calcType = attribute(tag, "calcext:value-type");
		const valueType = attribute(tag, "office:value-type") ?? calcType ?? "";
		const stringValue = attribute(tag, "office:string-value") || void 0;
		const isText = !VALUE_TYPES.has(valueType);
		if (isText && !cell.hasParagraph && stringValue === void 0) {
			this.column += repeat - 1;
			return;
		}
		const shown = stringValue === void 0 ? cell.shown : isText ? stringValue : "";
		const value = cellValue({
			valueType,
			value: valueType === "float" || valueType === "percentage" || valueType === "currency" ? attribute(tag, "office:value") : void 0,
			dateValue: valueType === "date" ? attribute(tag, "office:date-value") : void 0,
			timeValue: valueType === "time" ? attribute(tag, "office:time-value") : void 0,
			booleanValue: valueType === "boolean" ? attribute(tag, "office:boolean-value") : void 0,
			isError: calcType === "error",
			isDateStyled: valueType === "float" && this.styles.hasCellFormats && this.styles.isDateCell(attribute(tag, "table:style-name"))
		}, shown);
		this.store(value, repeat);
		this.column += repeat - 1;
	}
	/** Puts a cell in every row and column it repeats to, after checking the caps allow them all. */
	store(value, columns) {
		const sheet = this.sheet;
		const rows = this.rowRepeat;
		this.claimedCells += rows * columns;
		if (!(this.claimedCells <= this.caps.maxCells)) throw tooManyCells(this.caps.maxCells);
		if (this.column + columns > this.caps.maxColumns) throw beyondLastColumn("A filled cell");
		if (this.row + rows > this.caps.maxRowsPerSheet) throw tooManyRows(sheet.name, this.caps.maxRowsPerSheet);
		const isFilled = value.text !== "";
		if (isFilled) {
			value.text = this.copies.copy(value.text);
			this.filledCells += rows * columns;
		}
		const last = this.column + columns;
		for (let at = this.row; at < this.row + rows; at++) {
			const cells = sheet.rows[at] ??= [];
			if (!isFilled) {
				if (cells.length < last) cells.length = last;
				continue;
			}
			for (let column = this.column; column < last; column++) cells[column] = columns === 1 && rows === 1 ? value : { ...value };
		}
	}
};
// main/import/ods/styles.ts
/** The number formats of ODF 1.2 §16.27: a format is a date when it shows a date or time part. */
var NUMBER_STYLES = /* @__PURE__ */ new Set([
	"number:number-style",
	"number:currency-style",
	"number:percentage-style",
	"number:date-style",
	"number:time-style",
	"number:boolean-style",
	"number:text-style"
]);
/** Children of a number format that make its numbers dates or times. */
var DATE_PARTS = /* @__PURE__ */ new Set([
	"number:day",
	"number:month",
	"number:year",
	"number:era",
	"number:day-of-week",
	"number:hours",
	"number:minutes",
	"number:seconds",
	"number:am-pm"
]);
var OdsStyles = class {
	hiddenTables = /* @__PURE__ */ new Set();
	dateFormats = /* @__PURE__ */ new Set();
	/** Cell style name → the data style (number format) it uses. */
	cellFormats = /* @__PURE__ */ new Map();
	/** Number format → the formats its style:map elements apply under conditions (value()>=0 …). */
	conditionalFormats = /* @__PURE__ */ new Map();
	style;
	numberStyle;
	isHiddenTable(styleName) {
		return styleName !== void 0 && this.hiddenTables.has(styleName);
	}
	/** Whether any cell style has a number format at all: a file without one is spared the look-ups. */
	get hasCellFormats() {
		return this.cellFormats.size > 0;
	}
	isDateCell(styleName) {
		if (styleName === void 0) return false;
		const format = this.cellFormats.get(styleName);
		return format !== void 0 && this.isDateFormat(format, 0);
	}
	/** SheetJS, like Excel, takes a format that shows any of its conditions as a date for a date format. */
	isDateFormat(format, depth) {
		if (this.dateFormats.has(format)) return true;
		return depth < 4 && (this.conditionalFormats.get(format) ?? []).some((each) => this.isDateFormat(each, depth + 1));
	}
	/** Hears every open tag of a styles part (or of content.xml's automatic styles). */
	open(name, source, start, end, isSelfClosing) {
		const tag = source.slice(start, end);
		if (name === "style:style") {
			const styleName = attribute(tag, "style:name") ?? "";
			const family = attribute(tag, "style:family") ?? "";
			if (family === "table-cell") {
				const format = attribute(tag, "style:data-style-name");
				if (format !== void 0) this.cellFormats.set(styleName, format);
			}
			this.style = isSelfClosing ? void 0 : {
				name: styleName,
				family
			};
		} else if (name === "style:table-properties") {
			if (this.style?.family === "table" && attribute(tag, "table:display") === "false") this.hiddenTables.add(this.style.name);
		} else if (NUMBER_STYLES.has(name)) this.numberStyle = isSelfClosing ? void 0 : attribute(tag, "style:name");
		else if (this.numberStyle === void 0) return;
		else if (DATE_PARTS.has(name)) this.dateFormats.add(this.numberStyle);
		else if (name === "style:map") {
			const applied = attribute(tag, "style:apply-style-name");
			if (applied !== void 0) this.conditionalFormats.set(this.numberStyle, [...this.conditionalFormats.get(this.numberStyle) ?? [], applied]);
		}
	}
	close(name) {
		if (name === "style:style") this.style = void 0;
		else if (NUMBER_STYLES.has(name)) this.numberStyle = void 0;
	}
};
// main/import/ods/read-ods.ts
/** Reading content.xml takes these fractions of the whole import (analyse.ts: reading runs from 0.05 to 0.6). */
var PROGRESS_FROM = .1;
/** A reporter sees the bar move in steps of 1% of the import, not a call for every 16 KB. */
var PROGRESS_STEP = .01;
var damaged = (reason) => new AppError("corrupt_file", `The ODS file is damaged or truncated and cannot be read (${printable(reason, 120)})`);
/**
* Unpacks a part and scans its text as it comes; the scanner's complaints become one line naming the
* part, or, for a part the sheets can do without, end its reading quietly.
*/
function scanPart(bytes, part, handler, options = {}) {
	if (part.encrypted) throw new AppError("encrypted_file", "The workbook is password-protected (encrypted): save an unprotected copy and import that");
	if (part.method !== 0 && part.method !== 8) throw damaged(`its ${part.name} is packed with method ${part.method}, which zip readers do not know`);
	const decoder = new TextDecoder("utf-8");
	const scanner = new XmlScanner(handler);
	try {
		unpackPart(bytes, part, (chunk) => scanner.push(decoder.decode(chunk, { stream: true })), options.onPacked);
		scanner.push(decoder.decode());
		scanner.end();
	} catch (error) {
		if (error instanceof XmlError && options.isOptional) return;
		if (error instanceof XmlLimitError) throw new AppError("corrupt_file", `The ODS file is damaged: its ${printable(part.name)} ${error.message}`);
		if (error instanceof XmlError) throw damaged(`its ${part.name} is not well-formed XML: ${error.message}`);
		throw error;
	}
}
/** Style parts only say which sheets are hidden and which numbers are dates: a damaged one loses just that. */
function readStyles(bytes, part, styles) {
	if (part) scanPart(bytes, part, {
		open: (...tag) => styles.open(...tag),
		close: (name) => styles.close(name),
		text: () => void 0
	}, { isOptional: true });
}
/** `parts`: the zip's directory where sniffing read it already (sniff.ts), else read here. */
function readOds(bytes, caps, onProgress = () => void 0, parts = zipParts(bytes)) {
	const named = (name) => parts.find((part) => normalName(part.name) === name);
	const content = named("content.xml");
	if (!content) throw damaged("Missing content.xml in ODS / UOF file");
	const styles = new OdsStyles();
	readStyles(bytes, named("styles.xml"), styles);
	const reader = new OdsContent(styles, caps);
	let reported = 0;
	onProgress("Reading the file", PROGRESS_FROM);
	const onPacked = (bytesRead) => {
		const progress = PROGRESS_FROM + .45000000000000007 * bytesRead / Math.max(1, content.compressedSize);
		if (progress - reported >= PROGRESS_STEP) {
			reported = progress;
			onProgress("Reading the file", progress);
		}
	};
	scanPart(bytes, content, reader, { onPacked });
	return {
		sheets: reader.sheets,
		filledCells: reader.filledCells
	};
}
// main/import/sniff.ts
/** Manifests and workbook indexes are a few kilobytes; anything near this is not one. */
var MAX_MANIFEST_BYTES = 16777216;
var OLE2 = [
	208,
	207,
	17,
	224,
	161,
	177,
	26,
	225
];
var ZIP = [
	80,
	75,
	3,
	4
];
var CFB = XLSX.CFB;
/**
* SheetJS's `type: 'buffer'` paths expect a Node Buffer: handed a plain Uint8Array (as bytes arrive
* over IPC or the HTTP bridge), a damaged .xls can send its reader into an unbounded allocation.
* This wraps the same memory, without copying.
*/
function asBuffer(bytes) {
	return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
var startsWith = (bytes, magic) => magic.every((byte, index) => bytes[index] === byte);
/** Decodes a text file by its byte-order mark (UTF-8, UTF-16LE, UTF-16BE), UTF-8 otherwise. */
function decodeText(bytes) {
	if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
	if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
	const body = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes;
	return new TextDecoder("utf-8").decode(body);
}
function looksLikeText(bytes) {
	if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) return true;
	const sample = bytes.subarray(0, 8192);
	let control = 0;
	for (const byte of sample) {
		if (byte === 0) return false;
		if (byte < 9 || byte > 13 && byte < 32) control++;
	}
	if (control > sample.length / 100) return false;
	try {
		new TextDecoder("utf-8", { fatal: true }).decode(sample.subarray(0, Math.max(0, sample.length - 4)));
		return true;
	} catch {
		return true;
	}
}
/**
* The text of the few small parts of a zip asked for, unpacked; never the whole archive.
*/
function zipTexts(bytes, parts, texts) {
	const text = /* @__PURE__ */ new Map();
	for (const part of parts) {
		if (!texts.includes(part.name) || text.has(part.name)) continue;
		const content = partText(bytes, part, MAX_MANIFEST_BYTES);
		if (content !== void 0) text.set(part.name, content);
	}
	return text;
}
/** What a file really is, from its bytes: refuses an empty, encrypted, damaged or unknown one in one line. */
function sniffFile(bytes) {
	if (bytes.length === 0) throw new AppError("empty_file", "The file is empty (0 bytes)");
	if (startsWith(bytes, OLE2)) {
		let container;
		try {
			container = CFB.read(asBuffer(bytes), { type: "buffer" });
		} catch {
			throw new AppError("corrupt_file", "The file is damaged or truncated: it looks like an Excel 97-2003 workbook but cannot be read");
		}
		if (CFB.find(container, "/EncryptionInfo") || CFB.find(container, "/EncryptedPackage")) throw new AppError("encrypted_file", "The workbook is password-protected (encrypted): save an unprotected copy and import that");
		return {
			format: "xls",
			bytes
		};
	}
	if (startsWith(bytes, ZIP)) {
		const parts = zipParts(bytes);
		const text = zipTexts(bytes, parts, ["mimetype", "META-INF/manifest.xml"]);
		const mimetype = text.get("mimetype")?.trim();
		if (mimetype?.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
			if (text.get("META-INF/manifest.xml")?.includes("encryption-data")) throw new AppError("encrypted_file", "The spreadsheet is password-protected (encrypted): save an unprotected copy and import that");
			return {
				format: "ods",
				bytes,
				parts
			};
		}
		if (mimetype) throw new AppError("unsupported_file", `This is not a spreadsheet (${printable(mimetype)}): import .xlsx, .xls, .ods or .csv files`);
		if (parts.some((part) => part.name === "xl/workbook.xml" || part.name === "xl/workbook.bin")) return {
			format: "xlsx",
			bytes,
			parts
		};
		throw new AppError("unsupported_file", "This zip file is not a spreadsheet: import .xlsx, .xls, .ods or .csv files");
	}
	if (looksLikeText(bytes)) {
		const text = decodeText(bytes);
		const head = text.slice(0, 2048).trimStart().toLowerCase();
		if (head.startsWith("<!doctype html") || head.startsWith("<html")) throw new AppError("unsupported_file", "This is a web page, not a spreadsheet: download the .xlsx, .ods or .csv file itself");
		if (head.startsWith("<?xml")) throw new AppError("unsupported_file", "This is an XML file, not a spreadsheet: import .xlsx, .xls, .ods or .csv files");
		return {
			format: "csv",
			bytes,
			text
		};
	}
	if (startsWith(bytes, [
		37,
		80,
		68,
		70
	])) throw new AppError("unsupported_file", "This is a PDF: MAPPA Desk imports the spreadsheet tables (.xlsx, .xls, .ods, .csv)");
	throw new AppError("unsupported_file", "This file is not a spreadsheet MAPPA Desk can read: import .xlsx, .xls, .ods or .csv files");
}
var DELIMITERS = [
	",",
	";",
	"	",
	"|"
];
/** Counts a delimiter outside double quotes on one line. */
function countOutsideQuotes(line, delimiter) {
	let count = 0;
	let isQuoted = false;
	for (const char of line) if (char === "\"") isQuoted = !isQuoted;
	else if (char === delimiter && !isQuoted) count++;
	return count;
}
/**
* Picks the CSV delimiter that splits the most lines into the same number of fields, looking at
* the first 50 non-empty lines: a title line with a stray comma does not fool it.
*/
function sniffDelimiter(text) {
	const lines = text.slice(0, 65536).split(/\r?\n/).filter((line) => line.trim() !== "").slice(0, 50);
	let best = {
		delimiter: ",",
		score: 0
	};
	for (const delimiter of DELIMITERS) {
		const counts = /* @__PURE__ */ new Map();
		for (const line of lines) {
			const count = countOutsideQuotes(line, delimiter);
			if (count > 0) counts.set(count, (counts.get(count) ?? 0) + 1);
		}
		const score = Math.max(0, ...[...counts].map(([fields, lineCount]) => lineCount * Math.log2(fields + 1)));
		if (score > best.score) best = {
			delimiter,
			score
		};
	}
	return best.delimiter;
}
// main/import/workbook.ts
/** A full MoJ workbook holds about 20,000 cells; a 5 million cell cap stops runaway files early. */
var MAX_CELLS = 5e6;
/** Rows read per sheet; SheetJS stops there (and the ODS reader refuses) instead of expanding a padded sheet to a million rows. */
var MAX_ROWS_PER_SHEET = 2e5;
function cellAddress(row, column) {
	return XLSX.utils.encode_cell({
		r: row,
		c: column
	});
}
function parse({ format, bytes, text: decoded }) {
	const options = {
		dense: true,
		cellDates: true,
		sheetRows: 200001
	};
	const warn = console.error;
	console.error = () => void 0;
	try {
		if (format === "csv") {
			const text = decoded ?? decodeText(bytes);
			return XLSX.read(text, {
				...options,
				type: "string",
				raw: true,
				FS: sniffDelimiter(text)
			});
		}
		return XLSX.read(asBuffer(bytes), {
			...options,
			type: "buffer"
		});
	} catch (error) {
		const reason = oneLine(error);
		if (/password|encrypt/i.test(reason)) throw new AppError("encrypted_file", "The workbook is password-protected (encrypted): save an unprotected copy and import that");
		throw new AppError("corrupt_file", `The ${format.toUpperCase()} file is damaged or truncated and cannot be read (${printable(reason, 80)})`);
	} finally {
		console.error = warn;
	}
}
function readWorkbook(bytes, onProgress = () => void 0) {
	if (bytes.length > 104857600) throw fileTooLarge(bytes.length);
	const file = sniffFile(bytes);
	checkBeforeParse(file, { maxCells: MAX_CELLS });
	if (file.format === "ods") return readOdsWorkbook(file, onProgress);
	return readWithSheetJS(file, onProgress);
}
/**
* SheetJS's reading, for every format but .ods in the app. Tests hold the ODS reader to it, on
* files they trust: nothing here guards an ODS against repeat bombs.
*/
function readWithSheetJS(file, onProgress = () => void 0) {
	const { format } = file;
	onProgress("Reading the file", .15);
	const book = parse(file);
	onProgress("Reading the sheets", .5);
	let cells = 0;
	const sheets = book.SheetNames.map((name, index) => {
		const sheet = book.Sheets[name];
		if (!sheet) throw new AppError("corrupt_file", `The ${format.toUpperCase()} file is damaged: its sheet "${printable(name)}" is missing`);
		const data = sheet["!data"] ?? [];
		if (data.length > 2e5) throw tooManyRows(name, MAX_ROWS_PER_SHEET);
		checkSheetShape(name, data, sheet["!merges"] ?? []);
		const rows = data.map((row) => (row ?? []).map((cell) => {
			if (!cell || cell.t === "z" || cell.v === void 0 || cell.v === null) return void 0;
			const text = (cell.w ?? (cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v))).trim();
			if (text === "") return void 0;
			cells++;
			return cell.t === "n" && typeof cell.v === "number" ? {
				text,
				number: cell.v
			} : { text };
		}));
		if (cells > 5e6) throw tooManyFilledCells();
		onProgress("Reading the sheets", .5 + .1 * (index + 1) / book.SheetNames.length);
		return {
			name,
			isHidden: (book.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0,
			rows,
			merges: sheet["!merges"] ?? []
		};
	});
	if (cells === 0) throw noFilledCells();
	return {
		format,
		sheets
	};
}
var tooManyFilledCells = () => new AppError("too_large", `The file holds more than ${MAX_CELLS.toLocaleString("en-GB")} cells; MAPPA tables are far smaller`);
var noFilledCells = () => new AppError("empty_file", "The spreadsheet has no filled cells");
/** .ods files go through main/import/ods, which streams content.xml and checks the caps as it reads. */
function readOdsWorkbook(file, onProgress) {
	const { sheets, filledCells } = readOds(file.bytes, {
		maxCells: MAX_CELLS,
		maxColumns: MAX_COLUMNS,
		maxRowsPerSheet: MAX_ROWS_PER_SHEET
	}, onProgress, file.parts);
	onProgress("Reading the sheets", .6);
	if (filledCells > 5e6) throw tooManyFilledCells();
	if (filledCells === 0) throw noFilledCells();
	return {
		format: "ods",
		sheets
	};
}
// main/import/blocks.ts
/** Readings kept per table for reuse; past this many distinct cells a table's texts rarely repeat. */
var MAX_CACHED_READINGS = 5e4;
var isBlank = (row) => !row || row.every((cell) => cell === void 0);
var filledCount = (row) => (row ?? []).filter((cell) => cell !== void 0).length;
var firstFilledColumn = (row) => row.findIndex((cell) => cell !== void 0);
var rowTexts = (row) => (row ?? []).filter((cell) => cell !== void 0).map((cell) => cell.text);
function isFigure(cell) {
	if (!cell) return false;
	if (cell.number !== void 0) return true;
	return readCell(cell.text).status !== "text";
}
var YEAR_HEADER = /^(?:financial\s+)?year(?:\s+ending(?:\s+31\s+march)?)?$|^period$|^reporting\s+year$|^date$/i;
/** A column MAPPA Desk worked out (change, rank, …) and marked so in its own exports: not a published figure, never imported. */
var DERIVED_HEADER = /\[derived\]\s*$/i;
var AREA_HEADER$1 = /^(?:mappa\s+)?area(?:\s+name)?$|^(?:police\s+force\s+)?area$|^police\s+force$|^mappa\s+area$/i;
function periodOfHeader(cell) {
	if (!cell) return void 0;
	return parsePeriod(cell.text, { allowBareYear: true });
}
/** Footnote references in a header: "(2)", "[note 3]", "[Note 3]". */
function headerFootnotes(text) {
	const refs = [];
	for (const match of text.matchAll(/\[note\s*(\d+)\]|\(\s*(\d+)\s*\)/gi)) refs.push(match[1] ?? match[2]);
	return refs;
}
/** Text of the group header over a column: a merged cell above the header, or a sparse row filled forward. */
function groupHeaders(sheet, headerIndex, labelColumn) {
	const groups = /* @__PURE__ */ new Map();
	const above = headerIndex - 1;
	if (above < 0) return groups;
	for (const merge of sheet.merges) if (merge.s.r <= above && merge.e.r >= above && merge.s.c > labelColumn) {
		const text = sheet.rows[merge.s.r]?.[merge.s.c]?.text;
		if (text) for (let column = merge.s.c; column <= merge.e.c; column++) groups.set(column, text);
	}
	const row = sheet.rows[above];
	if (groups.size === 0 && row && !isBlank(row) && row[labelColumn] === void 0 && firstFilledColumn(row) > labelColumn) {
		let current;
		const width = Math.max(row.length, sheet.rows[headerIndex]?.length ?? 0);
		for (let column = labelColumn + 1; column < width; column++) {
			current = row[column]?.text ?? current;
			if (current) groups.set(column, current);
		}
	}
	return groups;
}
function measureFor(header, group) {
	return matchMeasure(header, group) ?? customMeasureFor(group ? `${group}: ${header}` : header);
}
function firstPeriod(candidates) {
	for (const candidate of candidates) {
		const period = candidate.text ? parsePeriod(candidate.text) : void 0;
		if (period) return {
			period,
			source: candidate.source
		};
	}
}
function chooseLayout(headerText, header, labelColumn) {
	const yearColumn = headerText.findIndex((text) => YEAR_HEADER.test(text));
	const areaColumn = headerText.findIndex((text) => AREA_HEADER$1.test(text));
	if (yearColumn >= 0 && areaColumn >= 0) return {
		layout: "long",
		yearColumn,
		areaColumn
	};
	return {
		layout: header.filter((cell, column) => column > labelColumn && periodOfHeader(cell) !== void 0).length >= 2 ? "series" : "wide",
		yearColumn: -1,
		areaColumn
	};
}
function parseBlock(spec) {
	const { sheet } = spec;
	const rows = sheet.rows;
	const header = rows[spec.headerIndex];
	const labelColumn = Math.max(0, firstFilledColumn(header));
	const { layout, yearColumn, areaColumn } = chooseLayout(header.map((cell) => cell ? tidyHeader(cell.text) : ""), header, labelColumn);
	const groups = spec.hasGroupHeaders ? groupHeaders(sheet, spec.headerIndex, labelColumn) : /* @__PURE__ */ new Map();
	const context = firstPeriod(spec.periodCandidates);
	const seriesMeasure = measureFor(spec.title ?? sheet.name, void 0);
	const rowLabelColumn = layout === "long" ? areaColumn : labelColumn;
	const columnFootnotes = {};
	header.forEach((cell, column) => {
		const refs = cell ? headerFootnotes(cell.text) : [];
		if (refs.length > 0) columnFootnotes[column] = refs;
	});
	const columns = /* @__PURE__ */ new Map();
	const columnMeaning = (column) => {
		let meaning = columns.get(column);
		if (!meaning) {
			const rawHeader = header[column]?.text ?? `Column ${cellAddress(spec.headerIndex, column).replace(/\d+$/, "")}`;
			const seriesPeriod = layout === "series" ? periodOfHeader(header[column]) : void 0;
			const group = groups.get(column);
			const columnLabel = tidyHeader(rawHeader) || rawHeader;
			meaning = {
				columnLabel: group ? `${tidyHeader(group)}: ${columnLabel}` : columnLabel,
				measure: seriesPeriod ? seriesMeasure : measureFor(columnLabel, group ? tidyHeader(group) : void 0),
				seriesPeriod
			};
			columns.set(column, meaning);
		}
		return meaning;
	};
	const rowPeriods = /* @__PURE__ */ new Map();
	const rowPeriodOf = (cell) => {
		if (!cell) return void 0;
		if (!rowPeriods.has(cell.text)) rowPeriods.set(cell.text, periodOfHeader(cell));
		return rowPeriods.get(cell.text);
	};
	const readings = /* @__PURE__ */ new Map();
	const readingOf = (cell) => {
		const key = cell.number === void 0 ? cell.text : `${cell.text}\u0000${Object.is(cell.number, -0) ? "-0" : cell.number}`;
		let reading = readings.get(key);
		if (!reading) {
			reading = readCell(cell.text, cell.number);
			if (readings.size < MAX_CACHED_READINGS) readings.set(key, reading);
		}
		return reading;
	};
	const observations = [];
	for (let rowIndex = spec.headerIndex + 1; rowIndex < spec.endIndex; rowIndex++) {
		const row = rows[rowIndex];
		if (!row || isBlank(row)) continue;
		const rowLabel = row[rowLabelColumn]?.text ?? `Row ${rowIndex + 1}`;
		const rowPeriod = layout === "long" ? rowPeriodOf(row[yearColumn]) : context?.period;
		row.forEach((cell, column) => {
			if (!cell || column === rowLabelColumn || column === yearColumn || column < labelColumn) return;
			if (DERIVED_HEADER.test(header[column]?.text ?? "")) return;
			const { columnLabel, measure, seriesPeriod } = columnMeaning(column);
			observations.push({
				rowLabel,
				columnLabel,
				measure,
				period: seriesPeriod ?? rowPeriod,
				reading: readingOf(cell),
				raw: cell.text,
				sheet: sheet.name,
				cell: cellAddress(rowIndex, column),
				rowIndex,
				colIndex: column
			});
		});
	}
	return {
		sheet: sheet.name,
		title: spec.title,
		headerRow: spec.headerIndex + 1,
		layout,
		period: layout === "wide" ? context?.period : void 0,
		periodSource: layout === "wide" ? context?.source : layout === "long" ? "year column" : "column headers",
		columnFootnotes,
		notes: spec.notes,
		observations
	};
}
/** How many of a block's row labels name one of the 42 areas (totals and NSD not counted). */
function countAreaRows(rows, from, to, labelColumn) {
	let count = 0;
	for (let index = from; index < to; index++) {
		const label = rows[index]?.[labelColumn]?.text;
		if (label && findBuiltInArea(label)?.kind === "area") count++;
	}
	return count;
}
/** Reads a notes block ("1. Figures are…", "(2) …", "Note 3: …") into footnotes by reference. */
function footnotesFrom(lines) {
	const notes = [];
	for (const line of lines) {
		const match = /^\s*(?:\[?note\s*)?\(?(\d{1,2})\)?\]?[.:)\s-]+\s*(.+)$/i.exec(line);
		if (match) notes.push({
			ref: match[1],
			text: match[2].trim()
		});
	}
	return notes;
}
// main/import/recognisers/shared.ts
/** The latest period any figure in the file is at: an edition is named for its newest year. */
function latestPeriod(tables) {
	let latest;
	for (const table of tables) for (const { period } of table.observations) if (period && (!latest || comparePeriods(period.key, latest.key) > 0)) latest = period;
	return latest;
}
function baseName(fileName) {
	return fileName.replace(/\.[^.]+$/, "");
}
/** Warns about tables whose figures could not be placed in time. */
function periodWarnings(tables) {
	return tables.filter((table) => table.observations.some((observation) => observation.period === void 0)).map((table) => ({
		code: "no_period",
		message: `No period found for the table on sheet "${table.sheet}": set it in the preview, or its figures stay out of every time series`
	}));
}
/** Warns about the workbook's hidden sheets, which no recogniser imports. */
function hiddenSheetWarnings(workbook) {
	return workbook.sheets.filter((sheet) => sheet.isHidden).map((sheet) => ({
		code: "hidden_sheet",
		message: `Sheet "${sheet.name}" is hidden in the workbook and was not imported`
	}));
}
/** The edition label MAPPA Desk gives a MoJ release: the report's financial year. */
function mojEditionLabel(period, fallback) {
	return period ? `MAPPA annual report ${period.key}` : fallback;
}
/** True when at least five of a table's row labels name one of the 42 areas. */
function isAreaTable(table) {
	const labels = new Set(table.observations.map((observation) => observation.rowLabel));
	let areas = 0;
	for (const label of labels) if (findBuiltInArea(label)?.kind === "area") areas++;
	return areas >= 5;
}
// main/import/recognisers/generic.ts
/** A row is a header when it labels two or more columns and the next filled row carries figures. */
function isHeaderRow(rows, index) {
	const row = rows[index];
	if (filledCount(row) < 2) return false;
	const labelColumn = firstFilledColumn(row);
	if (!row.every((cell) => !cell || cell.number === void 0 || cell.number >= 1990 && cell.number <= 2100)) return false;
	for (let next = index + 1; next < Math.min(rows.length, index + 3); next++) {
		const candidate = rows[next];
		if (isBlank(candidate)) continue;
		return candidate.some((cell, column) => column > labelColumn && isFigure(cell));
	}
	return false;
}
function tablesOnSheet(sheet, context) {
	const rows = sheet.rows;
	const tables = [];
	let cursor = 0;
	while (cursor < rows.length) {
		let headerIndex = -1;
		for (let index = cursor; index < rows.length; index++) if (isHeaderRow(rows, index)) {
			headerIndex = index;
			break;
		}
		if (headerIndex < 0) break;
		const preamble = rows.slice(cursor, headerIndex).filter((row) => filledCount(row) === 1).map((row) => rowTexts(row)[0]);
		let endIndex = headerIndex + 1;
		while (endIndex < rows.length && !isBlank(rows[endIndex])) endIndex++;
		let nextHeader = endIndex;
		while (nextHeader < rows.length && !isHeaderRow(rows, nextHeader)) nextHeader++;
		const trailing = rows.slice(endIndex, nextHeader).filter((row) => !isBlank(row)).map((row) => rowTexts(row).join(" "));
		const table = parseBlock({
			sheet,
			headerIndex,
			endIndex,
			title: preamble[0],
			notes: [...preamble.slice(1), ...nextHeader >= rows.length ? trailing : []],
			periodCandidates: [
				{
					text: preamble[0],
					source: "title"
				},
				...preamble.slice(1).map((text) => ({
					text,
					source: "notes above the table"
				})),
				{
					text: sheet.name,
					source: "sheet name"
				},
				{
					text: context.fileName,
					source: "file name"
				}
			],
			hasGroupHeaders: true
		});
		if (table.observations.length > 0) tables.push(table);
		cursor = endIndex;
	}
	return tables;
}
var genericRecogniser = {
	id: "generic",
	description: "Any sheet with a header row and rows of figures (not recognised as a MoJ MAPPA layout)",
	recognise(workbook, context) {
		const tables = [];
		for (const sheet of workbook.sheets) if (!sheet.isHidden) tables.push(...tablesOnSheet(sheet, context));
		if (tables.length === 0) return void 0;
		return {
			recogniser: "generic",
			format: workbook.format,
			editionLabel: tables[0].title ?? baseName(context.fileName),
			period: latestPeriod(tables),
			tables,
			footnotes: [],
			warnings: [...hiddenSheetWarnings(workbook), ...periodWarnings(tables)]
		};
	}
};
// main/import/recognisers/old-style.ts
var AREA_HEADER = /^(?:mappa\s+)?areas?(?:\s+name)?$/i;
var TABLE_TITLE = /^table\s*\d+[a-z]?\b/i;
var NOTES_START = /^(?:notes?|source|footnotes?)\b|^\(\d+\)|^\d+\.\s/i;
/** How far below a header row to look for area names: 42 areas and a few blank or total rows. */
var AREA_SCAN_ROWS = 50;
function isAreaHeader(rows, index) {
	const first = rows[index]?.[0];
	if (!first || !AREA_HEADER.test(tidyHeader(first.text)) || filledCount(rows[index]) < 2) return false;
	return countAreaRows(rows, index + 1, Math.min(rows.length, index + AREA_SCAN_ROWS), 0) >= 5;
}
function dataEnd(rows, headerIndex) {
	let end = headerIndex + 1;
	while (end < rows.length && !isBlank(rows[end]) && !NOTES_START.test(rows[end][0]?.text ?? "")) end++;
	return end;
}
function areaBlocks(sheet, context, contentsTitle) {
	const rows = sheet.rows;
	const blocks = [];
	let floor = 0;
	for (let index = 0; index < rows.length; index++) {
		if (!isAreaHeader(rows, index)) continue;
		let titleIndex = -1;
		for (let above = index - 1; above >= floor; above--) if (TABLE_TITLE.test(rows[above]?.[0]?.text ?? "")) {
			titleIndex = above;
			break;
		}
		const preamble = rows.slice(titleIndex >= 0 ? titleIndex + 1 : floor, index - 1).filter((row) => filledCount(row) === 1 && row[0] !== void 0).map((row) => rowTexts(row)[0]);
		const title = titleIndex >= 0 ? rows[titleIndex][0].text : preamble.shift();
		const end = dataEnd(rows, index);
		let notesEnd = end;
		while (notesEnd < rows.length && !isAreaHeader(rows, notesEnd) && !TABLE_TITLE.test(rows[notesEnd]?.[0]?.text ?? "")) notesEnd++;
		const notes = rows.slice(end, notesEnd).filter((row) => !isBlank(row)).map((row) => rowTexts(row).join(" "));
		const table = parseBlock({
			sheet,
			headerIndex: index,
			endIndex: end,
			title,
			notes: [...preamble, ...notes],
			periodCandidates: [
				{
					text: title,
					source: "title"
				},
				...preamble.map((text) => ({
					text,
					source: "notes above the table"
				})),
				{
					text: contentsTitle,
					source: "contents sheet"
				},
				{
					text: sheet.name,
					source: "sheet name"
				},
				{
					text: context.fileName,
					source: "file name"
				}
			],
			hasGroupHeaders: true
		});
		blocks.push({
			table,
			from: titleIndex >= 0 ? titleIndex : floor,
			to: notesEnd,
			footnotes: footnotesFrom(notes)
		});
		floor = notesEnd;
		index = notesEnd - 1;
	}
	return blocks;
}
/** The rest of a sheet, with the area tables' rows blanked, for the generic reader. */
function remainder(sheet, blocks) {
	const isClaimed = (row) => blocks.some((block) => row >= block.from && row < block.to);
	return {
		...sheet,
		rows: sheet.rows.map((row, index) => isClaimed(index) ? [] : row)
	};
}
function notesSheetFootnotes(sheet) {
	return footnotesFrom(sheet.rows.filter((row) => !isBlank(row)).map((row) => rowTexts(row).join(" ")));
}
var oldStyleRecogniser = {
	id: "moj-old",
	description: "MoJ MAPPA tables, older layout (2013 to 2023)",
	recognise(workbook, context) {
		const visible = workbook.sheets.filter((sheet) => !sheet.isHidden);
		const contents = visible.find((sheet) => /^(?:contents|index)$/i.test(sheet.name));
		const contentsTitle = contents ? rowTexts(contents.rows.find((row) => !isBlank(row)))[0] : void 0;
		const tables = [];
		const footnotes = [];
		let hasAreaTable = false;
		for (const sheet of visible) {
			if (sheet === contents) continue;
			if (/^notes?$/i.test(sheet.name)) {
				footnotes.push(...notesSheetFootnotes(sheet));
				continue;
			}
			const blocks = areaBlocks(sheet, context, contentsTitle);
			hasAreaTable ||= blocks.length > 0;
			for (const block of blocks) {
				tables.push(block.table);
				footnotes.push(...block.footnotes);
			}
			tables.push(...tablesOnSheet(blocks.length > 0 ? remainder(sheet, blocks) : sheet, context));
		}
		if (!hasAreaTable) return void 0;
		const period = latestPeriod(tables);
		return {
			recogniser: "moj-old",
			format: workbook.format,
			editionLabel: mojEditionLabel(period, baseName(context.fileName)),
			period,
			tables,
			footnotes: uniqueFootnotes(footnotes),
			warnings: [...hiddenSheetWarnings(workbook), ...periodWarnings(tables)]
		};
	}
};
function uniqueFootnotes(footnotes) {
	const byRef = /* @__PURE__ */ new Map();
	for (const footnote of footnotes) if (!byRef.has(footnote.ref)) byRef.set(footnote.ref, footnote.text);
	return [...byRef].map(([ref, text]) => ({
		ref,
		text
	}));
}
// main/import/recognisers/accessible.ts
var TABLE_SHEET = /^table[ _]?\d+[a-z]?$/i;
var COVER = /^cover(?:[ _]sheet)?$/i;
var NOTES = /^notes$/i;
var CONTENTS = /^(?:contents|table[ _]of[ _]contents)$/i;
/** The header: the first row after the title with two or more cells, followed by figures. */
function headerIndexOf(sheet) {
	for (let index = 1; index < sheet.rows.length; index++) {
		if (filledCount(sheet.rows[index]) < 2) continue;
		if (sheet.rows[index + 1]?.some((cell, column) => column > 0 && isFigure(cell))) return index;
	}
	return -1;
}
function tableOf(sheet, coverLines, fileName) {
	const headerIndex = headerIndexOf(sheet);
	if (headerIndex < 0) return void 0;
	const title = rowTexts(sheet.rows[0])[0];
	const preamble = sheet.rows.slice(1, headerIndex).filter((row) => !isBlank(row)).map((row) => rowTexts(row).join(" "));
	let end = headerIndex + 1;
	while (end < sheet.rows.length && !isBlank(sheet.rows[end])) end++;
	const trailing = sheet.rows.slice(end).filter((row) => !isBlank(row)).map((row) => rowTexts(row).join(" "));
	return parseBlock({
		sheet,
		headerIndex,
		endIndex: end,
		title,
		notes: [...preamble, ...trailing],
		periodCandidates: [
			{
				text: title,
				source: "title"
			},
			...preamble.map((text) => ({
				text,
				source: "notes above the table"
			})),
			...coverLines.map((text) => ({
				text,
				source: "cover sheet"
			})),
			{
				text: fileName,
				source: "file name"
			}
		],
		hasGroupHeaders: false
	});
}
/** The Notes sheet: a "Note number | Note text" table, `[note 1]` or `1` in the first column. */
function notesOf(sheet) {
	if (!sheet) return [];
	const notes = [];
	for (const row of sheet.rows) {
		const [first, second] = rowTexts(row);
		const ref = first && /^\[?(?:note\s*)?(\d+)\]?$/i.exec(first.trim())?.[1];
		if (ref && second) notes.push({
			ref,
			text: second
		});
	}
	return notes.length > 0 ? notes : footnotesFrom(sheet.rows.map((row) => rowTexts(row).join(" ")));
}
// main/import/registry.ts
var RECOGNISERS = [
	{
		id: "moj-accessible",
		description: "MoJ MAPPA tables, accessible layout (2021 on)",
		recognise(workbook, context) {
			if (workbook.format === "csv") return void 0;
			const visible = workbook.sheets.filter((sheet) => !sheet.isHidden);
			const cover = visible.find((sheet) => COVER.test(sheet.name));
			const notesSheet = visible.find((sheet) => NOTES.test(sheet.name));
			const tableSheets = visible.filter((sheet) => TABLE_SHEET.test(sheet.name));
			const saysAccessible = tableSheets.some((sheet) => sheet.rows.slice(1, 6).some((row) => /this (?:work)?sheet contains/i.test(rowTexts(row).join(" "))));
			if (tableSheets.length === 0 || !(cover || notesSheet || saysAccessible)) return void 0;
			const coverLines = cover ? cover.rows.filter((row) => !isBlank(row)).map((row) => rowTexts(row).join(" ")) : [];
			const tables = tableSheets.map((sheet) => tableOf(sheet, coverLines, context.fileName)).filter((table) => table !== void 0 && table.observations.length > 0);
			if (!tables.some(isAreaTable)) return void 0;
			const others = visible.filter((sheet) => sheet !== cover && sheet !== notesSheet && !TABLE_SHEET.test(sheet.name) && !CONTENTS.test(sheet.name));
			const warnings = [...hiddenSheetWarnings(workbook), ...others.map((sheet) => ({
				code: "not_a_table_sheet",
				message: `Sheet "${sheet.name}" is not a table sheet and was not imported`
			}))];
			const period = latestPeriod(tables);
			return {
				recogniser: "moj-accessible",
				format: workbook.format,
				editionLabel: mojEditionLabel(period, coverLines[0] ?? baseName(context.fileName)),
				period,
				tables,
				footnotes: uniqueFootnotes(notesOf(notesSheet)),
				warnings: [...warnings, ...periodWarnings(tables)]
			};
		}
	},
	oldStyleRecogniser,
	{
		id: "moj-csv",
		description: "MoJ MAPPA figures in a CSV file",
		recognise(workbook, context) {
			if (workbook.format !== "csv") return void 0;
			const tables = workbook.sheets.flatMap((sheet) => tablesOnSheet(sheet, context));
			if (!tables.some(isAreaTable)) return void 0;
			const period = latestPeriod(tables);
			return {
				recogniser: "moj-csv",
				format: "csv",
				editionLabel: mojEditionLabel(period, tables[0].title ?? baseName(context.fileName)),
				period,
				tables,
				footnotes: [],
				warnings: periodWarnings(tables)
			};
		}
	},
	genericRecogniser
];
/** How the preview names each recogniser to a reporter. */
var RECOGNISER_LABELS = Object.fromEntries(RECOGNISERS.map((recogniser) => [recogniser.id, recogniser.description]));
function recognise(workbook, context, recognisers = RECOGNISERS) {
	for (const recogniser of recognisers) {
		const release = recogniser.recognise(workbook, context);
		if (release) return release;
	}
	throw new AppError("no_table", `No table of figures found in ${context.fileName}: MAPPA Desk looks for a header row followed by rows of numbers`);
}
// main/import/digest.ts
function sha256Of(bytes) {
	return createHash("sha256").update(bytes).digest("hex");
}
// main/import/analyse.ts
function rememberedMeasure(id, catalogue) {
	const known = findMeasureById(id);
	if (known) return known;
	const label = catalogue.measures.get(id)?.label ?? id;
	return {
		id,
		label,
		unit: /rate|per 100/i.test(label) ? "rate" : "count",
		kind: "unknown",
		category: null,
		level: null,
		aliases: []
	};
}
/** Columns the reporter mapped before keep that mapping in every later file with the same header. */
function applyRememberedColumns(parsed, catalogue) {
	const rememberedFor = /* @__PURE__ */ new Map();
	for (const table of parsed.tables) for (const observation of table.observations) {
		let remembered = rememberedFor.get(observation.columnLabel);
		if (!rememberedFor.has(observation.columnLabel)) {
			remembered = catalogue.rememberedColumns.get(aliasKey(observation.columnLabel));
			rememberedFor.set(observation.columnLabel, remembered);
		}
		if (remembered && remembered !== observation.measure.id) observation.measure = rememberedMeasure(remembered, catalogue);
	}
}
/** Reads a file, recognises its tables, matches them to the store's areas and measures, and drafts the preview. */
function analyseFile(input, catalogue, onProgress = () => void 0) {
	onProgress("Checking the file", .05);
	const workbook = readWorkbook(input.bytes, onProgress);
	onProgress("Recognising tables", .6);
	const parsed = recognise(workbook, { fileName: input.fileName });
	applyRememberedColumns(parsed, catalogue);
	onProgress("Matching areas and measures", .85);
	const areas = parsed.tables.map((table) => assignAreas(table, catalogue));
	const byslug = areasBySlug(catalogue);
	const unknownAreas = unknownAreasOf(parsed.tables, areas);
	const warnings = [...parsed.warnings, ...unmatchedRowsWarnings(unknownAreas)];
	const preview = {
		fileName: input.fileName,
		format: parsed.format,
		sizeBytes: input.bytes.length,
		recogniser: parsed.recogniser,
		recogniserLabel: RECOGNISER_LABELS[parsed.recogniser] ?? parsed.recogniser,
		isGeneric: parsed.recogniser === "generic",
		editionLabel: parsed.editionLabel,
		period: parsed.period?.key ?? null,
		tables: parsed.tables.map((table, index) => previewTable(table, index, areas[index], byslug)),
		footnotes: parsed.footnotes,
		warnings,
		unknownAreas
	};
	onProgress("Ready to import", 1);
	return {
		fileName: input.fileName,
		sha256: sha256Of(input.bytes),
		sizeBytes: input.bytes.length,
		parsed,
		areas,
		preview
	};
}
export { analyseFile, sha256Of as t };

import { t as __exportAll } from "./rolldown-runtime-BJohB4LM.js";
import { t as fileStem } from "./file-names-Dy4K7J4l.js";
import { t as AppError } from "./errors-D5rubfHc.js";
import { t as documentText } from "./safe-text-B1drZhbS.js";
import { a as footerLines, r as writeHtml } from "./html-DcHLug8i.js";
// main/contract/spreadsheet-text.ts
/** What a spreadsheet reads as the start of a formula, or (tab, CR) as a way to hide one (OWASP CSV injection). */
var FORMULA_START = /^[=+\-@\t\r]/;
/** A signed number as shown ("-12", "+183", "-1,234.5", "+10.9%"): it stays a number. */
var SIGNED_NUMBER = /^[+-](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
/**
* Prefixes a single quote to text a spreadsheet would treat as a formula (OWASP's advice), so it
* is shown as typed: "=3rd" (a tied rank), "@SUM(A1)", "+cmd|…". Signed numbers and the lone "-"
* of a nil figure, which no spreadsheet evaluates, are left as they are.
*/
function neutraliseFormula(text) {
	if (!FORMULA_START.test(text) || text === "-" || SIGNED_NUMBER.test(text)) return text;
	return `'${text}`;
}
// main/export/tables/csv.ts
var BOM = "﻿";
function quoted(text) {
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, "\"\"")}"` : text;
}
function csvField(value) {
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
	return quoted(neutraliseFormula(documentText(value)));
}
var line = (fields) => fields.map(csvField).join(",");
function tableCsv(spec) {
	return `${BOM}${[
		line([spec.dataTitle]),
		"",
		line([spec.rowHeader, ...spec.columns.map((column) => column.dataHeader)]),
		...spec.rows.map((row) => line([row.label, ...row.cells.map((cell) => cell.data)])),
		"",
		...footerLines(spec).map((text) => line([text]))
	].join("\r\n")}\r\n`;
}
function writeCsv(spec) {
	return new TextEncoder().encode(tableCsv(spec));
}
// main/export/tables/indesign.ts
/** The house style names the print desk's templates define; the definitions here are fallbacks. */
var INDESIGN_STYLES = {
	title: "MAPPA Table Title",
	head: "MAPPA Table Head",
	headFigure: "MAPPA Table Head Figure",
	label: "MAPPA Table Label",
	figure: "MAPPA Table Figure",
	derived: "MAPPA Table Derived",
	source: "MAPPA Table Source",
	note: "MAPPA Table Note",
	headCell: "MAPPA Head Cell",
	bodyCell: "MAPPA Body Cell",
	highlightCell: "MAPPA Highlight Cell",
	totalCell: "MAPPA Total Cell"
};
var FONT = "<cFont:Arial>";
var DEFINITIONS = [
	"<ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1><MAPPA Highlight:COLOR:CMYK:Process:0,0.05,0.3,0>>",
	`<DefineParaStyle:${INDESIGN_STYLES.title}=${FONT}<cTypeface:Bold><cSize:11><pSpaceAfter:4>>`,
	`<DefineParaStyle:${INDESIGN_STYLES.head}=${FONT}<cTypeface:Bold><cSize:7.5><pTextAlignment:Left>>`,
	`<DefineParaStyle:${INDESIGN_STYLES.headFigure}=<BasedOn:${INDESIGN_STYLES.head}><pTextAlignment:Right>>`,
	`<DefineParaStyle:${INDESIGN_STYLES.label}=${FONT}<cSize:7.5><pTextAlignment:Left>>`,
	`<DefineParaStyle:${INDESIGN_STYLES.figure}=${FONT}<cSize:7.5><pTextAlignment:Right>>`,
	`<DefineParaStyle:${INDESIGN_STYLES.derived}=<BasedOn:${INDESIGN_STYLES.figure}><cTypeface:Italic>>`,
	`<DefineParaStyle:${INDESIGN_STYLES.source}=${FONT}<cSize:6.5><pSpaceBefore:3>>`,
	`<DefineParaStyle:${INDESIGN_STYLES.note}=${FONT}<cSize:6.5>>`,
	`<DefineCellStyle:${INDESIGN_STYLES.headCell}=<tCellAttrBottomStrokeWeight:1>>`,
	`<DefineCellStyle:${INDESIGN_STYLES.bodyCell}=<tCellAttrBottomStrokeWeight:0.25>>`,
	`<DefineCellStyle:${INDESIGN_STYLES.highlightCell}=<BasedOn:${INDESIGN_STYLES.bodyCell}><tCellFillColor:MAPPA Highlight><tCellAttrFillTint:100>>`,
	`<DefineCellStyle:${INDESIGN_STYLES.totalCell}=<BasedOn:${INDESIGN_STYLES.bodyCell}><tCellAttrTopStrokeWeight:1>>`
];
/**
* Angle brackets and backslashes are tag syntax: escaped with a backslash; line breaks become
* spaces; control characters (which InDesign reads as nothing it can set) are dropped.
*/
function indesignText(text) {
	return documentText(text).replace(/[\\<>]/g, (character) => `\\${character}`).replace(/[\r\n\t]+/g, " ");
}
var para = (style, text) => `<ParaStyle:${style}>${indesignText(text)}`;
var cell = (cellStyle, paraStyle, text) => `<CellStyle:${cellStyle}><StylePriority:2><CellStart:1,1>${para(paraStyle, text)}<CellEnd:>`;
function tableTaggedText(spec) {
	const rows = spec.rows.length + 1;
	const columns = spec.columns.length + 1;
	const header = [cell(INDESIGN_STYLES.headCell, INDESIGN_STYLES.head, spec.rowHeader), ...spec.columns.map((column) => cell(INDESIGN_STYLES.headCell, INDESIGN_STYLES.headFigure, column.header))];
	const body = spec.rows.map((row) => {
		const cellStyle = row.isHighlighted ? INDESIGN_STYLES.highlightCell : row.kind === "total" ? INDESIGN_STYLES.totalCell : INDESIGN_STYLES.bodyCell;
		return `<RowStart:>${[cell(cellStyle, INDESIGN_STYLES.label, row.label), ...row.cells.map((figure) => cell(cellStyle, figure.status === "derived" ? INDESIGN_STYLES.derived : INDESIGN_STYLES.figure, figure.text))].join("")}<RowEnd:>`;
	});
	const table = `<TableStart:${rows},${columns}:1:0<tCellDefaultCellType:Text>>${`<ColStart:>`.repeat(columns)}<RowStart:>${header.join("")}<RowEnd:>${body.join("")}<TableEnd:>`;
	const [source, ...notes] = footerLines(spec);
	return [
		"<UNICODE-WIN>",
		"<Version:8><FeatureSet:InDesign-Roman>",
		...DEFINITIONS,
		para(INDESIGN_STYLES.title, spec.title),
		`<ParaStyle:${INDESIGN_STYLES.label}>${table}`,
		para(INDESIGN_STYLES.source, source),
		...notes.map((note) => para(INDESIGN_STYLES.note, note))
	].join("\r\n");
}
/** UTF-16 little-endian with a byte-order mark, as <UNICODE-WIN> declares. */
function writeIndesign(spec) {
	const text = `\uFEFF${tableTaggedText(spec)}`;
	const bytes = new Uint8Array(text.length * 2);
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		bytes[index * 2] = code & 255;
		bytes[index * 2 + 1] = code >> 8;
	}
	return bytes;
}
// main/export/tables/markdown.ts
/**
* Every character that can open Markdown syntax in a line of text: links and images (`[ ] ( ) !`),
* HTML, autolinks and entities (`< > &`), code (`` ` ``), emphasis and strikethrough (`* _ ~`),
* a cell's end (`|`) and the escape itself. CommonMark and GitHub's renderer show each escaped
* character as typed.
*/
var INLINE_SYNTAX = /[\\`*_~[\]()!<>&|]/g;
/** What GitHub-flavoured renderers turn into a link with no brackets at all: `https://…`, `www.…`, `name@host`. */
var BARE_LINK = /:(?=\/\/)|(?<=\bwww)\.|@/gi;
/** What opens a heading, list or rule at the start of a paragraph (`#`, `-`, `+`, `=`, "1." or "1)"); `>` is escaped anyway. */
var BLOCK_START = /^(#|-|\+|=)|^(\d+)([.)])/;
/**
* Text as one line of Markdown that renders as typed: syntax escaped with backslashes, line
* breaks made spaces, characters XML forbids dropped (a renderer's HTML must parse), no space at
* either end (four would start a code block).
*/
function markdownText(text) {
	return documentText(text).replace(/[\r\n]+/g, " ").trim().replace(INLINE_SYNTAX, (character) => `\\${character}`).replace(BARE_LINK, (character) => `\\${character}`);
}
/** Text as a paragraph of its own (a line under the table): inline text that cannot open a heading, list or rule either. */
function markdownParagraph(text) {
	return markdownText(text).replace(BLOCK_START, (_, mark, number, delimiter) => mark ? `\\${mark}` : `${number}\\${delimiter}`);
}
var bold = (text) => text === "" ? "" : `**${text}**`;
function tableMarkdown(spec) {
	const header = [spec.rowHeader, ...spec.columns.map((column) => column.header)].map(markdownText);
	const align = [":---", ...spec.columns.map(() => "---:")];
	const rows = spec.rows.map((row) => {
		const cells = [row.label, ...row.cells.map((cell) => cell.text)].map(markdownText);
		return row.isHighlighted ? cells.map(bold) : cells;
	});
	const pipe = (cells) => `| ${cells.join(" | ")} |`;
	return [
		bold(markdownText(spec.title)),
		"",
		pipe(header),
		pipe(align),
		...rows.map(pipe),
		"",
		...footerLines(spec).flatMap((text) => [markdownParagraph(text), ""])
	].join("\n");
}
function writeMarkdown(spec) {
	return new TextEncoder().encode(tableMarkdown(spec));
}
// main/export/tables/registry.ts
var registry_exports = /* @__PURE__ */ __exportAll({
	TABLE_FORMATS: () => TABLE_FORMATS,
	TABLE_WRITERS: () => TABLE_WRITERS,
	tableFileName: () => tableFileName,
	tableWriter: () => tableWriter,
	writeTable: () => writeTable
});
var TABLE_WRITERS = [
	{
		format: "csv",
		label: "CSV for spreadsheets",
		extension: "csv",
		mimeType: "text/csv",
		write: writeCsv
	},
	{
		format: "xlsx",
		label: "Excel workbook (gov.uk layout)",
		extension: "xlsx",
		mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		write: async (spec) => (await import("./xlsx-CnqZYX7I.js")).writeXlsx(spec)
	},
	{
		format: "html",
		label: "HTML for the CMS",
		extension: "html",
		mimeType: "text/html",
		write: writeHtml
	},
	{
		format: "md",
		label: "Markdown",
		extension: "md",
		mimeType: "text/markdown",
		write: writeMarkdown
	},
	{
		format: "idtt",
		label: "InDesign tagged text (print)",
		extension: "txt",
		mimeType: "text/plain",
		write: writeIndesign
	}
];
var TABLE_FORMATS = TABLE_WRITERS.map((writer) => writer.format);
function tableWriter(format) {
	const writer = TABLE_WRITERS.find((candidate) => candidate.format === format);
	if (!writer) throw new AppError("bad_input", `Unknown table format "${format}": use ${TABLE_FORMATS.join(", ")}`);
	return writer;
}
/** "Registered sexual offenders, by area" → "registered-sexual-offenders-by-area.csv" (see fileStem). */
function tableFileName(title, format) {
	return `${fileStem(title, "mappa-table")}.${tableWriter(format).extension}`;
}
async function writeTable(spec, format) {
	const writer = tableWriter(format);
	return {
		fileName: tableFileName(spec.title, format),
		mimeType: writer.mimeType,
		bytes: await writer.write(spec)
	};
}
export { registry_exports as n, writeTable as r, TABLE_FORMATS as t };

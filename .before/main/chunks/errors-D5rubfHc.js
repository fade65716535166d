// main/contract/errors.ts
var AppError = class extends Error {
	code;
	constructor(code, message) {
		super(message);
		this.name = "AppError";
		this.code = code;
	}
};
/** Squeezes any thrown value into one line fit to show a person. */
function oneLine(error) {
	return (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0].trim() || "Unexpected error";
}
/**
* Text taken from inside a damaged file, made fit for a one-line message: control characters and
* undecodable bytes become "?", and it stops at `max` characters.
*/
function printable(text, max = 60) {
	const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, "?");
	return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
export { oneLine as n, printable as r, AppError as t };

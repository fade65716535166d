import { t as AppError } from "./errors-D5rubfHc.js";
// main/domain/story/limits.ts
/**
* A 1,000-word story is about 6,000 characters and the longest features run to 10,000 words
* (about 60,000): 200,000 characters is some 33,000 words, three long features end to end.
*/
var MAX_DRAFT_CHARS = 2e5;
/**
* Local papers print a figure every 20 to 80 words: a 1,000-word story has a few dozen, and a
* story with the 42 areas' table pasted in, every year since 2010/11, some 600. The check takes
* well under a millisecond a number (npm run bench: the largest accepted draft), so 5,000
* numbers stay within two seconds.
*/
var MAX_DRAFT_NUMBERS = 5e3;
/** A number as the checker may read one: digits (with their separators) or a number word. */
var NUMBER_LIKE = /\d[\d,.]*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi;
var grouped = (value) => value.toLocaleString("en-GB");
/** Refuses copy too long to check, naming it (`name`: "The draft", "draft.docx"). */
function refuseOverlongDraft(text, name = "The draft") {
	if (text.length > 2e5) throw new AppError("too_large", `${name} has ${grouped(text.length)} characters; MAPPA Desk checks up to ${grouped(MAX_DRAFT_CHARS)} (about 33,000 words, longer than any story): check it in parts`);
	let numbers = 0;
	for (const _ of text.matchAll(NUMBER_LIKE)) if (++numbers > 5e3) throw new AppError("too_large", `${name} has more than ${grouped(MAX_DRAFT_NUMBERS)} numbers; MAPPA Desk checks up to ${grouped(MAX_DRAFT_NUMBERS)} at once, more than any story holds: check it in parts`);
}
export { refuseOverlongDraft as t };

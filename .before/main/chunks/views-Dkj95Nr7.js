// main/domain/story/views.ts
/** The contract's JSON for one sentence: its text and every figure with its cell. */
function sentenceJson(sentence) {
	return {
		text: sentence.text,
		rule: sentence.rule,
		figures: sentence.figures.map(({ area, measure, period, value, derived, text, start, end, source }) => ({
			area,
			measure,
			period,
			value,
			...derived ? { derived } : {},
			text,
			start,
			end,
			source
		})),
		basis: sentence.basis.map(({ area, measure, period, value, source }) => ({
			area,
			measure,
			period,
			value,
			source
		}))
	};
}
function checkJson(result) {
	const { text, value, verdict, expected, measure, area, period, edition, source, note, kind, start, end } = result;
	return {
		text,
		value,
		verdict,
		expected,
		measure,
		area,
		period,
		edition,
		source,
		explanation: note,
		kind,
		start,
		end
	};
}
function copyCheckJson(check) {
	const { area, areas, isAreaInferred, edition, isEditionInferred, figures } = check;
	return {
		area,
		areas,
		isAreaInferred,
		edition,
		isEditionInferred,
		mentions: figures.map(checkJson)
	};
}
export { sentenceJson as n, copyCheckJson as t };

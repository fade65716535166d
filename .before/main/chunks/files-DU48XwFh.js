// main/export/chart/files.ts
/** "essex.png" → "essex.alt.txt". */
function altTextPathFor(imagePath) {
	return imagePath.replace(/\.(png|svg|pdf)$/i, "") + ".alt.txt";
}
export { altTextPathFor as t };

// Names of the files a chart export writes: the image, and its alt text beside it so the words
// travel with the picture. Pure path arithmetic; writes nothing.

/** "essex.png" → "essex.alt.txt". */
export function altTextPathFor(imagePath: string): string {
  return imagePath.replace(/\.(png|svg|pdf)$/i, '') + '.alt.txt'
}

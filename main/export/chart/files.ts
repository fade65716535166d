// Names of the files a chart export writes: the image and its alt text beside it. Pure paths.

/** "essex.png" → "essex.alt.txt": the alt text travels with the image. */
export function altTextPathFor(imagePath: string): string {
  return imagePath.replace(/\.(png|svg|pdf)$/i, '') + '.alt.txt'
}

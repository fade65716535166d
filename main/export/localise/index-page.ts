// The index page of a localise run: every complete pack's chart on one page, to eyeball all 42 at
// once, each linking to its pack's files. Self-contained (the PNGs inlined as data URIs), so it opens
// from disk or inside the app alike. Replaces an index.html only when MAPPA Desk wrote it.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileWhole } from '../../files/write'
import { escapeHtml } from '../tables/html'
import { completeManifest } from './pack'

export const INDEX_FILE = 'index.html'
/** How an index page says MAPPA Desk wrote it, and so may write it again. */
const GENERATOR = '<meta name="generator" content="MAPPA Desk localise">'

export function indexHtml(outDir: string, areas: string[], heading: string): string {
  const cards = areas.flatMap((area) => {
    const manifest = completeManifest(outDir, area)
    if (!manifest) return []
    // The PNG, as the print desk gets it: an SVG in an <img> cannot reach the bundled fonts.
    const png = readFileSync(join(outDir, area, 'chart.png')).toString('base64')
    const links = manifest.files.map((file) => `<a href="${escapeHtml(area)}/${escapeHtml(file)}">${escapeHtml(file)}</a>`).join(' · ')
    return [
      `<figure id="${escapeHtml(area)}"><figcaption><h2>${escapeHtml(manifest.areaName)}</h2></figcaption>` +
        `<a href="${escapeHtml(area)}/chart.png"><img src="data:image/png;base64,${png}" alt="${escapeHtml(manifest.altText)}"></a>` +
        `<p class="files">${links}</p>${manifest.warnings.length > 0 ? `<p class="warn">${manifest.warnings.map(escapeHtml).join('<br>')}</p>` : ''}</figure>`
    ]
  })
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
${GENERATOR}
<title>${escapeHtml(heading)}</title>
<style>
body { margin: 24px; font: 14px/1.45 system-ui, sans-serif; color: #1f2328; background: #f4f5f7; }
h1 { font-size: 20px; margin: 0 0 4px; }
.count { color: #5b6470; margin: 0 0 18px; }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; }
figure { margin: 0; padding: 10px 12px; background: #fff; border: 1px solid #d8dde3; border-radius: 6px; }
h2 { font-size: 15px; margin: 0 0 6px; }
img { width: 100%; height: auto; display: block; }
.files { font-size: 12px; margin: 6px 0 0; }
.warn { font-size: 12px; color: #8a5a00; margin: 4px 0 0; }
</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p class="count">${cards.length} of ${areas.length} area packs</p>
<main>
${cards.join('\n')}
</main>
</body>
</html>
`
}

/** Whether the index page may be written: there is none yet, or MAPPA Desk wrote the one there. */
export function isIndexOurs(outDir: string): boolean {
  let text: string
  try {
    text = readFileSync(join(outDir, INDEX_FILE), 'utf8')
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
  }
  return text.includes(GENERATOR)
}

/** Writes the index page and returns its path; null, leaving the file as it is, where an index.html MAPPA Desk did not write is there. */
export function writeIndex(outDir: string, areas: string[], heading: string): string | null {
  if (!isIndexOurs(outDir)) return null
  return writeFileWhole(join(outDir, INDEX_FILE), indexHtml(outDir, areas, heading))
}

// The index page of a localise run: every complete pack's chart on one page, to eyeball all 42 at
// once, each linking to its pack's files. Self-contained (the PNGs inlined as data URIs), so it opens
// from disk or inside the app alike.

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { escapeHtml } from '../tables/html'
import { MANIFEST, type PackManifest } from './pack'

export const INDEX_FILE = 'index.html'

export function readManifest(outDir: string, area: string): PackManifest | null {
  const path = join(outDir, area, MANIFEST)
  if (!existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PackManifest
  } catch {
    return null
  }
}

export function indexHtml(outDir: string, areas: string[], heading: string): string {
  const cards = areas.flatMap((area) => {
    const manifest = readManifest(outDir, area)
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

export function writeIndex(outDir: string, areas: string[], heading: string): string {
  const path = join(outDir, INDEX_FILE)
  writeFileSync(path, indexHtml(outDir, areas, heading))
  return path
}

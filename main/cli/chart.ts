// `mappa chart`: draws a chart spec from a JSON file to PNG, SVG, PDF or CMYK PDF without a
// window, writing the alt text beside the image. Reads the store; writes only the files it is told to.

import { readFileSync } from 'node:fs'
import type { ParseArgsConfig } from 'node:util'
import { createCore } from '../app'
import { AppError, oneLine } from '../contract/errors'
import { altTextPathFor } from '../export/chart/files'
import { renderChart, type ChartFormat } from '../export/chart/render'
import { resolveDbPath } from '../paths'
import { writeOutFile } from './io'

interface CliKit {
  out: (line: string) => void
  parse: (config: ParseArgsConfig) => { values: object }
  usage: (message: string) => Error
}

const FORMATS: readonly ChartFormat[] = ['png', 'svg', 'pdf']

function readSpec(path: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new AppError('not_found', `${path}: ${oneLine(error)}`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new AppError('bad_input', `${path} is not JSON: ${oneLine(error)}`)
  }
}

export async function commandChart(argv: string[], kit: CliKit): Promise<number> {
  const { values } = kit.parse({
    args: argv,
    options: {
      spec: { type: 'string' },
      db: { type: 'string' },
      format: { type: 'string' },
      cmyk: { type: 'boolean' },
      out: { type: 'string' },
      json: { type: 'boolean' }
    }
  }) as { values: { spec?: string; db?: string; format?: string; cmyk?: boolean; out?: string; json?: boolean } }
  const specPath = values.spec
  const out = values.out
  const format = values.format as ChartFormat | undefined
  if (typeof specPath !== 'string') throw kit.usage('chart needs --spec FILE.json')
  if (typeof out !== 'string') throw kit.usage('chart needs --out FILE')
  if (!format || !FORMATS.includes(format)) throw kit.usage(`--format must be png, svg or pdf${format ? `, not "${format}"` : ''}`)
  if (values.cmyk && format !== 'pdf') throw kit.usage('--cmyk is for --format pdf (the print desk takes CMYK PDF)')
  const spec = readSpec(specPath)
  const core = createCore({ dbPath: resolveDbPath(values.db), mode: 'browser' })
  try {
    const chart = await renderChart(core.store.db, spec, format, { isCmyk: values.cmyk === true })
    writeOutFile(out, chart.bytes)
    writeOutFile(altTextPathFor(out), `${chart.altText}\n`)
    const summary = {
      file: out,
      format,
      widthPx: chart.widthPx,
      heightPx: chart.heightPx,
      dpi: chart.dpi,
      altText: chart.altText,
      source: chart.source,
      warnings: chart.warnings
    }
    if (values.json) kit.out(JSON.stringify(summary, null, 2))
    else {
      kit.out(
        `${out}: ${format.toUpperCase()}${chart.isCmyk ? ' (CMYK)' : ''}, ${chart.widthPx} × ${chart.heightPx} px at ${chart.dpi} dpi; alt text in ${altTextPathFor(out)}`
      )
      kit.out(chart.source)
      for (const warning of chart.warnings) kit.out(`warning: ${warning}`)
    }
  } finally {
    core.close()
  }
  return 0
}

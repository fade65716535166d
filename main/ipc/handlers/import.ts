// Handlers that bring files into the store: uploaded bytes and the bundled sample.

import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { importFile } from '../../import/importFile'
import type { Handlers } from '../registrar'
import type { HandlerContext } from './context'

export function importHandlers(context: HandlerContext) {
  return {
    'import:file': ({ fileName, bytes }) => importFile(context.store, { fileName: basename(fileName), bytes }),
    'sample:open': () => {
      const bytes = readFileSync(context.samplePath)
      return importFile(context.store, { fileName: basename(context.samplePath), bytes, isSample: true })
    }
  } satisfies Partial<Handlers>
}

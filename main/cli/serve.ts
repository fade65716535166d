// The `serve` command: MAPPA Desk in the browser on 127.0.0.1, through the HTTP bridge, until
// Ctrl+C. Opens the desk the way a window does (recovery screen for a damaged database).

import { createDesk } from '../app'
import { rendererDir } from '../paths'
import { startBridge } from '../serve'
import { dbPathFor, parse, UsageError, type Io } from './common'

export async function commandServe(argv: string[], io: Io): Promise<number> {
  const { values } = parse({ args: argv, options: { db: { type: 'string' }, port: { type: 'string' } } })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${values.port}" is not a port number`)
  const desk = createDesk({ dbPath: dbPathFor(values.db, io), mode: 'browser', log: io.err })
  const bridge = await startBridge({ dispatch: desk.dispatch, rendererDir: rendererDir(), port })
  io.out(`MAPPA Desk is running in browser mode. Open this address (it holds this session's key):`)
  io.out(bridge.url)
  io.out(`Database: ${desk.dbPath}   Stop with Ctrl+C.`)
  if (!desk.core()) io.err('The database is damaged: the window offers the latest good backup.')
  const stop = () => {
    void bridge.close().then(() => {
      desk.close()
      process.exit(0)
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return new Promise<number>(() => undefined)
}

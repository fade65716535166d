// Starts the built app in browser mode for one test: its own temporary database, a free port,
// and the URL with the session token as the CLI prints it. Restartable on the same database, and a
// second app can be started beside the first on its database.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const projectRoot = resolve(import.meta.dirname, '..')
/** The command line as `npm run build` writes it. */
export const builtCli = join(projectRoot, 'out', 'main', 'cli.cjs')

export interface RunningApp {
  url: string
  dbPath: string
  dir: string
  /** Stops the app, runs `whileStopped` (to change the database's folder, say), and starts it again. */
  restart(whileStopped?: () => void): Promise<void>
  stop(): Promise<void>
}

function launch(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [builtCli, 'serve', '--db', dbPath], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${output}`)), 20_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolveStart({ child, url: match[0] })
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`browser mode exited with ${code}: ${output}`))
    })
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done()
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })
}

/** `prepare` may lay a database (or a damaged one) at the path before the app opens it. */
export async function startApp(prepare?: (dbPath: string) => void): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'mappa-e2e-'))
  const dbPath = join(dir, 'desk.sqlite')
  prepare?.(dbPath)
  let current = await launch(dbPath)
  const app: RunningApp = {
    url: current.url,
    dbPath,
    dir,
    async restart(whileStopped) {
      await stopChild(current.child)
      whileStopped?.()
      current = await launch(dbPath)
      app.url = current.url
    },
    async stop() {
      await stopChild(current.child)
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return app
}

/** A second browser-mode app on the same database as `first`, as a reporter starting MAPPA Desk twice. */
export async function startBeside(first: RunningApp): Promise<{ url: string; stop(): Promise<void> }> {
  const second = await launch(first.dbPath)
  return { url: second.url, stop: () => stopChild(second.child) }
}

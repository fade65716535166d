// Browser mode: serves the built renderer and mounts the same dispatch as Electron's IPC at
// POST /api/<channel>. Binds 127.0.0.1 only, requires the per-run token on every API call, and
// refuses foreign Host and Origin headers. Makes no outbound requests.

import { randomBytes } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import type { ErrorCode } from './contract/errors'
import { decodeWire, encodeWire } from './contract/wire'
import type { Dispatch } from './ipc/registrar'

export const TOKEN_HEADER = 'x-mappa-token'
/** Uploads are capped by the import schema at 100 MB; base64 adds a third. */
const MAX_BODY_BYTES = 140 * 1024 * 1024

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // AG Grid injects its theme as <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon'
}

export interface BridgeOptions {
  dispatch: Dispatch
  rendererDir: string
  port?: number
  token?: string
}

export interface Bridge {
  server: Server
  port: number
  token: string
  url: string
  close(): Promise<void>
}

function send(response: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store'
  })
  response.end(body)
}

function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  send(response, status, JSON.stringify({ ok: false, error: { code, message } }))
}

/** decodeURIComponent that answers undefined for a malformed escape such as `%E0%A4%A`, instead of throwing. */
function decodePath(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

/** The request's URL, or undefined where the request line is not a URL at all. */
function requestUrl(request: IncomingMessage, port: number): URL | undefined {
  try {
    return new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
  } catch {
    return undefined
  }
}

/**
 * How long a refused upload may go on being sent after its 413 was written: the rest is read and
 * thrown away, so the client gets the reply instead of a connection reset, then the connection is
 * cut. Ten seconds take the rest of a 1 GB upload over loopback many times over.
 */
const REFUSED_BODY_GRACE_MS = 10_000

class BodyTooLarge extends Error {}

/**
 * The body as text, or BodyTooLarge as soon as it is known to pass the cap (its declared length,
 * or the bytes so far): from then on what arrives is counted out and dropped, never kept.
 */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length']) > MAX_BODY_BYTES) return reject(new BodyTooLarge())
    let chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk)
      if (chunks.length > 0) chunks = []
      reject(new BodyTooLarge())
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/**
 * Answers 413 first and only then stops the upload: the connection stays open while the client
 * sends what it still has (read and dropped), and is closed if it has not finished in the grace.
 */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse): void {
  response.on('finish', () => {
    if (request.complete) return
    const cut = setTimeout(() => request.socket.destroy(), REFUSED_BODY_GRACE_MS)
    cut.unref()
    request.on('end', () => clearTimeout(cut)).on('close', () => clearTimeout(cut))
  })
  // Nobody reads a refused body: flowing, it is dropped as it arrives.
  request.resume()
  sendError(response, 413, 'too_large', 'Request body is too large')
}

export function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`])

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!allowedHosts().has(request.headers.host ?? '')) return sendError(response, 403, 'forbidden', 'Foreign Host header refused')
    const origin = request.headers.origin
    if (origin !== undefined && !allowedOrigins().has(origin)) return sendError(response, 403, 'forbidden', 'Foreign Origin refused')
    const url = requestUrl(request, port)
    if (!url) return sendError(response, 400, 'bad_input', 'The request address is not a URL')

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return sendError(response, 405, 'bad_input', 'API calls must use POST')
      if (request.headers[TOKEN_HEADER] !== token) return sendError(response, 401, 'forbidden', 'Missing or wrong session token')
      let args: unknown
      try {
        const body = await readBody(request)
        args = body.trim() === '' ? {} : decodeWire(body)
      } catch (error) {
        if (error instanceof BodyTooLarge) return refuseTooLarge(request, response)
        return sendError(response, 400, 'bad_input', 'Request body is not valid JSON')
      }
      const channel = decodePath(url.pathname.slice('/api/'.length))
      if (channel === undefined) return sendError(response, 400, 'bad_input', 'The channel name has a malformed % escape')
      const envelope = await options.dispatch(channel, args)
      return send(response, 200, encodeWire(envelope))
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, 'bad_input', 'Method not allowed')
    const decoded = decodePath(url.pathname)
    if (decoded === undefined) return sendError(response, 400, 'bad_input', 'The address has a malformed % escape')
    const relative = normalize(decoded).replace(/^([/\\])+/, '')
    const file = join(options.rendererDir, relative === '' ? 'index.html' : relative)
    if (!file.startsWith(options.rendererDir + sep) && file !== options.rendererDir)
      return sendError(response, 403, 'forbidden', 'Path refused')
    const target = existsSync(file) && statSync(file).isFile() ? file : join(options.rendererDir, 'index.html')
    response.writeHead(200, {
      'content-type': MIME[extname(target)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store'
    })
    if (request.method === 'HEAD') return void response.end()
    createReadStream(target)
      .on('error', () => response.destroy())
      .pipe(response)
  }

  // Whatever a request does, it answers alone: nothing it sends may stop the bridge.
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendError(response, 500, 'internal', 'The request could not be answered')
      else response.destroy()
    })
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            // An open browser tab keeps idle connections alive; they must not hold the app open.
            server.closeAllConnections()
          })
      })
    })
  })
}

import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDispatch } from './ipc/registrar'
import { createHandlers } from './ipc/handlers'
import { decodeWire, encodeWire } from './contract/wire'
import { startBridge, TOKEN_HEADER, type Bridge } from './serve'
import { oldStyleWorkbook } from './testing/fixtures'
import { tempContext, tempDir } from './testing/temp'

let bridge: Bridge | undefined
afterEach(async () => {
  await bridge?.close()
  bridge = undefined
})

async function startTestBridge(): Promise<Bridge> {
  const rendererDir = tempDir()
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>MAPPA Desk</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  const dispatch = createDispatch(createHandlers(tempContext()))
  bridge = await startBridge({ dispatch, rendererDir })
  return bridge
}

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function call(
  target: Bridge,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${target.port}`, ...options.headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/**
 * POSTs `megabytes` of body to the bridge in 1 MB writes of one reused buffer, minding
 * backpressure as a browser's upload does: declared up front (Content-Length) or chunked.
 * Resolves with the reply, and then stops sending (as a browser does on an early reply); rejects
 * where the connection fails before a reply is read.
 */
function upload(target: Bridge, megabytes: number, options: { isDeclared: boolean }): Promise<Reply> {
  const chunk = Buffer.alloc(1024 * 1024, 0x61)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: '/api/import:file',
        method: 'POST',
        headers: {
          host: `127.0.0.1:${target.port}`,
          [TOKEN_HEADER]: target.token,
          'content-type': 'application/json',
          ...(options.isDeclared ? { 'content-length': String(megabytes * chunk.length) } : {})
        }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (part: Buffer) => chunks.push(part))
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') })
          req.destroy()
        })
      }
    )
    req.on('error', reject)
    let sent = 0
    const send = () => {
      while (sent < megabytes) {
        sent++
        if (!req.write(chunk)) return void req.once('drain', send)
      }
      req.end()
    }
    send()
  })
}

const api = (target: Bridge, channel: string, args: unknown, headers: Record<string, string> = {}) =>
  call(target, `/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: target.token, ...headers },
    body: encodeWire(args)
  })

describe('the browser-mode bridge', () => {
  it('listens on 127.0.0.1 only, with a URL carrying its token', async () => {
    const target = await startTestBridge()
    expect(target.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(target.url).toBe(`http://127.0.0.1:${target.port}/?token=${target.token}`)
    expect(target.token.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the renderer with a strict content security policy', async () => {
    const target = await startTestBridge()
    const page = await call(target, '/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>MAPPA Desk</title>')
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect((await call(target, '/assets/app.js')).headers['content-type']).toMatch(/javascript/)
  })

  it('refuses to serve files outside the renderer folder', async () => {
    const target = await startTestBridge()
    const escape = await call(target, '/../../../../etc/passwd')
    expect(escape.body).not.toContain('root:')
  })

  it('answers a malformed % escape with 400 and keeps answering afterwards', async () => {
    const target = await startTestBridge()
    // A page on another local origin can send this with an <img>: no token, no Origin header.
    const page = await call(target, '/%E0%A4%A')
    expect(page.status).toBe(400)
    expect(JSON.parse(page.body)).toMatchObject({ ok: false, error: { code: 'bad_input' } })
    const channel = await api(target, '%E0%A4%A', {})
    expect(channel.status).toBe(400)
    expect(JSON.parse(channel.body)).toMatchObject({ ok: false, error: { code: 'bad_input' } })
    expect((await call(target, '/')).status).toBe(200)
    expect(decodeWire((await api(target, 'releases:list', {})).body)).toEqual({ ok: true, result: [] })
  })

  it('refuses API calls without the token', async () => {
    const target = await startTestBridge()
    const reply = await api(target, 'releases:list', {}, { [TOKEN_HEADER]: 'wrong' })
    expect(reply.status).toBe(401)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('refuses foreign Host and Origin headers', async () => {
    const target = await startTestBridge()
    expect((await api(target, 'releases:list', {}, { host: 'evil.example:80' })).status).toBe(403)
    expect((await api(target, 'releases:list', {}, { origin: 'http://evil.example' })).status).toBe(403)
    expect((await api(target, 'releases:list', {}, { origin: `http://localhost:${target.port}` })).status).toBe(200)
  })

  it('answers an unknown channel with the error envelope', async () => {
    const target = await startTestBridge()
    const reply = await api(target, 'db:exec', {})
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'Unknown channel: db:exec' } })
  })

  it('answers a body that is not JSON with bad_input', async () => {
    const target = await startTestBridge()
    const reply = await call(target, '/api/releases:list', { method: 'POST', headers: { [TOKEN_HEADER]: target.token }, body: '{not json' })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad_input' } })
  })

  it.each([
    ['declared in Content-Length', true],
    ['sent chunked', false]
  ])(
    'answers a 150 MB upload %s with a 413 the client reads, and keeps answering',
    async (_, isDeclared) => {
      const target = await startTestBridge()
      const reply = await upload(target, 150, { isDeclared })
      expect(reply.status).toBe(413)
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'too_large', message: 'Request body is too large' } })
      expect(decodeWire((await api(target, 'releases:list', {})).body)).toEqual({ ok: true, result: [] })
    },
    60_000
  )

  it('imports uploaded file bytes and lists the release', async () => {
    const target = await startTestBridge()
    const upload = await api(target, 'import:file', { fileName: 'upload-2021-22.xlsx', bytes: oldStyleWorkbook('xlsx') })
    expect(decodeWire(upload.body)).toMatchObject({ ok: true, result: { status: 'imported', observations: 176 } })
    const listed = decodeWire((await api(target, 'releases:list', {})).body) as { ok: true; result: { fileName: string }[] }
    expect(listed.result.map((release) => release.fileName)).toEqual(['upload-2021-22.xlsx'])
  })
})

// The renderer's one way to reach the core: Electron IPC through `window.api`, or the token-guarded
// HTTP bridge in browser mode. Never touches Node APIs and never interprets results beyond the envelope.

import { AppError, type Envelope } from '../../../main/contract/errors'
import type { AppEvent, AppEvents } from '../../../main/contract/events'
import { decodeWire, encodeWire } from '../../../main/contract/wire'
import type { ArgsOf, Channel } from '../../../main/ipc/channels'
import type { ResultOf } from '../../../main/ipc/handlers'

const TOKEN_KEY = 'mappa-token'
const TOKEN_HEADER = 'x-mappa-token'

export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.api !== undefined
}

let token: string | null | undefined

/**
 * The bridge's session token: taken from `?token=` on first call, kept in sessionStorage and
 * removed from the visible URL so it is not bookmarked, shared or left in the history.
 */
export function sessionToken(): string | null {
  if (token !== undefined) return token
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    try {
      sessionStorage.setItem(TOKEN_KEY, fromUrl)
    } catch {
      // Storage can be disabled; the in-memory copy still serves this page.
    }
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
    token = fromUrl
    return token
  }
  try {
    token = sessionStorage.getItem(TOKEN_KEY)
  } catch {
    token = null
  }
  return token
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  if (value.ok === true) return 'result' in value
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null
}

async function overHttp(channel: Channel, args: unknown): Promise<Envelope<unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const current = sessionToken()
  if (current) headers[TOKEN_HEADER] = current
  let response: Response
  try {
    response = await fetch(`/api/${encodeURIComponent(channel)}`, { method: 'POST', headers, body: encodeWire(args) })
  } catch {
    throw new AppError('network', 'Cannot reach MAPPA Desk: is the `mappa serve` process still running?')
  }
  const text = await response.text()
  let decoded: unknown
  try {
    decoded = decodeWire(text)
  } catch {
    throw new AppError('internal', `MAPPA Desk answered ${response.status} ${response.statusText} with something that is not JSON`)
  }
  if (!isEnvelope(decoded)) throw new AppError('internal', `MAPPA Desk answered ${response.status} with an unexpected reply`)
  return decoded
}

/** Calls one channel of the contract; resolves with its result or throws an AppError. */
export async function invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const envelope = window.api ? await window.api.invoke(channel, args) : await overHttp(channel, args)
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message)
  // The core answers each channel with that channel's result type; the envelope cannot carry it.
  return envelope.result as ResultOf<C>
}

/** Subscribes to a pushed event (Electron only); returns the unsubscribe function. */
export function onAppEvent<E extends AppEvent>(name: E, callback: (payload: AppEvents[E]) => void): () => void {
  return window.api ? window.api.onEvent(name, callback) : () => undefined
}

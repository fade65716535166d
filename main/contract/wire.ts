// How values cross the HTTP bridge as JSON: byte arrays travel as base64 under a `$bytes` key.
// Pure functions, shared by the bridge and the renderer's client; no Node or DOM APIs beyond btoa/atob.

const BYTES_KEY = '$bytes'

function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk))
  }
  return btoa(binary)
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

export function encodeWire(value: unknown): string {
  // `this[key]` is the value before toJSON runs, so Node Buffers are caught as byte arrays too.
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown) {
    const original = this[key]
    return original instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(original) } : item
  })
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const record = item as Record<string, unknown>
      const keys = Object.keys(record)
      if (keys.length === 1 && keys[0] === BYTES_KEY && typeof record[BYTES_KEY] === 'string') return base64ToBytes(record[BYTES_KEY])
    }
    return item
  })
}

// The one error type that crosses from the core to the user: a stable code and a one-line
// message a reporter can act on. Never carries stack traces or file contents.

export type ErrorCode =
  | 'bad_input'
  | 'unknown_channel'
  | 'not_found'
  | 'unsupported_file'
  | 'corrupt_file'
  | 'encrypted_file'
  | 'empty_file'
  | 'too_large'
  | 'no_table'
  | 'database'
  | 'database_damaged'
  | 'busy'
  | 'read_only'
  | 'disk_full'
  | 'internal'
  /** The browser-mode bridge refused the request: a foreign host or origin, or no session token. */
  | 'forbidden'
  /** The window could not reach the core at all (browser mode: the bridge has stopped). */
  | 'network'

/** How every call's outcome crosses to the window, over IPC and HTTP alike. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: { code: ErrorCode; message: string } }

export class AppError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'AppError'
    this.code = code
  }
}

/** Squeezes any thrown value into one line fit to show a person. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split(/\r?\n/)[0].trim() || 'Unexpected error'
}

/**
 * Text taken from inside a damaged file, made fit for a one-line message: control characters and
 * undecodable bytes become "?", and it stops at `max` characters.
 */
export function printable(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- the controls are what this replaces
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?')
  return clean.length > max ? `${clean.slice(0, max)}…` : clean
}

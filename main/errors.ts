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
  | 'internal'

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

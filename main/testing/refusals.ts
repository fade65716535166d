// How tests catch and judge a refusal: the AppError an action throws, and the checks every
// refusal of a damaged file must pass. Test code only; throws on anything that is not an AppError.

import { expect } from 'vitest'
import { AppError } from '../contract/errors'

/** The AppError the action throws, or undefined when it does not throw; any other error is rethrown. */
export function refusal(action: () => unknown): AppError | undefined {
  try {
    action()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  return undefined
}

/** A damaged file is refused in one short line, with a code that says why (never `internal`). */
export function expectOneLineRefusal(error: unknown): void {
  expect(error).toBeInstanceOf(AppError)
  const { code, message } = error as AppError
  expect(code, message).not.toBe('internal')
  expect(message).not.toMatch(/[\r\n]/)
  expect(message.length).toBeLessThan(400)
}

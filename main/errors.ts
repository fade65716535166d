// Kept so code written against this path still builds: the error type now lives in
// main/contract/errors.ts, shared with the renderer. Add nothing here; import from there.

export * from './contract/errors'

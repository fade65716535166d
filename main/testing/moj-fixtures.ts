// Kept so tests written against this path still build: every fixture builder now lives in
// main/testing/fixtures.ts. Add nothing here; import from there.

export * from './fixtures'

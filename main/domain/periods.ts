// Kept so code written against this path still builds: the module now lives in
// main/contract/periods.ts, shared with the renderer. Add nothing here; import from there.

export * from '../contract/periods'

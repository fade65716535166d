// Kept so code written against this path still builds: cell markers now live in
// main/contract/markers.ts, shared with the renderer. Add nothing here; import from there.

export * from '../contract/markers'

// The built import worker starts from V8's code cache: the bytecode of its bundle as the last
// worker compiled it, kept in a file beside the bundle. A worker then neither parses the 400 kB
// bundle nor compiles the reader's functions on the first file: a worker reading one MoJ table
// answered in 65 ms (median) from the cache, against 90 ms compiling the same bundle and 102 ms
// for the ES modules it replaced. Only CommonJS can be run from a cache on Node 20 (vm.Script),
// hence the worker's bundle format. The cache starts with the CRC-32 of the source it was made
// from, since V8 itself checks only the source's length (besides its own version and flags):
// a rebuilt bundle never runs an older build's bytecode, whatever its length. Then comes the
// CRC-32 of the bytecode, since V8's release builds do not check it: a damaged file is refused.
// CRC-32 (zlib's, in Node itself) rather than a cryptographic digest: these guard against a
// rebuild and a failing disk, not an attacker (who could rewrite the bundle itself), and the
// worker then never loads node:crypto, a few milliseconds of every import's start.

/** Where the worker's loader says how it started and leaves the function that writes the cache. */
export const CODE_CACHE_KEY = 'mappa-desk.codeCache'

export interface CodeCacheState {
  /** V8 took the cache: the bundle ran from it. */
  isCached: boolean
  /** Writes the cache where there was none or V8 refused it; then does nothing. */
  save(): void
}

/**
 * Writes the code cache, once the worker has compiled what reading a file needs, where it had
 * none or V8 refused it. Called by the worker before its first answer; a no-op in a worker
 * started without the loader (the TypeScript sources in development and tests).
 */
export function saveCompiledCode(): void {
  ;(globalThis as Record<symbol, CodeCacheState | undefined>)[Symbol.for(CODE_CACHE_KEY)]?.save()
}

/**
 * Runs a CommonJS bundle from its code cache. Started as a worker's eval source (codeCacheLoader),
 * so it uses nothing from outside itself but the eval's `require`, given as `load`. A cache that
 * cannot be read or written (a read-only install) only means compiling as without one.
 */
function loadWithCodeCache(load: NodeJS.Require, file: string, cacheFile: string, key: string): void {
  const fs = load('node:fs') as typeof import('node:fs')
  const path = load('node:path') as typeof import('node:path')
  const vm = load('node:vm') as typeof import('node:vm')
  const Module = load('node:module') as typeof import('node:module')
  const { threadId } = load('node:worker_threads') as typeof import('node:worker_threads')
  const zlib = load('node:zlib') as typeof import('node:zlib')
  // zlib.crc32 came with Node 20.15 (and is in every Electron this builds for); without it, no cache.
  const hasCrc = typeof zlib.crc32 === 'function'
  const crc = (bytes: string | Buffer) => {
    const digest = Buffer.alloc(4)
    digest.writeUInt32BE(zlib.crc32(bytes))
    return digest
  }
  const source = fs.readFileSync(file, 'utf8')
  const digest = hasCrc ? crc(source) : Buffer.alloc(4)
  // The file: the source's CRC, the bytecode's CRC, the bytecode. V8 checks its own header
  // but, in release builds, not the bytecode after it: a damaged disk block must not reach it.
  let cachedData: Buffer | undefined
  try {
    const kept = hasCrc ? fs.readFileSync(cacheFile) : Buffer.alloc(0)
    const bytecode = kept.subarray(2 * digest.length)
    const isSound = bytecode.length > 0 && kept.subarray(0, digest.length).equals(digest) && kept.subarray(digest.length, 2 * digest.length).equals(crc(bytecode))
    cachedData = isSound ? bytecode : undefined
  } catch {
    cachedData = undefined
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData })
  const isCached = cachedData !== undefined && !script.cachedDataRejected
  let isSaved = isCached
  const state: CodeCacheState = {
    isCached,
    save() {
      if (isSaved || !hasCrc) return
      isSaved = true
      // Beside it under another name, then renamed: another worker never reads half a cache.
      const written = `${cacheFile}.${process.pid}-${threadId}`
      try {
        const bytecode = script.createCachedData()
        fs.writeFileSync(written, Buffer.concat([digest, crc(bytecode), bytecode]))
        fs.renameSync(written, cacheFile)
      } catch {
        fs.rmSync(written, { force: true })
      }
    }
  }
  ;(globalThis as Record<symbol, CodeCacheState>)[Symbol.for(key)] = state
  const module = { exports: {} }
  const run = script.runInThisContext() as (...args: unknown[]) => void
  run.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file))
}

/** The eval source of a worker that runs `file` from the cache at `cacheFile`. */
export function codeCacheLoader(file: string, cacheFile: string): string {
  return `(${loadWithCodeCache.toString()})(require, ${JSON.stringify(file)}, ${JSON.stringify(cacheFile)}, ${JSON.stringify(CODE_CACHE_KEY)})`
}

/**
 * The cache file for a bundle: beside it, named after it and the V8 that compiled it, so Node (the
 * command line) and Electron (the window), whose V8s differ, each keep their own.
 */
export const codeCacheOf = (file: string) => `${file}.v8-${process.versions.v8}.cache`

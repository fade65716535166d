// Builds the three parts from the top-level folders: main (Electron shell and CLI, Node ESM),
// preload (CommonJS, as a sandboxed preload must be) and renderer (React).

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import { build, type Plugin } from 'vite'

const root = import.meta.dirname
const mainOut = resolve(root, 'out/main')

/**
 * The import worker as one minified file with its reader (SheetJS, fflate) inside, built once the
 * main bundle is written: a worker thread then loads one file instead of resolving a dozen chunks
 * and packages, which starts it sooner (to its first answer, a median of 325 ms against 473 ms for
 * the ES module entry with shared chunks, on a busy 2-core machine): time a reporter waits at every
 * import. As CommonJS, worker.ts does without top-level await. Its writer (the store and better-sqlite3,
 * a native module left outside) is a chunk of its own, loaded only by a worker that writes a big file.
 */
function bundledImportWorker(): Plugin {
  return {
    name: 'mappa:bundled-import-worker',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir: mainOut,
          emptyOutDir: false,
          ssr: resolve(root, 'main/import/worker.ts'),
          target: 'node20',
          minify: true,
          rolldownOptions: {
            external: ['better-sqlite3'],
            output: { format: 'cjs', entryFileNames: 'import-worker.cjs', chunkFileNames: 'import-worker-chunks/[name]-[hash].cjs' }
          }
        },
        ssr: { noExternal: true, external: ['better-sqlite3'] }
      })
    }
  }
}

export default defineConfig({
  main: {
    plugins: [bundledImportWorker()],
    // CommonJS has no import.meta.resolve: the one use (tsx's loader, for a worker run from its
    // TypeScript source) then finds none, as a build never needs it.
    define: { 'import.meta.resolve': 'undefined' },
    build: {
      outDir: mainOut,
      // Like the import worker: SheetJS inside the chunk that reads, and the whole minified. Every
      // `mappa import` and the desk's first read compile it, and the package's own 1 MB module takes
      // longer (one MoJ area table's import, whole processes, median of 21: 294 → 272 ms).
      minify: true,
      externalizeDeps: { exclude: ['@e965/xlsx'] },
      rolldownOptions: {
        // The localise and draft workers are entries of their own, sharing chunks with the rest (pdfkit
        // reads its font files beside its own package; mammoth stays a package outside too); the import
        // worker is bundled whole (bundledImportWorker). CommonJS, as the import worker is: Node 20 loads
        // a dozen CommonJS chunks in a fraction of the time its ES module loader takes (one MoJ area
        // table's `mappa import`, whole processes, median of 21: 306 → 250 ms). The sources stay ES
        // modules; nothing in main/ uses top-level await, and import.meta.url is rewritten to the file's own.
        input: {
          index: resolve(root, 'main/index.ts'),
          cli: resolve(root, 'main/cli.ts'),
          'localise-worker': resolve(root, 'main/export/localise/worker.ts'),
          'draft-worker': resolve(root, 'main/jobs/draft-worker.ts')
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' }
      }
    }
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // AG Grid alone is megabytes of source: minified, the window paints sooner.
      minify: true,
      // One 1.6 MB file read from disk, never downloaded: the web's 500 kB warning only alarms whoever runs npm start.
      chunkSizeWarningLimit: 2500,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') }
    }
  }
})

// Builds the three parts from the top-level folders: main (Electron shell and CLI, Node ESM),
// preload (CommonJS, as a sandboxed preload must be) and renderer (React).

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        // The import and localise workers are their own entries: their jobs.ts start them from out/main/.
        input: {
          index: resolve(root, 'main/index.ts'),
          cli: resolve(root, 'main/cli.ts'),
          'import-worker': resolve(root, 'main/import/worker.ts'),
          'localise-worker': resolve(root, 'main/export/localise/worker.ts')
        }
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

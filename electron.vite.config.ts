import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// electron-vite defaults to src/main, src/preload and src/renderer; ours live elsewhere.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // lowdb, chokidar and friends are ESM-only; bundling them keeps main loadable.
      externalizeDeps: { exclude: ['lowdb', 'steno', 'chokidar', 'readdirp', 'yaml', 'zod'] },
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; the same bundle is served in browser mode.
      minify: process.env.PLN_NO_MINIFY ? false : true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});

/**
 * The preload: puts the typed bridge on `window.pln` and nothing else. It runs
 * sandboxed, so it is bundled into one CommonJS file (electron.vite.config.ts) and
 * keeps its imports to `electron` and zod-free modules (see names.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('pln', createBridge(ipcRenderer));

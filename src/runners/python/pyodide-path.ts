/**
 * Where the site serves Pyodide: its own versioned folder, never a CDN, so Python works offline and a new Pyodide
 * version never mixes with files cached for the old one. The one place this path is computed: the Astro
 * integration (pyodide-assets.ts) copies the files there, and the worker loads them from there.
 */
import { version } from 'pyodide/package.json';

export const PYODIDE_VERSION: string = version;

/** The files loadPyodide() fetches for the standard library only (no extra packages). */
export const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

/** The folder under the site root, e.g. "vendor/pyodide/314.0.7/". */
export function pyodideFolder(version: string = PYODIDE_VERSION): string {
  return `vendor/pyodide/${version}/`;
}

/** The URL prefix for a site served under `base` (Astro's base, e.g. "/" or "/course/"); ends with "/". */
export function pyodideIndexURL(base: string, version: string = PYODIDE_VERSION): string {
  return `${base.endsWith('/') ? base : `${base}/`}${pyodideFolder(version)}`;
}

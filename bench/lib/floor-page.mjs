/**
 * The floor: bare Pyodide, started by a minimal page in a module worker, from the very files the build ships
 * (<site>/vendor/pyodide/<version>/). Written into the benchmark's own copy of the built site, never into the
 * course's pages, and not in the service worker's precache (the manifest is made at build time, before this).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const FLOOR_DIR = '__bench-floor';

/** The Pyodide version folder in the build, or null with the reason. */
export function findVendoredPyodide(siteDir) {
  const root = path.join(siteDir, 'vendor', 'pyodide');
  if (!existsSync(root)) return { version: null, reason: 'python runner not built: the build has no vendor/pyodide/' };
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'pyodide.mjs')));
  if (versions.length !== 1) return { version: null, reason: `expected one vendor/pyodide/<version>/pyodide.mjs, found ${versions.length}` };
  return { version: versions[0], reason: null };
}

/** Writes <site>/__bench-floor/index.html and worker.mjs; returns the page's path relative to the site's base. */
export function writeFloorPage(siteDir, version) {
  const dir = path.join(siteDir, FLOOR_DIR);
  mkdirSync(dir, { recursive: true });
  // The worker does what any Pyodide page must do and nothing more: load the runtime, run one line of Python.
  writeFileSync(path.join(dir, 'worker.mjs'), `import { loadPyodide } from '../vendor/pyodide/${version}/pyodide.mjs';
const indexURL = new URL('../vendor/pyodide/${version}/', import.meta.url).href;
const pyodide = await loadPyodide({ indexURL });
pyodide.runPython('1 + 1');
postMessage('ready');
`);
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pyodide floor</title></head>
<body><p id="state">loading</p>
<script type="module">
const worker = new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' });
worker.onmessage = () => {
  window.__floorReadyMs = performance.now();
  document.getElementById('state').textContent = 'ready';
};
worker.onerror = (event) => { window.__floorError = event.message || 'worker error'; };
</script></body></html>
`);
  return `${FLOOR_DIR}/`;
}

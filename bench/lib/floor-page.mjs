/**
 * The floor: bare Pyodide, started by a minimal page in a module worker, from Pyodide's files exactly as the npm
 * package publishes them (copied to <site>/__bench-floor/pyodide/), the same version the build ships. Not the
 * build's own vendor/pyodide/ folder: the course serves its standard library precompiled
 * (src/runners/python/stdlib-precompiled.ts), and the floor is Pyodide as published, without the course's work.
 * Written into the benchmark's own copy of the built site, never into the course's pages, and not in the service
 * worker's precache (the manifest is made at build time, before this).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * Writes <site>/__bench-floor/index.html, worker.mjs and pyodide/ (the npm package's files for the build's
 * version); returns the page's path relative to the site's base.
 */
export function writeFloorPage(siteDir, version) {
  const dir = path.join(siteDir, FLOOR_DIR);
  const published = path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
  const installed = JSON.parse(readFileSync(path.join(published, 'package.json'), 'utf8')).version;
  if (installed !== version) throw new Error(`the build ships Pyodide ${version} but node_modules has ${installed}: rebuild`);
  mkdirSync(path.join(dir, 'pyodide'), { recursive: true });
  for (const file of readdirSync(path.join(siteDir, 'vendor', 'pyodide', version))) {
    copyFileSync(path.join(published, file), path.join(dir, 'pyodide', file));
  }
  // The worker does what any Pyodide page must do and nothing more: load the runtime, run one line of Python.
  writeFileSync(path.join(dir, 'worker.mjs'), `import { loadPyodide } from './pyodide/pyodide.mjs';
const indexURL = new URL('./pyodide/', import.meta.url).href;
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

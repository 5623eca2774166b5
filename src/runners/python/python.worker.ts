/// <reference types="vite/client" />
/**
 * The Python module worker: a thin shell around the grading core (see shell.ts and worker-core.ts). Pyodide is
 * imported from the site's own copy, so it works offline and never touches a CDN.
 *
 * This first module is small on purpose: it starts loading Pyodide from the site's folder at once, then fetches
 * the rest of the worker (the grading core) while Pyodide downloads and compiles (see early-pyodide.ts). Messages
 * from the page that arrive meanwhile wait for the shell.
 */
import type { PyodideAPI } from 'pyodide';
import { earlyPyodide } from './early-pyodide.ts';
import { pyodideIndexURL } from './pyodide-path.ts';

type LoadPyodide = (options: { indexURL: string }) => Promise<PyodideAPI>;

const scope = self as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
};
// Captured now, before learner code can replace it.
const post = scope.postMessage.bind(scope);

async function loadPyodide(indexURL: string): Promise<PyodideAPI> {
  const module = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide: LoadPyodide };
  return module.loadPyodide({ indexURL });
}

// The folder the page will ask for (python-runner.ts computes the same from the site's base).
const pyodide = earlyPyodide(new URL(pyodideIndexURL(import.meta.env.BASE_URL), import.meta.url).href, loadPyodide);

const waiting: unknown[] = [];
let handle: ((data: unknown) => void) | undefined;
scope.addEventListener('message', (event) => (handle ? handle(event.data) : waiting.push(event.data)));
import('./worker-core.ts').then(
  ({ startBrowserShell }) => {
    handle = startBrowserShell(post, (indexURL) => pyodide.load(indexURL));
    for (const data of waiting.splice(0)) handle(data);
  },
  (error: unknown) => {
    // Thrown from a task of its own, so the page's worker.onerror hears it, as when a worker script fails to load.
    setTimeout(() => {
      throw error;
    });
  },
);

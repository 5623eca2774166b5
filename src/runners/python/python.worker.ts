/// <reference types="vite/client" />
/**
 * The Python module worker: a thin shell around the grading core (see shell.ts). Pyodide is imported from the
 * site's own copy (indexURL, set by the page), so it works offline and never touches a CDN.
 */
import type { PyodideAPI } from 'pyodide';
import { checkPython, runPython } from '../../grading/python/grade.ts';
import { lockDownNetwork } from '../network-lockdown.ts';
import { startPythonShell } from './shell.ts';

type LoadPyodide = (options: { indexURL: string }) => Promise<PyodideAPI>;

const scope = self as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: { data?: unknown; preventDefault(): void }) => void): void;
};
// Captured now, before learner code can replace it.
const post = scope.postMessage.bind(scope);

const handle = startPythonShell({
  post,
  grader: { checkPython, runPython },
  async loadPyodide(indexURL) {
    const module = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide: LoadPyodide };
    return module.loadPyodide({ indexURL });
  },
  // Pyodide has fetched its files; from here on learner code may not reach other sites.
  afterLoad: () => lockDownNetwork(),
});
scope.addEventListener('message', (event) => handle(event.data));

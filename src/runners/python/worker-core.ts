/**
 * The Python worker's main part, loaded by python.worker.ts once it has set Pyodide loading: the shell with the
 * grading core (the harness sources and the results schema make up most of the worker's code).
 */
import type { PyodideAPI } from 'pyodide';
import { checkPython, runPython, tidyPython } from '../../grading/python/grade.ts';
import { lockDownNetwork } from '../network-lockdown.ts';
import type { PythonWorkerResponse } from './protocol.ts';
import { startPythonShell } from './shell.ts';

export function startBrowserShell(
  post: (message: PythonWorkerResponse) => void,
  loadPyodide: (indexURL: string) => Promise<PyodideAPI>,
): (data: unknown) => void {
  return startPythonShell({
    post,
    grader: { checkPython, runPython, tidyPython },
    loadPyodide,
    // Pyodide has fetched its files; from here on learner code may not reach other sites.
    afterLoad: () => lockDownNetwork(),
  });
}

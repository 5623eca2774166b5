/**
 * The Python worker under Node (tests and `npm run verify`): a worker_threads thread running the same shell and
 * grading core as the browser worker, with Pyodide from node_modules and the harness read from disk.
 */
import { parentPort } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { createPythonGrader } from '../../../grading/python/grade-core.ts';
import { startPythonShell } from '../shell.ts';
import { precompiledStdlib } from '../stdlib-precompiled.ts';
import { readHarnessSources } from './harness-files.ts';

const port = parentPort;
if (!port) throw new Error('pyodide-thread.ts runs as a worker thread');

const handle = startPythonShell({
  post: (message) => port.postMessage(message),
  grader: createPythonGrader(readHarnessSources()),
  // Under Node, Pyodide finds its files beside its own module (the browser's indexURL does not apply), with the
  // same precompiled standard library the site serves.
  loadPyodide: async () => loadPyodide({ stdLibURL: await precompiledStdlib() }),
});
port.on('message', handle);

/**
 * Python under Node: the browser runner itself (src/runners/python/python-runner.ts), driving a worker_threads
 * thread instead of a Web Worker, with interrupts and interactive input through SharedArrayBuffer as in a
 * cross-origin isolated page. Used by the unit and content tests and by `npm run verify`.
 */
import { Worker } from 'node:worker_threads';
import type { Runner } from '../../types.ts';
import type { WorkerLike } from '../protocol.ts';
import { workerLikeFromThread } from '../../node-thread.ts';
import { createPythonRunner, type PythonRunnerOptions } from '../python-runner.ts';

export function createNodePythonWorker(): WorkerLike {
  // A thread that exits on its own (Pyodide called exit) is a crash, as a dead Web Worker would be.
  return workerLikeFromThread(new Worker(new URL('./pyodide-thread.ts', import.meta.url)), (code) => new Error(`the Python thread exited (${code})`));
}

/** A Runner backed by a Node worker thread. */
export function createNodePythonRunner(options: Omit<PythonRunnerOptions, 'createWorker'> = {}): Runner {
  return createPythonRunner({ crossOriginIsolated: true, indexURL: '', ...options, createWorker: createNodePythonWorker });
}

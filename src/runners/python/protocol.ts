/**
 * Messages between the page and the Python worker, as discriminated unions.
 *
 * The worker is long-lived (loading Pyodide takes seconds) and runs one request at a time. The learner's code runs
 * in that worker and can reach `postMessage` through Pyodide's `js` module, so every message the worker sends
 * carries the secret the page gave it at start-up, which lives only in the worker shell's closure; anything
 * unsigned is ignored, so learner code cannot forge a result.
 */
import type { Results, RunResult, TestResult } from '../../schema/results.ts';
import type { PythonCheckInput, PythonRunInput } from '../../grading/python/grade-core.ts';

export type PythonJob = ({ mode: 'run' } & PythonRunInput) | ({ mode: 'check' } & PythonCheckInput);

export type PythonWorkerRequest =
  | {
      type: 'init';
      secret: string;
      /** Where the Pyodide files are served: the site's own versioned folder, never a CDN. */
      indexURL: string;
      /** SharedArrayBuffer-backed; writing 2 (SIGINT) raises KeyboardInterrupt. Only when cross-origin isolated. */
      interruptBuffer?: Uint8Array;
      /** SharedArrayBuffer for interactive input() (see input-channel.ts). Only when cross-origin isolated. */
      inputBuffer?: SharedArrayBuffer;
    }
  | { type: 'job'; id: number; job: PythonJob; interactive: boolean };

/** What the worker reports, before it is signed. */
export type PythonWorkerEvent =
  | { type: 'ready' }
  | { type: 'load-failed'; message: string }
  | { type: 'output'; id: number; text: string; stream: 'stdout' | 'stderr' }
  | { type: 'input'; id: number; prompt: string }
  | { type: 'collected'; id: number; names: string[] }
  | { type: 'test-done'; id: number; index: number; result: TestResult }
  | { type: 'done'; id: number; result: Results | RunResult }
  /** Pyodide itself died (not the learner's code failing): the worker must be replaced. */
  | { type: 'crashed'; id: number; message: string };

export type PythonWorkerResponse = PythonWorkerEvent & { secret: string };

export type { WorkerLike } from '../worker-like.ts';

/** True for a message carrying this worker's secret. */
export function isSigned(data: unknown, secret: string): data is PythonWorkerResponse {
  return typeof data === 'object' && data !== null && (data as { secret?: unknown }).secret === secret;
}

/** A per-worker secret: 128 random bits. */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

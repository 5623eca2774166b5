/**
 * The real module workers. Written as `new Worker(new URL(..., import.meta.url), { type: 'module' })` so Vite
 * bundles each worker (and the compiler it imports) for production and serves it in dev.
 */
import type { WorkerLike } from './protocol.ts';
import { startBlobModuleWorker } from '../blob-worker.ts';
import execWorkerUrl from './exec-worker.ts?worker&url';

/** The shared TypeScript worker script (see compiler-worker.ts); Monaco's editor can start the same file. */
export function createBrowserCompilerWorker(): WorkerLike {
  return new Worker(new URL('./compiler-worker.ts', import.meta.url), { type: 'module', name: 'typescript-compiler' }) as unknown as WorkerLike;
}

/** The worker that runs the learner's compiled code, started through a blob bootstrap (see blob-worker.ts). */
export function createBrowserExecWorker(): WorkerLike {
  return startBlobModuleWorker(execWorkerUrl, 'typescript-exec') as unknown as WorkerLike;
}

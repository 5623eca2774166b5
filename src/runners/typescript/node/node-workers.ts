/** WorkerLike stand-ins under Node: a worker thread for execution, the compiler in-process. */
import { Worker } from 'node:worker_threads';
import { createCompilerService } from '../compiler-service.ts';
import type { CompilerRequest, WorkerLike } from '../protocol.ts';
import { workerLikeFromThread } from '../../node-thread.ts';

export interface NodeExecOptions {
  /** Behave like a browser worker whose Content-Security-Policy forbids eval (for tests of that failure). */
  forbidEval?: boolean;
}

export function createNodeExecWorker(options: NodeExecOptions = {}): WorkerLike {
  return workerLikeFromThread(new Worker(new URL('./exec-thread.ts', import.meta.url), { workerData: options }));
}

/** One compiler shared by every in-process "worker", as the browser shares its long-lived compiler worker. */
let service: ReturnType<typeof createCompilerService> | undefined;

export function createInProcessCompilerWorker(): WorkerLike {
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => {
      service ??= createCompilerService();
      const response = service(message as CompilerRequest);
      // Answer asynchronously, as a real worker would.
      setTimeout(() => like.onmessage?.({ data: response }), 0);
    },
    terminate: () => {},
  };
  return like;
}

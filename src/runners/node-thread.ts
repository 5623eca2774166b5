/** A Node worker_threads thread seen as a WorkerLike, for running the browser runners under Node. */
import type { Worker } from 'node:worker_threads';
import type { WorkerLike } from './worker-like.ts';

/**
 * Wraps `thread`. With `exitError`, a thread that exits on its own with a non-zero code is reported as an error,
 * as a dead Web Worker would be.
 */
export function workerLikeFromThread(thread: Worker, exitError?: (code: number) => Error): WorkerLike {
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => thread.postMessage(message),
    terminate: () => void thread.terminate(),
  };
  thread.on('message', (data: unknown) => like.onmessage?.({ data }));
  thread.on('error', (error) => like.onerror?.(error));
  if (exitError) {
    thread.on('exit', (code) => {
      if (code !== 0) like.onerror?.(exitError(code));
    });
  }
  return like;
}

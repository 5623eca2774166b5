/**
 * One Python worker: started with a fresh secret and (when cross-origin isolated) shared buffers for Stop and for
 * interactive input(). `ready` settles once Pyodide has loaded: with undefined, or with the reason it could not.
 */
import { createInputBuffer } from './input-channel.ts';
import { isSigned, newSecret, type PythonWorkerEvent, type WorkerLike } from './protocol.ts';

export interface Session {
  readonly worker: WorkerLike;
  /** Writing 2 here raises KeyboardInterrupt in the worker. Only when cross-origin isolated. */
  readonly interrupt?: Uint8Array;
  /** For interactive input(). Only when cross-origin isolated. */
  readonly input?: SharedArrayBuffer;
  /** Settles with undefined when Python is ready, or with a learner-facing reason it could not start. */
  readonly ready: Promise<string | undefined>;
  /** The current job's handler for signed events; set while a job runs. */
  listener: ((event: PythonWorkerEvent) => void) | undefined;
  /** Set when the worker failed (e.g. it crashed while idle): the runner starts another before the next job. */
  dead: boolean;
  terminate(): void;
}

export interface SessionOptions {
  createWorker: () => WorkerLike;
  indexURL: string;
  isolated: boolean;
}

const LOAD_FAILED = "Python couldn't load, so your code can't run yet. Check your internet connection, then reload the page.";

export function startSession({ createWorker, indexURL, isolated }: SessionOptions): Session {
  const secret = newSecret();
  const worker = createWorker();
  let settle: (reason: string | undefined) => void = () => {};
  const session: Session = {
    worker,
    ...(isolated ? { interrupt: new Uint8Array(new SharedArrayBuffer(1)), input: createInputBuffer() } : {}),
    ready: new Promise((resolve) => (settle = resolve)),
    listener: undefined,
    dead: false,
    terminate: () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      settle('Python was stopped.');
    },
  };
  worker.onmessage = ({ data }) => {
    if (!isSigned(data, secret)) return; // e.g. posted by learner code: never trusted
    const event: PythonWorkerEvent = data;
    if (event.type === 'ready') settle(undefined);
    else if (event.type === 'load-failed') settle(`${LOAD_FAILED} (${event.message})`);
    else session.listener?.(event);
  };
  worker.onerror = (error) => {
    session.dead = true;
    const detail = error instanceof Error ? error.message : (error as { message?: string })?.message;
    settle(detail ? `${LOAD_FAILED} (${detail})` : LOAD_FAILED);
    session.listener?.({ type: 'crashed', id: -1, message: detail ?? 'the Python worker stopped' });
  };
  worker.postMessage({
    type: 'init',
    secret,
    indexURL,
    ...(session.interrupt ? { interruptBuffer: session.interrupt } : {}),
    ...(session.input ? { inputBuffer: session.input } : {}),
  });
  return session;
}

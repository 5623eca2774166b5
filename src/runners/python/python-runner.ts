/// <reference types="vite/client" />
/**
 * The Python Runner: one long-lived worker running Pyodide, one job at a time.
 *
 *   const runner = createPythonRunner();
 *   runner.warmUp();                                     // start loading Python early
 *   await runner.run({ mode: 'check', code, tests }, { signal, onOutput, onInput });
 *
 * Runs never throw: timeouts, Stop, a crashed worker or a browser that cannot run Python all come back as results.
 */
import type { Results, RunResult } from '../../schema/results.ts';
import { unavailableResult } from '../../grading/python/stopped.ts';
import type { Runner, RunnerRequest, RunOptions, RuntimeState } from '../types.ts';
import { runJob } from './job.ts';
import type { PythonJob, WorkerLike } from './protocol.ts';
import { pyodideIndexURL } from './pyodide-path.ts';
import { startBlobModuleWorker } from '../blob-worker.ts';
import { takeEarlyWorker } from './early-worker.ts';
import pythonWorkerUrl from './python.worker.ts?worker&url';
import { startSession, type Session } from './session.ts';

export interface PythonRunnerOptions {
  /** Makes the worker; defaults to the module worker in python.worker.ts. Node tests pass a worker_threads one. */
  createWorker?: () => WorkerLike;
  /** Where Pyodide's files are served; defaults to the site's own versioned folder under Astro's base. */
  indexURL?: string;
  /** Whether SharedArrayBuffer can be shared with the worker (Stop by interrupt, interactive input()). */
  crossOriginIsolated?: boolean;
  /** How long an interrupted run may take to answer before its worker is terminated (ms). */
  graceMs?: number;
}

const DEFAULT_TIME_LIMIT_MS = 10_000;
const DEFAULT_GRACE_MS = 500;

function browserWorker(): WorkerLike {
  // The worker the page started while it loaded (early-worker.ts), or a new one; both through a blob bootstrap,
  // so the learner's code is held to the page's Content-Security-Policy on any host.
  return (takeEarlyWorker() ?? startBlobModuleWorker(pythonWorkerUrl, 'python')) as unknown as WorkerLike;
}

/** Why this browser cannot run Python at all, or undefined when it can. */
function unsupported(needsWorker: boolean): string | undefined {
  if (typeof WebAssembly === 'undefined') return 'Python needs WebAssembly, which is turned off in this browser. Try another browser, or ask IT to allow it.';
  if (needsWorker && typeof Worker === 'undefined') return 'Python needs web workers, which this browser blocks. Try another browser, or ask IT to allow them.';
  return undefined;
}

function toJob(request: RunnerRequest): PythonJob {
  const base = { code: request.code, files: request.files ?? [], ...(request.stdin ? { stdin: request.stdin } : {}) };
  return request.mode === 'check' ? { mode: 'check', ...base, tests: request.tests } : { mode: 'run', ...base };
}

export function createPythonRunner(options: PythonRunnerOptions = {}): Runner {
  const createWorker = options.createWorker ?? browserWorker;
  const blocked = unsupported(!options.createWorker);
  const isolated =
    (options.crossOriginIsolated ?? (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true) &&
    typeof SharedArrayBuffer !== 'undefined';
  // Absolute: inside a worker started from a blob: URL, a path like /vendor/... has no base to resolve against.
  const path = pyodideIndexURL(import.meta.env.BASE_URL);
  const indexURL = options.indexURL ?? (typeof location === 'undefined' ? path : new URL(path, location.href).href);
  const listeners = new Set<(state: RuntimeState) => void>();
  let state: RuntimeState = blocked ? { status: 'unavailable', reason: blocked } : { status: 'idle' };
  let session: Session | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const setState = (next: RuntimeState) => {
    state = next;
    for (const listener of listeners) listener(next);
  };

  function start(initial: RuntimeState): Session {
    const current = startSession({ createWorker, indexURL, isolated });
    session = current;
    setState(initial);
    void current.ready.then((reason) => {
      if (session !== current) return;
      if (reason === undefined) {
        if (state.status !== 'running') setState({ status: 'ready' });
      } else {
        session = undefined; // the next warmUp or run tries again (the connection may be back)
        current.terminate();
        setState({ status: 'unavailable', reason });
      }
    });
    return current;
  }

  const ensure = () => (session && !session.dead ? session : start({ status: 'loading', detail: 'Loading Python' }));

  function restart(reason: string) {
    session?.terminate();
    start({ status: 'restarting', reason });
  }

  async function execute(request: RunnerRequest, runOptions: RunOptions): Promise<Results | RunResult> {
    if (blocked) return unavailableResult(request.mode, blocked);
    const current = ensure();
    const failed = await current.ready;
    if (failed !== undefined) return unavailableResult(request.mode, failed);
    setState({ status: 'running' });
    try {
      return await runJob(current, toJob(request), {
        ...runOptions,
        timeLimitMs: request.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
        graceMs: options.graceMs ?? DEFAULT_GRACE_MS,
        restart,
      });
    } finally {
      if (state.status === 'running') setState({ status: 'ready' });
    }
  }

  function run(request: RunnerRequest, runOptions: RunOptions = {}): Promise<Results | RunResult> {
    const job = queue.then(() => execute(request, runOptions));
    queue = job.catch(() => undefined);
    return job;
  }

  return {
    language: 'python',
    get state() {
      return state;
    },
    onStateChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    warmUp() {
      if (!blocked) ensure();
    },
    run: run as Runner['run'],
    dispose() {
      session?.terminate();
      session = undefined;
      listeners.clear();
    },
  };
}

/**
 * One execution in a fresh worker, with a time limit and Stop. The worker is always terminated afterwards; a
 * message without this run's secret (for example one the learner's code posted) is ignored.
 */
import type { Results, RunResult } from '../../schema/results.ts';
import type { ExecProgram } from '../../grading/typescript/program.ts';
import { isSigned, newSecret, type WorkerLike } from './protocol.ts';
import {
  internalFailure,
  interruptedCheck,
  interruptedRun,
  newProgress,
  timedOutCheck,
  timedOutRun,
} from './stopped-results.ts';

export type Ending = 'done' | 'timeout' | 'interrupted' | 'crashed';

/** How long a fresh worker may take to start before we call it broken (generous: slow devices, cold caches). */
const STARTUP_LIMIT_MS = 30_000;

export interface SessionOptions {
  worker: WorkerLike;
  timeLimitMs: number;
  signal?: AbortSignal;
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
}

export function executeInWorker(program: ExecProgram, options: SessionOptions): Promise<{ result: Results | RunResult; ending: Ending }> {
  const { worker, timeLimitMs, signal } = options;
  const secret = newSecret();
  const progress = newProgress();
  const check = program.mode === 'check';

  return new Promise((resolve) => {
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: Results | RunResult, ending: Ending) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve({ result, ending });
    };
    const onAbort = () => finish(check ? interruptedCheck() : interruptedRun(progress), 'interrupted');
    const startTimeLimit = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => finish(check ? timedOutCheck(progress, timeLimitMs) : timedOutRun(progress, timeLimitMs), 'timeout'),
        timeLimitMs,
      );
    };
    timer = setTimeout(() => finish(internalFailure(program.mode, 'the worker did not start'), 'crashed'), STARTUP_LIMIT_MS);

    worker.onmessage = ({ data }) => {
      if (!isSigned(data, secret)) return;
      switch (data.type) {
        case 'started':
          startTimeLimit();
          break;
        case 'collected':
          progress.names = data.names;
          break;
        case 'test-done':
          progress.done.set(data.index, data.result);
          break;
        case 'output':
          progress.output += data.text;
          options.onOutput?.(data.text, data.stream);
          break;
        case 'done':
          finish(data.result, 'done');
          break;
        case 'crashed':
          finish(internalFailure(program.mode, data.message), 'crashed');
          break;
      }
    };
    worker.onerror = () => finish(internalFailure(program.mode, 'the worker could not start'), 'crashed');
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ type: 'execute', secret, program });
  });
}

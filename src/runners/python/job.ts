/**
 * One Run or Check on a ready session: the time limit, Stop, interactive input() and progress.
 *
 * Stopping has two tiers. When cross-origin isolated, SIGINT goes into the interrupt buffer and the harness
 * answers with what it had (including the line that was running). Whether or not that works (a C-level loop such
 * as `sum(range(10**11))`, or `time.sleep(60)`, never checks for it), after a short grace period the worker is
 * terminated and `restart` is asked for a fresh one.
 */
import type { Results, RunResult } from '../../schema/results.ts';
import { internalFailure, newProgress, stoppedCheck, stoppedRun, type StopReason } from '../../grading/python/stopped.ts';
import type { RunOptions } from '../types.ts';
import { answerLine, cancelLine } from './input-channel.ts';
import type { PythonJob } from './protocol.ts';
import type { Session } from './session.ts';

export interface JobOptions extends RunOptions {
  timeLimitMs: number;
  graceMs: number;
  /** Terminate this session's worker and start another; `reason` is shown while it restarts. */
  restart: (reason: string) => void;
}

let nextId = 1;

export function runJob(session: Session, job: PythonJob, options: JobOptions): Promise<Results | RunResult> {
  const id = nextId++;
  const progress = newProgress();
  const { signal, timeLimitMs } = options;
  const interactive = Boolean(options.onInput && session.input);

  return new Promise((resolve) => {
    let finished = false;
    let stopped: StopReason | undefined;
    let limitTimer: ReturnType<typeof setTimeout> | undefined;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    let remaining = timeLimitMs;
    let startedAt = 0;

    const finish = (result: Results | RunResult) => {
      if (finished) return;
      finished = true;
      clearTimeout(limitTimer);
      clearTimeout(graceTimer);
      signal?.removeEventListener('abort', onAbort);
      session.listener = undefined;
      resolve(result);
    };
    const stoppedResult = (reason: StopReason, answered?: Results | RunResult) =>
      job.mode === 'check'
        ? stoppedCheck(reason, timeLimitMs, progress, answered as Results | undefined)
        : stoppedRun(reason, timeLimitMs, progress, answered as RunResult | undefined);

    const stop = (reason: StopReason) => {
      if (finished || stopped) return;
      stopped = reason;
      clearTimeout(limitTimer);
      const restartReason = reason === 'timeout' ? 'Your code ran out of time, so Python is restarting.' : 'You stopped your code, so Python is restarting.';
      const giveUp = () => {
        finish(stoppedResult(reason));
        options.restart(restartReason);
      };
      if (!session.interrupt) return giveUp();
      Atomics.store(session.interrupt, 0, 2); // SIGINT: KeyboardInterrupt at the next bytecode
      if (session.input) cancelLine(session.input);
      graceTimer = setTimeout(giveUp, options.graceMs);
    };
    const onAbort = () => stop('interrupted');
    const startClock = () => {
      startedAt = Date.now();
      limitTimer = setTimeout(() => stop('timeout'), remaining);
    };
    const pauseClock = () => {
      clearTimeout(limitTimer);
      remaining = Math.max(0, remaining - (Date.now() - startedAt));
    };

    session.listener = (event) => {
      if (!('id' in event) || (event.type !== 'crashed' && event.id !== id)) return;
      switch (event.type) {
        case 'output':
          progress.output += event.text;
          options.onOutput?.(event.text, event.stream);
          break;
        case 'collected':
          progress.names = event.names;
          break;
        case 'test-done':
          progress.done.set(event.index, event.result);
          break;
        case 'input':
          // Time spent waiting for the learner to type is not the code's running time.
          pauseClock();
          void askLearner(event.prompt);
          break;
        case 'done':
          finish(stopped ? stoppedResult(stopped, event.result) : event.result);
          break;
        case 'crashed':
          finish(stopped ? stoppedResult(stopped) : internalFailure(job.mode, 'Python stopped unexpectedly'));
          options.restart('Python stopped unexpectedly, so it is restarting.');
          break;
      }
    };

    async function askLearner(prompt: string) {
      const buffer = session.input;
      if (!buffer || !options.onInput) return;
      try {
        const line = await options.onInput(prompt);
        if (finished || stopped) return;
        answerLine(buffer, line);
        startClock();
      } catch {
        if (!finished && !stopped) {
          cancelLine(buffer);
          startClock();
        }
      }
    }

    if (signal?.aborted) return finish(stoppedResult('interrupted'));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (session.interrupt) Atomics.store(session.interrupt, 0, 0); // a Stop left over from before must not hit this run
    session.worker.postMessage({ type: 'job', id, job, interactive });
    startClock();
  });
}

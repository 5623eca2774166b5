/**
 * Results for Python code that did not finish: the time limit ran out, or the learner pressed Stop.
 *
 * Pure, so the runner (browser or Node) can build them whether the harness answered the interrupt itself (then its
 * diagnostic says which line was running) or the worker had to be terminated. After a timeout, tests that finished
 * keep their results, so one endless loop does not hide the rest.
 */
import {
  OUTPUT_LIMIT,
  OUTPUT_TRUNCATED_NOTICE,
  type Diagnostic,
  type Results,
  type RunResult,
  type TestResult,
} from '../../schema/results.ts';

export type StopReason = 'timeout' | 'interrupted';

/** What had been reported before the code was stopped. */
export interface Progress {
  names: string[];
  done: Map<number, TestResult>;
  /** Streamed Run output so far. */
  output: string;
}

export const newProgress = (): Progress => ({ names: [], done: new Map(), output: '' });

export function seconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return `${s} second${s === 1 ? '' : 's'}`;
}

export function timeoutMessage(limitMs: number): string {
  return `Your code was still running after ${seconds(limitMs)}: is there a loop that never ends?`;
}

export const STOPPED_CHECK_MESSAGE = 'You stopped the checks before they finished. Your code is just as you left it.';
export const STOPPED_RUN_MESSAGE = 'You stopped your program.';

function capped(output: string): { output: string; outputTruncated: boolean } {
  if (output.length <= OUTPUT_LIMIT) return { output, outputTruncated: false };
  return { output: output.slice(0, OUTPUT_LIMIT) + OUTPUT_TRUNCATED_NOTICE, outputTruncated: true };
}

/**
 * A stopped Check. `answered` is what the harness returned when it caught the interrupt (its diagnostics say where
 * the code was), if it did; undefined when the worker had to be terminated.
 */
export function stoppedCheck(reason: StopReason, limitMs: number, progress: Progress, answered?: Results): Results {
  const diagnostics: Diagnostic[] = answered?.problem === 'interrupted' ? answered.diagnostics : [];
  if (reason === 'timeout' && progress.done.size > 0) {
    let running = true;
    const tests = progress.names.map((name, index): TestResult => {
      const done = progress.done.get(index);
      if (done) return done;
      const message = running
        ? `Stopped: this test was still running after ${seconds(limitMs)}. Is there a loop that never ends?`
        : 'Not run: the time ran out before this test started.';
      running = false;
      return { name, status: 'error', message, output: '', outputTruncated: false };
    });
    return { version: 3, status: 'fail', diagnostics, tests, output: answered?.output ?? '', outputTruncated: answered?.outputTruncated ?? false };
  }
  return {
    version: 3,
    status: 'error',
    problem: reason,
    message: reason === 'timeout' ? timeoutMessage(limitMs) : STOPPED_CHECK_MESSAGE,
    diagnostics,
    tests: [],
    output: answered?.output ?? '',
    outputTruncated: answered?.outputTruncated ?? false,
  };
}

/** A stopped Run, keeping what it printed (the harness's capped transcript, else the streamed output). */
export function stoppedRun(reason: StopReason, limitMs: number, progress: Progress, answered?: RunResult): RunResult {
  const diagnostics: Diagnostic[] = answered?.problem === 'interrupted' ? answered.diagnostics : [];
  // The harness's transcript, unless the stop reached it outside the learner's code and it lost what was streamed.
  const output =
    answered && answered.output.length >= progress.output.length
      ? { output: answered.output, outputTruncated: answered.outputTruncated }
      : capped(progress.output);
  return {
    version: 3,
    status: 'error',
    problem: reason,
    message: reason === 'timeout' ? timeoutMessage(limitMs) : STOPPED_RUN_MESSAGE,
    diagnostics,
    ...output,
  };
}

/** The runner itself failed: never the learner's fault, and said so. */
export function internalFailure(mode: 'run' | 'check', detail: string): Results | RunResult {
  const message = `Something went wrong inside the Python runner (${detail}). This is not your fault: please try again, or reload the page.`;
  return mode === 'check'
    ? { version: 3, status: 'error', problem: 'internal', message, diagnostics: [], tests: [], output: '', outputTruncated: false }
    : { version: 3, status: 'error', problem: 'internal', message, diagnostics: [], output: '', outputTruncated: false };
}

/** Python cannot run here at all (blocked, or could not load): the reason is the whole message. */
export function unavailableResult(mode: 'run' | 'check', reason: string): Results | RunResult {
  return mode === 'check'
    ? { version: 3, status: 'error', problem: 'internal', message: reason, diagnostics: [], tests: [], output: '', outputTruncated: false }
    : { version: 3, status: 'error', problem: 'internal', message: reason, diagnostics: [], output: '', outputTruncated: false };
}

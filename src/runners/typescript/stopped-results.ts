/**
 * Results for code that did not finish: the time limit ran out, or the learner pressed Stop. Tests that finished
 * before a timeout keep their results, so a loop in one test does not hide the others.
 */
import { OUTPUT_LIMIT, OUTPUT_TRUNCATED_NOTICE, type Results, type RunResult, type TestResult } from '../../schema/results.ts';

/** What the execution worker had reported before it was stopped. */
export interface Progress {
  names: string[];
  done: Map<number, TestResult>;
  output: string;
}

export const newProgress = (): Progress => ({ names: [], done: new Map(), output: '' });

const seconds = (ms: number) => {
  const s = Math.round(ms / 100) / 10;
  return `${s} second${s === 1 ? '' : 's'}`;
};

function cappedOutput(output: string): { output: string; outputTruncated: boolean } {
  return output.length > OUTPUT_LIMIT
    ? { output: output.slice(0, OUTPUT_LIMIT) + OUTPUT_TRUNCATED_NOTICE, outputTruncated: true }
    : { output, outputTruncated: false };
}

export function timeoutMessage(limitMs: number): string {
  return `Your code was still running after ${seconds(limitMs)}, so it was stopped. Is there a loop that never ends? Your code is still in the editor, just as you left it.`;
}

export function timedOutCheck(progress: Progress, limitMs: number): Results {
  if (progress.done.size === 0) {
    return { version: 3, status: 'error', problem: 'timeout', message: timeoutMessage(limitMs), diagnostics: [], tests: [], output: '', outputTruncated: false };
  }
  let running = true;
  const tests = progress.names.map((name, index): TestResult => {
    const done = progress.done.get(index);
    if (done) return done;
    const message = running
      ? `Stopped: this test was still running when the time limit of ${seconds(limitMs)} ran out. Is there a loop that never ends?`
      : 'Not run: the time limit ran out before this test started.';
    running = false;
    return { name, status: 'error', message, output: '', outputTruncated: false };
  });
  return { version: 3, status: 'fail', diagnostics: [], tests, output: '', outputTruncated: false };
}

export function timedOutRun(progress: Progress, limitMs: number): RunResult {
  return { version: 3, status: 'error', problem: 'timeout', message: timeoutMessage(limitMs), diagnostics: [], ...cappedOutput(progress.output) };
}

export function interruptedCheck(): Results {
  return {
    version: 3,
    status: 'error',
    problem: 'interrupted',
    message: 'You stopped the checks. Your code is just as you left it; press Check when you are ready.',
    diagnostics: [],
    tests: [],
    output: '',
    outputTruncated: false,
  };
}

export function interruptedRun(progress: Progress): RunResult {
  return { version: 3, status: 'error', problem: 'interrupted', message: 'You stopped your program.', diagnostics: [], ...cappedOutput(progress.output) };
}

/** The runner itself failed: never the learner's fault, and said so. */
export function internalFailure(mode: 'run' | 'check', detail: string): Results | RunResult {
  const message = `Something went wrong inside the code runner (${detail}). This is not your fault: please try again, or reload the page.`;
  return mode === 'check'
    ? { version: 3, status: 'error', problem: 'internal', message, diagnostics: [], tests: [], output: '', outputTruncated: false }
    : { version: 3, status: 'error', problem: 'internal', message, diagnostics: [], output: '', outputTruncated: false };
}

/**
 * The execution worker's body, shared by the browser worker and the Node thread used in tests: take one program,
 * freeze the built-ins, run it, report. `post` is captured here, before any learner code exists, and the secret
 * lives only in this closure.
 */
import type { TestResult } from '../../schema/results.ts';
import { executeCheck, executeRun } from '../../grading/typescript/execute.ts';
import { lockdown } from '../../grading/typescript/harness/lockdown.ts';
import type { ExecEvent, ExecRequest, ExecResponse } from './protocol.ts';

/**
 * Learner code is compiled JavaScript, run with eval. A Content-Security-Policy without 'unsafe-eval' on this
 * worker's script forbids that; say so as the runner's problem, rather than blaming the learner's code.
 */
function evalAllowed(): boolean {
  try {
    return (0, eval)('1') === 1;
  } catch {
    return false;
  }
}

export function startExecShell(post: (message: ExecResponse) => void, listen: (handler: (data: unknown) => void) => void): void {
  let used = false;
  listen((data) => {
    const request = data as ExecRequest | undefined;
    if (used || request?.type !== 'execute') return;
    used = true;
    const { secret, program } = request;
    const send = (event: ExecEvent) => post({ ...event, secret });
    if (!evalAllowed()) {
      send({ type: 'crashed', message: "the browser's security policy stopped the worker running code: it needs 'unsafe-eval'" });
      return;
    }
    lockdown();
    // The time limit starts now, so the learner's code is not charged for the worker starting up.
    send({ type: 'started' });
    const events = {
      onCollected: (names: string[]) => send({ type: 'collected', names }),
      onTestStart: (index: number, name: string) => send({ type: 'test-start', index, name }),
      onTestDone: (index: number, result: TestResult) => send({ type: 'test-done', index, result }),
      onOutput: (text: string, stream: 'stdout' | 'stderr') => send({ type: 'output', text, stream }),
    };
    const running = program.mode === 'check' ? executeCheck(program, events) : executeRun(program, events);
    running.then(
      (result) => send({ type: 'done', result }),
      (error: unknown) => send({ type: 'crashed', message: error instanceof Error ? error.message : String(error) }),
    );
  });
}

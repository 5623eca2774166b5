/** The client side of one execution, against a scripted stand-in worker. */
import { describe, expect, test } from 'vitest';
import { executeInWorker } from '../../../../src/runners/typescript/exec-session.ts';
import type { ExecRequest, WorkerLike } from '../../../../src/runners/typescript/protocol.ts';
import type { ExecProgram } from '../../../../src/grading/typescript/program.ts';

const program: ExecProgram = { mode: 'check', modules: [], learnerSource: '', diagnostics: [] };
const passing = { version: 3, status: 'pass', diagnostics: [], tests: [], output: '', outputTruncated: false };

/** A worker that answers the execute request with `script(secret)`. */
function scripted(script: (secret: string, reply: (data: unknown) => void, worker: WorkerLike) => void) {
  let terminated = false;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => {
      const { secret } = message as ExecRequest;
      script(secret, (data) => worker.onmessage?.({ data }), worker);
    },
    terminate: () => {
      terminated = true;
    },
  };
  return { worker, terminated: () => terminated };
}

describe('executeInWorker', () => {
  test('accepts only messages carrying this run\'s secret, then terminates the worker', async () => {
    const { worker, terminated } = scripted((secret, reply) => {
      reply({ type: 'done', result: passing });
      reply({ type: 'done', secret: 'not-the-secret', result: passing });
      reply({ type: 'started', secret });
      reply({ type: 'done', secret, result: { ...passing, status: 'fail' } });
    });
    const { result, ending } = await executeInWorker(program, { worker, timeLimitMs: 1000 });
    expect(ending).toBe('done');
    expect(result.status).toBe('fail');
    expect(terminated()).toBe(true);
  });

  test('a worker that fails to start gives an internal result that says it is not the learner\'s fault', async () => {
    const { worker } = scripted((_secret, _reply, self) => setTimeout(() => self.onerror?.(new Error('load failed')), 0));
    const { result, ending } = await executeInWorker(program, { worker, timeLimitMs: 1000 });
    expect(ending).toBe('crashed');
    expect(result).toMatchObject({ status: 'error', problem: 'internal' });
    expect(result.message).toContain('not your fault');
  });

  test('the time limit counts from "started", and ends with a timeout result', async () => {
    const { worker, terminated } = scripted((secret, reply) => {
      reply({ type: 'started', secret });
      reply({ type: 'collected', secret, names: ['a', 'b'] });
    });
    const { result, ending } = await executeInWorker(program, { worker, timeLimitMs: 20 });
    expect(ending).toBe('timeout');
    expect(result).toMatchObject({ status: 'error', problem: 'timeout' });
    expect(terminated()).toBe(true);
  });
});

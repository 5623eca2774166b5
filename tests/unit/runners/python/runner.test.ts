/**
 * The Python runner end to end under Node: the real runner and shell, a worker_threads thread running real Pyodide.
 * One runner for the whole file (each restart loads Pyodide again, which takes a few seconds).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createNodePythonRunner } from '../../../../src/runners/python/node/node-worker';
import type { RuntimeState } from '../../../../src/runners/types';
import type { Results, RunResult } from '../../../../src/schema/results';

const runner = createNodePythonRunner({ graceMs: 300 });
const states: RuntimeState['status'][] = [];
runner.onStateChange((s) => states.push(s.status));

beforeAll(async () => {
  runner.warmUp();
  await runner.run({ mode: 'run', code: 'pass' });
}, 60_000);
afterAll(() => runner.dispose());

const TESTS = { path: 'test_double.py', content: 'from solution import double\n\ndef test_two():\n    assert double(2) == 4\n\ndef test_three():\n    assert double(3) == 6\n' };

describe('the Python runner under Node', () => {
  test('warms up through loading to ready, and a Check passes', async () => {
    expect(states.slice(0, 1)).toEqual(['loading']);
    expect(states).toContain('ready');
    const result: Results = await runner.run({ mode: 'check', code: 'def double(x):\n    return 2 * x\n', tests: TESTS });
    expect(result.status).toBe('pass');
    expect(runner.state.status).toBe('ready');
  });

  test('a Run streams its output', async () => {
    const chunks: string[] = [];
    const result: RunResult = await runner.run({ mode: 'run', code: 'for i in range(3):\n    print(i)\n' }, { onOutput: (t) => chunks.push(t) });
    expect(result).toMatchObject({ status: 'ok', output: '0\n1\n2\n' });
    expect(chunks.join('')).toBe('0\n1\n2\n');
  });

  test('an endless Python loop is interrupted at the time limit and says which line was running', async () => {
    const result: RunResult = await runner.run({ mode: 'run', code: 'print("start")\nwhile True:\n    pass\n', timeLimitMs: 1000 });
    expect(result).toMatchObject({
      status: 'error',
      problem: 'timeout',
      message: 'Your code was still running after 1 second: is there a loop that never ends?',
      output: 'start\n',
    });
    expect([2, 3]).toContain(result.diagnostics[0]?.line);
  });
});

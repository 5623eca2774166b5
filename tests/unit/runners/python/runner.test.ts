/**
 * The Python runner end to end under Node: the real runner and shell, a worker_threads thread running real
 * Pyodide, as in a cross-origin isolated page. One runner for most of the file (a restart loads Pyodide again).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createNodePythonRunner } from '../../../../src/runners/python/node/node-worker';
import type { RuntimeState } from '../../../../src/runners/types';
import type { Results, RunResult } from '../../../../src/schema/results';

const runner = createNodePythonRunner({ graceMs: 300 });
const states: RuntimeState['status'][] = [];
runner.onStateChange((s) => states.push(s.status));

/** Resolves once the runner reports `ready` again (after a restart). */
const readyAgain = () =>
  new Promise<void>((resolve) => {
    const stop = runner.onStateChange((s) => {
      if (s.status === 'ready') {
        stop();
        resolve();
      }
    });
  });

beforeAll(async () => {
  runner.warmUp();
  await runner.run({ mode: 'run', code: 'pass' });
}, 60_000);
afterAll(() => runner.dispose());

const DOUBLE_TESTS = {
  path: 'test_double.py',
  content: 'from solution import double\n\ndef test_two():\n    assert double(2) == 4\n\ndef test_three():\n    assert double(3) == 6\n\ndef test_four():\n    assert double(4) == 8\n',
};

describe('running and checking', () => {
  test('warms up through loading to ready; a Check passes and the runner is ready again', async () => {
    expect(states[0]).toBe('loading');
    expect(states).toContain('ready');
    const result: Results = await runner.run({ mode: 'check', code: 'def double(x):\n    return 2 * x\n', tests: DOUBLE_TESTS });
    expect(result.status).toBe('pass');
    expect(states.slice(-2)).toEqual(['running', 'ready']);
  });

  test('a Run streams its output as it prints', async () => {
    const chunks: string[] = [];
    const result: RunResult = await runner.run({ mode: 'run', code: 'for i in range(3):\n    print(i)\n' }, { onOutput: (t) => chunks.push(t) });
    expect(result).toMatchObject({ status: 'ok', output: '0\n1\n2\n' });
    expect(chunks.join('')).toBe('0\n1\n2\n');
  });
});

describe('the time limit', () => {
  test('an endless Python loop is interrupted: a timeout result saying which line was running', async () => {
    const result: RunResult = await runner.run({ mode: 'run', code: 'print("start")\nwhile True:\n    pass\n', timeLimitMs: 1000 });
    expect(result).toMatchObject({
      status: 'error',
      problem: 'timeout',
      message: 'Your code was still running after 1 second: is there a loop that never ends?',
      output: 'start\n',
    });
    expect([2, 3]).toContain(result.diagnostics[0]?.line);
    expect(runner.state.status).toBe('ready');
  });

  test('a Check keeps the tests that finished; the one that ran out of time and the rest say so', async () => {
    const code = 'def double(x):\n    while x == 3:\n        pass\n    return 2 * x\n';
    const result: Results = await runner.run({ mode: 'check', code, tests: DOUBLE_TESTS, timeLimitMs: 1000 });
    expect(result.status).toBe('fail');
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([
      ['two', 'pass'],
      ['three', 'error'],
      ['four', 'error'],
    ]);
    expect(result.tests[1]?.message).toBe('Stopped: this test was still running after 1 second. Is there a loop that never ends?');
    expect(result.tests[2]?.message).toBe('Not run: the time ran out before this test started.');
  });

  test('code the interrupt cannot reach (time.sleep) is stopped by replacing the worker', async () => {
    const restarted = readyAgain();
    const result: RunResult = await runner.run({ mode: 'run', code: 'import time\nprint("nap")\ntime.sleep(30)\n', timeLimitMs: 500 });
    expect(result).toMatchObject({ status: 'error', problem: 'timeout', output: 'nap\n' });
    expect(states).toContain('restarting');
    await restarted;
    const after: RunResult = await runner.run({ mode: 'run', code: 'print(6 * 7)\n' });
    expect(after).toMatchObject({ status: 'ok', output: '42\n' });
  }, 60_000);
});

describe('Stop', () => {
  test('aborting the signal interrupts the code and resolves as interrupted', async () => {
    const controller = new AbortController();
    const chunks: string[] = [];
    const running = runner.run(
      { mode: 'run', code: 'print("working", flush=True)\nwhile True:\n    pass\n' },
      { signal: controller.signal, onOutput: (text) => (chunks.push(text), controller.abort()) },
    );
    const result: RunResult = await running;
    expect(result).toMatchObject({ status: 'error', problem: 'interrupted', message: 'You stopped your program.', output: 'working\n' });
    expect(chunks).toEqual(['working\n']);
  });

  test('a signal aborted before the run starts never runs the code', async () => {
    const controller = new AbortController();
    controller.abort();
    const result: Results = await runner.run({ mode: 'check', code: 'print("never")', tests: DOUBLE_TESTS }, { signal: controller.signal });
    expect(result).toMatchObject({ status: 'error', problem: 'interrupted', output: '' });
  });
});

describe('interactive input()', () => {
  test('each prompt is asked of the page, and the wait does not count towards the time limit', async () => {
    const prompts: string[] = [];
    const result: RunResult = await runner.run(
      { mode: 'run', code: 'name = input("Name: ")\nprint("Hello,", name)\n', timeLimitMs: 1000 },
      { onInput: (prompt) => (prompts.push(prompt), new Promise((resolve) => setTimeout(() => resolve('Ada'), 1500))) },
    );
    expect(prompts).toEqual(['Name: ']);
    expect(result).toMatchObject({ status: 'ok', output: 'Name: Ada\nHello, Ada\n' });
  });

  test('Stop while the page is asking ends the program', async () => {
    const controller = new AbortController();
    const result: RunResult = await runner.run(
      { mode: 'run', code: 'input("Weight: ")\nprint("never")\n' },
      { signal: controller.signal, onInput: () => (controller.abort(), new Promise<string>(() => {})) },
    );
    expect(result).toMatchObject({ status: 'error', problem: 'interrupted', output: 'Weight: ' });
  });

  test('without a way to ask, the exercise\'s stdin lines are used', async () => {
    const result: RunResult = await runner.run({ mode: 'run', code: 'print(int(input()) + 1)\n', stdin: ['41'] });
    expect(result).toMatchObject({ status: 'ok', output: '41\n42\n' });
  });
});

describe('without cross-origin isolation', () => {
  test('Stop terminates the worker at once, and input() falls back to the stdin lines', async () => {
    const plain = createNodePythonRunner({ crossOriginIsolated: false });
    try {
      const asked: string[] = [];
      const result: RunResult = await plain.run(
        { mode: 'run', code: 'print(input("? "))\n', stdin: ['from stdin'] },
        { onInput: async (prompt) => (asked.push(prompt), 'from page') },
      );
      expect(result.output).toBe('? from stdin\nfrom stdin\n');
      expect(asked).toEqual([]);
      const timedOut: RunResult = await plain.run({ mode: 'run', code: 'while True:\n    pass\n', timeLimitMs: 500 });
      expect(timedOut).toMatchObject({ status: 'error', problem: 'timeout', diagnostics: [] });
    } finally {
      plain.dispose();
    }
  }, 60_000);
});

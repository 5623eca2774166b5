/**
 * The TypeScript runner end to end under Node: the in-process compiler, and execution in worker threads running
 * the same shell as the browser's worker (frozen built-ins, per-run secret, terminate on timeout or Stop).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { results as resultsSchema, runResult as runResultSchema } from '../../../../src/schema/results.ts';
import type { RuntimeState } from '../../../../src/runners/types.ts';
import { createTypeScriptRunner } from '../../../../src/runners/typescript/runner.ts';
import { createInProcessCompilerWorker, createNodeExecWorker } from '../../../../src/runners/typescript/node/node-workers.ts';

const runner = createTypeScriptRunner({ createCompilerWorker: createInProcessCompilerWorker, createExecWorker: createNodeExecWorker });
afterAll(() => runner.dispose());

const TESTS = {
  path: 'add.test.ts',
  content: "import { add } from './solution';\ndescribe('add', () => {\n  test('1 + 2', () => { expect(add(1, 2)).toBe(3); });\n  test('2 + 2', () => { expect(add(2, 2)).toEqual(4); });\n});\n",
};
const WRONG_ADD = 'export function add(a: number, b: number): number { return a - b; }\n';

const check = (code: string, timeLimitMs = 5000, signal?: AbortSignal) =>
  runner.run({ mode: 'check', code, tests: TESTS, timeLimitMs }, signal ? { signal } : {});

describe('Check and Run', () => {
  test('a correct answer passes; a wrong one fails test by test', async () => {
    const pass = await check('export function add(a: number, b: number): number { return a + b; }');
    expect(resultsSchema.parse(pass).status).toBe('pass');
    const fail = await check(WRONG_ADD);
    expect(fail.status).toBe('fail');
    expect(fail.tests.map((t) => t.status)).toEqual(['fail', 'fail']);
  });

  test('Run streams output as it is printed and returns it all', async () => {
    const streamed: string[] = [];
    const result = await runner.run(
      { mode: 'run', code: "console.log('one');\nconsole.error('two');" },
      { onOutput: (text, stream) => streamed.push(`${stream}:${text}`) },
    );
    expect(runResultSchema.parse(result)).toMatchObject({ status: 'ok', output: 'one\ntwo\n' });
    expect(streamed).toEqual(['stdout:one\n', 'stderr:two\n']);
  });

  test('state goes loading -> ready on warm-up, and running -> ready around a run', async () => {
    const fresh = createTypeScriptRunner({ createCompilerWorker: createInProcessCompilerWorker, createExecWorker: createNodeExecWorker });
    const seen: RuntimeState['status'][] = [];
    fresh.onStateChange((s) => seen.push(s.status));
    expect(fresh.state.status).toBe('idle');
    fresh.warmUp();
    await fresh.run({ mode: 'run', code: 'console.log(1);' });
    fresh.dispose();
    expect(seen[0]).toBe('loading');
    expect(seen).toContain('running');
    expect(seen.at(-1)).toBe('ready');
  });
});

describe('time limit and Stop', () => {
  test('a loop that never ends is stopped, kindly, and the next Check works', async () => {
    const looping = await check('export function add(a: number, b: number): number { while (true) {} }', 500);
    expect(looping).toMatchObject({ status: 'error', problem: 'timeout', tests: [] });
    expect(looping.message).toContain('still running after 0.5 seconds');
    expect(looping.message).toContain('just as you left it');
    const after = await check('export function add(a: number, b: number): number { return a + b; }');
    expect(after.status).toBe('pass');
  });

  test('tests that finished before the timeout keep their results', async () => {
    const code = 'export function add(a: number, b: number): number { if (a === 2) { while (true) {} } return a + b; }';
    const results = await check(code, 1000);
    expect(results.status).toBe('fail');
    expect(results.tests.map((t) => [t.name, t.status])).toEqual([
      ['add > 1 + 2', 'pass'],
      ['add > 2 + 2', 'error'],
    ]);
    expect(results.tests[1]?.message).toMatch(/^Stopped: this test was still running/);
  });

  test('a Run that never ends keeps what it printed', async () => {
    const result = await runner.run({ mode: 'run', code: "console.log('before');\nwhile (true) {}", timeLimitMs: 500 });
    expect(result).toMatchObject({ status: 'error', problem: 'timeout', output: 'before\n' });
  });

  test('Stop (AbortSignal) ends the run with an interrupted result', async () => {
    const controller = new AbortController();
    const pending = runner.run({ mode: 'run', code: "console.log('started');\nwhile (true) {}", timeLimitMs: 20_000 }, {
      signal: controller.signal,
      onOutput: () => controller.abort(),
    });
    const result = await pending;
    expect(result).toMatchObject({ status: 'error', problem: 'interrupted', output: 'started\n' });
    const stopped = new AbortController();
    stopped.abort();
    expect(await check(WRONG_ADD, 5000, stopped.signal)).toMatchObject({ status: 'error', problem: 'interrupted' });
  });
});

describe('a worker that may not run code', () => {
  test('reports the runner\'s problem, never the learner\'s', async () => {
    const strict = createTypeScriptRunner({
      createCompilerWorker: createInProcessCompilerWorker,
      createExecWorker: () => createNodeExecWorker({ forbidEval: true }),
    });
    const results = await strict.run({ mode: 'check', code: WRONG_ADD, tests: TESTS });
    strict.dispose();
    expect(results).toMatchObject({ status: 'error', problem: 'internal' });
    expect(results.message).toContain("needs 'unsafe-eval'");
    expect(results.message).toContain('not your fault');
  });
});

describe('learner code cannot fake a pass', () => {
  test.each([
    ['printing PASS', "console.log('PASS');\nconsole.log('Tests: 2 passed, 2 total');"],
    ['replacing Object.is', 'try { (Object as any).is = () => true; } catch {}'],
    ['redefining Object.is', 'try { Object.defineProperty(Object, "is", { value: () => true }); } catch {}'],
    ['replacing Array.prototype methods', 'try { (Array.prototype as any).every = () => true; (Array.prototype as any).some = () => true; } catch {}'],
    ['replacing Promise.prototype.then', 'try { Promise.prototype.then = function (this: any) { return this; } as any; } catch {}'],
    ['replacing global expect and test', 'const g = globalThis as any;\ng.expect = () => ({ toBe() {}, toEqual() {} });\ng.test = () => {};\ng.describe = () => {};'],
    ['posting a result message itself', "const done = { type: 'done', result: { version: 3, status: 'pass', diagnostics: [], tests: [], output: '', outputTruncated: false } };\n(globalThis as any).postMessage(done);\n(globalThis as any).postMessage({ ...done, secret: 'guess' });"],
  ])('%s', async (_name, trick) => {
    const results = await check(`${trick}\n${WRONG_ADD}`);
    expect(results.status).toBe('fail');
    expect(results.tests.map((t) => t.status)).toEqual(['fail', 'fail']);
  });

  test('throwing from the top level is a runtime error, never a pass', async () => {
    const results = await check(`${WRONG_ADD}throw new Error('no tests today');`);
    expect(results).toMatchObject({ status: 'error', problem: 'runtime', tests: [] });
  });

  test('assigning to a frozen built-in without try is a runtime error that says what happened', async () => {
    const results = await check(`(Object as any).is = () => true;\n${WRONG_ADD}`);
    expect(results).toMatchObject({ status: 'error', problem: 'runtime' });
    expect(results.diagnostics[0]?.message).toMatch(/^TypeError: Cannot assign to read only property 'is'/);
  });
});

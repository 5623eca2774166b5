/**
 * The runner's side of the worker protocol, with a scripted fake worker: what it trusts, and how it recovers.
 * (runner.test.ts drives the real worker and Pyodide.)
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { answerLine, createInputBuffer, INPUT_CANCELLED, cancelLine, waitForLine } from '../../../../src/runners/python/input-channel';
import type { PythonWorkerEvent, WorkerLike } from '../../../../src/runners/python/protocol';
import { createPythonRunner } from '../../../../src/runners/python/python-runner';
import type { RuntimeState } from '../../../../src/runners/types';
import type { RunResult } from '../../../../src/schema/results';

type Job = { type: 'job'; id: number };

class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  secret = '';
  constructor(private readonly script: { init?: (w: FakeWorker) => void; job?: (w: FakeWorker, job: Job) => void }) {}
  postMessage(message: unknown) {
    const m = message as { type: string; secret?: string };
    if (m.type === 'init') {
      this.secret = m.secret ?? '';
      (this.script.init ?? ((w) => w.send({ type: 'ready' })))(this);
    } else if (m.type === 'job') this.script.job?.(this, message as Job);
  }
  send(event: PythonWorkerEvent | Record<string, unknown>, signed = true) {
    setTimeout(() => this.onmessage?.({ data: signed ? { ...event, secret: this.secret } : event }), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const ok = (output: string): RunResult => ({ version: 3, status: 'ok', diagnostics: [], output, outputTruncated: false });

afterEach(() => vi.unstubAllGlobals());

describe('what the runner trusts', () => {
  test('messages without the worker\'s secret (e.g. posted by learner code) are ignored', async () => {
    const worker = new FakeWorker({
      job: (w, job) => {
        w.send({ type: 'done', id: job.id, result: { ...ok('forged'), status: 'ok' } }, false);
        w.send({ type: 'output', id: job.id, text: 'forged\n', stream: 'stdout' }, false);
        setTimeout(() => w.send({ type: 'done', id: job.id, result: ok('real\n') }), 20);
      },
    });
    const chunks: string[] = [];
    const runner = createPythonRunner({ createWorker: () => worker, indexURL: '/py/' });
    const result = await runner.run({ mode: 'run', code: 'print("real")' }, { onOutput: (t) => chunks.push(t) });
    expect(result.output).toBe('real\n');
    expect(chunks).toEqual([]);
  });

  test('the worker is started with the site\'s own Pyodide folder and, when isolated, shared buffers', () => {
    const posted: unknown[] = [];
    const worker = new FakeWorker({});
    const original = worker.postMessage.bind(worker);
    worker.postMessage = (m) => (posted.push(m), original(m));
    createPythonRunner({ createWorker: () => worker, indexURL: '/course/vendor/pyodide/1/', crossOriginIsolated: true }).warmUp();
    expect(posted[0]).toMatchObject({ type: 'init', indexURL: '/course/vendor/pyodide/1/', interruptBuffer: expect.any(Uint8Array), inputBuffer: expect.any(SharedArrayBuffer) });
  });
});

describe('recovering', () => {
  test('a worker that cannot load Python makes the runner unavailable, and the next run tries again', async () => {
    let attempts = 0;
    const states: RuntimeState[] = [];
    const runner = createPythonRunner({
      indexURL: '/py/',
      createWorker: () =>
        new FakeWorker({
          init: (w) => (++attempts === 1 ? w.send({ type: 'load-failed', message: 'offline' }) : w.send({ type: 'ready' })),
          job: (w, job) => w.send({ type: 'done', id: job.id, result: ok('second time\n') }),
        }),
    });
    runner.onStateChange((s) => states.push(s));
    const first = await runner.run({ mode: 'run', code: 'print(1)' });
    expect(first).toMatchObject({ status: 'error', problem: 'internal' });
    expect(first.message).toContain("Python couldn't load");
    expect(states).toContainEqual({ status: 'unavailable', reason: expect.stringContaining('(offline)') });
    expect(await runner.run({ mode: 'run', code: 'print(1)' })).toMatchObject({ status: 'ok', output: 'second time\n' });
    expect(attempts).toBe(2);
  });

  test('a worker that crashes mid-run gives an internal result and is replaced', async () => {
    const workers: FakeWorker[] = [];
    const states: RuntimeState['status'][] = [];
    const runner = createPythonRunner({
      indexURL: '/py/',
      createWorker: () => {
        const worker = new FakeWorker({ job: (w, job) => w.send({ type: 'crashed', id: job.id, message: 'wasm stack overflow' }) });
        workers.push(worker);
        return worker;
      },
    });
    runner.onStateChange((s) => states.push(s.status));
    const result = await runner.run({ mode: 'check', code: 'x', tests: { path: 'test_x.py', content: '' } });
    expect(result).toMatchObject({ status: 'error', problem: 'internal', tests: [] });
    expect(result.message).toContain('not your fault');
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(states).toContain('restarting');
  });

  test('a browser without web workers is told plainly, and runs return that reason', async () => {
    vi.stubGlobal('Worker', undefined);
    const runner = createPythonRunner({ indexURL: '/py/' });
    expect(runner.state).toEqual({ status: 'unavailable', reason: expect.stringContaining('web workers') });
    runner.warmUp();
    const result = await runner.run({ mode: 'run', code: 'print(1)' });
    expect(result).toMatchObject({ status: 'error', problem: 'internal', message: expect.stringContaining('web workers') });
  });

  test('a browser without WebAssembly is told plainly', () => {
    vi.stubGlobal('WebAssembly', undefined);
    const runner = createPythonRunner({ indexURL: '/py/', createWorker: () => new FakeWorker({}) });
    expect(runner.state).toEqual({ status: 'unavailable', reason: expect.stringContaining('WebAssembly') });
  });
});

describe('the input channel', () => {
  test('a line crosses from the page to the waiting worker, in UTF-8', () => {
    const buffer = createInputBuffer();
    expect(waitForLine(buffer, () => answerLine(buffer, 'Zoë 72 kg'))).toBe('Zoë 72 kg');
  });

  test('a cancelled wait returns no line', () => {
    const buffer = createInputBuffer();
    expect(waitForLine(buffer, () => cancelLine(buffer))).toBeUndefined();
  });

  test('the cancel marker is the one the Python harness turns into KeyboardInterrupt', () => {
    const source = readFileSync(new URL('../../../../src/grading/python/cwc_capture.py', import.meta.url), 'utf8');
    expect(INPUT_CANCELLED).toBe('\u0003');
    expect(source).toContain('INPUT_CANCELLED = "\\x03"');
  });
});

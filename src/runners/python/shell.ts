/**
 * The Python worker's body, shared by the browser module worker and the Node thread used in tests: load Pyodide,
 * install the harness, then grade or run one job at a time with the SAME core (src/grading/python/grade-core.ts).
 * `post` is captured by the caller before any learner code exists, and the secret lives only in this closure.
 */
import type { PyodideAPI } from 'pyodide';
import type { PythonGrader, PythonHooks } from '../../grading/python/grade-core.ts';
import { INPUT_CANCELLED, waitForLine } from './input-channel.ts';
import type { PythonWorkerEvent, PythonWorkerRequest, PythonWorkerResponse } from './protocol.ts';

export interface ShellOptions {
  post: (message: PythonWorkerResponse) => void;
  loadPyodide: (indexURL: string) => Promise<PyodideAPI>;
  grader: PythonGrader;
  /** Runs once Pyodide has loaded everything it needs, before any learner code (e.g. closing the network). */
  afterLoad?: () => void;
}

const WARM_UP = { code: 'pass', tests: { path: 'test_warm_up.py', content: 'def test_warm_up():\n    pass\n' } };

export function startPythonShell(options: ShellOptions): (data: unknown) => void {
  let secret: string | undefined;
  let pyodide: PyodideAPI | undefined;
  let inputBuffer: SharedArrayBuffer | undefined;
  let interrupt: Uint8Array | undefined;
  let queue: Promise<void> = Promise.resolve();
  const send = (event: PythonWorkerEvent) => {
    if (secret !== undefined) options.post({ ...event, secret });
  };

  async function init(request: Extract<PythonWorkerRequest, { type: 'init' }>) {
    try {
      pyodide = await options.loadPyodide(request.indexURL);
      // Python-level output is captured by the harness; this only silences anything written below it.
      pyodide.setStdout({ batched: () => {} });
      pyodide.setStderr({ batched: () => {} });
      interrupt = request.interruptBuffer;
      if (interrupt) pyodide.setInterruptBuffer(interrupt);
      inputBuffer = request.inputBuffer;
      // Install the harness and import what a check needs now, so the learner's first Check is quick.
      await options.grader.checkPython(pyodide, WARM_UP);
      await options.grader.tidyPython(pyodide);
      options.afterLoad?.();
      send({ type: 'ready' });
    } catch (error) {
      send({ type: 'load-failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function handle(request: Extract<PythonWorkerRequest, { type: 'job' }>) {
    const { id, job, interactive } = request;
    if (!pyodide) return send({ type: 'crashed', id, message: 'Python is not loaded' });
    const buffer = interactive ? inputBuffer : undefined;
    const hooks: PythonHooks = {
      onOutput: (text, stream) => send({ type: 'output', id, text, stream }),
      onCollected: (names) => send({ type: 'collected', id, names }),
      onTestDone: (index, result) => send({ type: 'test-done', id, index, result }),
      ...(buffer ? { readLine: (prompt: string) => readLine(interrupt, buffer, () => send({ type: 'input', id, prompt })) } : {}),
    };
    const result = job.mode === 'check' ? await options.grader.checkPython(pyodide, job, hooks) : await options.grader.runPython(pyodide, job, hooks);
    if (result.problem === 'internal' && !alive(pyodide)) return send({ type: 'crashed', id, message: result.message ?? 'Python stopped' });
    send({ type: 'done', id, result });
    // The learner has the result: now put the standard library back, before the next job (which waits for this).
    await options.grader.tidyPython(pyodide);
  }

  return (data: unknown) => {
    const request = data as PythonWorkerRequest | undefined;
    if (request?.type === 'init' && secret === undefined) {
      secret = request.secret;
      queue = queue.then(() => init(request));
    } else if (request?.type === 'job') {
      queue = queue.then(() => handle(request));
    }
  };
}

/** A line from the page. When Stop cancelled the wait, the harness raises KeyboardInterrupt right at input(). */
function readLine(interrupt: Uint8Array | undefined, buffer: SharedArrayBuffer, ask: () => void): string {
  const line = waitForLine(buffer, ask);
  if (line !== undefined) return line;
  // The SIGINT has done its job; left pending it would fire again in the harness's own bookkeeping.
  if (interrupt) Atomics.store(interrupt, 0, 0);
  return INPUT_CANCELLED;
}

/** False once Pyodide has fatally failed (for example the wasm stack overflowed): the worker must be replaced. */
function alive(pyodide: PyodideAPI): boolean {
  try {
    return pyodide.runPython('1') === 1;
  } catch {
    return false;
  }
}

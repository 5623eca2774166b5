/**
 * The grading core for Python, shared by the browser worker and Node: install the harness, call it, and check
 * what comes back against the one results schema. Never throws: a failure of Pyodide itself becomes an `internal`
 * result, which is not the learner's fault.
 *
 * Free of Vite-only syntax (harness sources are passed in) so Node can run it directly in a worker thread;
 * src/grading/python/grade.ts binds it to the sources bundled by Vite.
 */
import type { PyodideAPI } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import { results, runResult, testResult, type Results, type RunResult, type TestResult } from '../../schema/results.ts';
import { callHarness } from './bridge.ts';
import type { HarnessSources } from './harness-modules.ts';

/** A file of the exercise, by its path relative to the exercise folder. */
export interface PythonFile {
  path: string;
  content: string;
}

/** What a Run needs. Structurally a RunRequest (src/runners/types.ts) fits; grading must not import runners. */
export interface PythonRunInput {
  code: string;
  files?: PythonFile[];
  /** Lines for input() when the page cannot ask the learner. */
  stdin?: string[];
}

/** What a Check needs: a Run's inputs plus the exercise's test file. */
export interface PythonCheckInput extends PythonRunInput {
  tests: PythonFile;
}

export interface PythonHooks {
  /** Receives output while a Run prints (batched). */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
  /**
   * Asked synchronously for a line when the program calls input(); return undefined when no line can be had.
   * When absent, input() reads the request's `stdin` lines, or explains that this exercise can't ask for input.
   */
  readLine?: (prompt: string) => string | undefined;
  /** A Check found its tests (names in order). */
  onCollected?: (names: string[]) => void;
  /** A Check finished one test. */
  onTestDone?: (index: number, result: TestResult) => void;
}

export interface PythonGrader {
  checkPython(pyodide: PyodideAPI, request: PythonCheckInput, hooks?: PythonHooks): Promise<Results>;
  runPython(pyodide: PyodideAPI, request: PythonRunInput, hooks?: PythonHooks): Promise<RunResult>;
  /**
   * Puts the whole standard library back between requests. Call it once a result has been passed on, so the
   * learner does not wait for it; a request that finds it was not called does the same work itself first.
   */
  tidyPython(pyodide: PyodideAPI): Promise<void>;
}

const INTERNAL =
  'Something went wrong inside the Python runner, not in your code. Try again; if it keeps happening, tell the course team.';

export function internalCheckResult(detail: string): Results {
  return results.parse({ version: 3, status: 'error', problem: 'internal', message: `${INTERNAL} (${detail})` });
}

export function internalRunResult(detail: string): RunResult {
  return runResult.parse({ version: 3, status: 'error', problem: 'internal', message: `${INTERNAL} (${detail})`, output: '' });
}

/** Each test's result as the harness reported it, in order: kept here, out of the learner's reach in Python. */
interface Recorded {
  collected?: number;
  tests: TestResult[];
}

function call(pyodide: PyodideAPI, sources: HarnessSources, payload: object, hooks: PythonHooks = {}, recorded: Recorded = { tests: [] }): unknown {
  const host = {
    output: (text: string, stream: 'stdout' | 'stderr') => hooks.onOutput?.(text, stream),
    read_line: (prompt: string) => hooks.readLine?.(prompt),
    collected: (namesJson: string) => {
      const names = JSON.parse(namesJson) as string[];
      if (recorded.collected !== undefined) return;
      recorded.collected = names.length;
      hooks.onCollected?.(names);
    },
    test_done: (index: number, outcome: PyProxy) => {
      if (index !== recorded.tests.length) return; // each test once, in order
      const result = testResult.parse(outcome.toJs({ dict_converter: Object.fromEntries }));
      recorded.tests.push(result);
      hooks.onTestDone?.(index, result);
    },
  };
  return JSON.parse(callHarness(pyodide, sources, payload, host));
}

/**
 * A finished Check's tests are the ones reported one by one as they finished, and it passes only when every test
 * collected reported a pass: the list Python returns at the end is not trusted over them.
 */
function settled(value: Results, recorded: Recorded): Results {
  if (value.status === 'error' || recorded.collected === undefined) return value;
  const tests = recorded.tests;
  const pass = tests.length === recorded.collected && tests.every((t) => t.status === 'pass');
  return { ...value, status: pass ? 'pass' : 'fail', tests };
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim().split('\n').slice(-1)[0] ?? 'unknown error';
}

export function createPythonGrader(sources: HarnessSources): PythonGrader {
  return {
    async checkPython(pyodide, request, hooks) {
      try {
        const payload = {
          mode: 'check',
          code: request.code,
          files: request.files ?? [],
          tests: request.tests,
          stdin: request.stdin ?? null,
          interactive: Boolean(hooks?.readLine),
        };
        const recorded: Recorded = { tests: [] };
        const parsed = results.safeParse(call(pyodide, sources, payload, hooks, recorded));
        return parsed.success ? settled(parsed.data, recorded) : internalCheckResult(`unexpected results: ${parsed.error.message}`);
      } catch (error) {
        return internalCheckResult(describe(error));
      }
    },
    async tidyPython(pyodide) {
      try {
        call(pyodide, sources, { mode: 'tidy' });
      } catch {
        // Nothing lost: the next request finds the interpreter not tidied and does it itself.
      }
    },
    async runPython(pyodide, request, hooks) {
      try {
        const payload = {
          mode: 'run',
          code: request.code,
          files: request.files ?? [],
          stdin: request.stdin ?? null,
          interactive: Boolean(hooks?.readLine),
        };
        const parsed = runResult.safeParse(call(pyodide, sources, payload, hooks));
        return parsed.success ? parsed.data : internalRunResult(`unexpected results: ${parsed.error.message}`);
      } catch (error) {
        return internalRunResult(describe(error));
      }
    },
  };
}

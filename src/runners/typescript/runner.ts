/**
 * The TypeScript Runner: type-check in a long-lived compiler worker, then execute in a fresh single-use worker
 * with a time limit. A spare execution worker is kept started, so a Check does not wait for one to boot.
 */
import type { Results, RunResult } from '../../schema/results.ts';
import type { PrepareRequest, Prepared } from '../../grading/typescript/prepare.ts';
import type { Runner, RunnerRequest, RunOptions, RuntimeState } from '../types.ts';
import { createBrowserCompilerWorker, createBrowserExecWorker } from './browser-workers.ts';
import { executeInWorker } from './exec-session.ts';
import type { CompilerRequest, CompilerResponse, WorkerLike } from './protocol.ts';
import { COMPILER_CHANNEL } from './worker-role.ts';
import { internalFailure, interruptedCheck, interruptedRun, newProgress } from './stopped-results.ts';

export interface TypeScriptRunnerOptions {
  createCompilerWorker?: () => WorkerLike;
  createExecWorker?: () => WorkerLike;
}

const DEFAULT_TIME_LIMIT_MS = 10_000;

export function createTypeScriptRunner(options: TypeScriptRunnerOptions = {}): Runner {
  const makeCompiler = options.createCompilerWorker ?? createBrowserCompilerWorker;
  const makeExec = options.createExecWorker ?? createBrowserExecWorker;
  const listeners = new Set<(state: RuntimeState) => void>();
  let state: RuntimeState = { status: 'idle' };
  let compiler: WorkerLike | undefined;
  let spare: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, (response: CompilerResponse | undefined) => void>();

  const setState = (next: RuntimeState) => {
    state = next;
    for (const listener of listeners) listener(next);
  };

  function startCompiler(): WorkerLike {
    if (compiler) return compiler;
    setState({ status: 'loading', detail: 'Loading the TypeScript checker' });
    const worker = makeCompiler();
    worker.onmessage = ({ data }) => {
      const response = data as CompilerResponse;
      if (response.type === 'warm') {
        if (state.status === 'loading') setState({ status: 'ready' });
        return;
      }
      pending.get(response.id)?.(response);
      pending.delete(response.id);
    };
    worker.onerror = () => {
      setState({ status: 'unavailable', reason: 'The TypeScript checker could not start. Try reloading the page.' });
      for (const settle of pending.values()) settle(undefined);
      pending.clear();
      compiler = undefined;
    };
    worker.postMessage({ channel: COMPILER_CHANNEL, type: 'warm-up' } satisfies CompilerRequest);
    compiler = worker;
    return worker;
  }

  const takeExecWorker = () => {
    const worker = spare ?? makeExec();
    spare = undefined;
    return worker;
  };
  const keepSpare = () => {
    spare ??= makeExec();
  };

  function compile(request: PrepareRequest): Promise<CompilerResponse | undefined> {
    const worker = startCompiler();
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      worker.postMessage({ channel: COMPILER_CHANNEL, type: 'prepare', id, request } satisfies CompilerRequest);
    });
  }

  function whenAborted(signal: AbortSignal | undefined): Promise<'aborted'> {
    return new Promise((resolve) => {
      if (signal?.aborted) resolve('aborted');
      signal?.addEventListener('abort', () => resolve('aborted'), { once: true });
    });
  }

  async function run(request: RunnerRequest, runOptions: RunOptions = {}): Promise<Results | RunResult> {
    const mode = request.mode;
    const interrupted = () => (mode === 'check' ? interruptedCheck() : interruptedRun(newProgress()));
    startCompiler();
    setState({ status: 'running' });
    try {
      const prepareRequest: PrepareRequest = {
        mode,
        code: request.code,
        files: request.files ?? [],
        ...(request.mode === 'check' ? { tests: request.tests } : {}),
        typeErrorsBlockTests: request.mode === 'check' ? (request.typeErrorsBlockTests ?? true) : true,
      };
      const compiled = await Promise.race([compile(prepareRequest), whenAborted(runOptions.signal)]);
      if (compiled === 'aborted') return interrupted();
      if (!compiled) return internalFailure(mode, 'the TypeScript checker stopped');
      if (compiled.type !== 'prepared') return internalFailure(mode, compiled.type === 'failed' ? compiled.message : 'unexpected reply');
      const prepared: Prepared = compiled.prepared;
      if (prepared.kind === 'blocked') return prepared.results;

      const { result, ending } = await executeInWorker(prepared.program, {
        worker: takeExecWorker(),
        timeLimitMs: request.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
        ...(runOptions.signal ? { signal: runOptions.signal } : {}),
        ...(runOptions.onOutput ? { onOutput: runOptions.onOutput } : {}),
      });
      if (ending === 'timeout') setState({ status: 'restarting', reason: 'Your code ran out of time, so it was stopped.' });
      return result;
    } finally {
      keepSpare();
      if (state.status !== 'unavailable') setState({ status: 'ready' });
    }
  }

  return {
    language: 'typescript',
    get state() {
      return state;
    },
    onStateChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    warmUp() {
      startCompiler();
      keepSpare();
    },
    run: run as Runner['run'],
    dispose() {
      compiler?.terminate();
      spare?.terminate();
      compiler = undefined;
      spare = undefined;
      listeners.clear();
    },
  };
}

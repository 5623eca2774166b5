/**
 * The narrow interface between the exercise UI and a language runtime. The UI never touches Pyodide or the
 * TypeScript service directly: it sends a request and gets one of the two results formats back.
 */
import type { ExerciseFile, Language, Results, RunResult } from '../schema';

/** What both kinds of request carry. */
interface RequestBase {
  /** The learner's code, exactly as in the editor. */
  code: string;
  /** Data files (CSV, JSON) and support modules the code may open or import by relative path. */
  files?: ExerciseFile[];
  /** Milliseconds before the code is stopped (the exercise's timeLimitSeconds * 1000; default 10 000). */
  timeLimitMs?: number;
  /** Lines for input() when the page cannot prompt interactively. */
  stdin?: string[];
}

/** Execute the learner's program and show what it prints. */
export interface RunRequest extends RequestBase {
  mode: 'run';
}

/** Grade the learner's code against the exercise's tests. */
export interface CheckRequest extends RequestBase {
  mode: 'check';
  /** The exercise's test file. */
  tests: ExerciseFile;
  /** TypeScript: whether type errors stop the tests (default true). */
  typeErrorsBlockTests?: boolean;
}

export type RunnerRequest = RunRequest | CheckRequest;

export interface RunOptions {
  /** Aborting stops the code (Stop button); the promise then resolves with an `interrupted` result. */
  signal?: AbortSignal;
  /** Streams output as it is printed (Run only; Check reports output per test). */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
  /** Asked when the program calls input() and the page can prompt; resolve with the learner's line. */
  onInput?: (prompt: string) => Promise<string>;
}

/** Honest runtime states, shown where the exercise is. */
export type RuntimeState =
  | { status: 'idle' }
  | { status: 'loading'; detail?: string }
  | { status: 'ready' }
  | { status: 'running' }
  | { status: 'restarting'; reason: string }
  | { status: 'unavailable'; reason: string };

export interface Runner {
  readonly language: Language;
  /** Current state; listeners are told of every change. */
  readonly state: RuntimeState;
  onStateChange(listener: (state: RuntimeState) => void): () => void;
  /** Start the runtime early (when a lesson with an exercise loads) so it is ready before the learner presses. */
  warmUp(): void;
  run(request: RunRequest, options?: RunOptions): Promise<RunResult>;
  run(request: CheckRequest, options?: RunOptions): Promise<Results>;
  /** Stop the worker for good (page unload). */
  dispose(): void;
}

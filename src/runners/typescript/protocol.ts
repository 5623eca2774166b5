/**
 * Messages between the page and the two TypeScript workers, as discriminated unions.
 *
 * The compiler worker is long-lived (the parsed standard library stays warm). The execution worker is single-use:
 * it runs one program and is thrown away, so a runaway loop is ended by terminating it and no learner code can
 * leave anything behind for the next run. Every message from the execution worker carries the run's secret; the
 * learner's code runs in that worker too and can call postMessage, but cannot read the secret, so it cannot forge
 * a result.
 */
import type { Results, RunResult, TestResult } from '../../schema/results.ts';
import type { Prepared, PrepareRequest } from '../../grading/typescript/prepare.ts';
import type { ExecProgram } from '../../grading/typescript/program.ts';
import type { COMPILER_CHANNEL } from './worker-role.ts';

/** Requests carry the compiler channel, so the shared worker script knows this instance is the compiler. */
export type CompilerRequest = { channel: typeof COMPILER_CHANNEL } & (
  | { type: 'warm-up' }
  | { type: 'prepare'; id: number; request: PrepareRequest }
);

export type CompilerResponse =
  | { type: 'warm' }
  | { type: 'prepared'; id: number; prepared: Prepared }
  | { type: 'failed'; id: number; message: string };

export type ExecRequest = { type: 'execute'; secret: string; program: ExecProgram };

/** What the execution worker reports, before it is signed. */
export type ExecEvent =
  | { type: 'started' }
  | { type: 'collected'; names: string[] }
  | { type: 'test-start'; index: number; name: string }
  | { type: 'test-done'; index: number; result: TestResult }
  | { type: 'output'; text: string; stream: 'stdout' | 'stderr' }
  | { type: 'done'; result: Results | RunResult }
  | { type: 'crashed'; message: string };

export type ExecResponse = ExecEvent & { secret: string };

export type { WorkerLike } from '../worker-like.ts';

/** True for a well-formed message carrying this run's secret. */
export function isSigned(data: unknown, secret: string): data is ExecResponse {
  return typeof data === 'object' && data !== null && (data as { secret?: unknown }).secret === secret;
}

/** A per-run secret: 128 random bits (getRandomValues works outside secure contexts too). */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Grade in-process (compile + execute, no worker): for harness behaviour that needs no isolation or time limit. */
import { createTypeScriptCompiler } from '../../../../src/grading/typescript/compiler/compiler.ts';
import { prepare, type PrepareRequest } from '../../../../src/grading/typescript/prepare.ts';
import { executeCheck, executeRun } from '../../../../src/grading/typescript/execute.ts';
import type { Results, RunResult } from '../../../../src/schema/results.ts';

const compiler = createTypeScriptCompiler();

export const testFile = (content: string) => ({ path: 'exercise.test.ts', content });

export async function grade(code: string, tests: string, extra: Partial<PrepareRequest> = {}): Promise<Results> {
  const prepared = prepare(compiler, { mode: 'check', code, tests: testFile(tests), ...extra });
  if (prepared.kind === 'blocked') return prepared.results as Results;
  return executeCheck(prepared.program);
}

export async function runProgram(code: string, extra: Partial<PrepareRequest> = {}): Promise<RunResult> {
  const prepared = prepare(compiler, { mode: 'run', code, ...extra });
  if (prepared.kind === 'blocked') return prepared.results as RunResult;
  return executeRun(prepared.program);
}

export { compiler };

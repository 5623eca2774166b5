/**
 * The compiler worker's body: one long-lived compiler answering prepare requests. Shared by the browser worker and
 * the in-process stand-in used under Node, so both answer identically.
 */
import { createTypeScriptCompiler, type TypeScriptCompiler } from '../../grading/typescript/compiler/compiler.ts';
import { prepare } from '../../grading/typescript/prepare.ts';
import type { CompilerRequest, CompilerResponse } from './protocol.ts';

// A tiny program that makes the service parse the standard library, so the learner's first Check is quick.
const WARM_UP = { mode: 'check' as const, code: 'export const ready: number = 1;', tests: { path: 'warm.test.ts', content: "import { ready } from './solution';\ntest('ready', () => expect(ready).toBe(1));\n" } };

export function createCompilerService(): (request: CompilerRequest) => CompilerResponse {
  let compiler: TypeScriptCompiler | undefined;
  const get = () => (compiler ??= createTypeScriptCompiler());
  return (request) => {
    if (request.type === 'warm-up') {
      prepare(get(), WARM_UP);
      return { type: 'warm' };
    }
    try {
      return { type: 'prepared', id: request.id, prepared: prepare(get(), request.request) };
    } catch (error) {
      return { type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}

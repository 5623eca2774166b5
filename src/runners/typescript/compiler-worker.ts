/**
 * The TypeScript worker script, shared by two kinds of instance so the compiler is downloaded once:
 * - Monaco's editor starts it as its TypeScript language worker (squiggles and completions as you type);
 * - the runner starts it as the long-lived grading compiler.
 * The first message decides which (worker-role.ts). Import order matters: the router must run before Monaco's
 * worker module assigns `self.onmessage`.
 */
import { onCompilerMessages } from './route-messages.ts';
import 'monaco-editor/languages/features/typescript/ts.worker.js';
import { createCompilerService } from './compiler-service.ts';
import type { CompilerRequest } from './protocol.ts';

const scope = self as unknown as { postMessage(message: unknown): void };
const handle = createCompilerService();
onCompilerMessages((data) => scope.postMessage(handle(data as CompilerRequest)));

/** Module worker holding the TypeScript compiler for the life of the page. */
import { createCompilerService } from './compiler-service.ts';
import type { CompilerRequest } from './protocol.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void };
const handle = createCompilerService();
scope.onmessage = (event) => scope.postMessage(handle(event.data as CompilerRequest));

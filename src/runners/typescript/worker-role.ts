/**
 * One worker script, two jobs, so the TypeScript compiler is downloaded once: Monaco's editor starts it as its
 * TypeScript language worker, and the runner starts another instance of the same file as the grading compiler.
 * The first message decides which job an instance does.
 *
 * Monaco's worker code assigns `self.onmessage` (more than once, as it boots). We take over that property before
 * Monaco's code runs and keep its handler aside; one real listener then routes each message to the job this
 * instance was given. A compiler request is marked with COMPILER_CHANNEL, so nothing of Monaco's is mistaken for one.
 */

/** Marks runner messages to the compiler worker. */
export const COMPILER_CHANNEL = 'cwc-typescript-compiler';

export function isCompilerMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { channel?: unknown }).channel === COMPILER_CHANNEL;
}

type Handler = ((event: MessageEvent) => unknown) | null;

interface Scope {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Must run before Monaco's worker module: import this module first. */
export function installRoleRouter(scope: Scope, onCompilerMessage: (data: unknown) => void): void {
  let monacoHandler: Handler = null;
  let role: 'compiler' | 'editor' | undefined;
  Object.defineProperty(scope, 'onmessage', {
    configurable: true,
    get: () => monacoHandler,
    set: (handler: Handler) => {
      monacoHandler = handler;
    },
  });
  scope.addEventListener('message', (event) => {
    role ??= isCompilerMessage(event.data) ? 'compiler' : 'editor';
    if (role === 'compiler') onCompilerMessage(event.data);
    else monacoHandler?.(event);
  });
}

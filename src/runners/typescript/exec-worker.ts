/** Single-use module worker that runs one compiled program (see exec-shell.ts). */
import { lockDownNetwork } from '../network-lockdown.ts';
import { startExecShell } from './exec-shell.ts';

const scope = self as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: { data?: unknown; preventDefault(): void }) => void): void;
};
// Captured now, before learner code can replace it.
const post = scope.postMessage.bind(scope);
// An uncaught error from a learner's timer must not look like the worker failing to start.
scope.addEventListener('error', (event) => event.preventDefault());
scope.addEventListener('unhandledrejection', (event) => event.preventDefault());
// Learner code may reach only this site, never another (the page's CSP does not cover a worker).
lockDownNetwork();
startExecShell(post, (handler) => scope.addEventListener('message', (event) => handler(event.data)));

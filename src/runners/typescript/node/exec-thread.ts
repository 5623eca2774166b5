/**
 * The execution worker for Node (content verification and tests): the same shell as the browser worker, in a
 * worker thread. It exposes a browser-like global `postMessage` so the tests can prove a learner calling it
 * cannot forge a result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startExecShell } from '../exec-shell.ts';

const port = parentPort!;
if ((workerData as { forbidEval?: boolean } | undefined)?.forbidEval) {
  // What a Content-Security-Policy without 'unsafe-eval' does to eval in a browser worker.
  globalThis.eval = () => {
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
  };
}
const post = (message: unknown) => port.postMessage(message);
Object.assign(globalThis, { postMessage: post });
// As in the browser: a learner's stray async error is theirs, not a crash of the runner.
process.on('uncaughtException', () => {});
process.on('unhandledRejection', () => {});
startExecShell(post, (handler) => port.on('message', handler));

/**
 * The little of a Web Worker that the runners use, so the same runner code drives a browser Worker, a Node
 * worker thread (tests, `npm run verify`) or an in-process stand-in.
 */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

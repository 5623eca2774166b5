/**
 * Interactive input() across threads. The worker cannot await the page (Python's input() is synchronous), so it
 * blocks on Atomics.wait over a SharedArrayBuffer until the page writes the learner's line. Needs cross-origin
 * isolation; without it input() reads the exercise's stdin lines instead.
 *
 * Layout: Int32 [0] state, [1] byte length; the UTF-8 line from byte 8.
 */
const WAITING = 1;
const ANSWERED = 2;
const CANCELLED = 3;
const HEADER_BYTES = 8;

export const INPUT_BUFFER_BYTES = 64 * 1024;

/** What the worker hands input() when Stop cancelled the wait: Ctrl-C, which the harness turns into KeyboardInterrupt. */
export const INPUT_CANCELLED = '\u0003';

export function createInputBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(INPUT_BUFFER_BYTES);
}

/** Worker side: announce that a line is wanted (via `ask`), then block until the page answers or cancels. */
export function waitForLine(buffer: SharedArrayBuffer, ask: () => void): string | undefined {
  const control = new Int32Array(buffer, 0, 2);
  Atomics.store(control, 0, WAITING);
  ask();
  while (Atomics.load(control, 0) === WAITING) Atomics.wait(control, 0, WAITING);
  const state = Atomics.exchange(control, 0, 0);
  if (state !== ANSWERED) return undefined;
  const length = Atomics.load(control, 1);
  // TextDecoder refuses views of shared memory: copy the bytes out first.
  return new TextDecoder().decode(new Uint8Array(buffer, HEADER_BYTES, length).slice());
}

/** Page side: hand the learner's line to the waiting worker (cut to fit the buffer). */
export function answerLine(buffer: SharedArrayBuffer, line: string): void {
  const control = new Int32Array(buffer, 0, 2);
  const room = new Uint8Array(buffer, HEADER_BYTES);
  let bytes = new TextEncoder().encode(line);
  if (bytes.length > room.length) bytes = bytes.slice(0, room.length);
  room.set(bytes);
  Atomics.store(control, 1, bytes.length);
  Atomics.store(control, 0, ANSWERED);
  Atomics.notify(control, 0);
}

/** Page side: wake a waiting worker with no line (the learner pressed Stop). */
export function cancelLine(buffer: SharedArrayBuffer): void {
  const control = new Int32Array(buffer, 0, 2);
  if (Atomics.compareExchange(control, 0, WAITING, CANCELLED) === WAITING) Atomics.notify(control, 0);
}

import { describe, expect, test } from 'vitest';
import { detectAbilities, environmentProblem, runtimeMessage } from '../../../src/lib/exercise/runtime-message';

describe('runtime state messages', () => {
  test('loading says what and how big, first time only', () => {
    expect(runtimeMessage('python', { status: 'loading' })).toEqual({ text: 'Python is loading (first time only, about 6 MB)…', tone: 'busy', usable: true });
    expect(runtimeMessage('typescript', { status: 'loading' }).text).toMatch(/^TypeScript is loading \(first time only/);
  });

  test('ready, running and restarting', () => {
    expect(runtimeMessage('python', { status: 'ready' })).toMatchObject({ text: 'Python is ready.', tone: 'ready' });
    expect(runtimeMessage('typescript', { status: 'running' })).toMatchObject({ text: 'Running your code…', tone: 'busy' });
    expect(runtimeMessage('python', { status: 'restarting', reason: 'Your code ran out of time, so it was stopped' }).text).toBe(
      'Your code ran out of time, so it was stopped. Python is restarting, so it is fresh for your next try.',
    );
    expect(runtimeMessage('python', { status: 'restarting', reason: 'You stopped your code, so Python is restarting.' }).text).toBe('You stopped your code, so Python is restarting.');
  });

  test('unavailable passes the runner\'s reason through and blocks Run and Check', () => {
    expect(runtimeMessage('python', { status: 'unavailable', reason: 'Python could not download.' })).toEqual({ text: 'Python could not download.', tone: 'warning', usable: false });
  });
});

describe('browser abilities', () => {
  test('detects workers and WebAssembly', () => {
    expect(detectAbilities({ Worker: function Worker() {}, WebAssembly: {} })).toEqual({ workers: true, webAssembly: true });
    expect(detectAbilities({})).toEqual({ workers: false, webAssembly: false });
  });

  test('a clear message when workers are blocked (both languages) or WebAssembly is (Python only)', () => {
    expect(environmentProblem('typescript', { workers: false, webAssembly: true })).toMatch(/blocking "web workers", which TypeScript needs/);
    expect(environmentProblem('python', { workers: true, webAssembly: false })).toMatch(/blocking "WebAssembly", which Python needs/);
    expect(environmentProblem('typescript', { workers: true, webAssembly: false })).toBeUndefined();
    expect(environmentProblem('python', { workers: true, webAssembly: true })).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import type { RunResult } from '../../../src/schema/results';
import { runView } from '../../../src/lib/exercise/run-view';

const run = (over: Partial<RunResult>): RunResult => ({ version: 3, status: 'ok', diagnostics: [], output: '', outputTruncated: false, ...over });

describe('runView', () => {
  test('a finished program shows its output', () => {
    expect(runView(run({ output: '22.9\n' }), 'python')).toMatchObject({ tone: 'ok', headline: 'Your program finished.', output: '22.9\n' });
  });

  test('a program that printed nothing says so', () => {
    expect(runView(run({}), 'python').headline).toBe('Your program finished without printing anything.');
  });

  test('a syntax error marks its line', () => {
    const view = runView(run({ status: 'error', problem: 'syntax', diagnostics: [{ line: 3, message: 'SyntaxError: invalid syntax', explanation: 'Python could not read line 3.' }] }), 'python');
    expect(view.headline).toBe('A syntax error on line 3 stops Python reading your code.');
    expect(view.mark).toEqual({ line: 3, message: 'Python could not read line 3.' });
  });

  test('Stop keeps the output printed so far and is calm', () => {
    const view = runView(run({ status: 'error', problem: 'interrupted', message: 'You stopped your program.', output: '1\n2\n' }), 'typescript');
    expect(view).toMatchObject({ tone: 'stopped', headline: 'You stopped your program.', output: '1\n2\n' });
    expect(view.detail).toBeUndefined(); // the runner said the same words: not repeated
  });

  test('a runtime error carries the runner\'s message', () => {
    const view = runView(run({ status: 'error', problem: 'runtime', message: 'ZeroDivisionError on line 2', diagnostics: [{ line: 2, message: 'ZeroDivisionError: division by zero' }] }), 'python');
    expect(view).toMatchObject({ tone: 'problem', headline: 'Your program stopped with an error on line 2.', detail: 'ZeroDivisionError on line 2' });
  });
});

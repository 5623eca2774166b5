import { describe, expect, test } from 'vitest';
import type { Results, TestResult } from '../../../src/schema/results';
import { resultsView } from '../../../src/lib/exercise/results-view';

const t = (name: string, status: TestResult['status'], extra: Partial<TestResult> = {}): TestResult => ({ name, status, output: '', outputTruncated: false, ...extra });
const results = (over: Partial<Results>): Results => ({ version: 3, status: 'fail', diagnostics: [], tests: [], output: '', outputTruncated: false, ...over });

describe('resultsView: a pass', () => {
  test('is warm, marks the exercise done and lists every check', () => {
    const view = resultsView(results({ status: 'pass', tests: [t('healthy adult', 'pass'), t('rejects zero height', 'pass')] }), 'python');
    expect(view.tone).toBe('pass');
    expect(view.passed).toBe(true);
    expect(view.headline).toBe('Well done! All 2 checks pass.');
    expect(view.detail).toMatch(/This exercise is done/);
    expect(view.others.map((o) => o.name)).toEqual(['healthy adult', 'rejects zero height']);
    expect(view.failedAttempt).toBe(false);
  });

  test('a single check reads naturally', () => {
    expect(resultsView(results({ status: 'pass', tests: [t('only', 'pass')] }), 'python').headline).toBe('Well done! The check passes.');
  });
});

describe('resultsView: a fail', () => {
  const fail = results({
    tests: [
      t('healthy adult', 'pass'),
      t('another adult', 'fail', { message: 'assert 0 == 33.7', output: 'working it out\n' }),
      t('rounded', 'pass'),
      t('rejects zero height', 'error', { message: 'ZeroDivisionError: division by zero', explanation: 'You divided by zero.' }),
      t('accepts 3 metres', 'pass'),
    ],
  });
  const view = resultsView(fail, 'python');

  test('says "Not yet: 3 of 5 checks pass"', () => {
    expect(view.headline).toBe('Not yet: 3 of 5 checks pass');
    expect(view.tone).toBe('fail');
    expect(view.passCount).toBe(3);
    expect(view.total).toBe(5);
  });

  test('puts the first failing check up front with its message and what the code printed', () => {
    expect(view.first).toMatchObject({ name: 'another adult', status: 'fail', statusText: 'does not pass yet', message: 'assert 0 == 33.7', output: 'working it out\n' });
  });

  test('folds every other check beneath, in the order the test file declares them', () => {
    expect(view.others.map((o) => `${o.name}:${o.status}`)).toEqual(['healthy adult:pass', 'rounded:pass', 'rejects zero height:error', 'accepts 3 metres:pass']);
    expect(view.others[2]).toMatchObject({ statusText: 'stopped with an error', explanation: 'You divided by zero.' });
  });

  test('counts as a failed attempt (the solution may be offered)', () => {
    expect(view.failedAttempt).toBe(true);
    expect(view.passed).toBe(false);
  });

  test('one check: "0 of 1 check passes"', () => {
    expect(resultsView(results({ tests: [t('x', 'fail')] }), 'python').headline).toBe('Not yet: 0 of 1 check passes');
  });

  test('nothing passing yet: encourages starting with the first', () => {
    expect(resultsView(results({ tests: [t('x', 'fail'), t('y', 'fail')] }), 'python').detail).toMatch(/Start with the first check/);
  });
});

describe('resultsView: no test could run', () => {
  test('a syntax error is named as such, with its line to highlight and the plain-English reading', () => {
    const view = resultsView(
      results({
        status: 'error',
        problem: 'syntax',
        message: "Python can't read your code yet: there is a syntax error on line 2.",
        diagnostics: [{ line: 2, column: 5, message: "SyntaxError: expected ':'", explanation: 'A line starting with def needs a colon at the end.', excerpt: 'def bmi(w, h)\n            ^' }],
      }),
      'python',
    );
    expect(view.tone).toBe('problem');
    expect(view.headline).toBe('Not yet: a syntax error on line 2 stops Python reading your code');
    expect(view.detail).toBe("Python can't read your code yet: there is a syntax error on line 2.");
    expect(view.mark).toEqual({ line: 2, message: 'A line starting with def needs a colon at the end.' });
    expect(view.diagnostics[0]).toMatchObject({ where: 'Line 2, column 5', line: 2, excerpt: 'def bmi(w, h)\n            ^' });
    expect(view.failedAttempt).toBe(true);
  });

  test('TypeScript type errors are counted', () => {
    const view = resultsView(
      results({ status: 'error', problem: 'type', diagnostics: [{ line: 4, message: "Type 'string' is not assignable to type 'number'.", code: 'TS2322' }, { line: 9, message: 'x' }] }),
      'typescript',
    );
    expect(view.headline).toBe('Not yet: 2 type errors to fix first, the first on line 4');
    expect(view.mark).toEqual({ line: 4, message: "Type 'string' is not assignable to type 'number'." });
    expect(view.diagnostics[0]!.code).toBe('TS2322');
  });

  test('Stop is calm, not a failure, and does not offer the solution', () => {
    const view = resultsView(results({ status: 'error', problem: 'interrupted', message: 'You stopped the checks.' }), 'python');
    expect(view.tone).toBe('stopped');
    expect(view.headline).toBe('Stopped. Your code is just as you left it');
    expect(view.failedAttempt).toBe(false);
  });

  test('our own failure says it is not the learner\'s fault and is not an attempt', () => {
    const view = resultsView(results({ status: 'error', problem: 'internal', message: 'Something went wrong inside the code runner.' }), 'python');
    expect(view.headline).toBe('Something went wrong on our side, not yours');
    expect(view.failedAttempt).toBe(false);
  });

  test('a timeout explains itself', () => {
    const view = resultsView(results({ status: 'error', problem: 'timeout', message: 'Your code was still running after 10 seconds.' }), 'python');
    expect(view.headline).toBe('Your code took too long, so it was stopped');
    expect(view.mark).toBeUndefined();
  });
});

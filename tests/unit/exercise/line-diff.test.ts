import { describe, expect, test } from 'vitest';
import { diffLines, diffSummaryText, splitLines, summariseDiff } from '../../../src/lib/exercise/line-diff';

const SIGN = { same: '=', yours: '-', solution: '+' } as const;
const kinds = (yours: string, solution: string) => diffLines(yours, solution).map((l) => `${SIGN[l.kind]} ${l.text}`);

describe('diffLines', () => {
  test('identical code is all "same", with both line numbers', () => {
    const lines = diffLines('a\nb\n', 'a\nb');
    expect(lines).toEqual([
      { kind: 'same', text: 'a', yourLine: 1, solutionLine: 1 },
      { kind: 'same', text: 'b', yourLine: 2, solutionLine: 2 },
    ]);
    expect(summariseDiff(lines).identical).toBe(true);
  });

  test('a changed line shows the learner line, then the solution line', () => {
    expect(kinds('def bmi(w, h):\n    return 0\n', 'def bmi(w, h):\n    return round(w / h ** 2, 1)\n')).toEqual([
      '= def bmi(w, h):',
      '-     return 0',
      '+     return round(w / h ** 2, 1)',
    ]);
  });

  test('lines added and removed in the middle keep the common lines aligned', () => {
    const yours = 'one\ntwo\nthree\nfour';
    const solution = 'one\nthree\nthree and a half\nfour';
    const lines = diffLines(yours, solution);
    expect(kinds(yours, solution)).toEqual(['= one', '- two', '= three', '+ three and a half', '= four']);
    const added = lines.find((l) => l.text === 'three and a half')!;
    expect(added).toMatchObject({ kind: 'solution', solutionLine: 3 });
    expect(lines.find((l) => l.text === 'two')).toMatchObject({ kind: 'yours', yourLine: 2 });
    expect(lines.at(-1)).toEqual({ kind: 'same', text: 'four', yourLine: 4, solutionLine: 4 });
  });

  test('trailing spaces and Windows line endings do not count as differences', () => {
    expect(summariseDiff(diffLines('x = 1   \r\ny = 2\r\n', 'x = 1\ny = 2\n')).identical).toBe(true);
  });

  test('empty code against a solution is all "solution"', () => {
    const lines = diffLines('', 'print(1)\nprint(2)');
    expect(lines.map((l) => l.kind)).toEqual(['yours', 'solution', 'solution']);
    expect(lines[0]!.text).toBe('');
  });

  test('the longest common subsequence is kept (not just the first match)', () => {
    expect(kinds('a\nb\nc\nd', 'b\nc\nd\na')).toEqual(['- a', '= b', '= c', '= d', '+ a']);
  });

  test('never changes either input and keeps every line of both', () => {
    const yours = 'x\ny\nz';
    const solution = 'x\nq\nz\nw';
    const lines = diffLines(yours, solution);
    expect(lines.filter((l) => l.kind !== 'solution').map((l) => l.text)).toEqual(splitLines(yours));
    expect(lines.filter((l) => l.kind !== 'yours').map((l) => l.text)).toEqual(splitLines(solution));
  });
});

describe('diffSummaryText', () => {
  test('says what differs in words', () => {
    expect(diffSummaryText(summariseDiff(diffLines('a\nb', 'a\nc')))).toBe('1 line only in your code and 1 line only in the solution; 1 line the same.');
    expect(diffSummaryText(summariseDiff(diffLines('a', 'a')))).toBe('Your code and the solution are the same, line for line.');
    expect(diffSummaryText(summariseDiff(diffLines('a', 'a\nb\nc')))).toBe('2 lines only in the solution; 1 line the same.');
  });
});

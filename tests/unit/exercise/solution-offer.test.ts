import { expect, test } from 'vitest';
import { solutionOffered } from '../../../src/lib/exercise/solution-offer';

test('the solution is offered after a failed Check, at once when the tutor allows, never when they do not', () => {
  expect(solutionOffered('after-fail', false)).toBe(false);
  expect(solutionOffered('after-fail', true)).toBe(true);
  expect(solutionOffered('always', false)).toBe(true);
  expect(solutionOffered('never', true)).toBe(false);
});

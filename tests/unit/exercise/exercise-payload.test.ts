import { expect, test } from 'vitest';
import { payloadFor, payloadJson } from '../../../src/components/exercise/exercise-payload';
import { exercise } from '../../../src/schema/exercise';

const bmi = exercise.parse({
  id: 'bmi',
  module: '02-python-first-steps',
  dir: '02-python-first-steps/exercises/bmi',
  title: 'Calculate a BMI',
  language: 'python',
  instructions: 'Write `bmi`.',
  hints: ['one', 'two'],
  timeLimitSeconds: 2.5,
  starter: 'def bmi(w, h):\n    return 0\n',
  solution: 'print("</script><b>")\n',
  tests: { path: 'test_bmi.py', content: 'from solution import bmi' },
});

test('the payload carries what the page script needs, in milliseconds', () => {
  expect(payloadFor(bmi)).toEqual({
    id: 'bmi',
    language: 'python',
    starter: bmi.starter,
    solution: bmi.solution,
    tests: bmi.tests,
    files: [],
    timeLimitMs: 2500,
    showSolution: 'after-fail',
    typeErrorsBlockTests: true,
    hintCount: 2,
  });
});

test('the JSON cannot close its <script> early, and reads back exactly', () => {
  const json = payloadJson(payloadFor(bmi));
  expect(json).not.toContain('</script>');
  expect(JSON.parse(json).solution).toBe('print("</script><b>")\n');
});

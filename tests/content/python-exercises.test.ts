/**
 * Every Python exercise in the course, and every fixture, proves itself (see src/runners/python/node/verify.ts):
 * the solution passes, the starter does not, each known-wrong answer gets its recorded feedback. Goldens for wrong
 * answers are rewritten only with UPDATE_GOLDEN=1 (`npm run verify -- --update`).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { disposePythonVerifier, findPythonExercises, verifyPythonExercise } from '../../src/runners/python/node/verify.ts';

const update = process.env.UPDATE_GOLDEN === '1';
const course = await findPythonExercises('content');
const fixtures = await findPythonExercises('tests/fixtures/python');

afterAll(() => disposePythonVerifier());

describe('Python exercises', () => {
  test('the runtime fixtures are there, so real Python code is always proved', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  test('the course has Python exercises to prove, in more than one module', () => {
    expect(course.length).toBeGreaterThan(0);
    expect(new Set(course.map((dir) => dir.split(/[\\/]/)[1])).size).toBeGreaterThan(1);
  });

  test.each([...course, ...fixtures])('%s proves itself', async (dir) => {
    const report = await verifyPythonExercise(dir, { update });
    if (report.updated.length > 0) console.info(`Recorded: ${report.updated.join(', ')}`);
    expect(report.problems.join('\n')).toBe('');
  });
});

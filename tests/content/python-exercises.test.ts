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

  test.skipIf(course.length > 0)('the course has no Python exercises yet', () => {});

  test.each([...course, ...fixtures])('%s proves itself', async (dir) => {
    const report = await verifyPythonExercise(dir, { update });
    if (report.updated.length > 0) console.info(`Recorded: ${report.updated.join(', ')}`);
    expect(report.problems.join('\n')).toBe('');
  });
});

/**
 * Every TypeScript exercise in the course, and every fixture, proves itself (see src/runners/typescript/node/
 * verify.ts). Goldens for wrong answers are rewritten only with UPDATE_GOLDEN=1.
 */
import { afterAll, describe, expect, test } from 'vitest';
import {
  disposeVerifier,
  findTypeScriptExercises,
  verifyTypeScriptExercise,
} from '../../src/runners/typescript/node/verify.ts';

const update = process.env.UPDATE_GOLDEN === '1';
const exercises = [
  ...(await findTypeScriptExercises('content')),
  ...(await findTypeScriptExercises('tests/fixtures/typescript')),
];

afterAll(() => disposeVerifier());

describe('TypeScript exercises', () => {
  test('there are exercises to prove', () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  test.each(exercises)('%s proves itself', async (dir) => {
    const report = await verifyTypeScriptExercise(dir, { update });
    if (report.updated.length > 0) console.info(`Recorded: ${report.updated.join(', ')}`);
    expect(report.problems).toEqual([]);
  });
});

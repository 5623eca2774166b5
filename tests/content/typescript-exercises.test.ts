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

describe('the TypeScript and FHIR module', () => {
  // The module also loads on its own, with no other module to lean on (the whole course is checked in course.test.ts).
  test('passes the course content loader (frontmatter, exercise.yaml, goldens)', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadCourse } = await import('../../src/lib/course/load-course');
    const dir = mkdtempSync(join(tmpdir(), 'cwc-ts-module-'));
    try {
      cpSync('content/05-typescript-and-fhir', join(dir, '05-typescript-and-fhir'), { recursive: true });
      writeFileSync(join(dir, 'course.yaml'), 'title: T\ntagline: T.\ndescription: T.\nmodules:\n  - 05-typescript-and-fhir\n');
      const { course, exercises } = loadCourse(dir, dir);
      expect(course.modules[0]?.lessons.map((l) => l.exercises)).toEqual([
        ['typed-temperature-score'],
        ['capped-dose'],
        ['patient-display-name'],
        ['latest-heart-rate'],
      ]);
      expect(exercises.every((e) => e.language === 'typescript' && e.wrong.length > 0)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, expect, test } from 'vitest';
import {
  PROGRESS_SCHEMA_VERSION,
  exerciseProgress,
  lastLocation,
  lessonVisit,
  progressExport,
  quarantineEntry,
  starterBase,
} from '../../../src/schema/progress';

const validExercise = {
  schemaVersion: PROGRESS_SCHEMA_VERSION,
  exerciseId: 'bmi',
  code: 'def bmi(w, h):\n    return w / h ** 2\n',
  starter: { hash: 'abc', text: 'def bmi(w, h):\n    pass\n' },
  status: 'passed',
  hintsUsed: 1,
  attempts: 3,
  firstSeenAt: 1,
  codeSavedAt: 2,
  passedAt: 3,
  updatedAt: 3,
};

describe('progress schema', () => {
  test('accepts a complete exercise record', () => {
    expect(exerciseProgress.parse(validExercise)).toEqual(validExercise);
  });

  test('rejects unknown statuses, negative counts, extra fields and other versions', () => {
    expect(exerciseProgress.safeParse({ ...validExercise, status: 'done' }).success).toBe(false);
    expect(exerciseProgress.safeParse({ ...validExercise, attempts: -1 }).success).toBe(false);
    expect(exerciseProgress.safeParse({ ...validExercise, surprise: true }).success).toBe(false);
    expect(exerciseProgress.safeParse({ ...validExercise, schemaVersion: 2 }).success).toBe(false);
  });

  test('lesson visits and the last location validate', () => {
    expect(lessonVisit.safeParse({ schemaVersion: 1, lessonId: 'a/b', count: 2, firstVisitedAt: 1, lastVisitedAt: 2 }).success).toBe(true);
    expect(lastLocation.safeParse({ schemaVersion: 1, lessonId: 'a/b', exerciseId: 'bmi', at: 5 }).success).toBe(true);
    expect(lastLocation.safeParse({ schemaVersion: 1, lessonId: '', at: 5 }).success).toBe(false);
  });

  test('every field of every stored shape is described, for the next maintainer', () => {
    for (const shape of [exerciseProgress, lessonVisit, lastLocation, quarantineEntry, starterBase, progressExport]) {
      for (const [name, field] of Object.entries(shape.shape)) {
        expect(field.description, `${name} needs .describe()`).toBeTruthy();
      }
    }
  });
});

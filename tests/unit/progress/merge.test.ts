import { describe, expect, test } from 'vitest';
import type { ExerciseProgress, ProgressSnapshot } from '../../../src/schema/progress';
import { mergeExercise, mergeLesson, mergeSnapshots } from '../../../src/lib/progress/merge';

const base: ExerciseProgress = {
  schemaVersion: 1,
  exerciseId: 'bmi',
  status: 'attempted',
  hintsUsed: 0,
  attempts: 1,
  firstSeenAt: 100,
  updatedAt: 100,
};

describe('merging two copies of progress', () => {
  test('the newer code wins, with the starter it was based on', () => {
    const older = { ...base, code: 'old', codeSavedAt: 200, starter: { hash: 'h1', text: 's1' }, updatedAt: 200 };
    const newer = { ...base, code: 'new', codeSavedAt: 300, starter: { hash: 'h2', text: 's2' }, updatedAt: 300 };
    expect(mergeExercise(older, newer)).toMatchObject({ code: 'new', codeSavedAt: 300, starter: { hash: 'h2' } });
    expect(mergeExercise(newer, older)).toMatchObject({ code: 'new', codeSavedAt: 300, starter: { hash: 'h2' } });
  });

  test('passed is never downgraded, even by a newer copy that has not passed', () => {
    const passed = { ...base, status: 'passed' as const, passedAt: 150, updatedAt: 150 };
    const laterAttempt = { ...base, status: 'attempted' as const, attempts: 4, code: 'broken', codeSavedAt: 900, updatedAt: 900 };
    const merged = mergeExercise(laterAttempt, passed);
    expect(merged.status).toBe('passed');
    expect(merged.passedAt).toBe(150);
    expect(merged.code).toBe('broken');
    expect(merged.attempts).toBe(4);
  });

  test('first-times take the earliest, counts the largest', () => {
    const a = { ...base, firstSeenAt: 50, hintsUsed: 2, attempts: 1 };
    const b = { ...base, firstSeenAt: 70, hintsUsed: 1, attempts: 5 };
    expect(mergeExercise(a, b)).toMatchObject({ firstSeenAt: 50, hintsUsed: 2, attempts: 5 });
    expect(
      mergeLesson(
        { schemaVersion: 1, lessonId: 'l', count: 3, firstVisitedAt: 10, lastVisitedAt: 20 },
        { schemaVersion: 1, lessonId: 'l', count: 1, firstVisitedAt: 5, lastVisitedAt: 30 },
      ),
    ).toEqual({ schemaVersion: 1, lessonId: 'l', count: 3, firstVisitedAt: 5, lastVisitedAt: 30 });
  });

  test('merging is commutative and idempotent, so importing a file twice changes nothing', () => {
    const a: ProgressSnapshot = {
      exercises: { bmi: { ...base, code: 'a', codeSavedAt: 10 }, egfr: { ...base, exerciseId: 'egfr', status: 'passed', passedAt: 4 } },
      lessons: { l1: { schemaVersion: 1, lessonId: 'l1', count: 2, firstVisitedAt: 1, lastVisitedAt: 9 } },
      location: { schemaVersion: 1, lessonId: 'l1', at: 9 },
    };
    const b: ProgressSnapshot = {
      exercises: { bmi: { ...base, code: 'b', codeSavedAt: 10 } },
      lessons: { l2: { schemaVersion: 1, lessonId: 'l2', count: 1, firstVisitedAt: 3, lastVisitedAt: 12 } },
      location: { schemaVersion: 1, lessonId: 'l2', exerciseId: 'x', at: 12 },
    };
    const ab = mergeSnapshots(a, b);
    expect(mergeSnapshots(b, a)).toEqual(ab);
    expect(mergeSnapshots(ab, b)).toEqual(ab);
    expect(mergeSnapshots(ab, ab)).toEqual(ab);
    expect(ab.location?.lessonId).toBe('l2');
    expect(Object.keys(ab.exercises).sort()).toEqual(['bmi', 'egfr']);
  });
});

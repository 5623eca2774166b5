import { describe, expect, test } from 'vitest';
import { continueTarget, courseProgress, exerciseRows, type CourseOutline } from '../../../src/lib/progress';
import type { ExerciseProgress, ProgressSnapshot } from '../../../src/schema/progress';

const outline: CourseOutline = {
  modules: [
    { id: '01-why-code', lessons: [{ id: '01-why-code/01-start', exercises: [] }] },
    {
      id: '02-python-first-steps',
      lessons: [
        { id: '02-python-first-steps/01-values', exercises: ['greet'] },
        { id: '02-python-first-steps/02-functions', exercises: ['bmi', 'bmi-category'] },
      ],
    },
  ],
};

function exercise(id: string, status: ExerciseProgress['status']): ExerciseProgress {
  return { schemaVersion: 1, exerciseId: id, status, hintsUsed: 0, attempts: status === 'not-started' ? 0 : 1, firstSeenAt: 1, updatedAt: 1, ...(status === 'passed' ? { passedAt: 2 } : {}) };
}

const empty: ProgressSnapshot = { exercises: {}, lessons: {} };

describe('derived progress views', () => {
  test('a new learner has 0% everywhere and starts at the first lesson', () => {
    const p = courseProgress(outline, empty);
    expect(p).toMatchObject({ done: 0, total: 4, percent: 0, complete: false });
    expect(p.modules.map((m) => m.percent)).toEqual([0, 0]);
    expect(continueTarget(outline, empty)).toEqual({ moduleId: '01-why-code', lessonId: '01-why-code/01-start', reason: 'start' });
  });

  test('exercises count when passed, reading-only lessons when visited; percentages round down', () => {
    const snapshot: ProgressSnapshot = {
      exercises: { greet: exercise('greet', 'passed'), bmi: exercise('bmi', 'attempted') },
      lessons: { '01-why-code/01-start': { schemaVersion: 1, lessonId: '01-why-code/01-start', count: 1, firstVisitedAt: 1, lastVisitedAt: 1 } },
    };
    const p = courseProgress(outline, snapshot);
    expect(p).toMatchObject({ done: 2, total: 4, percent: 50 });
    expect(p.modules[0]).toMatchObject({ complete: true, percent: 100 });
    expect(p.modules[1]).toMatchObject({ done: 1, total: 3, percent: 33, complete: false });
    expect(p.modules[1]?.lessons.map((l) => l.complete)).toEqual([true, false]);
  });

  test('the progress page lists every exercise in course order with its state', () => {
    const rows = exerciseRows(outline, { exercises: { bmi: exercise('bmi', 'passed') }, lessons: {} });
    expect(rows.map((r) => [r.exerciseId, r.status])).toEqual([
      ['greet', 'not-started'],
      ['bmi', 'passed'],
      ['bmi-category', 'not-started'],
    ]);
    expect(rows[1]).toMatchObject({ lessonId: '02-python-first-steps/02-functions', passedAt: 2, attempts: 1 });
  });

  test('continue resumes the unfinished lesson and exercise the learner was last on', () => {
    const snapshot: ProgressSnapshot = {
      exercises: {},
      lessons: {},
      location: { schemaVersion: 1, lessonId: '02-python-first-steps/02-functions', exerciseId: 'bmi-category', at: 5 },
    };
    expect(continueTarget(outline, snapshot)).toEqual({
      moduleId: '02-python-first-steps',
      lessonId: '02-python-first-steps/02-functions',
      exerciseId: 'bmi-category',
      reason: 'resume',
    });
  });

  test('after finishing the last lesson visited, continue goes to the next unfinished one, wrapping to earlier gaps', () => {
    const snapshot: ProgressSnapshot = {
      exercises: { bmi: exercise('bmi', 'passed'), 'bmi-category': exercise('bmi-category', 'passed') },
      lessons: {},
      location: { schemaVersion: 1, lessonId: '02-python-first-steps/02-functions', at: 5 },
    };
    expect(continueTarget(outline, snapshot)).toMatchObject({ lessonId: '01-why-code/01-start', reason: 'next' });
  });

  test('a location in a lesson that no longer exists is ignored; a finished course says so', () => {
    const all: ProgressSnapshot = {
      exercises: Object.fromEntries(['greet', 'bmi', 'bmi-category'].map((id) => [id, exercise(id, 'passed')])),
      lessons: { '01-why-code/01-start': { schemaVersion: 1, lessonId: '01-why-code/01-start', count: 2, firstVisitedAt: 1, lastVisitedAt: 3 } },
      location: { schemaVersion: 1, lessonId: 'gone/lesson', at: 9 },
    };
    expect(courseProgress(outline, all)).toMatchObject({ percent: 100, complete: true });
    expect(continueTarget(outline, all)).toMatchObject({ lessonId: '02-python-first-steps/02-functions', reason: 'finished' });
    expect(continueTarget({ modules: [] }, all)).toBeUndefined();
  });
});

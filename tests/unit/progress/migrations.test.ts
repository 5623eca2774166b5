import { describe, expect, test } from 'vitest';
import { exerciseProgress } from '../../../src/schema/progress';
import { MigrationError, migrateRecord, migrations, versionOf, type Migration } from '../../../src/lib/progress/migrations';
import { readRecord } from '../../../src/lib/progress/records';

describe('migrations', () => {
  test('there is one step for every version below the current one', () => {
    expect(migrations.map((m) => m.from)).toEqual([0]);
  });

  test('an unversioned (version 0) passed exercise becomes a valid version-1 record', () => {
    const migrated = migrateRecord({ code: 'print(1)', passed: true, savedAt: 1000 }, 'exercise/bmi');
    expect(exerciseProgress.parse(migrated)).toEqual({
      schemaVersion: 1,
      exerciseId: 'bmi',
      code: 'print(1)',
      codeSavedAt: 1000,
      status: 'passed',
      hintsUsed: 0,
      attempts: 1,
      firstSeenAt: 1000,
      passedAt: 1000,
      updatedAt: 1000,
    });
  });

  test('a version-0 record without a time or a pass is kept as not started, code intact', () => {
    const migrated = exerciseProgress.parse(migrateRecord({ code: 'x = 1' }, 'exercise/bmi'));
    expect(migrated.status).toBe('not-started');
    expect(migrated.code).toBe('x = 1');
    expect(migrated.passedAt).toBeUndefined();
  });

  test('version 0 had only exercise records; anything else cannot be migrated', () => {
    expect(() => migrateRecord({ count: 1 }, 'lesson/a/b')).toThrow(MigrationError);
    expect(() => migrateRecord({ code: 42 }, 'exercise/bmi')).toThrow(/no code in a version-0 record/);
  });

  test('damage is not mistaken for a version-0 record: no code, or fields version 0 never had', () => {
    expect(() => migrateRecord({}, 'exercise/bmi')).toThrow(MigrationError);
    expect(() => migrateRecord({ version: 1, garbage: 'x' }, 'exercise/bmi')).toThrow(/no code/);
    expect(() => migrateRecord({ code: 'x', status: 'passed' }, 'exercise/bmi')).toThrow(/unexpected fields in a version-0 record: status/);
    expect(readRecord('exercise/bmi', { version: 1, garbage: 'x' })).toMatchObject({ state: 'corrupt' });
  });

  test('current records pass through untouched; newer ones are refused', () => {
    const current = { schemaVersion: 1, lessonId: 'a/b', count: 1, firstVisitedAt: 1, lastVisitedAt: 1 };
    expect(migrateRecord(current, 'lesson/a/b')).toBe(current);
    expect(() => migrateRecord({ ...current, schemaVersion: 2 }, 'lesson/a/b')).toThrow(/newer/);
  });

  test('the machinery applies several steps in order and stamps each version', () => {
    const seen: number[] = [];
    const registry: Migration[] = [
      { from: 0, description: 'add a', migrate: (r) => (seen.push(versionOf(r)), { ...r, a: 1 }) },
      { from: 1, description: 'rename a to b', migrate: ({ a, ...r }) => (seen.push(versionOf(r)), { ...r, b: a }) },
    ];
    expect(migrateRecord({ x: 0 }, 'exercise/e', registry, 2)).toEqual({ x: 0, b: 1, schemaVersion: 2 });
    expect(seen).toEqual([0, 1]);
  });

  test('a gap in the registry is reported, not skipped', () => {
    expect(() => migrateRecord({ schemaVersion: 1 }, 'exercise/e', [], 2)).toThrow(/no migration from version 1/);
  });

  test('readRecord migrates JSON text from localStorage and flags it as migrated', () => {
    const outcome = readRecord('exercise/bmi', JSON.stringify({ code: 'x', passed: false, savedAt: 5 }));
    expect(outcome.state).toBe('ok');
    expect(outcome.state === 'ok' && outcome.migrated).toBe(true);
  });

  test('readRecord calls garbage corrupt, a newer record newer, and a record under the wrong key corrupt', () => {
    expect(readRecord('exercise/bmi', '{not json')).toEqual({ state: 'corrupt', reason: 'not valid JSON' });
    expect(readRecord('exercise/bmi', [1, 2])).toMatchObject({ state: 'corrupt' });
    expect(readRecord('exercise/bmi', { schemaVersion: 7 })).toEqual({ state: 'newer', version: 7 });
    const other = { schemaVersion: 1, exerciseId: 'other', status: 'not-started', hintsUsed: 0, attempts: 0, firstSeenAt: 0, updatedAt: 0 };
    expect(readRecord('exercise/bmi', other)).toMatchObject({ state: 'corrupt', reason: expect.stringContaining('"other"') });
  });
});

import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { exportFileName, importMessages, openProgressStore, type ProgressStore } from '../../../src/lib/progress';
import { parseImport } from '../../../src/lib/progress/export-import';
import { manualClock } from './helpers';

const stores: ProgressStore[] = [];
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  vi.restoreAllMocks();
});

async function freshStore(now = manualClock().now): Promise<ProgressStore> {
  const store = await openProgressStore({ indexedDB: new IDBFactory(), localStorage: null, channel: null, storageManager: null, now });
  stores.push(store);
  return store;
}

describe('export file', () => {
  test('names the app, the version and the date, and carries every record', async () => {
    const clock = manualClock(Date.UTC(2025, 2, 7, 9, 30));
    const store = await freshStore(clock.now);
    await store.openExercise('bmi', 'starter');
    await store.recordCheck('bmi', { passed: true, code: 'solution' });
    await store.visitLesson('02-python-first-steps/03-functions');
    const file = JSON.parse(await store.exportProgress());
    expect(file).toMatchObject({ app: 'clinicians-who-code', version: 1, exportedAt: '2025-03-07T09:30:00.000Z', quarantine: [] });
    expect(file.exercises).toEqual([expect.objectContaining({ exerciseId: 'bmi', code: 'solution', status: 'passed' })]);
    expect(file.lessons).toHaveLength(1);
    expect(file.location.lessonId).toBe('02-python-first-steps/03-functions');
    expect(exportFileName(new Date(clock.now()))).toBe('clinicians-who-code-progress-2025-03-07.json');
  });

  test('export, erase, import restores everything', async () => {
    const store = await freshStore();
    await store.openExercise('bmi', 'starter');
    await store.recordCheck('bmi', { passed: true, code: 'solution' });
    await store.recordHints('bmi', 2);
    await store.visitLesson('a/b');
    const before = await store.snapshot();
    const text = await store.exportProgress();
    await store.eraseAll();
    expect(await store.snapshot()).toEqual({ exercises: {}, lessons: {} });
    expect(await store.importProgress(text, 'replace')).toEqual({ ok: true, exercises: 1, lessons: 1, setAside: 0 });
    expect(await store.snapshot()).toEqual(before);
  });

  test('merge keeps the newer code per exercise and never loses a pass; replace takes the file as it is', async () => {
    const clock = manualClock();
    const other = await freshStore(clock.now);
    await other.recordCheck('bmi', { passed: true, code: 'passed on the ward PC' });
    await other.saveCode('egfr', 'egfr from the ward PC');
    const file = await other.exportProgress();

    clock.advance(60_000);
    const mine = await freshStore(clock.now);
    await mine.recordCheck('bmi', { passed: false, code: 'newer, broken, at home' });
    await mine.saveCode('news2', 'only at home');
    expect(await mine.importProgress(file, 'merge')).toMatchObject({ ok: true, exercises: 2 });
    const merged = await mine.snapshot();
    expect(merged.exercises.bmi).toMatchObject({ status: 'passed', code: 'newer, broken, at home' });
    expect(Object.keys(merged.exercises).sort()).toEqual(['bmi', 'egfr', 'news2']);

    await mine.importProgress(file, 'replace');
    const replaced = await mine.snapshot();
    expect(Object.keys(replaced.exercises).sort()).toEqual(['bmi', 'egfr']);
    expect(replaced.exercises.bmi?.code).toBe('passed on the ward PC');
  });

  test('importing the same file twice changes nothing the second time', async () => {
    const source = await freshStore();
    await source.recordCheck('bmi', { passed: true, code: 'x' });
    const file = await source.exportProgress();
    const target = await freshStore();
    await target.importProgress(file, 'merge');
    const once = await target.snapshot();
    await target.importProgress(file, 'merge');
    expect(await target.snapshot()).toEqual(once);
  });
});

describe('reading an import file', () => {
  test('anything that is not our export is refused in plain words', () => {
    expect(parseImport('not json at all', 0)).toMatchObject({ ok: false, message: importMessages.notAnExport });
    expect(parseImport('{"app":"something-else","version":1}', 0)).toMatchObject({ ok: false, message: importMessages.notAnExport });
    expect(importMessages.notAnExport).toMatch(/^This file isn't a Clinicians Who Code export/);
  });

  test('a file from a newer version says so, and how to fix it', () => {
    const result = parseImport(JSON.stringify({ app: 'clinicians-who-code', version: 99, exportedAt: '', exercises: [], lessons: [] }), 0);
    expect(result).toMatchObject({ ok: false, message: importMessages.newerVersion });
    expect(importMessages.newerVersion).toMatch(/newer version of the course.*Reload the page/);
  });

  test('a damaged envelope imports nothing', () => {
    const result = parseImport(JSON.stringify({ app: 'clinicians-who-code', version: 1, exportedAt: 'x', exercises: 'lots' }), 0);
    expect(result).toMatchObject({ ok: false, message: importMessages.damaged });
  });

  test('older records in a file are migrated; unreadable ones are kept aside, not dropped', () => {
    const file = {
      app: 'clinicians-who-code',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      exercises: [
        { exerciseId: 'bmi', schemaVersion: 0, code: 'v0 code', passed: true, savedAt: 5 },
        { schemaVersion: 1, exerciseId: 'broken', status: 'nope' },
      ],
      lessons: [],
    };
    const result = parseImport(JSON.stringify(file), 1234);
    if (!result.ok) throw new Error(result.message);
    expect(result.snapshot.exercises.bmi).toMatchObject({ code: 'v0 code', status: 'passed', schemaVersion: 1 });
    expect(result.setAside).toBe(1);
    expect(result.quarantine).toEqual([
      expect.objectContaining({ key: 'exercise/broken', at: 1234, reason: expect.stringMatching(/^in an imported file/) }),
    ]);
  });
});

import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openProgressStore, type ProgressStore, type ProgressStoreOptions } from '../../../src/lib/progress';
import { DEFAULT_DB_NAME } from '../../../src/lib/progress/storage/indexeddb';
import { RECORD_PREFIX } from '../../../src/lib/progress/storage/local-storage';
import { openChannel } from '../../../src/lib/progress/sync';
import { BlockedWebStorage, MemoryWebStorage, manualClock, uniqueChannelName } from './helpers';

const opened: ProgressStore[] = [];
beforeEach(() => {
  // The store logs problems for developers; the assertions below check what the learner is told instead.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.restoreAllMocks();
});

async function open(options: ProgressStoreOptions): Promise<ProgressStore> {
  const store = await openProgressStore({ channel: null, storageManager: null, localStorage: null, ...options });
  opened.push(store);
  return store;
}

/** Writes a value straight into the IndexedDB records store, as a bug or a damaged disk might. */
async function putRaw(factory: IDBFactory, key: string, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(DEFAULT_DB_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('records', 'readwrite');
    tx.objectStore('records').put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('progress store on IndexedDB', () => {
  test('code, checks, hints and visits survive a reload (a new store on the same database)', async () => {
    const indexedDB = new IDBFactory();
    const clock = manualClock();
    const first = await open({ indexedDB, now: clock.now });
    expect(first.status).toEqual({ persistence: 'indexeddb', savedBeyondThisTab: true, problems: [] });
    await first.openExercise('bmi', 'def bmi(w, h):\n    pass\n');
    clock.advance(1000);
    await first.saveCode('bmi', 'def bmi(w, h):\n    return w / h ** 2\n');
    await first.recordHints('bmi', 2);
    await first.recordCheck('bmi', { passed: false });
    await first.recordCheck('bmi', { passed: true });
    await first.visitLesson('02-python-first-steps/03-functions');
    first.close();

    const second = await open({ indexedDB, now: clock.now });
    const bmi = await second.getExercise('bmi');
    expect(bmi).toMatchObject({ code: 'def bmi(w, h):\n    return w / h ** 2\n', status: 'passed', attempts: 2, hintsUsed: 2 });
    const snapshot = await second.snapshot();
    expect(snapshot.lessons['02-python-first-steps/03-functions']?.count).toBe(1);
    expect(snapshot.location?.lessonId).toBe('02-python-first-steps/03-functions');
  });

  test('a later failing check never takes the pass away', async () => {
    const store = await open({ indexedDB: new IDBFactory() });
    await store.recordCheck('bmi', { passed: true, code: 'good' });
    const after = await store.recordCheck('bmi', { passed: false, code: 'broken' });
    expect(after.status).toBe('passed');
    expect(after.code).toBe('broken');
  });

  test('a changed starter keeps the learner\'s code and is reported until they choose', async () => {
    const { starterChanged } = await import('../../../src/lib/progress');
    const store = await open({ indexedDB: new IDBFactory() });
    await store.openExercise('bmi', 'old starter');
    await store.saveCode('bmi', 'my work');
    const reopened = await store.openExercise('bmi', 'new starter');
    expect(reopened.code).toBe('my work');
    expect(starterChanged(reopened, 'new starter')).toBe(true);
    const kept = await store.acceptNewStarter('bmi', 'new starter');
    expect(kept.code).toBe('my work');
    expect(starterChanged(kept, 'new starter')).toBe(false);
    const reset = await store.resetToStarter('bmi', 'new starter');
    expect(reset.code).toBe('new starter');
  });

  test('an unreadable record is kept aside (not deleted), reported, and the course carries on', async () => {
    const indexedDB = new IDBFactory();
    await (await open({ indexedDB })).saveCode('egfr', 'fine');
    await putRaw(indexedDB, 'exercise/bmi', { schemaVersion: 1, exerciseId: 'bmi', status: 'finished?!' });
    const store = await open({ indexedDB });
    const statuses: string[][] = [];
    store.onStatusChange((s) => statuses.push(s.problems.map((p) => p.kind)));

    const snapshot = await store.snapshot();
    expect(Object.keys(snapshot.exercises)).toEqual(['egfr']);
    expect(store.status.problems.map((p) => p.kind)).toEqual(['data-set-aside']);
    expect(store.status.problems[0]?.message).toMatch(/put it safely to one side \(nothing was deleted\)/);
    expect(store.status.savedBeyondThisTab).toBe(true);
    expect(statuses).toContainEqual(['data-set-aside']);

    const kept = await store.quarantined();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ key: 'exercise/bmi', reason: expect.stringContaining('status') });
    expect(JSON.parse(kept[0]!.raw)).toEqual({ schemaVersion: 1, exerciseId: 'bmi', status: 'finished?!' });

    // The learner can carry on with that exercise from scratch.
    expect((await store.saveCode('bmi', 'fresh start')).code).toBe('fresh start');
    // And the set-aside copy travels with an export.
    expect(JSON.parse(await store.exportProgress()).quarantine).toHaveLength(1);
  });

  test('a record from a newer version of the site is left untouched, even when this tab writes', async () => {
    const indexedDB = new IDBFactory();
    const fromTheFuture = { schemaVersion: 9, exerciseId: 'bmi', somethingNew: true };
    await (await open({ indexedDB })).saveCode('egfr', 'x');
    await putRaw(indexedDB, 'exercise/bmi', fromTheFuture);
    const store = await open({ indexedDB });
    const written = await store.saveCode('bmi', 'typed in the old version');
    expect(written.code).toBe('typed in the old version');
    expect(store.status.problems.map((p) => p.kind)).toContain('newer-version');
    const again = await open({ indexedDB });
    expect(await again.quarantined()).toEqual([]);
    await again.getExercise('bmi');
    expect(again.status.problems.map((p) => p.kind)).toEqual(['newer-version']);
  });

  test('storage full: the change is kept for this tab, the learner is told, and saving resumes when it can', async () => {
    const indexedDB = new IDBFactory();
    const store = await open({ indexedDB });
    await store.saveCode('bmi', 'saved');
    const { IDBObjectStore } = await import('fake-indexeddb');
    const realPut = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const kept = await store.saveCode('bmi', 'typed while full');
    expect(kept.code).toBe('typed while full');
    expect(store.status.savedBeyondThisTab).toBe(false);
    expect(store.status.problems[0]).toMatchObject({ kind: 'storage-full', message: expect.stringMatching(/storage space .* is full/) });
    expect((await store.getExercise('bmi'))?.code).toBe('typed while full');

    spy.mockImplementation(realPut);
    await store.recordHints('bmi', 1);
    expect(store.status.problems).toEqual([]);
    const reloaded = await open({ indexedDB });
    expect(await reloaded.getExercise('bmi')).toMatchObject({ code: 'typed while full', hintsUsed: 1 });
  });

  test('two tabs: each hears about the other\'s changes, and a late stale save never overwrites newer code', async () => {
    const indexedDB = new IDBFactory();
    const name = uniqueChannelName();
    const clock = manualClock();
    const tabA = await open({ indexedDB, now: clock.now, channel: openChannel(name) });
    const tabB = await open({ indexedDB, now: clock.now, channel: openChannel(name) });
    const heardByB = new Promise<string>((resolve) => tabB.onChange((c) => c.source === 'other-tab' && resolve(c.key)));

    await tabA.saveCode('bmi', 'from A', 2_000);
    expect(await heardByB).toBe('exercise/bmi');
    expect((await tabB.getExercise('bmi'))?.code).toBe('from A');

    await tabB.saveCode('bmi', 'from B, later', 3_000);
    const late = await tabA.saveCode('bmi', 'from A, stale flush', 2_500);
    expect(late.code).toBe('from B, later');
    // Independent actions in two tabs both count.
    await Promise.all([tabA.recordCheck('bmi', { passed: false }), tabB.recordCheck('bmi', { passed: false })]);
    expect((await tabA.getExercise('bmi'))?.attempts).toBe(2);
  });

  test('erase all removes every record and the quarantine', async () => {
    const indexedDB = new IDBFactory();
    const store = await open({ indexedDB });
    await store.saveCode('bmi', 'x');
    await store.visitLesson('a/b');
    await putRaw(indexedDB, 'exercise/bad', 'garbage');
    await store.snapshot();
    expect(await store.quarantined()).toHaveLength(1);
    expect(await store.eraseAll()).toBe(true);
    expect(await store.snapshot()).toEqual({ exercises: {}, lessons: {} });
    expect(await store.quarantined()).toEqual([]);
    expect(store.status.problems).toEqual([]);
  });
});

describe('progress store fallbacks', () => {
  const blockedIndexedDB = {
    open() {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    },
  } as unknown as IDBFactory;

  test('blocked IndexedDB falls back to localStorage, which keeps progress across reloads', async () => {
    const localStorage = new MemoryWebStorage();
    const store = await open({ indexedDB: blockedIndexedDB, localStorage });
    expect(store.status).toEqual({ persistence: 'localstorage', savedBeyondThisTab: true, problems: [] });
    await store.saveCode('bmi', 'kept in localStorage');
    const reloaded = await open({ indexedDB: blockedIndexedDB, localStorage });
    expect((await reloaded.getExercise('bmi'))?.code).toBe('kept in localStorage');
  });

  test('an IndexedDB that never answers is given up on after the timeout', async () => {
    const silent = { open: () => ({}) } as unknown as IDBFactory;
    const store = await open({ indexedDB: silent, localStorage: new MemoryWebStorage(), openTimeoutMs: 20 });
    expect(store.status.persistence).toBe('localstorage');
  });

  test('with every storage blocked, the course still works in memory and says it is not saved beyond the tab', async () => {
    const store = await open({ indexedDB: blockedIndexedDB, localStorage: new BlockedWebStorage() });
    expect(store.status.persistence).toBe('memory');
    expect(store.status.savedBeyondThisTab).toBe(false);
    expect(store.status.problems[0]?.message).toMatch(/only be kept until you close this tab/);
    await store.recordCheck('bmi', { passed: true, code: 'works' });
    expect(await store.getExercise('bmi')).toMatchObject({ status: 'passed', code: 'works' });
  });

  test('localStorage full is reported, not thrown', async () => {
    const store = await open({ indexedDB: null, localStorage: new MemoryWebStorage(400) });
    await store.saveCode('bmi', 'short');
    const big = await store.saveCode('bmi', 'x'.repeat(1000));
    expect(big.code).toHaveLength(1000);
    expect(store.status.problems.map((p) => p.kind)).toEqual(['storage-full']);
  });

  test('records left in localStorage (an early version\'s unversioned records, or a fallback session) move into IndexedDB', async () => {
    const localStorage = new MemoryWebStorage();
    localStorage.setItem(`${RECORD_PREFIX}exercise/bmi`, JSON.stringify({ code: 'from version 0', passed: true, savedAt: 10 }));
    localStorage.setItem(`${RECORD_PREFIX}exercise/broken`, '{oops');
    const indexedDB = new IDBFactory();
    const store = await open({ indexedDB, localStorage });
    expect(store.status.persistence).toBe('indexeddb');
    expect(await store.getExercise('bmi')).toMatchObject({ code: 'from version 0', status: 'passed', schemaVersion: 1 });
    expect((await store.quarantined()).map((q) => q.key)).toEqual(['exercise/broken']);
    expect(localStorage.length).toBe(0);
  });
});

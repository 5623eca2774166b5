/**
 * The progress store: the one module the site uses to keep a learner's progress on their device.
 *
 *   const store = await openProgressStore();
 *   const progress = await store.openExercise('bmi', starter);   // editor shows codeToShow(progress, starter)
 *   await store.saveCode('bmi', code);                          // via createAutosave, debounced
 *   await store.recordCheck('bmi', { passed: results.status === 'pass', code });
 *
 * Every method resolves (never rejects); problems appear in `store.status` and `onStatusChange`.
 */
import type { ExerciseProgress, LastLocation, LessonVisit, ProgressSnapshot, QuarantineEntry } from '../../schema/progress';
import { buildExport, parseImport, serializeExport } from './export-import';
import { LOCATION_KEY, exerciseKey, lessonKey } from './keys';
import { mergeRecord } from './merge';
import { located, newExercise, seen, visited, withCheck, withCode, withHints, withStarter } from './record-updates';
import { quarantineFor, readRecord, type StoredRecord } from './records';
import { StoreCore } from './store-core';
import type { ChannelLike } from './sync';
import type { StorageAdapter } from './storage/types';

export type ImportMode = 'merge' | 'replace';

export type ImportOutcome =
  | { ok: true; exercises: number; lessons: number; setAside: number }
  | { ok: false; message: string };

export class ProgressStore extends StoreCore {
  constructor(
    adapter: StorageAdapter,
    now: () => number,
    channel: ChannelLike | undefined,
    private readonly secondary: StorageAdapter | undefined,
    private readonly storageManager: StorageManager | undefined,
  ) {
    super(adapter, now, channel);
  }

  async getExercise(exerciseId: string): Promise<ExerciseProgress | undefined> {
    return (await this.read(exerciseKey(exerciseId))) as ExerciseProgress | undefined;
  }

  /** The exercise is on screen: records when it was first seen and the starter the learner begins from. */
  openExercise(exerciseId: string, starter: string): Promise<ExerciseProgress> {
    return this.write<ExerciseProgress>(exerciseKey(exerciseId), (cur) => seen(cur, exerciseId, starter, this.now()));
  }

  /** Saves the learner's code. `at` defaults to now; an older `at` than the stored code's is ignored. */
  saveCode(exerciseId: string, code: string, at: number = this.now()): Promise<ExerciseProgress> {
    return this.write<ExerciseProgress>(exerciseKey(exerciseId), (cur) =>
      withCode(cur ?? newExercise(exerciseId, undefined, at), code, at),
    );
  }

  /** A Check finished: counts the attempt, marks passed (for good), and saves the code that was checked. */
  recordCheck(exerciseId: string, check: { passed: boolean; code?: string }): Promise<ExerciseProgress> {
    const at = this.now();
    return this.write<ExerciseProgress>(exerciseKey(exerciseId), (cur) => {
      const base = cur ?? newExercise(exerciseId, undefined, at);
      return withCheck(check.code === undefined ? base : withCode(base, check.code, at), check.passed, at);
    });
  }

  /** The learner has now revealed `hintsUsed` hints (1 after the first). */
  recordHints(exerciseId: string, hintsUsed: number): Promise<ExerciseProgress> {
    const at = this.now();
    return this.write<ExerciseProgress>(exerciseKey(exerciseId), (cur) => withHints(cur ?? newExercise(exerciseId, undefined, at), hintsUsed, at));
  }

  /** "Start again from the new starter": replaces the learner's code with `starter`. */
  resetToStarter(exerciseId: string, starter: string): Promise<ExerciseProgress> {
    const at = this.now();
    return this.write<ExerciseProgress>(exerciseKey(exerciseId), (cur) => withStarter(cur ?? newExercise(exerciseId, starter, at), starter, true, at));
  }

  /** "Keep my code": dismisses the changed-starter notice, basing the code on the new starter from now on. */
  acceptNewStarter(exerciseId: string, starter: string): Promise<ExerciseProgress> {
    const at = this.now();
    return this.write<ExerciseProgress>(exerciseKey(exerciseId), (cur) => withStarter(cur ?? newExercise(exerciseId, starter, at), starter, false, at));
  }

  /** A lesson page opened: counts the visit and makes it the "continue where you left off" target. */
  async visitLesson(lessonId: string): Promise<LessonVisit> {
    const at = this.now();
    const visit = await this.write<LessonVisit>(lessonKey(lessonId), (cur) => visited(cur, lessonId, at));
    await this.setLocation(lessonId, undefined, at);
    return visit;
  }

  /** Where the learner is, e.g. the exercise they are working on within a lesson. */
  setLocation(lessonId: string, exerciseId?: string, at: number = this.now()): Promise<LastLocation> {
    return this.write<LastLocation>(LOCATION_KEY, (cur) => located(cur, lessonId, exerciseId, at));
  }

  /** Everything, for the derived views (sidebar ticks, percentages, progress page). */
  async snapshot(): Promise<ProgressSnapshot> {
    const snapshot: ProgressSnapshot = { exercises: {}, lessons: {} };
    let entries: Array<[string, unknown]> = [];
    try {
      entries = await this.adapter.entries();
    } catch (error) {
      this.report('write-failed', `could not read progress: ${String(error)}`);
      entries = [...this.known];
    }
    const keys = new Set(entries.map(([k]) => k));
    for (const key of this.unsaved.keys()) if (!keys.has(key)) entries.push([key, undefined]);
    for (const [key, raw] of entries) {
      const record = await this.accept(key, raw);
      if (record) place(snapshot, record);
    }
    return snapshot;
  }

  /** Everything kept aside as unreadable. */
  async quarantined(): Promise<QuarantineEntry[]> {
    try {
      return await this.adapter.quarantine();
    } catch {
      return [];
    }
  }

  /** The export file's text; save it with exportFileName(new Date()) as the name. */
  async exportProgress(): Promise<string> {
    return serializeExport(buildExport(await this.snapshot(), await this.quarantined(), new Date(this.now())));
  }

  /** Imports an export file's text, merging (newer wins per exercise; passed never lost) or replacing. */
  async importProgress(text: string, mode: ImportMode): Promise<ImportOutcome> {
    const parsed = parseImport(text, this.now());
    if (!parsed.ok) return { ok: false, message: parsed.message };
    const { snapshot, quarantine } = parsed;
    const records: Array<[string, StoredRecord]> = [
      ...Object.values(snapshot.exercises).map((r) => [exerciseKey(r.exerciseId), r] as [string, StoredRecord]),
      ...Object.values(snapshot.lessons).map((r) => [lessonKey(r.lessonId), r] as [string, StoredRecord]),
      ...(snapshot.location ? [[LOCATION_KEY, snapshot.location] as [string, StoredRecord]] : []),
    ];
    try {
      if (mode === 'replace') {
        await this.adapter.replaceAll(records, quarantine);
        this.known.clear();
        this.unsaved.clear();
      } else {
        if (quarantine.length) await this.adapter.keepAside(quarantine);
        for (const [key, record] of records) await this.write<StoredRecord>(key, (cur) => (cur ? mergeRecord(cur, record) : record));
      }
    } catch (error) {
      this.report('write-failed', String(error));
      return { ok: false, message: "The course couldn't save the imported progress on this device, so nothing was changed. Please try again." };
    }
    this.announce('*');
    return { ok: true, exercises: Object.keys(snapshot.exercises).length, lessons: Object.keys(snapshot.lessons).length, setAside: parsed.setAside };
  }

  /** "Erase all my data on this device": every record and the quarantine, in every storage we used. */
  async eraseAll(): Promise<boolean> {
    try {
      await this.adapter.clear();
      await this.secondary?.clear();
    } catch (error) {
      this.report('write-failed', String(error));
      return false;
    }
    this.known.clear();
    this.unsaved.clear();
    this.held.clear();
    this.resolve('storage-full', 'write-failed', 'data-set-aside', 'newer-version');
    this.announce('*');
    return true;
  }

  /** Asks the browser not to clear this site's storage under pressure. Resolves with whether it agreed. */
  async requestPersistentStorage(): Promise<boolean> {
    try {
      return (await this.storageManager?.persist?.()) ?? false;
    } catch {
      return false;
    }
  }

  /**
   * @internal Moves records left in another storage (a session that fell back to localStorage, or an early
   * version's unversioned records) into this one, merging with what is here. Unreadable ones go to the quarantine.
   */
  async adoptFrom(source: StorageAdapter): Promise<void> {
    try {
      for (const [key, raw] of await source.entries()) {
        const outcome = readRecord(key, raw);
        if (outcome.state === 'newer') continue;
        if (outcome.state === 'ok') {
          const record = outcome.record;
          await this.write<StoredRecord>(key, (cur) => (cur ? mergeRecord(cur, record) : record));
        } else {
          await this.adapter.keepAside([quarantineFor(key, raw, `in ${source.kind}: ${outcome.reason}`, this.now())]);
          this.report('data-set-aside', `${key}: ${outcome.reason}`);
        }
        if (!this.unsaved.has(key)) await source.remove(key);
      }
    } catch (error) {
      // Adoption is a courtesy: whatever is left stays where it was, for next time.
      console.warn('[progress] could not adopt older records', error);
    }
  }

  /** @internal Marks that a newer version in another tab took over the database. */
  needsReload(): void {
    this.report('reload-needed');
  }
}

function place(snapshot: ProgressSnapshot, record: StoredRecord): void {
  if ('status' in record) snapshot.exercises[record.exerciseId] = record;
  else if ('count' in record) snapshot.lessons[record.lessonId] = record;
  else snapshot.location = record;
}

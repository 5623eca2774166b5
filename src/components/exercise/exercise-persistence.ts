/**
 * The exercise's link to the progress store (src/lib/progress), in one place: restore on load, autosave while
 * typing (debounced, and flushed on pagehide), attempts, passes and hints. The store loads with a dynamic import
 * shared by the whole page (src/scripts/progress-store.ts), so it never weighs on the lesson's first paint.
 * Every call is safe to make before the store has loaded, and none of them ever throws at the learner.
 */
import { getProgressStore } from '../../scripts/progress-store';

export interface Restored {
  code: string;
  hintsUsed: number;
  passed: boolean;
  attempts: number;
  /** The tutor changed the starter since the learner began (their code is kept). */
  starterChanged: boolean;
}

export interface ExercisePersistence {
  restore(): Promise<Restored | undefined>;
  saveSoon(code: string): void;
  /** Resolves once the check is stored (or storing failed, which the store reports itself); never rejects. */
  recordCheck(passed: boolean, code: string): Promise<void>;
  recordHints(count: number): void;
  /** The learner is working here: "continue where you left off" should come back to this exercise. */
  markLocation(): void;
  takeNewStarter(): Promise<void>;
  keepMyCode(): Promise<void>;
}

const quietly = (what: string) => (error: unknown) => console.warn(`[exercise] could not ${what}`, error);

export function createExercisePersistence(exerciseId: string, starter: string, lessonId: string | undefined): ExercisePersistence {
  const loaded = Promise.all([getProgressStore(), import('../../lib/progress')]);
  const autosave = loaded.then(([store, progress]) => progress.createAutosave({ save: (code: string) => store.saveCode(exerciseId, code) }));
  let located = false;

  return {
    async restore() {
      try {
        const [store, progress] = await loaded;
        const record = await store.openExercise(exerciseId, starter);
        return {
          code: progress.codeToShow(record, starter),
          hintsUsed: record.hintsUsed,
          passed: record.status === 'passed',
          attempts: record.attempts,
          starterChanged: progress.starterChanged(record, starter),
        };
      } catch (error) {
        quietly('restore your code')(error);
        return undefined;
      }
    },
    saveSoon(code) {
      autosave.then((a) => a.schedule(code), quietly('save your code'));
    },
    recordCheck(passed, code) {
      return loaded.then(([store]) => store.recordCheck(exerciseId, { passed, code })).then(() => undefined, quietly('record the check'));
    },
    recordHints(count) {
      loaded.then(([store]) => store.recordHints(exerciseId, count), quietly('record the hints'));
    },
    markLocation() {
      if (located || !lessonId) return;
      located = true;
      loaded.then(([store]) => store.setLocation(lessonId, exerciseId), quietly('remember where you are'));
    },
    async takeNewStarter() {
      const [store] = await loaded;
      await store.resetToStarter(exerciseId, starter);
    },
    async keepMyCode() {
      const [store] = await loaded;
      await store.acceptNewStarter(exerciseId, starter);
    },
  };
}

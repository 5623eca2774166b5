/**
 * How each learner action changes a record. Pure functions of (current record, action, time), run inside the
 * storage transaction; the store just applies them. A function returns its input unchanged when nothing changes,
 * so the store can skip the write.
 */
import {
  PROGRESS_SCHEMA_VERSION,
  type ExerciseProgress,
  type LastLocation,
  type LessonVisit,
} from '../../schema/progress';
import { hashText } from './hash';

export function newExercise(exerciseId: string, starter: string | undefined, at: number): ExerciseProgress {
  const record: ExerciseProgress = {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    exerciseId,
    status: 'not-started',
    hintsUsed: 0,
    attempts: 0,
    firstSeenAt: at,
    updatedAt: at,
  };
  if (starter !== undefined) record.starter = { hash: hashText(starter), text: starter };
  return record;
}

/** First sight of an exercise: create its record, or fill in the starter a version-0 record lacks. */
export function seen(current: ExerciseProgress | undefined, id: string, starter: string, at: number): ExerciseProgress {
  if (!current) return newExercise(id, starter, at);
  if (current.starter) return current;
  return { ...current, starter: { hash: hashText(starter), text: starter }, updatedAt: Math.max(current.updatedAt, at) };
}

/**
 * New code typed at time `at`. Last writer wins by time: a save stamped earlier than the stored code (a late flush
 * from a tab that fell behind) is ignored rather than overwriting newer work.
 */
export function withCode(current: ExerciseProgress, code: string, at: number): ExerciseProgress {
  if ((current.codeSavedAt ?? -1) > at) return current;
  if (current.code === code && current.codeSavedAt === at) return current;
  return { ...current, code, codeSavedAt: at, updatedAt: Math.max(current.updatedAt, at) };
}

/** A Check finished. Passing is for good: a later failing Check never takes the tick away. */
export function withCheck(current: ExerciseProgress, passed: boolean, at: number): ExerciseProgress {
  const next: ExerciseProgress = { ...current, attempts: current.attempts + 1, updatedAt: Math.max(current.updatedAt, at) };
  if (passed && current.status !== 'passed') {
    next.status = 'passed';
    next.passedAt = at;
  } else if (current.status === 'not-started') {
    next.status = 'attempted';
  }
  return next;
}

/** Hints are revealed in order, so only the highest number revealed is kept. */
export function withHints(current: ExerciseProgress, hintsUsed: number, at: number): ExerciseProgress {
  if (hintsUsed <= current.hintsUsed) return current;
  return { ...current, hintsUsed: Math.floor(hintsUsed), updatedAt: Math.max(current.updatedAt, at) };
}

/** Base the learner's code on `starter` from now on; with `resetCode`, also replace their code with it. */
export function withStarter(current: ExerciseProgress, starter: string, resetCode: boolean, at: number): ExerciseProgress {
  const next: ExerciseProgress = { ...current, starter: { hash: hashText(starter), text: starter }, updatedAt: Math.max(current.updatedAt, at) };
  if (resetCode) {
    next.code = starter;
    next.codeSavedAt = Math.max(at, current.codeSavedAt ?? 0);
  }
  return next;
}

/**
 * True when the exercise's starter has changed since the learner's code was based on it. Their code is kept; the
 * UI shows a gentle notice with the new starter and offers resetToStarter / acceptNewStarter.
 */
export function starterChanged(progress: ExerciseProgress | undefined, currentStarter: string): boolean {
  if (!progress?.starter || progress.code === undefined) return false;
  return progress.starter.hash !== hashText(currentStarter);
}

/** The code to put in the editor: the learner's saved code, else the starter. */
export function codeToShow(progress: ExerciseProgress | undefined, starter: string): string {
  return progress?.code ?? starter;
}

export function visited(current: LessonVisit | undefined, lessonId: string, at: number): LessonVisit {
  if (!current) return { schemaVersion: PROGRESS_SCHEMA_VERSION, lessonId, count: 1, firstVisitedAt: at, lastVisitedAt: at };
  return { ...current, count: current.count + 1, lastVisitedAt: Math.max(current.lastVisitedAt, at) };
}

export function located(current: LastLocation | undefined, lessonId: string, exerciseId: string | undefined, at: number): LastLocation {
  if (current && current.at > at) return current;
  if (current && current.lessonId === lessonId && current.exerciseId === exerciseId && current.at === at) return current;
  const next: LastLocation = { schemaVersion: PROGRESS_SCHEMA_VERSION, lessonId, at };
  if (exerciseId !== undefined) next.exerciseId = exerciseId;
  return next;
}

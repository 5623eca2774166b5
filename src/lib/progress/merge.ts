/**
 * Combining two copies of the same record: two tabs, a write kept in memory after a storage failure, or an imported
 * file. Every merge here is commutative and idempotent, so importing the same file twice, or merging in either
 * order, gives the same result, and nothing the learner achieved is ever lost:
 * - the newer code wins (by when it was saved), and the starter it was based on goes with it;
 * - passed is never downgraded; counts take the larger value; first-times take the earlier value.
 */
import type { ExerciseProgress, ExerciseStatus, LastLocation, LessonVisit, ProgressSnapshot } from '../../schema/progress';
import type { StoredRecord } from './records';

const statusRank: Record<ExerciseStatus, number> = { 'not-started': 0, attempted: 1, passed: 2 };

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/** Which copy's code to keep: the later save; on a tie, the longer text, then the greater, so order never matters. */
function codeWinner(a: ExerciseProgress, b: ExerciseProgress): ExerciseProgress {
  const at = a.codeSavedAt ?? -1;
  const bt = b.codeSavedAt ?? -1;
  if (at !== bt) return at > bt ? a : b;
  const ac = a.code ?? '';
  const bc = b.code ?? '';
  if (ac.length !== bc.length) return ac.length > bc.length ? a : b;
  return ac >= bc ? a : b;
}

export function mergeExercise(a: ExerciseProgress, b: ExerciseProgress): ExerciseProgress {
  const winner = codeWinner(a, b);
  const status = statusRank[a.status] >= statusRank[b.status] ? a.status : b.status;
  const passedAt = status === 'passed' ? minDefined(a.passedAt, b.passedAt) : undefined;
  const merged: ExerciseProgress = {
    schemaVersion: a.schemaVersion,
    exerciseId: a.exerciseId,
    status,
    hintsUsed: Math.max(a.hintsUsed, b.hintsUsed),
    attempts: Math.max(a.attempts, b.attempts),
    firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
  if (winner.code !== undefined) merged.code = winner.code;
  if (winner.codeSavedAt !== undefined) merged.codeSavedAt = winner.codeSavedAt;
  const starter = winner.starter ?? (winner === a ? b.starter : a.starter);
  if (starter) merged.starter = starter;
  if (passedAt !== undefined) merged.passedAt = passedAt;
  return merged;
}

export function mergeLesson(a: LessonVisit, b: LessonVisit): LessonVisit {
  return {
    schemaVersion: a.schemaVersion,
    lessonId: a.lessonId,
    count: Math.max(a.count, b.count),
    firstVisitedAt: Math.min(a.firstVisitedAt, b.firstVisitedAt),
    lastVisitedAt: Math.max(a.lastVisitedAt, b.lastVisitedAt),
  };
}

export function mergeLocation(a: LastLocation, b: LastLocation): LastLocation {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return `${a.lessonId}#${a.exerciseId ?? ''}` >= `${b.lessonId}#${b.exerciseId ?? ''}` ? a : b;
}

/** Merges two records stored under the same key (both already validated, so of the same kind). */
export function mergeRecord(a: StoredRecord, b: StoredRecord): StoredRecord {
  if ('status' in a && 'status' in b) return mergeExercise(a, b);
  if ('count' in a && 'count' in b) return mergeLesson(a, b);
  if ('at' in a && 'at' in b) return mergeLocation(a, b);
  throw new Error('mergeRecord: records of different kinds');
}

/** Merges two whole snapshots, record by record. */
export function mergeSnapshots(a: ProgressSnapshot, b: ProgressSnapshot): ProgressSnapshot {
  const exercises = { ...a.exercises };
  for (const [id, record] of Object.entries(b.exercises)) {
    const mine = exercises[id];
    exercises[id] = mine ? mergeExercise(mine, record) : record;
  }
  const lessons = { ...a.lessons };
  for (const [id, record] of Object.entries(b.lessons)) {
    const mine = lessons[id];
    lessons[id] = mine ? mergeLesson(mine, record) : record;
  }
  const location = a.location && b.location ? mergeLocation(a.location, b.location) : (a.location ?? b.location);
  return location ? { exercises, lessons, location } : { exercises, lessons };
}

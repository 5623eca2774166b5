/**
 * Storage keys. Every record lives under its own key so one save touches one record: a crash mid-save can lose at
 * most that record's latest change, never the rest of the learner's progress.
 */
export const LOCATION_KEY = 'location';

export type RecordKind = 'exercise' | 'lesson' | 'location';

export function exerciseKey(exerciseId: string): string {
  return `exercise/${exerciseId}`;
}

export function lessonKey(lessonId: string): string {
  return `lesson/${lessonId}`;
}

/** What a key holds: `{ kind: 'exercise', id: 'bmi' }`, or undefined for a key that is not ours. */
export function parseKey(key: string): { kind: RecordKind; id: string } | undefined {
  if (key === LOCATION_KEY) return { kind: 'location', id: '' };
  const slash = key.indexOf('/');
  if (slash < 0) return undefined;
  const prefix = key.slice(0, slash);
  const id = key.slice(slash + 1);
  if (!id) return undefined;
  if (prefix === 'exercise' || prefix === 'lesson') return { kind: prefix, id };
  return undefined;
}

/**
 * Reading one stored value: decode, migrate, validate. Everything that can go wrong becomes an outcome the store can
 * act on (keep aside, leave alone), never an exception.
 */
import {
  PROGRESS_SCHEMA_VERSION,
  exerciseProgress,
  lastLocation,
  lessonVisit,
  type ExerciseProgress,
  type LastLocation,
  type LessonVisit,
  type QuarantineEntry,
} from '../../schema/progress';
import { parseKey, type RecordKind } from './keys';
import { migrateRecord, versionOf } from './migrations';

export type StoredRecord = ExerciseProgress | LessonVisit | LastLocation;

export type ReadOutcome =
  | { state: 'ok'; record: StoredRecord; kind: RecordKind; migrated: boolean }
  /** Cannot be read: keep it aside. */
  | { state: 'corrupt'; reason: string }
  /** Written by a newer version of the site: leave it alone, never overwrite it. */
  | { state: 'newer'; version: number };

const schemaFor = { exercise: exerciseProgress, lesson: lessonVisit, location: lastLocation } as const;

/** The raw value as text, for the quarantine (which must keep the data exactly as found). */
export function rawText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

export function quarantineFor(key: string, raw: unknown, reason: string, at: number): QuarantineEntry {
  return { key, raw: rawText(raw), reason, at };
}

/** Decodes a stored value (an object, or JSON text from localStorage) into a current, validated record. */
export function readRecord(key: string, raw: unknown): ReadOutcome {
  const parsedKey = parseKey(key);
  if (!parsedKey) return { state: 'corrupt', reason: `unknown key "${key}"` };
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { state: 'corrupt', reason: 'not valid JSON' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { state: 'corrupt', reason: 'not an object' };
  }
  const json = value as Record<string, unknown>;
  const version = versionOf(json);
  if (version > PROGRESS_SCHEMA_VERSION) return { state: 'newer', version };
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateRecord(json, key);
  } catch (error) {
    return { state: 'corrupt', reason: `could not migrate: ${(error as Error).message}` };
  }
  const result = schemaFor[parsedKey.kind].safeParse(migrated);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || '(record)';
    return { state: 'corrupt', reason: `invalid ${parsedKey.kind} record: ${where}: ${issue?.message}` };
  }
  const record = result.data;
  // The id inside must match the key, or a later write would land on the wrong exercise or lesson.
  const innerId = 'status' in record ? record.exerciseId : 'count' in record ? record.lessonId : parsedKey.id;
  if (innerId !== parsedKey.id) return { state: 'corrupt', reason: `record for "${innerId}" stored under "${key}"` };
  return { state: 'ok', record, kind: parsedKey.kind, migrated: version !== PROGRESS_SCHEMA_VERSION };
}

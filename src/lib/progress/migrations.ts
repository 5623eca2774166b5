/**
 * Migrations of stored records, one version step at a time, so a record written by any earlier version of the site
 * is brought up to the current format when it is read (and when an old export file is imported).
 *
 * Honest history: version 1 is the first released format. Version 0 is the unversioned record a minimal first
 * exercise UI would write (`{ "code": "...", "passed": true, "savedAt": 1700000000000 }` under the same key); it
 * was never released. The 0 -> 1 step is real code with tests, so the machinery is proven before it is needed.
 * To change the format: bump PROGRESS_SCHEMA_VERSION, change the schema, and append a step from the old number.
 */
import { PROGRESS_SCHEMA_VERSION } from '../../schema/progress';
import { parseKey } from './keys';

type Json = Record<string, unknown>;

export interface Migration {
  /** The version this step reads. The step writes `from + 1`. */
  from: number;
  /** What changed, for the next maintainer. */
  description: string;
  /** Returns the record in the next version's shape. Throws when the record cannot be understood. */
  migrate(record: Json, key: string): Json;
}

/** Thrown when a record cannot be migrated; the record is then kept aside, never deleted. */
export class MigrationError extends Error {}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
}

const fromUnversioned: Migration = {
  from: 0,
  description: 'Unversioned { code, passed?, savedAt? } exercise records become full version-1 exercise records.',
  migrate(record, key) {
    const parsed = parseKey(key);
    if (parsed?.kind !== 'exercise') throw new MigrationError(`version 0 had only exercise records, not "${key}"`);
    // Version 0 always had the code, and nothing but code, passed and savedAt (plus, in an export file, the
    // exerciseId and schemaVersion that say what it is): anything else is not a version-0 record but damage, and
    // must be set aside rather than read as an empty exercise.
    if (typeof record.code !== 'string') throw new MigrationError('no code in a version-0 record');
    const unknown = Object.keys(record).filter((k) => !['code', 'passed', 'savedAt', 'exerciseId', 'schemaVersion'].includes(k));
    if (unknown.length) throw new MigrationError(`unexpected fields in a version-0 record: ${unknown.join(', ')}`);
    const savedAt = optionalNumber(record.savedAt) ?? 0;
    const passed = record.passed === true;
    return {
      schemaVersion: 1,
      exerciseId: parsed.id,
      code: record.code,
      codeSavedAt: savedAt,
      status: passed ? 'passed' : 'not-started',
      hintsUsed: 0,
      attempts: passed ? 1 : 0,
      firstSeenAt: savedAt,
      ...(passed ? { passedAt: savedAt } : {}),
      updatedAt: savedAt,
    };
  },
};

/** Every step, in order. */
export const migrations: readonly Migration[] = [fromUnversioned];

/** A record's version: its `schemaVersion`, or 0 when it has none. */
export function versionOf(record: Json): number {
  const v = record.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Brings a record up to `target`, step by step. Records already at `target` come back unchanged; records from a
 * newer version are the caller's to handle (see versionOf) and are rejected here.
 */
export function migrateRecord(
  record: Json,
  key: string,
  registry: readonly Migration[] = migrations,
  target: number = PROGRESS_SCHEMA_VERSION,
): Json {
  let version = versionOf(record);
  if (version > target) throw new MigrationError(`record is version ${version}, newer than ${target}`);
  let current = record;
  while (version < target) {
    const step = registry.find((m) => m.from === version);
    if (!step) throw new MigrationError(`no migration from version ${version}`);
    current = step.migrate(current, key);
    version += 1;
    current = { ...current, schemaVersion: version };
  }
  return current;
}

/**
 * The export file: all progress and code in one JSON file the learner keeps, and reading it back with errors a
 * learner can act on. Pure: no storage here (the store applies the result).
 */
import {
  PROGRESS_EXPORT_APP,
  PROGRESS_SCHEMA_VERSION,
  progressExport,
  type ProgressExport,
  type ProgressSnapshot,
  type QuarantineEntry,
} from '../../schema/progress';
import { LOCATION_KEY, exerciseKey, lessonKey } from './keys';
import { quarantineFor, readRecord } from './records';

export function buildExport(snapshot: ProgressSnapshot, quarantine: QuarantineEntry[], now: Date): ProgressExport {
  const exported: ProgressExport = {
    app: PROGRESS_EXPORT_APP,
    version: PROGRESS_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    exercises: Object.values(snapshot.exercises),
    lessons: Object.values(snapshot.lessons),
    quarantine,
  };
  if (snapshot.location) exported.location = snapshot.location;
  return exported;
}

/** The file's text: indented, so a curious learner (or their IT department) can read what is in it. */
export function serializeExport(exported: ProgressExport): string {
  return `${JSON.stringify(exported, null, 2)}\n`;
}

/** e.g. "clinicians-who-code-progress-2025-03-07.json" */
export function exportFileName(now: Date): string {
  return `${PROGRESS_EXPORT_APP}-progress-${now.toISOString().slice(0, 10)}.json`;
}

export const importMessages = {
  notAnExport:
    'This file isn\'t a Clinicians Who Code export. Choose the .json file you saved with "Export my progress".',
  newerVersion:
    'This export is from a newer version of the course than the one in this browser. Reload the page to get the latest version, then import it again.',
  damaged: 'This export file is damaged, so nothing was imported. If you have an older export, try that one.',
} as const;

export type ParsedImport =
  | {
      ok: true;
      snapshot: ProgressSnapshot;
      /** Entries the file carried in its quarantine, plus any of its records that could not be read. */
      quarantine: QuarantineEntry[];
      /** How many of the file's records could not be read and were kept aside instead. */
      setAside: number;
    }
  | { ok: false; message: string; detail?: string };

/** Reads an export file's text. Records are migrated from older versions; unreadable ones are kept aside. */
export function parseImport(text: string, now: number): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: importMessages.notAnExport, detail: 'not JSON' };
  }
  if (typeof json !== 'object' || json === null || (json as { app?: unknown }).app !== PROGRESS_EXPORT_APP) {
    return { ok: false, message: importMessages.notAnExport, detail: 'no "app": "clinicians-who-code"' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROGRESS_SCHEMA_VERSION) {
    return { ok: false, message: importMessages.newerVersion, detail: `file version ${version}` };
  }
  const envelope = progressExport.safeParse(json);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return { ok: false, message: importMessages.damaged, detail: `${issue?.path.join('.')}: ${issue?.message}` };
  }
  const file = envelope.data;
  const snapshot: ProgressSnapshot = { exercises: {}, lessons: {} };
  const quarantine: QuarantineEntry[] = [...file.quarantine];
  let setAside = 0;
  const take = (key: string, raw: unknown) => {
    const outcome = readRecord(key, raw);
    if (outcome.state === 'ok') {
      const r = outcome.record;
      if ('status' in r) snapshot.exercises[r.exerciseId] = r;
      else if ('count' in r) snapshot.lessons[r.lessonId] = r;
      else snapshot.location = r;
      return;
    }
    setAside += 1;
    const reason = outcome.state === 'corrupt' ? outcome.reason : `from newer version ${outcome.version}`;
    quarantine.push(quarantineFor(key, raw, `in an imported file: ${reason}`, now));
  };
  for (const raw of file.exercises) {
    const id = typeof raw.exerciseId === 'string' ? raw.exerciseId : 'unknown';
    take(exerciseKey(id), raw);
  }
  for (const raw of file.lessons) {
    const id = typeof raw.lessonId === 'string' ? raw.lessonId : 'unknown';
    take(lessonKey(id), raw);
  }
  if (file.location) take(LOCATION_KEY, file.location);
  return { ok: true, snapshot, quarantine, setAside };
}

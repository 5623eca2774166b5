/**
 * The learner's progress as stored on their device and as exported to a file.
 *
 * Stored one record at a time (an exercise, a lesson visit, the last location), each carrying `schemaVersion`, so a
 * crash mid-save loses at most one record's latest change and old records can be migrated one by one. Times are
 * milliseconds since 1970 (Date.now()), compared to decide which of two copies of a record is newer.
 *
 * Version history: 1 is the first released format. Version 0 is the unversioned shape a minimal exercise UI would
 * write (`{ code, passed?, savedAt? }`); it was never released, and exists so the migration machinery is exercised
 * from day one (see src/lib/progress/migrations.ts).
 */
import { z } from 'zod';

/** The current format version of stored records and of export files. */
export const PROGRESS_SCHEMA_VERSION = 1;

/** Names this app in export files, so we can tell our exports from any other JSON. */
export const PROGRESS_EXPORT_APP = 'clinicians-who-code';

/** A time stamp: milliseconds since 1 January 1970 (Date.now()). */
const timestamp = z.number().int().nonnegative().describe('Milliseconds since 1970 (Date.now())');

/** Where an exercise stands for the learner. Once passed, it stays passed. */
export const exerciseStatus = z
  .enum(['not-started', 'attempted', 'passed'])
  .describe('not-started: never checked; attempted: checked but not yet passed; passed: all tests passed once');
export type ExerciseStatus = z.infer<typeof exerciseStatus>;

/** The starter code the learner's code was based on, so a changed starter can be noticed without losing work. */
export const starterBase = z.object({
  /** A short hash of the starter text (see hashText in src/lib/progress/hash.ts). */
  hash: z.string().min(1).describe('Short hash of the starter text'),
  /** The starter text itself, so the learner can compare it with a newer starter. */
  text: z.string().describe('The starter text the code was based on'),
});
export type StarterBase = z.infer<typeof starterBase>;

/** One exercise's progress. */
export const exerciseProgress = z
  .object({
    /** Format version of this record. */
    schemaVersion: z.literal(PROGRESS_SCHEMA_VERSION).describe('Format version of this record'),
    /** The exercise id (its folder name). */
    exerciseId: z.string().min(1).describe('The exercise id (its folder name)'),
    /** The learner's code as last saved; absent until they type or check. */
    code: z.string().optional().describe("The learner's code as last saved"),
    /** The starter their code was based on; absent only for records migrated from version 0. */
    starter: starterBase.optional().describe('The starter the code was based on'),
    status: exerciseStatus,
    /** How many hints the learner has revealed (the highest reached; hints are revealed in order). */
    hintsUsed: z.number().int().nonnegative().describe('How many hints have been revealed'),
    /** How many times the learner pressed Check. */
    attempts: z.number().int().nonnegative().describe('How many times Check was pressed'),
    /** When the learner first opened the exercise. */
    firstSeenAt: timestamp.describe('When the exercise was first seen'),
    /** When the code was last saved (the clock for deciding which copy of the code is newer). */
    codeSavedAt: timestamp.optional().describe('When the code was last saved'),
    /** When the exercise first passed. */
    passedAt: timestamp.optional().describe('When the exercise first passed'),
    /** When anything in this record last changed (the clock for last-writer-wins). */
    updatedAt: timestamp.describe('When anything in this record last changed'),
  })
  .strict();
export type ExerciseProgress = z.infer<typeof exerciseProgress>;

/** Visits to one lesson page. */
export const lessonVisit = z
  .object({
    /** Format version of this record. */
    schemaVersion: z.literal(PROGRESS_SCHEMA_VERSION).describe('Format version of this record'),
    /** "<module folder>/<lesson file without .mdx>", e.g. "02-python-first-steps/03-functions". */
    lessonId: z.string().min(1).describe('Lesson id: "<module folder>/<lesson file>"'),
    /** How many times the lesson was opened. */
    count: z.number().int().nonnegative().describe('How many times the lesson was opened'),
    /** When the lesson was first opened. */
    firstVisitedAt: timestamp.describe('When the lesson was first opened'),
    /** When the lesson was last opened (also the clock for last-writer-wins). */
    lastVisitedAt: timestamp.describe('When the lesson was last opened'),
  })
  .strict();
export type LessonVisit = z.infer<typeof lessonVisit>;

/** Where the learner was last: the target of "continue where you left off". */
export const lastLocation = z
  .object({
    /** Format version of this record. */
    schemaVersion: z.literal(PROGRESS_SCHEMA_VERSION).describe('Format version of this record'),
    /** The lesson last opened. */
    lessonId: z.string().min(1).describe('The lesson last opened'),
    /** The exercise last worked on in that lesson, if any. */
    exerciseId: z.string().min(1).optional().describe('The exercise last worked on, if any'),
    /** When the learner was there. */
    at: timestamp.describe('When the learner was there'),
  })
  .strict();
export type LastLocation = z.infer<typeof lastLocation>;

/** Stored data that could not be read, kept aside instead of deleted. */
export const quarantineEntry = z
  .object({
    /** The storage key the data was found under, e.g. "exercise/bmi". */
    key: z.string().describe('Storage key the data was found under'),
    /** The data exactly as found (JSON text where it was an object). */
    raw: z.string().describe('The data exactly as found'),
    /** Why it could not be read, in words a developer can act on. */
    reason: z.string().describe('Why it could not be read'),
    /** When it was set aside. */
    at: timestamp.describe('When it was set aside'),
  })
  .strict();
export type QuarantineEntry = z.infer<typeof quarantineEntry>;

/** All progress at one moment, as the derived views and exports use it. */
export const progressSnapshot = z.object({
  /** Exercise progress by exercise id. */
  exercises: z.record(z.string(), exerciseProgress).describe('Exercise progress by exercise id'),
  /** Lesson visits by lesson id. */
  lessons: z.record(z.string(), lessonVisit).describe('Lesson visits by lesson id'),
  /** Where the learner was last, if anywhere. */
  location: lastLocation.optional().describe('Where the learner was last'),
});
export type ProgressSnapshot = z.infer<typeof progressSnapshot>;

/**
 * The export file. Records inside are validated after migration (an older export's records may carry an older
 * `schemaVersion`), so here they are only required to be objects.
 */
export const progressExport = z
  .object({
    /** Always "clinicians-who-code". */
    app: z.literal(PROGRESS_EXPORT_APP).describe('Always "clinicians-who-code"'),
    /** The export format version (the same number as the record format version). */
    version: z.number().int().nonnegative().describe('Export format version'),
    /** When the file was made (ISO 8601). */
    exportedAt: z.string().describe('When the file was made (ISO 8601)'),
    /** Exercise records. */
    exercises: z.array(z.record(z.string(), z.unknown())).describe('Exercise records'),
    /** Lesson visit records. */
    lessons: z.array(z.record(z.string(), z.unknown())).describe('Lesson visit records'),
    /** The last location, if any. */
    location: z.record(z.string(), z.unknown()).optional().describe('The last location, if any'),
    /** Data that could not be read on the exporting device, carried along so nothing is lost. */
    quarantine: z.array(quarantineEntry).default([]).describe('Unreadable data, kept aside'),
  })
  .strict();
export type ProgressExport = z.infer<typeof progressExport>;

/**
 * Progress that is never lost: the one entry point for pages and the exercise UI.
 * See README.md in this folder for the API and the guarantees.
 */
export { openProgressStore, type ProgressStoreOptions } from './open-store';
export { ProgressStore, type ImportMode, type ImportOutcome } from './store';
export type { ProgressChange, StoreStatus } from './store-core';
export type { StoreProblem, StoreProblemKind } from './messages';
export type { PersistenceKind } from './storage/types';
export { createAutosave, type Autosave, type AutosaveOptions } from './autosave';
export { codeToShow, starterChanged } from './record-updates';
export { exportFileName, importMessages } from './export-import';
export { hashText } from './hash';
export {
  continueTarget,
  courseProgress,
  exerciseRows,
  exerciseStatusOf,
  lessonProgress,
  moduleProgress,
  type ContinueTarget,
  type CourseOutline,
  type CourseProgress,
  type ExerciseRow,
  type LessonProgress,
  type ModuleProgress,
  type Tally,
} from './derived';
export type {
  ExerciseProgress,
  ExerciseStatus,
  LastLocation,
  LessonVisit,
  ProgressSnapshot,
  QuarantineEntry,
} from '../../schema/progress';

/**
 * What an exercise block hands its script: the page embeds this as JSON, so no second request is needed and
 * the block works offline once the page is cached. Built at build time from the resolved exercise.
 */
import type { Exercise, ExerciseFile, Language } from '../../schema/exercise';

export interface ExercisePayload {
  id: string;
  language: Language;
  starter: string;
  solution: string;
  tests: ExerciseFile;
  files: ExerciseFile[];
  timeLimitMs: number;
  stdin?: string[];
  showSolution: Exercise['showSolution'];
  typeErrorsBlockTests: boolean;
  hintCount: number;
}

export function payloadFor(exercise: Exercise): ExercisePayload {
  const payload: ExercisePayload = {
    id: exercise.id,
    language: exercise.language,
    starter: exercise.starter,
    solution: exercise.solution,
    tests: exercise.tests,
    files: exercise.files,
    timeLimitMs: Math.round(exercise.timeLimitSeconds * 1000),
    showSolution: exercise.showSolution,
    typeErrorsBlockTests: exercise.typeErrorsBlockTests,
    hintCount: exercise.hints.length,
  };
  if (exercise.stdin) payload.stdin = exercise.stdin;
  return payload;
}

/** JSON safe to put inside <script type="application/json">: no "</script>" can end it early. */
export function payloadJson(payload: ExercisePayload): string {
  return JSON.stringify(payload).replace(/</g, '\\u003c');
}

export function readPayload(section: HTMLElement): ExercisePayload | undefined {
  const script = section.querySelector('script[data-exercise-data]');
  try {
    return script?.textContent ? (JSON.parse(script.textContent) as ExercisePayload) : undefined;
  } catch {
    return undefined;
  }
}

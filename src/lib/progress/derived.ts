/**
 * What the pages show, computed from a snapshot and the course structure. Pure functions.
 *
 * What counts as done: each exercise counts once, done when passed; a lesson without exercises counts once, done
 * when visited. A lesson is complete when all its exercises pass (or, with none, when visited). Percentages round
 * down, so 100% means everything really is done.
 */
import type { ExerciseStatus, ProgressSnapshot } from '../../schema/progress';

/** The course structure these views need; the resolved `Course` from src/schema/course.ts fits it as it is. */
export interface CourseOutline {
  modules: ReadonlyArray<{ id: string; lessons: ReadonlyArray<{ id: string; exercises: readonly string[] }> }>;
}

export interface Tally {
  done: number;
  total: number;
  /** 0-100, rounded down; 0 when there is nothing to do. */
  percent: number;
}

export interface LessonProgress extends Tally {
  lessonId: string;
  visited: boolean;
  complete: boolean;
}

export interface ModuleProgress extends Tally {
  moduleId: string;
  complete: boolean;
  lessons: LessonProgress[];
}

export interface CourseProgress extends Tally {
  complete: boolean;
  modules: ModuleProgress[];
}

function tally(done: number, total: number): Tally {
  return { done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}

export function exerciseStatusOf(snapshot: ProgressSnapshot, exerciseId: string): ExerciseStatus {
  return snapshot.exercises[exerciseId]?.status ?? 'not-started';
}

export function lessonProgress(lesson: CourseOutline['modules'][number]['lessons'][number], snapshot: ProgressSnapshot): LessonProgress {
  const visited = (snapshot.lessons[lesson.id]?.count ?? 0) > 0;
  const t =
    lesson.exercises.length === 0
      ? tally(visited ? 1 : 0, 1)
      : tally(lesson.exercises.filter((id) => exerciseStatusOf(snapshot, id) === 'passed').length, lesson.exercises.length);
  return { lessonId: lesson.id, visited, complete: t.done === t.total, ...t };
}

export function moduleProgress(module: CourseOutline['modules'][number], snapshot: ProgressSnapshot): ModuleProgress {
  const lessons = module.lessons.map((l) => lessonProgress(l, snapshot));
  const t = tally(
    lessons.reduce((n, l) => n + l.done, 0),
    lessons.reduce((n, l) => n + l.total, 0),
  );
  return { moduleId: module.id, complete: lessons.every((l) => l.complete), lessons, ...t };
}

export function courseProgress(outline: CourseOutline, snapshot: ProgressSnapshot): CourseProgress {
  const modules = outline.modules.map((m) => moduleProgress(m, snapshot));
  const t = tally(
    modules.reduce((n, m) => n + m.done, 0),
    modules.reduce((n, m) => n + m.total, 0),
  );
  return { complete: modules.every((m) => m.complete), modules, ...t };
}

/** One row per exercise, in course order: the progress page's list. */
export interface ExerciseRow {
  moduleId: string;
  lessonId: string;
  exerciseId: string;
  status: ExerciseStatus;
  attempts: number;
  hintsUsed: number;
  passedAt?: number;
}

export function exerciseRows(outline: CourseOutline, snapshot: ProgressSnapshot): ExerciseRow[] {
  return outline.modules.flatMap((m) =>
    m.lessons.flatMap((l) =>
      l.exercises.map((exerciseId) => {
        const p = snapshot.exercises[exerciseId];
        const row: ExerciseRow = {
          moduleId: m.id,
          lessonId: l.id,
          exerciseId,
          status: p?.status ?? 'not-started',
          attempts: p?.attempts ?? 0,
          hintsUsed: p?.hintsUsed ?? 0,
        };
        if (p?.passedAt !== undefined) row.passedAt = p.passedAt;
        return row;
      }),
    ),
  );
}

/**
 * Where "continue where you left off" goes.
 * - start: nothing done yet, the first lesson;
 * - resume: the lesson (and exercise) the learner was last on, not yet complete;
 * - next: the last lesson is complete, so the next incomplete one (looking forward first, then from the start);
 * - finished: everything is complete; the lesson they were last on (or the last lesson).
 */
export interface ContinueTarget {
  moduleId: string;
  lessonId: string;
  exerciseId?: string;
  reason: 'start' | 'resume' | 'next' | 'finished';
}

export function continueTarget(outline: CourseOutline, snapshot: ProgressSnapshot): ContinueTarget | undefined {
  const lessons = outline.modules.flatMap((m) => m.lessons.map((l) => ({ moduleId: m.id, lesson: l })));
  if (lessons.length === 0) return undefined;
  const complete = lessons.map(({ lesson }) => lessonProgress(lesson, snapshot).complete);
  const where = snapshot.location;
  const here = where ? lessons.findIndex(({ lesson }) => lesson.id === where.lessonId) : -1;
  const target = (i: number, reason: ContinueTarget['reason'], exerciseId?: string): ContinueTarget => {
    const { moduleId, lesson } = lessons[i]!;
    return exerciseId && lesson.exercises.includes(exerciseId)
      ? { moduleId, lessonId: lesson.id, exerciseId, reason }
      : { moduleId, lessonId: lesson.id, reason };
  };
  if (here >= 0 && !complete[here]) return target(here, 'resume', where?.exerciseId);
  const start = here >= 0 ? here + 1 : 0;
  const order = [...lessons.keys()].map((i) => (start + i) % lessons.length);
  const next = order.find((i) => !complete[i]);
  if (next !== undefined) return target(next, here < 0 && next === 0 ? 'start' : 'next');
  return target(here >= 0 ? here : lessons.length - 1, 'finished');
}

/**
 * The course outline that pages embed as JSON, for scripts that need the course's shape in the browser (progress
 * ticks, percentages, "continue where you left off", the progress page) without shipping the whole course.
 */
import type { Course } from '../../schema';
import { lessonUrl, moduleUrl } from './navigation';

export interface OutlineLesson {
  id: string;
  title: string;
  url: string;
  exercises: string[];
}
export interface OutlineModule {
  id: string;
  title: string;
  url: string;
  lessons: OutlineLesson[];
}
export interface Outline {
  modules: OutlineModule[];
  /** Exercise id → title, for the progress page. */
  exerciseTitles: Record<string, string>;
}

export function buildOutline(course: Course, base: string, exerciseTitles: Record<string, string>): Outline {
  return {
    modules: course.modules.map((m) => ({
      id: m.id,
      title: m.title,
      url: moduleUrl(base, m),
      lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, url: lessonUrl(base, m, l), exercises: l.exercises })),
    })),
    exerciseTitles,
  };
}

/** JSON safe to put inside <script type="application/json">: no "</script>" can close it early. */
export const outlineJson = (outline: Outline): string => JSON.stringify(outline).replace(/</g, '\\u003c');

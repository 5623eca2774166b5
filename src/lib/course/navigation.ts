/** Course navigation, pure: URLs, lesson order across modules, previous / next, breadcrumbs, time estimates. */
import type { Course, CourseModule, Lesson } from '../../schema';

/** Joins the site's base path with a path inside the site: withBase("/", "a/b/") → "/a/b/". */
export function withBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export const moduleUrl = (base: string, module: Pick<CourseModule, 'slug'>): string => withBase(base, `${module.slug}/`);

export const lessonUrl = (base: string, module: Pick<CourseModule, 'slug'>, lesson: Pick<Lesson, 'slug'>): string =>
  withBase(base, `${module.slug}/${lesson.slug}/`);

export interface LessonLink {
  lesson: Lesson;
  module: CourseModule;
  url: string;
}

/** Every lesson in course order, with its module and URL. */
export function flattenLessons(course: Course, base: string): LessonLink[] {
  return course.modules.flatMap((module) => module.lessons.map((lesson) => ({ lesson, module, url: lessonUrl(base, module, lesson) })));
}

export interface LessonNeighbours {
  previous?: LessonLink;
  next?: LessonLink;
  /** 1-based position in the whole course. */
  position: number;
  total: number;
}

/** Previous and next lessons in course order, crossing module boundaries. */
export function neighbours(course: Course, base: string, lessonId: string): LessonNeighbours {
  const all = flattenLessons(course, base);
  const index = all.findIndex((l) => l.lesson.id === lessonId);
  if (index === -1) throw new Error(`No lesson "${lessonId}" in the course`);
  return { previous: all[index - 1], next: all[index + 1], position: index + 1, total: all.length };
}

export interface Crumb {
  label: string;
  url?: string;
}

export function breadcrumbs(course: Course, base: string, module: CourseModule, lesson?: Lesson): Crumb[] {
  const crumbs: Crumb[] = [{ label: 'Course', url: withBase(base) }, { label: module.title, url: lesson ? moduleUrl(base, module) : undefined }];
  if (lesson) crumbs.push({ label: lesson.title });
  return crumbs;
}

export const moduleMinutes = (module: CourseModule): number => module.lessons.reduce((sum, l) => sum + l.minutes, 0);

/** "45 minutes", "1 hour 5 minutes", "2 hours". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (rest || !hours) parts.push(`${rest} minute${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

export function findLesson(course: Course, moduleSlug: string, lessonSlug: string): { module: CourseModule; lesson: Lesson } | undefined {
  const module = course.modules.find((m) => m.slug === moduleSlug);
  const lesson = module?.lessons.find((l) => l.slug === lessonSlug);
  return module && lesson ? { module, lesson } : undefined;
}

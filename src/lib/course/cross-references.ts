/** Checks between files: exercise ids are unique and used, lessons embed only exercises that exist, prerequisites exist. */
import type { CourseModule, Exercise, Lesson } from '../../schema';

/** A lesson whose frontmatter had problems: enough of it to check the references it makes and receives. */
export type LessonStub = Pick<Lesson, 'id' | 'file' | 'exercises'>;
import type { ContentProblem } from './content-error';
import { rel } from './read-files';

export function checkCrossReferences(
  modules: CourseModule[],
  invalidLessons: LessonStub[],
  exercises: Exercise[],
  broken: ReadonlySet<string>,
  root: string,
  contentDir: string,
  problems: ContentProblem[],
): void {
  const byId = new Map<string, Exercise>();
  for (const exercise of exercises) {
    const other = byId.get(exercise.id);
    if (other) {
      problems.push({
        file: exercise.dir,
        field: 'folder name (the exercise id)',
        expected: 'an exercise id used by no other exercise in the course',
        found: `"${exercise.id}", which ${other.dir} already uses`,
        fix: 'rename one of the two folders (and the <Exercise id> that embeds it).',
      });
    }
    byId.set(exercise.id, exercise);
  }
  const used = new Set<string>();
  const lessons = modules.flatMap((m) => m.lessons);
  const lessonIds = [...lessons, ...invalidLessons].map((l) => l.id).sort();
  for (const lesson of [...lessons, ...invalidLessons]) {
    for (const id of lesson.exercises) {
      used.add(id);
      if (!byId.has(id) && !broken.has(id)) {
        const close = [...byId.keys()].filter((k) => k.includes(id) || id.includes(k)).slice(0, 3);
        problems.push({
          file: lesson.file,
          field: `<Exercise id="${id}" />`,
          expected: 'the id of an exercise folder (content/<module>/exercises/<id>/)',
          found: `no exercise called "${id}"`,
          fix: close.length ? `did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : `create content/${lesson.id.split('/')[0]}/exercises/${id}/ or fix the id.`,
        });
      }
    }
    for (const prerequisite of 'prerequisites' in lesson ? (lesson as Lesson).prerequisites : []) {
      const index = lessonIds.indexOf(prerequisite);
      if (index === -1) {
        problems.push({ file: lesson.file, field: 'prerequisites', expected: 'lesson ids like "02-python-first-steps/03-functions"', found: `"${prerequisite}", which is no lesson`, fix: 'use the module folder and the lesson file name without .mdx.' });
      } else if (index >= lessonIds.indexOf(lesson.id)) {
        problems.push({ file: lesson.file, field: 'prerequisites', expected: 'lessons that come earlier in the course', found: `"${prerequisite}", which comes later`, fix: 'remove it, or move the lessons so prerequisites come first.' });
      }
    }
  }
  for (const exercise of exercises.filter((e) => !used.has(e.id))) {
    problems.push({
      file: exercise.dir,
      expected: `a lesson that embeds it with <Exercise id="${exercise.id}" />`,
      found: 'no lesson uses this exercise, so learners would never see it',
      fix: `add <Exercise id="${exercise.id}" /> to a lesson in ${rel(root, contentDir)}/${exercise.module}/, or remove the folder.`,
    });
  }
}

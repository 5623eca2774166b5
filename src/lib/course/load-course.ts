/**
 * Reads the whole `content/` folder into a validated course. Every tutor mistake becomes a ContentProblem; if
 * there are any, loadCourse throws one ContentError listing them all. Used by the Astro build (through the
 * content loaders), by `npm test` and by the content verification, so all three agree on what is valid.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { courseConfig, lessonFrontmatter, moduleFolder, moduleMeta } from '../../schema';
import type { Course, CourseModule, Exercise, Lesson } from '../../schema';
import { ContentError, type ContentProblem } from './content-error';
import { findExerciseRefs, splitFrontmatter } from './frontmatter';
import { loadExercise } from './load-exercise';
import { listDir, readText, readYaml, rel } from './read-files';
import { checkCrossReferences, type LessonStub } from './cross-references';
import { validate } from './zod-problems';

export interface LoadedCourse {
  course: Course;
  /** Every exercise, in course order. */
  exercises: Exercise[];
}

const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** Strips the two-digit prefix: "02-python-first-steps" → "python-first-steps". */
export const slugOf = (name: string): string => name.replace(/^\d{2}-/, '').replace(/\.mdx$/, '');

export function loadCourse(contentDir: string, root = process.cwd()): LoadedCourse {
  const dir = resolve(root, contentDir);
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) {
    throw new ContentError([{ file: rel(root, dir), expected: 'the course content folder', found: 'no such folder', fix: 'create it with a course.yaml inside.' }]);
  }
  const configFile = join(dir, 'course.yaml');
  const config = validate(courseConfig, readYaml(configFile, rel(root, configFile), problems), rel(root, configFile), problems);
  const listed = config?.modules ?? [];
  const { files, dirs } = listDir(dir);

  for (const name of files.filter((f) => f.endsWith('.mdx'))) {
    problems.push({
      file: rel(root, join(dir, name)),
      expected: 'lessons inside a module folder, e.g. content/01-why-code/01-start-with-a-problem.mdx',
      found: 'a lesson at the top of content/, listed nowhere',
      fix: 'move it into the module folder it belongs to.',
    });
  }
  for (const name of dirs.filter((d) => !listed.includes(d))) {
    problems.push({
      file: rel(root, join(dir, name)),
      field: 'modules (in content/course.yaml)',
      expected: 'every module folder to be listed in course.yaml',
      found: `"${name}" is listed nowhere, so its lessons would never be shown`,
      fix: `add "- ${name}" under modules: in content/course.yaml, or remove the folder.`,
    });
  }
  const seen = new Set<string>();
  for (const name of listed) {
    if (seen.has(name)) {
      problems.push({ file: rel(root, configFile), field: 'modules', expected: 'each module once', found: `"${name}" twice`, fix: 'remove the second entry.' });
    }
    seen.add(name);
    if (!dirs.includes(name)) {
      problems.push({
        file: rel(root, configFile),
        field: 'modules',
        expected: `a folder content/${name}/ for the module "${name}"`,
        found: 'no such folder',
        fix: `create content/${name}/ with a meta.yaml and lessons, or fix the spelling in course.yaml (folders: ${dirs.join(', ') || 'none'}).`,
      });
    }
  }

  const modules: CourseModule[] = [];
  const exercises: Exercise[] = [];
  const broken = new Set<string>();
  const invalidLessons: LessonStub[] = [];
  for (const name of [...seen].filter((m) => dirs.includes(m) && moduleFolder.safeParse(m).success)) {
    const loaded = loadModule(join(dir, name), name, root, problems);
    if (loaded.module) modules.push(loaded.module);
    exercises.push(...loaded.exercises);
    for (const id of loaded.broken) broken.add(id);
    invalidLessons.push(...loaded.invalidLessons);
  }
  // Exercises whose folders had problems are already reported; don't report every lesson using them too.
  checkCrossReferences(modules, invalidLessons, exercises, broken, root, dir, problems);
  if (problems.length > 0 || !config) throw new ContentError(problems);
  const { modules: _order, ...rest } = config;
  return { course: { ...rest, modules }, exercises };
}

function loadModule(dir: string, id: string, root: string, problems: ContentProblem[]) {
  const metaFile = join(dir, 'meta.yaml');
  const meta = validate(moduleMeta, readYaml(metaFile, rel(root, metaFile), problems), rel(root, metaFile), problems);
  const { files, dirs } = listDir(dir);
  const lessons: Lesson[] = [];
  const unlisted: LessonStub[] = [];
  const numbers = new Map<string, string>();
  for (const name of files.filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))) {
    const file = rel(root, join(dir, name));
    const match = LESSON_FILE.exec(name);
    if (!match) {
      if (name.toLowerCase() === 'readme.md') continue;
      problems.push({
        file,
        field: 'file name',
        expected: 'two digits, a hyphen, a lower-case slug and .mdx, e.g. 03-functions.mdx',
        found: `"${name}", so the lesson is listed nowhere`,
        fix: 'rename the file; the number sets its place in the module.',
      });
      continue;
    }
    const number = match[1] ?? '';
    if (numbers.has(number)) {
      problems.push({ file, field: 'file name', expected: 'a number no other lesson in this module has', found: `${number}, as in ${numbers.get(number)}`, fix: 'renumber one of them so the order is clear.' });
    }
    numbers.set(number, name);
    const source = splitFrontmatter(readText(join(dir, name)));
    if (source.yamlError || source.data === undefined) {
      problems.push({
        file,
        field: 'frontmatter',
        expected: 'a frontmatter block between --- lines with title, summary, objectives and minutes',
        found: source.yamlError ? `a YAML syntax error: ${source.yamlError}` : 'no frontmatter',
        fix: 'start the file with ---, the fields, then --- (see content/README.md).',
      });
      continue;
    }
    const data = validate(lessonFrontmatter, source.data, file, problems);
    const refs = findExerciseRefs(source.body, source.bodyLine);
    const lessonId = `${id}/${name.replace(/\.mdx$/, '')}`;
    // Lessons with frontmatter problems still count for cross-references, so one mistake isn't reported twice
    // (as "no such lesson" in a prerequisite) and their <Exercise> ids are still checked.
    if (!data) unlisted.push({ id: lessonId, file, exercises: refs.flatMap((r) => (r.id ? [r.id] : [])) });
    for (const ref of refs.filter((r) => r.id === undefined)) {
      problems.push({ file: `${file}:${ref.line}`, field: '<Exercise id>', expected: 'id="exercise-id" written as plain text', found: 'an <Exercise> without a literal id', fix: 'write it as <Exercise id="bmi" />.' });
    }
    if (data) {
      lessons.push({ ...data, id: lessonId, module: id, slug: slugOf(name), file, exercises: refs.flatMap((r) => (r.id ? [r.id] : [])) });
    }
  }
  if (lessons.length === 0 && !problems.some((p) => p.file.startsWith(rel(root, dir)))) {
    problems.push({ file: rel(root, dir), expected: 'at least one lesson (NN-slug.mdx)', found: 'none', fix: 'add a lesson, or remove the module from course.yaml.' });
  }
  const exercises: Exercise[] = [];
  const broken: string[] = [];
  if (dirs.includes('exercises')) {
    for (const exerciseDir of listDir(join(dir, 'exercises')).dirs) {
      const exercise = loadExercise(join(dir, 'exercises', exerciseDir), id, root, problems);
      if (exercise) exercises.push(exercise);
      else broken.push(exerciseDir);
    }
  }
  if (!meta) return { module: undefined, exercises, broken, invalidLessons: [...unlisted, ...lessons] };
  return { module: { ...meta, id, slug: slugOf(id), lessons }, exercises, broken, invalidLessons: unlisted };
}

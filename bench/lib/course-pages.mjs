/**
 * Every lesson page of a built course, found from the course folder (course.yaml's module order and each module's
 * NN-slug.mdx lessons), as the site addresses them: /<module-slug>/<lesson-slug>/ without the numeric prefixes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const slugOf = (name) => name.replace(/^\d{2}-/, '').replace(/\.mdx$/, '');

/** [{ module, lesson, urlPath: 'python-first-steps/functions/', file: <dist>/.../index.html }] */
export function lessonPages(contentDir, distDir) {
  const course = parse(readFileSync(path.join(contentDir, 'course.yaml'), 'utf8'));
  const pages = [];
  for (const moduleId of course.modules ?? []) {
    const lessons = readdirSync(path.join(contentDir, moduleId)).filter((f) => /^\d{2}-.+\.mdx$/.test(f)).sort();
    for (const lesson of lessons) {
      const urlPath = `${slugOf(moduleId)}/${slugOf(lesson)}/`;
      const file = path.join(distDir, urlPath, 'index.html');
      if (!existsSync(file)) throw new Error(`The build has no page for ${moduleId}/${lesson} (expected ${file}).`);
      pages.push({ module: moduleId, lesson: lesson.replace(/\.mdx$/, ''), urlPath, file });
    }
  }
  return pages;
}

/** Languages of the exercises a built page embeds, read from the exercise block's data-language attribute. */
export function exerciseLanguages(html) {
  return [...html.matchAll(/data-exercise(?:-id)?="[^"]*"[^>]*?data-language="(python|typescript)"/g)].map((m) => m[1]);
}

/** The first lesson page (in course order) with an exercise in `language`, or undefined. */
export function firstPageWith(pages, language) {
  return pages.find((page) => exerciseLanguages(readFileSync(page.file, 'utf8')).includes(language));
}

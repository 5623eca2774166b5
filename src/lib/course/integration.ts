/**
 * Validates the whole course before Astro builds anything, so a tutor's mistake fails `astro build` (and starts
 * `astro dev`) with the list of problems first, instead of as a stack trace from deep inside a page.
 */
import type { AstroIntegration } from 'astro';
import { ContentError } from './content-error';
import { contentDir } from './content-dir';
import { loadCourse } from './load-course';

export function courseValidation(): AstroIntegration {
  return {
    name: 'cwc-course-validation',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        try {
          const { course, exercises } = loadCourse(contentDir);
          const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
          logger.info(`${course.modules.length} modules, ${lessons} lessons, ${exercises.length} exercises: content is valid.`);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          // In dev the server keeps running so the tutor can fix the file and see the page reload.
          if (command === 'build') throw error;
          logger.error(error.message);
        }
      },
    },
  };
}

/**
 * Astro content loaders over loadCourse: one "course" entry (the validated course structure) and one entry per
 * exercise, with its instructions and hints rendered from Markdown. In `astro dev` they reload when any file under
 * content/ changes, so tutors get a live preview.
 */
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadCourse } from './load-course';

/** Re-runs `reload` when any file under the content folder changes, is added or is removed. */
function watch(context: LoaderContext, contentDir: string, reload: () => Promise<void>): void {
  const dir = resolve(contentDir);
  context.watcher?.add(dir);
  // Editors and tools write a file in more than one step (truncate, then write): wait for the writes to settle
  // before reading, or a half-written file would be reported as a mistake and the finished one never read.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = (path: string) => {
    if (!resolve(path).startsWith(dir)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload().catch((e: Error) => context.logger.error(e.message)), 150);
  };
  context.watcher?.on('change', onChange);
  context.watcher?.on('add', onChange);
  context.watcher?.on('unlink', onChange);
}

export function courseLoader(contentDir: string): Loader {
  return {
    name: 'cwc-course',
    load: async (context) => {
      const sync = async () => {
        const { course } = loadCourse(contentDir);
        context.store.clear();
        context.store.set({ id: 'course', data: course as unknown as Record<string, unknown>, digest: context.generateDigest(JSON.stringify(course)) });
      };
      await sync();
      // The course structure comes from course.yaml, meta.yaml and every lesson's frontmatter: follow them all.
      watch(context, contentDir, sync);
    },
  };
}

export function exerciseLoader(contentDir: string): Loader {
  return {
    name: 'cwc-exercises',
    load: async (context) => {
      const sync = async () => {
        const { exercises } = loadCourse(contentDir);
        context.store.clear();
        for (const exercise of exercises) {
          const instructionsHtml = (await context.renderMarkdown(exercise.instructions)).html;
          const hintsHtml = await Promise.all(exercise.hints.map(async (h) => (await context.renderMarkdown(h)).html));
          const data = { ...exercise, instructionsHtml, hintsHtml };
          context.store.set({ id: exercise.id, data, digest: context.generateDigest(JSON.stringify(data)) });
        }
      };
      await sync();
      watch(context, contentDir, sync);
    },
  };
}

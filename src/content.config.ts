// Collections and loaders only: validation lives in src/lib/course, schemas in src/schema.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonFrontmatter } from './schema';
import { contentDir } from './lib/course/content-dir';
import { courseLoader, exerciseLoader } from './lib/course/loaders';

export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: pathToFileURL(`${resolve(contentDir)}/`), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: lessonFrontmatter,
  }),
  course: defineCollection({ loader: courseLoader(contentDir) }),
  exercises: defineCollection({ loader: exerciseLoader(contentDir) }),
};

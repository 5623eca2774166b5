/** The course: `content/course.yaml`, and the resolved course that pages use. */
import { z } from 'zod';
import { lessonFrontmatter } from './lesson';
import { moduleMeta } from './module';

/** A module folder name: a numeric prefix then a slug, e.g. "02-python-first-steps". */
export const moduleFolder = z
  .string()
  .regex(/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/, 'use two digits, a hyphen and a lower-case slug, e.g. "02-python-first-steps"')
  .describe('Module folder name');

export const courseConfig = z
  .object({
    /** Course title, shown on every page. */
    title: z.string().trim().min(1).describe('Course title'),
    /** The promise: one sentence under the title on the home page. */
    tagline: z.string().trim().min(1).describe('One-sentence promise under the title'),
    /** A paragraph or two of Markdown for the home page. */
    description: z.string().trim().min(1).describe('Home page introduction (Markdown)'),
    /** Module folders in the order learners take them. */
    modules: z.array(moduleFolder).min(1).describe('Module folders, in course order'),
  })
  .strict();
export type CourseConfig = z.infer<typeof courseConfig>;

/** A resolved lesson. */
export const lesson = lessonFrontmatter.extend({
  /** "<module folder>/<file name without .mdx>", e.g. "02-python-first-steps/03-functions". */
  id: z.string(),
  module: moduleFolder,
  /** URL path segment without the numeric prefix, e.g. "functions". */
  slug: z.string(),
  /** Path of the .mdx file relative to the content root. */
  file: z.string(),
  /** Exercise ids embedded with <Exercise id="..."/>, in page order. */
  exercises: z.array(z.string()),
});
export type Lesson = z.infer<typeof lesson>;

/** A resolved module. */
export const courseModule = moduleMeta.extend({
  id: moduleFolder,
  /** URL path segment without the numeric prefix, e.g. "python-first-steps". */
  slug: z.string(),
  lessons: z.array(lesson),
});
export type CourseModule = z.infer<typeof courseModule>;

export const course = courseConfig.omit({ modules: true }).extend({ modules: z.array(courseModule) });
export type Course = z.infer<typeof course>;

/** Lesson frontmatter: what a tutor writes at the top of `content/<module>/NN-slug.mdx`. */
import { z } from 'zod';

export const lessonFrontmatter = z
  .object({
    /** The lesson's heading and page title. */
    title: z.string().trim().min(1).describe("The lesson's heading and page title"),
    /** One or two sentences shown in lists of lessons and in search results. */
    summary: z.string().trim().min(1).describe('One or two sentences shown in lesson lists'),
    /** What the learner can do by the end ("By the end you can..."). At least one. */
    objectives: z.array(z.string().trim().min(1)).min(1).describe('What the learner can do by the end'),
    /** Estimated minutes to complete, reading and exercises included. */
    minutes: z.number().int().min(1).max(120).describe('Estimated minutes to complete'),
    /** Lessons to take first, as "<module folder>/<lesson file without .mdx>". */
    prerequisites: z.array(z.string()).default([]).describe('Lessons to take first: "module-folder/lesson-file"'),
  })
  .strict();
export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;

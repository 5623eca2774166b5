/**
 * What a tutor writes in `content/<module>/exercises/<id>/exercise.yaml`, and the resolved exercise pages use.
 *
 * The folder name is the exercise id. Beside exercise.yaml the folder holds `starter.<ext>`, `solution.<ext>`,
 * one test file (`test_*.py` for Python, `*.test.ts` for TypeScript), optionally `wrong/` (known-wrong answers, each
 * with its recorded results) and any data files the learner's code may open by relative path.
 */
import { z } from 'zod';
import { results } from './results';

export const languages = ['python', 'typescript'] as const;
export const language = z.enum(languages).describe('The language learners write: python or typescript');
export type Language = z.infer<typeof language>;

/** File extension for each language's starter and solution. */
export const extensionFor: Record<Language, string> = { python: 'py', typescript: 'ts' };

/** An exercise id: the folder name. Lower-case letters, digits and hyphens, e.g. `bmi-category`. */
export const exerciseId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "bmi-category"')
  .describe('Exercise id: the folder name');

/** exercise.yaml, as a tutor writes it. */
export const exerciseAuthoring = z
  .object({
    /** Shown as the exercise heading. */
    title: z.string().trim().min(1).describe('Shown as the exercise heading'),
    language,
    /** Markdown telling the learner what to write. */
    instructions: z.string().trim().min(1).describe('Markdown telling the learner what to write'),
    /** Hints revealed one at a time, in this order (Markdown). 2-4 graduated hints are best. */
    hints: z.array(z.string().trim().min(1)).default([]).describe('Hints revealed one at a time, in order'),
    /** When the learner may see the solution: after a failed Check (default), at once, or never. */
    showSolution: z
      .enum(['after-fail', 'always', 'never'])
      .default('after-fail')
      .describe('When the solution is offered: after-fail (default), always or never'),
    /** Seconds the learner's code may run before it is stopped (default 10). */
    timeLimitSeconds: z.number().positive().max(120).default(10).describe('Seconds before the code is stopped'),
    /** Lines fed to input() when the page cannot prompt interactively. */
    stdin: z.array(z.string()).optional().describe('Lines fed to input() when the page cannot prompt'),
    /** TypeScript only: whether type errors stop the tests from running (default true). */
    typeErrorsBlockTests: z.boolean().default(true).describe('TypeScript: type errors stop the tests (default true)'),
  })
  .strict();
export type ExerciseAuthoring = z.input<typeof exerciseAuthoring>;

/** A text file of the exercise, by its path relative to the exercise folder. */
export const exerciseFile = z.object({
  path: z.string().describe('Path relative to the exercise folder, e.g. "ward.csv"'),
  content: z.string().describe('The file\'s text'),
});
export type ExerciseFile = z.infer<typeof exerciseFile>;

/** A known-wrong answer with the results it must get. */
export const wrongAnswer = z.object({
  /** File name inside wrong/, e.g. "forgot-to-square.py". */
  name: z.string(),
  code: z.string(),
  /** The recorded results (the golden file wrong/<name>.expected.json); absent until recorded with --update. */
  expected: results.optional(),
});
export type WrongAnswer = z.infer<typeof wrongAnswer>;

/** The resolved exercise: what runners, tests and pages use. */
export const exercise = exerciseAuthoring.extend({
  id: exerciseId,
  /** Module folder the exercise belongs to, e.g. "02-python-first-steps". */
  module: z.string(),
  /** Path of the exercise folder relative to the content root (for messages). */
  dir: z.string(),
  starter: z.string(),
  solution: z.string(),
  /** The test file. */
  tests: exerciseFile,
  /** Data files (CSV, JSON...) and, for TypeScript, support modules such as types.ts. */
  files: z.array(exerciseFile).default([]),
  wrong: z.array(wrongAnswer).default([]),
});
export type Exercise = z.infer<typeof exercise>;

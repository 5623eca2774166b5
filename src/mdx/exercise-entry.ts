/** Looks up an exercise for <Exercise id>, failing the build with a tutor-facing message on an unknown id. */
import { getCollection, getEntry } from 'astro:content';
import type { Exercise } from '../schema';

export type ExerciseForPage = Exercise & { instructionsHtml: string; hintsHtml: string[] };

export async function exerciseForPage(id: unknown, page: string): Promise<ExerciseForPage> {
  if (typeof id !== 'string' || id === '') {
    throw new Error(`<Exercise> on ${page}: expected an id, e.g. <Exercise id="bmi" />; found ${JSON.stringify(id)}.`);
  }
  const entry = await getEntry('exercises', id);
  if (!entry) {
    const known = (await getCollection('exercises')).map((e) => e.id);
    throw new Error(`<Exercise id="${id}" /> on ${page}: expected the id of an exercise folder; found no exercise "${id}". Known ids: ${known.join(', ') || 'none'}.`);
  }
  return entry.data as unknown as ExerciseForPage;
}

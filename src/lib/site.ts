/** Site-wide data for pages: the validated course from the content collection, and base-aware URLs. */
import { getEntry } from 'astro:content';
import type { Course } from '../schema';
import { withBase } from './course/navigation';

export async function getCourse(): Promise<Course> {
  const entry = await getEntry('course', 'course');
  if (!entry) throw new Error('The course failed to load: run `npm run build` to see the content problems.');
  return entry.data as unknown as Course;
}

/** A URL inside the site, honouring the base path the site is deployed under. */
export const url = (path = ''): string => withBase(import.meta.env.BASE_URL, path);

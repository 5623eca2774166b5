/** Reads the course outline a page embeds (see CourseOutline.astro). */
import type { Outline } from '../lib/course/outline';

export function readOutline(doc: Document = document): Outline | undefined {
  const text = doc.getElementById('cwc-outline')?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Outline;
  } catch {
    return undefined;
  }
}

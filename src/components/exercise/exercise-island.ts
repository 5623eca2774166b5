/**
 * The script every lesson with an exercise loads. It is small on purpose: Monaco, the runners and the progress
 * store all arrive later through dynamic imports.
 */
import { mountExercise } from './exercise-controller';

export function mountExercises(root: ParentNode = document): void {
  for (const section of root.querySelectorAll<HTMLElement>('section[data-exercise]:not([data-ready])')) {
    try {
      mountExercise(section);
    } catch (error) {
      // One broken block must not take the others (or the lesson) down with it.
      console.error(`[exercise] could not start "${section.dataset.exercise}"`, error);
    }
  }
}

/** When the solution may be shown: the tutor's `showSolution` and whether the learner has had a failed Check. */
import type { Exercise } from '../../schema/exercise';

export type ShowSolution = Exercise['showSolution'];

export function solutionOffered(showSolution: ShowSolution, failedCheckSeen: boolean): boolean {
  if (showSolution === 'never') return false;
  if (showSolution === 'always') return true;
  return failedCheckSeen;
}

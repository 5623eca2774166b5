/**
 * One progress store per page, shared by the page's scripts (progress marks, the exercise blocks, the progress
 * page), loaded on first use so the store's code is never part of a page's initial JavaScript.
 */
import type { ProgressStore } from '../lib/progress';

let store: Promise<ProgressStore> | undefined;

export function getProgressStore(): Promise<ProgressStore> {
  store ??= import('../lib/progress').then((m) => m.openProgressStore());
  return store;
}

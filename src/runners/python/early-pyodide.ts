/**
 * Starting Pyodide before the worker knows it is wanted. Pyodide (about 15 MB to fetch and compile) is the long
 * pole of a lesson's start-up, so the worker starts loading it the moment its first, small module runs, and only
 * then fetches the rest of its own code (the grading core); the two overlap instead of queueing. The page's init
 * message names the folder to load from: the early load is used when it is that folder, once.
 *
 *   const pyodide = earlyPyodide(ownIndexURL, (url) => loadFrom(url));   // starts now
 *   ...
 *   await pyodide.load(request.indexURL);   // the load already under way, or a new one
 */
export interface EarlyPyodide<T> {
  /** The load started early when `indexURL` is the folder it started from and it was not taken yet; else a new one. */
  load(indexURL: string): Promise<T>;
}

export function earlyPyodide<T>(indexURL: string, start: (indexURL: string) => Promise<T>): EarlyPyodide<T> {
  let early: Promise<T> | undefined = start(indexURL);
  // Nobody may ask for it (the page wanted another folder): its failure must not surface as an unhandled rejection.
  early.catch(() => undefined);
  return {
    load(wanted) {
      const found = wanted === indexURL ? early : undefined;
      early = undefined;
      return found ?? start(wanted);
    },
  };
}

/// <reference types="vite/client" />
/**
 * Python grading with the harness sources bundled by Vite (the browser worker and vitest import this).
 *
 *   checkPython(pyodide, request, hooks?) -> Results     grade against the exercise's tests
 *   runPython(pyodide, request, hooks?)   -> RunResult   run the program, streaming output to hooks.onOutput
 *   tidyPython(pyodide)                               put the standard library back, once a result is passed on
 */
import { createPythonGrader } from './grade-core.ts';
import { HARNESS_MODULES, type HarnessSources } from './harness-modules.ts';

const files = import.meta.glob<string>('./*.py', { query: '?raw', import: 'default', eager: true });

function sourcesFrom(found: Record<string, string>): HarnessSources {
  const entries = HARNESS_MODULES.map((name) => {
    const text = found[`./${name}.py`];
    if (text === undefined) throw new Error(`The Python harness file ${name}.py is missing from src/grading/python/`);
    return [name, text] as const;
  });
  return Object.fromEntries(entries) as HarnessSources;
}

export const HARNESS_SOURCES: HarnessSources = sourcesFrom(files);

export const { checkPython, runPython, tidyPython } = createPythonGrader(HARNESS_SOURCES);
export type { PythonCheckInput, PythonHooks, PythonRunInput } from './grade-core.ts';

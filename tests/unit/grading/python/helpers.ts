/**
 * Shared set-up for the Python grading tests: one real Pyodide per test file (loading takes a few seconds), and
 * short ways to write a Check or a Run.
 */
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { beforeAll } from 'vitest';
import { checkPython, runPython, type PythonHooks } from '../../../../src/grading/python/grade';
import { precompiledStdlib } from '../../../../src/runners/python/stdlib-precompiled';
import type { Results, RunResult } from '../../../../src/schema/results';

let pyodide: PyodideAPI | undefined;

/** Call at the top of a test file: loads Pyodide once for all its tests. */
export function usePyodide(): () => PyodideAPI {
  beforeAll(async () => {
    // With the standard library the site serves (precompiled), as the browser and the Node runner load it.
    pyodide ??= await loadPyodide({ stdLibURL: await precompiledStdlib() });
    pyodide.setStdout({ batched: () => {} });
    pyodide.setStderr({ batched: () => {} });
  }, 60_000);
  return () => {
    if (!pyodide) throw new Error('Pyodide has not loaded');
    return pyodide;
  };
}

/** Grade `code` against `tests` (a test file's text, named test_exercise.py). */
export function check(
  py: PyodideAPI,
  code: string,
  tests: string,
  extra: { files?: { path: string; content: string }[]; stdin?: string[]; hooks?: PythonHooks } = {},
): Promise<Results> {
  const request = { code, tests: { path: 'test_exercise.py', content: tests }, files: extra.files ?? [], ...(extra.stdin ? { stdin: extra.stdin } : {}) };
  return checkPython(py, request, extra.hooks);
}

export function run(py: PyodideAPI, code: string, extra: { stdin?: string[]; hooks?: PythonHooks; files?: { path: string; content: string }[] } = {}): Promise<RunResult> {
  return runPython(py, { code, files: extra.files ?? [], ...(extra.stdin ? { stdin: extra.stdin } : {}) }, extra.hooks);
}

/** Turns an indented template literal into a file's text (so tests can be written inline and readable). */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indents = text.split('\n').filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length);
  const cut = Math.min(...indents);
  return text.split('\n').map((l) => l.slice(cut)).join('\n').replace(/\s*$/, '\n');
}

/** The BMI tests used across these files: pytest style, as content authors write them. */
export const BMI_TESTS = py`
  import pytest
  from solution import bmi

  def test_healthy_adult():
      assert bmi(70, 1.75) == pytest.approx(22.9, abs=0.05)

  def test_rounds_to_one_decimal_place():
      """rounds to 1 dp"""
      assert bmi(70, 1.75) == 22.9

  def test_rejects_zero_height():
      with pytest.raises(ValueError):
          bmi(70, 0)
`;

export const BMI_SOLUTION = py`
  def bmi(weight_kg, height_m):
      if height_m <= 0:
          raise ValueError("height must be more than zero")
      return round(weight_kg / height_m ** 2, 1)
`;

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPyodide } from 'pyodide';
import { afterAll, describe, expect, test } from 'vitest';
import { installedPyodide } from '../../../../src/runners/python/pyodide-assets';
import { precompiledStdlib } from '../../../../src/runners/python/stdlib-precompiled';

const cacheDir = mkdtempSync(join(tmpdir(), 'cwc-stdlib-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The names in a zip, read by Python's own zipfile (in the Pyodide under test). */
async function zipNames(pyodide: Awaited<ReturnType<typeof loadPyodide>>, path: string): Promise<string[]> {
  pyodide.FS.writeFile('/tmp/listed.zip', readFileSync(path));
  return pyodide.runPython('import zipfile; zipfile.ZipFile("/tmp/listed.zip").namelist()').toJs() as string[];
}

describe('the precompiled standard library', () => {
  let compiled = '';

  test('is made once even when several processes ask at the same time, and leaves no lock behind', async () => {
    const paths = await Promise.all([precompiledStdlib({ cacheDir }), precompiledStdlib({ cacheDir }), precompiledStdlib({ cacheDir })]);
    expect(new Set(paths).size).toBe(1);
    compiled = paths[0]!;
    expect(readdirSync(cacheDir)).toEqual([compiled.slice(cacheDir.length + 1)]);
    // Asked again, it is the same file (not made again).
    expect(await precompiledStdlib({ cacheDir })).toBe(compiled);
  }, 120_000);

  test('holds every module of the original compiled, and no source', async () => {
    const pyodide = await loadPyodide();
    const { dir } = await installedPyodide();
    const original = await zipNames(pyodide, join(dir, 'python_stdlib.zip'));
    const names = new Set(await zipNames(pyodide, compiled));
    const sources = original.filter((n) => n.endsWith('.py'));
    expect(sources.length).toBeGreaterThan(300);
    for (const source of sources) expect(names.has(`${source}c`), source).toBe(true);
    expect([...names].filter((n) => n.endsWith('.py'))).toEqual([]);
    // Everything that isn't Python source is carried over as it was.
    expect(original.filter((n) => !n.endsWith('.py')).every((n) => names.has(n))).toBe(true);
  }, 120_000);

  test('Python starts from it and imports the compiled modules, which behave as the originals', async () => {
    const pyodide = await loadPyodide({ stdLibURL: compiled });
    const result = pyodide.runPython(`
import json, statistics, traceback
def fails():
    return 1 / 0
try:
    fails()
except ZeroDivisionError as error:
    frames = traceback.extract_tb(error.__traceback__)
(json.__file__, statistics.__file__, statistics.mean([1, 2, 4]), json.dumps({"a": [1, 2]}),
 json.dumps.__code__.co_filename, frames[-1].name)
`).toJs() as unknown[];
    expect(result[0]).toMatch(/\/lib\/python\d+\.zip\/json\/__init__\.pyc$/);
    expect(result[1]).toMatch(/statistics\.pyc$/);
    expect(result[2]).toBeCloseTo(7 / 3);
    expect(result[3]).toBe('{"a": [1, 2]}');
    // Code objects name the same files Python would have compiled from the zip's sources.
    expect(result[4]).toMatch(/\/lib\/python\d+\.zip\/json\/__init__\.py$/);
    expect(result[5]).toBe('fails');
  }, 120_000);
});

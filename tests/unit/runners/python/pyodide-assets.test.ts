import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { installedPyodide, pyodideAssets, pyodideMiddleware } from '../../../../src/runners/python/pyodide-assets';
import { PYODIDE_FILES, PYODIDE_VERSION, pyodideIndexURL } from '../../../../src/runners/python/pyodide-path';
import { precompiledStdlib } from '../../../../src/runners/python/stdlib-precompiled';

const out = mkdtempSync(join(tmpdir(), 'cwc-pyodide-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Hooks = Record<string, (options: unknown) => unknown>;

describe('where Pyodide is served', () => {
  test('a versioned folder under the site base, computed in one place', async () => {
    expect(PYODIDE_VERSION).toBe((await installedPyodide()).version);
    expect(pyodideIndexURL('/')).toBe(`/vendor/pyodide/${PYODIDE_VERSION}/`);
    expect(pyodideIndexURL('/course')).toBe(`/course/vendor/pyodide/${PYODIDE_VERSION}/`);
  });

  test('the build copies exactly the standard-library files into dist, the standard library precompiled', async () => {
    const hooks = pyodideAssets().hooks as Hooks;
    const messages: string[] = [];
    await hooks['astro:config:done']!({ config: { base: '/' } });
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger: { info: (m: string) => messages.push(m) } });
    const { dir } = await installedPyodide();
    const compiled = await precompiledStdlib();
    for (const file of PYODIDE_FILES) {
      const shipped = readFileSync(join(out, 'vendor/pyodide', PYODIDE_VERSION, file));
      const expected = readFileSync(file === 'python_stdlib.zip' ? compiled : join(dir, file));
      expect(shipped.equals(expected), file).toBe(true);
    }
    expect(readFileSync(compiled).equals(readFileSync(join(dir, 'python_stdlib.zip')))).toBe(false);
    expect(messages[0]).toContain(`vendor/pyodide/${PYODIDE_VERSION}`);
  });

  test('astro dev serves the files with the right types, and passes everything else on', async () => {
    const { dir, version } = await installedPyodide();
    const middleware = pyodideMiddleware('/course/', dir, version);
    const serve = (url: string) =>
      new Promise<{ next: boolean; headers: Record<string, string>; body: Buffer }>((resolve) => {
        const headers: Record<string, string> = {};
        const chunks: Buffer[] = [];
        const res = Object.assign(new PassThrough(), { setHeader: (k: string, v: string) => (headers[k] = v) });
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ next: false, headers, body: Buffer.concat(chunks) }));
        middleware({ url } as IncomingMessage, res as unknown as ServerResponse, () => resolve({ next: true, headers, body: Buffer.alloc(0) }));
      });
    const lock = await serve(`/course/vendor/pyodide/${version}/pyodide-lock.json?v=1`);
    expect(lock.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(lock.body.equals(readFileSync(join(dir, 'pyodide-lock.json')))).toBe(true);
    expect((await serve(`/course/vendor/pyodide/${version}/pyodide.asm.wasm`)).headers['Content-Type']).toBe('application/wasm');
    const stdlib = await serve(`/course/vendor/pyodide/${version}/python_stdlib.zip`);
    expect(stdlib.headers['Content-Type']).toBe('application/zip');
    expect(stdlib.body.equals(readFileSync(await precompiledStdlib()))).toBe(true);
    expect((await serve(`/course/vendor/pyodide/${version}/package.json`)).next).toBe(true);
    expect((await serve('/course/lessons/')).next).toBe(true);
  });
});

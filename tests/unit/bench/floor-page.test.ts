import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findVendoredPyodide, writeFloorPage } from '../../../bench/lib/floor-page.mjs';
import { PYODIDE_FILES, PYODIDE_VERSION } from '../../../src/runners/python/pyodide-path';

const site = mkdtempSync(join(tmpdir(), 'cwc-floor-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const published = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));

describe('the floor page', () => {
  test('starts Pyodide from the files npm publishes, not from the course build', () => {
    const vendor = join(site, 'vendor', 'pyodide', PYODIDE_VERSION);
    mkdirSync(vendor, { recursive: true });
    for (const file of PYODIDE_FILES) writeFileSync(join(vendor, file), `the course's own ${file}`);
    const found = findVendoredPyodide(site);
    expect(found).toEqual({ version: PYODIDE_VERSION, reason: null });
    expect(writeFloorPage(site, found.version)).toBe('__bench-floor/');
    for (const file of PYODIDE_FILES) {
      expect(readFileSync(join(site, '__bench-floor', 'pyodide', file)).equals(readFileSync(join(published, file))), file).toBe(true);
    }
    const worker = readFileSync(join(site, '__bench-floor', 'worker.mjs'), 'utf8');
    expect(worker).toContain("from './pyodide/pyodide.mjs'");
    expect(worker).not.toContain('vendor/');
  });

  test('refuses a build made with another Pyodide version', () => {
    expect(() => writeFloorPage(site, '0.0.1')).toThrow(/ships Pyodide 0\.0\.1/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPrecache } from '../../../bench/lib/precache.mjs';

const site = () => mkdtempSync(path.join(os.tmpdir(), 'cwc-bench-sw-'));

describe('readPrecache', () => {
  test('sums the sizes in the manifest at the top of sw.js', () => {
    const dir = site();
    const manifest = { version: 'abc', entries: [{ url: './', hash: '1', size: 100 }, { url: 'big.wasm', hash: '2', size: 9000 }], totalBytes: 9100 };
    writeFileSync(path.join(dir, 'sw.js'), `self.__CWC_PRECACHE__=${JSON.stringify(manifest)};\n(()=>{})();`);
    const result = readPrecache(dir);
    expect(result).toMatchObject({ bytes: 9100, files: 2, reason: null });
    expect(result.largest[0]).toEqual({ url: 'big.wasm', size: 9000 });
  });

  test('no sw.js gives null with the reason', () => {
    expect(readPrecache(site())).toMatchObject({ bytes: null, reason: expect.stringMatching(/no service worker/) });
  });

  test('a sw.js in another shape gives null with the reason, not a guess', () => {
    const dir = site();
    writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    expect(readPrecache(dir)).toMatchObject({ bytes: null, reason: expect.stringMatching(/format changed/) });
  });
});

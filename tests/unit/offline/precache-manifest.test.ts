import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildPrecacheManifest, precacheUrl } from '../../../src/lib/offline/precache-manifest';
import { serviceWorker, writeServiceWorker } from '../../../src/lib/offline/service-worker-integration';

let dist: string;
beforeEach(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'cwc-dist-'));
  const files: Record<string, string> = {
    'index.html': 'home',
    '404.html': 'missing',
    'python-first-steps/functions/index.html': 'lesson',
    '_astro/app.abc.js': 'app()',
    '_astro/app.abc.js.map': '{}',
    'pagefind/pagefind-entry.json': '{}',
    'data/ward list.csv': 'bed,name',
    '.DS_Store': 'x',
    'sw.js': 'old worker',
  };
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), content);
  }
});
afterEach(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('precache manifest', () => {
  test('lists every file as the URL it is requested by, with a content hash and size', async () => {
    const manifest = await buildPrecacheManifest(dist);
    expect(manifest.entries.map((e) => e.url)).toEqual([
      '404.html',
      '_astro/app.abc.js',
      'data/ward%20list.csv',
      './',
      'pagefind/pagefind-entry.json',
      'python-first-steps/functions/',
    ]);
    const home = manifest.entries.find((e) => e.url === './');
    expect(home).toEqual({ url: './', hash: createHash('sha256').update('home').digest('hex').slice(0, 16), size: 4 });
    expect(manifest.totalBytes).toBe(manifest.entries.reduce((n, e) => n + e.size, 0));
  });

  test('leaves out the service worker itself, source maps and hidden files', async () => {
    const urls = (await buildPrecacheManifest(dist)).entries.map((e) => e.url);
    expect(urls).not.toContain('sw.js');
    expect(urls.some((u) => u.endsWith('.map') || u.includes('DS_Store'))).toBe(false);
    expect(precacheUrl('a/b/index.html')).toBe('a/b/');
  });

  test('the version is stable for the same files and changes when any file changes', async () => {
    const first = await buildPrecacheManifest(dist);
    expect((await buildPrecacheManifest(dist)).version).toBe(first.version);
    await writeFile(path.join(dist, 'pagefind/pagefind-entry.json'), '{"changed":true}');
    expect((await buildPrecacheManifest(dist)).version).not.toBe(first.version);
  });

  test('writes dist/sw.js as one classic script carrying the manifest, and logs the size', async () => {
    const info = vi.fn();
    const warn = vi.fn();
    const manifest = await writeServiceWorker(dist, {}, { info, warn });
    const source = await readFile(path.join(dist, 'sw.js'), 'utf8');
    expect(() => new vm.Script(source)).not.toThrow(); // no import/export: a classic worker script
    expect(source.startsWith(`self.__CWC_PRECACHE__=${JSON.stringify(manifest)};`)).toBe(true);
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/^Offline: sw\.js precaches 6 files, 0\.0 MB \(version \w{12}\)\.$/));
    expect(warn).not.toHaveBeenCalled();
  });

  test('warns, naming the largest files, when the precache is over budget', async () => {
    const warn = vi.fn();
    await writeServiceWorker(dist, { budgetBytes: 10 }, { info: () => undefined, warn });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/over the 0 MB budget\. Largest: data\/ward%20list\.csv/));
  });

  test('the Astro integration writes sw.js into the build folder at build:done', async () => {
    const integration = serviceWorker();
    const hook = integration.hooks['astro:build:done'];
    const logger = { info: vi.fn(), warn: vi.fn() };
    await hook?.({ dir: new URL(`file://${dist}/`), pages: [], assets: new Map(), logger } as never);
    expect((await readFile(path.join(dist, 'sw.js'), 'utf8')).length).toBeGreaterThan(1000);
    expect(logger.info).toHaveBeenCalledOnce();
  });
});

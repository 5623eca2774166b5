import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeServiceWorker } from '../../../src/lib/offline/service-worker-integration';
import type { PrecacheManifest } from '../../../src/lib/offline/sw-logic';
import { FakeCacheStorage, FakeHost, FakeServiceWorker, request } from './fake-service-worker';

const SCOPE = 'https://learn.example.org/course/';
const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

async function writeSite(dir: string, version: string): Promise<void> {
  const files: Record<string, string | Buffer> = {
    'index.html': `<h1>Home ${version}</h1>`,
    '404.html': '<h1>Page not found</h1>',
    'python-first-steps/functions/index.html': '<h1>Functions</h1>',
    '_astro/lesson.js': `console.log("${version}")`,
    '_astro/python.worker.js': 'self.onmessage = () => {}',
    'pyodide/pyodide.asm.wasm': WASM,
  };
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
}

let root: string;
let siteV1: string;
let siteV2: string;
let manifestV1: PrecacheManifest;
let manifestV2: PrecacheManifest;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cwc-sw-'));
  siteV1 = path.join(root, 'v1');
  siteV2 = path.join(root, 'v2');
  await writeSite(siteV1, 'one');
  await writeSite(siteV2, 'two');
  manifestV1 = await writeServiceWorker(siteV1);
  manifestV2 = await writeServiceWorker(siteV2);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function installed(site: string, caches = new FakeCacheStorage()) {
  const host = new FakeHost(site, SCOPE);
  const sw = new FakeServiceWorker(await readFile(path.join(site, 'sw.js'), 'utf8'), SCOPE, caches, host);
  await sw.install();
  return { sw, host, caches };
}

describe('the built service worker', () => {
  test('install precaches every file of the build, each fetched once, bypassing the HTTP cache', async () => {
    const { host, caches } = await installed(siteV1);
    expect(host.requested.sort()).toEqual(
      ['/course/', '/course/404.html', '/course/_astro/lesson.js', '/course/_astro/python.worker.js', '/course/pyodide/pyodide.asm.wasm', '/course/python-first-steps/functions/'].sort(),
    );
    expect(await caches.keys()).toEqual([`cwc-precache-${manifestV1.version}`]);
  });

  test('offline, every page opens from the cache with the cross-origin isolation headers, however it is addressed', async () => {
    const { sw, host } = await installed(siteV1);
    host.offline = true;
    for (const url of ['python-first-steps/functions/', 'python-first-steps/functions', 'python-first-steps/functions/index.html', '?utm=x']) {
      const response = await sw.fetch(request(new URL(url, SCOPE).href, 'navigate'));
      expect(response?.status, url).toBe(200);
      expect(response?.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(response?.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    }
    const page = await sw.fetch(request(`${SCOPE}python-first-steps/functions/`, 'navigate'));
    expect(await page?.text()).toBe('<h1>Functions</h1>');
  });

  test('an unknown page offline gets the cached 404 page with status 404', async () => {
    const { sw, host } = await installed(siteV1);
    host.offline = true;
    const response = await sw.fetch(request(`${SCOPE}no-such-lesson/`, 'navigate'));
    expect(response?.status).toBe(404);
    expect(await response?.text()).toBe('<h1>Page not found</h1>');
    expect(response?.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
  });

  test('worker scripts get isolation headers and a policy allowing connections only to this site', async () => {
    const { sw, host } = await installed(siteV1);
    host.offline = true;
    const response = await sw.fetch(request(`${SCOPE}_astro/python.worker.js`, 'worker'));
    expect(response?.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(response?.headers.get('Content-Security-Policy')).toContain("connect-src 'self'");
  });

  test('.wasm and other assets are served exactly as stored: no added headers, type kept', async () => {
    const { sw, host } = await installed(siteV1);
    host.offline = true;
    const wasm = await sw.fetch(request(`${SCOPE}pyodide/pyodide.asm.wasm?v=1`));
    expect(Buffer.from(await wasm!.arrayBuffer())).toEqual(WASM);
    expect(wasm?.headers.get('Content-Type')).toBe('application/wasm');
    expect(wasm?.headers.get('Cross-Origin-Embedder-Policy')).toBeNull();
  });

  test('other origins, requests outside the scope and non-GET requests are left to the browser', async () => {
    const { sw } = await installed(siteV1);
    expect(await sw.fetch(request('https://evil.example.com/collect', 'asset'))).toBeUndefined();
    expect(await sw.fetch(request('https://learn.example.org/other-app/', 'navigate'))).toBeUndefined();
    expect(await sw.fetch(request(`${SCOPE}api`, 'asset', 'POST'))).toBeUndefined();
  });

  test('an update downloads only changed files, waits for the page, then removes the old version whole', async () => {
    const caches = new FakeCacheStorage();
    const first = await installed(siteV1, caches);
    await first.sw.activate();
    const oldCache = `cwc-precache-${manifestV1.version}`;
    expect(manifestV2.version).not.toBe(manifestV1.version);

    const second = await installed(siteV2, caches);
    expect(second.host.requested.sort()).toEqual(['/course/', '/course/_astro/lesson.js']);
    expect(second.sw.skippedWaiting).toBe(0);
    // Still waiting: the old version's files are all there, untouched.
    expect((await caches.keys()).sort()).toEqual([oldCache, `cwc-precache-${manifestV2.version}`].sort());
    expect(await (await first.sw.fetch(request(SCOPE, 'navigate')))?.text()).toBe('<h1>Home one</h1>');

    second.sw.message({ type: 'skip-waiting' });
    expect(second.sw.skippedWaiting).toBe(1);
    await second.sw.activate();
    expect(await caches.keys()).toEqual([`cwc-precache-${manifestV2.version}`]);
    expect(second.sw.claimed).toBe(1);
    second.host.offline = true;
    expect(await (await second.sw.fetch(request(SCOPE, 'navigate')))?.text()).toBe('<h1>Home two</h1>');
    expect(await (await second.sw.fetch(request(`${SCOPE}_astro/lesson.js`)))?.text()).toBe('console.log("two")');
  });

  test('a file that does not match the build (a stale CDN) fails the install, so no mix of versions is cached', async () => {
    const host = new FakeHost(siteV2, SCOPE);
    host.overrides.set('_astro/lesson.js', 'console.log("one")');
    const sw = new FakeServiceWorker(await readFile(path.join(siteV2, 'sw.js'), 'utf8'), SCOPE, new FakeCacheStorage(), host);
    await expect(sw.install()).rejects.toThrow(/does not match this build/);
  });

  test('a host that rewrites HTML (e.g. injecting a snippet) does not stop offline support', async () => {
    const host = new FakeHost(siteV1, SCOPE);
    host.overrides.set('index.html', '<h1>Home one</h1><script src="/host-snippet.js"></script>');
    const sw = new FakeServiceWorker(await readFile(path.join(siteV1, 'sw.js'), 'utf8'), SCOPE, new FakeCacheStorage(), host);
    await sw.install();
    expect(host.requested.filter((p) => p === '/course/')).toHaveLength(2);
  });

  test('reports its version when asked', async () => {
    const { sw } = await installed(siteV1);
    expect(sw.message({ type: 'get-version' })).toEqual([{ type: 'version', version: manifestV1.version }]);
  });
});

import { describe, expect, test } from 'vitest';
import {
  cacheName,
  classifyRequest,
  hashMismatchTolerated,
  headersFor,
  lookupKeys,
  obsoleteCaches,
  reusableEntries,
  withHeaders,
} from '../../../src/lib/offline/sw-logic';

const scope = 'https://nhs.example/cwc/';
const req = (url: string, mode = 'cors', destination = '', method = 'GET') => ({ url, mode, destination, method });

describe('service worker decisions', () => {
  test('requests are classified: pages, worker scripts, our assets, and everything else left alone', () => {
    expect(classifyRequest(req(`${scope}python/functions/`, 'navigate', 'document'), scope)).toBe('navigation');
    expect(classifyRequest(req(`${scope}_astro/python.worker.js`, 'same-origin', 'worker'), scope)).toBe('worker-script');
    expect(classifyRequest(req(`${scope}_astro/shared.js`, 'same-origin', 'sharedworker'), scope)).toBe('worker-script');
    expect(classifyRequest(req(`${scope}pyodide/pyodide.asm.wasm`), scope)).toBe('asset');
    expect(classifyRequest(req(`${scope}_astro/lesson.js`, 'cors', 'script'), scope)).toBe('asset');
    expect(classifyRequest(req('https://cdn.example/x.js', 'cors', 'script'), scope)).toBe('passthrough');
    expect(classifyRequest(req('https://nhs.example/other-site/', 'navigate', 'document'), scope)).toBe('passthrough');
    expect(classifyRequest(req(`${scope}form`, 'navigate', 'document', 'POST'), scope)).toBe('passthrough');
  });

  test('only pages and worker scripts get COOP/COEP; .wasm and other assets get nothing', () => {
    expect(headersFor('navigation')).toEqual({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
    expect(headersFor('worker-script', "connect-src 'self'")).toMatchObject({
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Content-Security-Policy': "connect-src 'self'",
    });
    expect(headersFor('asset')).toEqual({});
    expect(headersFor('passthrough')).toEqual({});
  });

  test('withHeaders keeps body, status and existing headers, and replaces what the host sent', async () => {
    const original = new Response('<p>hi</p>', { status: 200, headers: { 'Content-Type': 'text/html', 'Cross-Origin-Opener-Policy': 'unsafe-none' } });
    const wrapped = withHeaders(original, headersFor('navigation'));
    expect(wrapped.headers.get('Content-Type')).toBe('text/html');
    expect(wrapped.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(await wrapped.text()).toBe('<p>hi</p>');
    const notFound = withHeaders(new Response('gone'), {}, 404);
    expect(notFound.status).toBe(404);
    const untouched = new Response('x');
    expect(withHeaders(untouched, {})).toBe(untouched);
  });

  test('a page is found however it is addressed; query strings are ignored', () => {
    expect(lookupKeys(`${scope}guide/`)).toEqual([`${scope}guide/`, `${scope}guide/index.html`]);
    expect(lookupKeys(`${scope}guide`)[0]).toBe(`${scope}guide/`);
    expect(lookupKeys(`${scope}guide/index.html`)[0]).toBe(`${scope}guide/`);
    expect(lookupKeys(`${scope}pagefind/pagefind-entry.json?ts=123#x`)).toEqual([`${scope}pagefind/pagefind-entry.json`]);
  });

  test('one cache per build; only our own old caches are cleaned up', () => {
    expect(cacheName('abc123')).toBe('cwc-precache-abc123');
    expect(obsoleteCaches(['cwc-precache-old', 'cwc-precache-new', 'someone-elses-cache'], 'cwc-precache-new')).toEqual(['cwc-precache-old']);
  });

  test('unchanged files are reused across versions; changed and new ones are not', () => {
    const previous = { version: 'a', totalBytes: 0, entries: [{ url: 'x.js', hash: '1', size: 1 }, { url: 'y.js', hash: '2', size: 1 }] };
    const current = { version: 'b', totalBytes: 0, entries: [{ url: 'x.js', hash: '1', size: 1 }, { url: 'y.js', hash: '3', size: 1 }, { url: 'z.js', hash: '4', size: 1 }] };
    expect([...reusableEntries(current, previous)]).toEqual(['x.js']);
    expect(reusableEntries(current, undefined).size).toBe(0);
  });

  test('only HTML may differ from the build (hosts inject snippets); scripts and data may not', () => {
    expect(hashMismatchTolerated('./')).toBe(true);
    expect(hashMismatchTolerated('guide/')).toBe(true);
    expect(hashMismatchTolerated('404.html')).toBe(true);
    expect(hashMismatchTolerated('_astro/app.js')).toBe(false);
    expect(hashMismatchTolerated('pyodide/pyodide.asm.wasm')).toBe(false);
  });
});
